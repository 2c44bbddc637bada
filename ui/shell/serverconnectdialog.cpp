#include "serverconnectdialog.h"

#include "storage/storageerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ServerConnectDialog::ServerConnectDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Verbinden met teamserver"));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Waar staat de teamserver (PostgreSQL) van uw gemeente? De afdeling ICT weet het. "
                                "Het wachtwoord komt niet in het verbindingsbestand: het programma vraagt erom "
                                "wanneer de server het wil."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("bijvoorbeeld db.gemeente.local"));
    m_host->setAccessibleName(tr("Server"));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(ServerLocation::DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_port->setAccessibleName(tr("Poort"));
    form->addRow(tr("&Poort:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("bijvoorbeeld klachten_voorbeeld"));
    m_database->setAccessibleName(tr("Database"));
    form->addRow(tr("&Database:"), m_database);
    m_login = new QLineEdit(this);
    m_login->setPlaceholderText(tr("leeg: uw eigen account"));
    m_login->setAccessibleName(tr("Inlognaam"));
    form->addRow(tr("&Inlognaam:"), m_login);
    m_sslMode = new QComboBox(this);
    m_sslMode->addItem(tr("Versleuteld, certificaat en servernaam gecontroleerd (verify-full)"),
                       QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Versleuteld, certificaat gecontroleerd (verify-ca)"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("Versleuteld, zonder controle van de server (require)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Versleuteld als de server het aanbiedt (prefer)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Alleen versleuteld als de server het eist (allow)"), QStringLiteral("allow"));
    m_sslMode->addItem(tr("Niet versleuteld (disable)"), QStringLiteral("disable"));
    m_sslMode->setAccessibleName(tr("Versleuteling"));
    form->addRow(tr("&Versleuteling:"), m_sslMode);
    layout->addLayout(form);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);
    m_result->setAccessibleName(tr("Uitkomst van de test"));
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("Verbinding &testen"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Opslaan…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Annuleren"));
    layout->addWidget(buttons);
    m_save->setDefault(true);

    m_ask = [this](const ServerLocation& location, const QString& reason) {
        return ServerLogin::askPassword(this, location, reason);
    };
    m_choose = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Verbindingsbestand opslaan"), QDir::home().filePath(suggested),
                                            tr("Teamserververbindingen (*.aantafel-server)"));
    };
    connect(m_test, &QPushButton::clicked, this, &ServerConnectDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ServerConnectDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto needsDatabase = [this] {
        const bool ready = !m_database->text().trimmed().isEmpty();
        m_test->setEnabled(ready);
        m_save->setEnabled(ready);
    };
    connect(m_database, &QLineEdit::textChanged, this, needsDatabase);
    needsDatabase();
}

ServerLocation ServerConnectDialog::location() const {
    ServerLocation location;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_login->text().trimmed();
    location.options.insert(QStringLiteral("sslmode"), m_sslMode->currentData().toString());
    return location;
}

void ServerConnectDialog::showResult(const QString& text, bool good) {
    m_result->setText((good ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + text);
    m_result->setAccessibleDescription(text);
}

bool ServerConnectDialog::testConnection() {
    if (m_database->text().trimmed().isEmpty())
        return false;
    m_result->setText(tr("Bezig met verbinden…"));
    m_result->repaint();
    bool cancelled = false;
    const ServerProbe::Result result = ServerLogin::connect(location(), m_ask, m_probe, &cancelled);
    if (cancelled) {
        showResult(tr("Geen wachtwoord gegeven; de verbinding is niet getest."), false);
        return false;
    }
    showResult(result.message, result.connected && result.municipality);
    return result.connected;
}

void ServerConnectDialog::save() {
    const QString database = m_database->text().trimmed();
    if (database.isEmpty())
        return;
    const QString path = m_choose(database + QLatin1Char('.') + ServerLocation::ConnectionFileSuffix);
    if (!path.isEmpty())
        saveTo(path);
}

bool ServerConnectDialog::saveTo(QString path) {
    if (!path.endsWith(QLatin1Char('.') + ServerLocation::ConnectionFileSuffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + ServerLocation::ConnectionFileSuffix;
    try {
        location().saveConnectionFile(path);
    } catch (const StorageError& e) {
        showResult(e.message(), false);
        return false;
    }
    m_saved = path;
    accept();
    return true;
}
