#include "serverlogin.h"

#include "storage/serverconnection.h"

#include <QInputDialog>
#include <QLineEdit>

ServerProbe::Result ServerLogin::connect(const ServerLocation& location, const AskPassword& ask, const Probe& probe,
                                         bool* cancelled) {
    if (cancelled)
        *cancelled = false;
    ServerProbe::Result result = probe(location);
    for (int attempt = 0; result.passwordNeeded && attempt < MaxAttempts; ++attempt) {
        // A password typed before and refused now is of no more use.
        ServerConnection::rememberPassword(location, {});
        // The first question needs no reason; after a refusal (of a typed password, or of the one in
        // ~/.pgpass) the user should know why it is asked again.
        const bool refused = result.message.contains(QLatin1String("password authentication failed"));
        const std::optional<QString> password =
            ask(location, refused ? tr("De server weigerde het wachtwoord; probeer het opnieuw.") : QString());
        if (!password) {
            if (cancelled)
                *cancelled = true;
            return result;
        }
        ServerConnection::rememberPassword(location, *password);
        result = probe(location);
    }
    if (!result.connected)
        ServerConnection::rememberPassword(location, {});
    return result;
}

std::optional<QString> ServerLogin::askPassword(QWidget* parent, const ServerLocation& location,
                                                const QString& reason) {
    QInputDialog dialog(parent);
    dialog.setWindowTitle(tr("Wachtwoord voor de teamserver"));
    const QString login = location.user.isEmpty() ? tr("uw account") : location.user;
    const QString question = tr("De server %1 vraagt het wachtwoord van %2. Het wordt alleen voor deze verbinding "
                                "gebruikt en nergens bewaard.")
                                 .arg(location.url(), login);
    dialog.setLabelText(reason.isEmpty() ? question : reason + QStringLiteral("\n\n") + question);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setOkButtonText(tr("Verbinden"));
    dialog.setCancelButtonText(tr("Annuleren"));
    dialog.setAccessibleName(dialog.windowTitle());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}
