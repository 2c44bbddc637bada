// An e-mail dropped on the main window (a .eml file, or the .msg file Outlook hands over when a message
// is dragged out of it) becomes a new case: the message is read (MailFileReader: GMime, libgsf), the
// intake dialog opens filled in from it (IntakeDialog::fillFromMail), and what the handler confirms is
// registered with the message and the chosen attachments as documents in one transaction
// (MailIntake::registerCase). A message that cannot be read, a file over the limit or a refusal is said
// in Dutch and nothing is registered.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class CaseNotifier;
class IntakeDialog;
class MunicipalitySession;
class QWidget;

class MailIntakeFlow {
    Q_DECLARE_TR_FUNCTIONS(MailIntakeFlow)
public:
    // Runs the filled dialog and says whether it was accepted (exec() by default; tests fill and accept).
    using Run = std::function<bool(IntakeDialog&)>;
    // Shows a refusal or failure (a message box by default).
    using Report = std::function<void(const QString& title, const QString& message)>;

    // The e-mail files among the paths (.eml, .msg).
    static QStringList mailFiles(const QStringList& paths);
    // Returns the new case's id, 0 when nothing was registered.
    static qint64 registerFromFile(QWidget* parent, MunicipalitySession& session, CaseNotifier& notifier,
                                   const QString& path, const Run& run, const Report& report);
};
