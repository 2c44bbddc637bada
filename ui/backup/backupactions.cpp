#include "backupactions.h"

#include "backup/backupservice.h"
#include "backup/serverbackup.h"
#include "backupsettingsdialog.h"
#include "i18n/languages.h"
#include "restoredialog.h"
#include "session/municipalitysession.h"
#include "shell/appsettings.h"
#include "storage/fileaccess.h"
#include "storage/serverconnection.h"
#include "storage/serverlocation.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>

namespace {

QString moment(const QDateTime& at) {
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("d MMMM yyyy 'om' HH:mm"))
                        : BackupActions::tr("(nooit gewijzigd)");
}

// A wait cursor for as long as a copy on the GUI thread takes.
struct WaitCursor {
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

BackupActions::BackupActions(AppSettings& settings, QWidget* window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
    , m_ask([this](const QString& title, const QString& text, const QString& yes) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, m_window);
        QPushButton* go = box.addButton(yes, QMessageBox::AcceptRole);
        QPushButton* cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel); // restoring is never the default
        box.exec();
        return box.clickedButton() == go;
    }) {}

BackupActions::~BackupActions() {
    // Only wait: the window around us is being destroyed, no signal may reach it any more.
    if (m_worker)
        m_worker->wait();
}

QString BackupActions::directoryFor(const QString& databasePath) const {
    const QString chosen = m_settings.backupDirectory();
    return chosen.isEmpty() ? BackupService::defaultDirectory(databasePath) : chosen;
}

void BackupActions::startAutomatic(const QString& databasePath) {
    if (!m_settings.automaticBackup() || m_worker)
        return;
    struct AutomaticOutcome {
        QString path;
        QString error;
        bool damaged = false;
    };
    auto result = std::make_shared<AutomaticOutcome>();
    const QString directory = directoryFor(databasePath);
    const int keep = m_settings.backupKeep();
    const QDateTime now = QDateTime::currentDateTime();
    // Its own raw connection in its own thread: the window paints and works meanwhile.
    m_worker = QThread::create([=] {
        try {
            result->path = BackupService::automaticBackup(databasePath, directory, keep, now);
        } catch (const StorageError& e) {
            result->error = e.message();
            result->damaged = e.kind() == StorageError::Kind::Corrupt;
        }
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (!result->path.isEmpty())
            emit status(tr("Automatische reservekopie gemaakt: %1").arg(QDir::toNativeSeparators(result->path)));
        emit automaticFinished(result->path, result->error);
        if (result->damaged)
            emit damageFound();
    });
    m_worker->setParent(this); // deleted with us even when its finished() never gets delivered
    m_worker->start(QThread::LowPriority);
}

void BackupActions::waitForAutomatic() {
    if (!m_worker)
        return;
    m_worker->wait();
    QCoreApplication::sendPostedEvents(this); // delivers finished() before the caller goes on
}

void BackupActions::backupNow(MunicipalitySession& session) {
    if (session.database().isServer()) {
        backupServerNow(session);
        return;
    }
    const QString path = session.database().path();
    const QString name = QFileInfo(path).completeBaseName() + QStringLiteral("-met-de-hand-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                         QStringLiteral(".aantafel");
    const QString directory = directoryFor(path);
    QDir().mkpath(directory);
    const QString target = QFileDialog::getSaveFileName(
        m_window, tr("Reservekopie maken"), QDir(directory).filePath(name), tr("Aan Tafel-bestanden (*.aantafel)"));
    if (!target.isEmpty())
        backupTo(session, target);
}

bool BackupActions::backupTo(MunicipalitySession& session, const QString& target) {
    if (session.database().isServer())
        return backupServerTo(session, target);
    try {
        WaitCursor wait;
        BackupService::backup(session.database(), target);
    } catch (const StorageError& e) {
        emit failed(tr("Reservekopie niet gemaakt"), e.message());
        return false;
    }
    emit status(tr("Reservekopie gemaakt: %1").arg(QDir::toNativeSeparators(target)));
    return true;
}

void BackupActions::backupServerNow(MunicipalitySession& session) {
    QString database;
    try {
        database = ServerLocation::fromUrl(session.database().path()).database;
    } catch (const StorageError&) {
        database = QStringLiteral("teamserver");
    }
    const QString name = database + QStringLiteral("-kopie-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                         QStringLiteral(".aantafel");
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Kopie van de teamserver als gemeentebestand"),
                                                        QDir(m_settings.lastDirectory()).filePath(name),
                                                        tr("Aan Tafel-bestanden (*.aantafel)"));
    if (!target.isEmpty())
        backupTo(session, target);
}

bool BackupActions::backupServerTo(MunicipalitySession& session, const QString& target) {
    try {
        WaitCursor wait;
        // A connection of its own (the login's password, if one was typed, is remembered in this process):
        // the copy reads one moment of the server in its own transaction while the window works on.
        ServerConnection server(ServerLocation::fromUrl(session.database().path()));
        ServerBackup::write(server, target);
    } catch (const StorageError& e) {
        emit failed(tr("Kopie niet gemaakt"), e.message());
        return false;
    }
    emit status(tr("Kopie van de teamserver geschreven: %1").arg(QDir::toNativeSeparators(target)));
    return true;
}

void BackupActions::restore(const QString& databasePath, const std::function<void()>& close,
                            const std::function<bool(const QString&)>& reopen) {
    RestoreDialog dialog(databasePath, directoryFor(databasePath), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    restoreFrom(dialog.chosenPath(), databasePath, close, reopen);
}

bool BackupActions::restoreFrom(const QString& backupPath, const QString& databasePath,
                                const std::function<void()>& close, const std::function<bool(const QString&)>& reopen) {
    QDateTime copyChange;
    QDateTime fileChange;
    try {
        copyChange = BackupService::lastChange(backupPath);
    } catch (const StorageError& e) {
        emit failed(tr("Reservekopie niet teruggezet"), e.message());
        return false;
    }
    try {
        fileChange = BackupService::lastChange(databasePath);
    } catch (const StorageError&) {
        // A file that cannot be read is what a restore is for: nothing newer to lose in it.
    }
    const QString file = QFileInfo(databasePath).fileName();
    const bool newer = fileChange.isValid() && (!copyChange.isValid() || fileChange > copyChange);
    const QString made = moment(QFileInfo(backupPath).lastModified());
    const QString aside = QDir::toNativeSeparators(directoryFor(databasePath)).toHtmlEscaped();
    QStringList present;
    for (const LockRecord& r : FileAccess::presentElsewhere(databasePath))
        present << r.describe().toHtmlEscaped();
    present.removeDuplicates();
    const QString colleagues =
        present.isEmpty()
            ? QString()
            : tr("<p>Het bestand is ook geopend door %1. Zij kunnen even niets vastleggen terwijl de kopie "
                 "wordt teruggezet; daarna tonen hun vensters de teruggezette gegevens.</p>")
                  .arg(Languages::locale().createSeparatedList(present));
    const QString question =
        newer ? tr("<p><b>Let op: %1 is later gewijzigd dan deze reservekopie.</b></p><p>Laatste wijziging in het "
                   "bestand: %2<br>Laatste wijziging in de reservekopie: %3</p><p>Terugzetten maakt alles wat "
                   "sindsdien is vastgelegd ongedaan, ook het werk van collega's. Het huidige bestand wordt eerst "
                   "opzij gezet in %4.</p><p>Weet u zeker dat u de oudere reservekopie wilt terugzetten?</p>")
                    .arg(file.toHtmlEscaped(), moment(fileChange), moment(copyChange), aside)
              : tr("<p>De reservekopie %1 (gemaakt %2) terugzetten als %3?</p><p>Het bestand wordt gesloten en "
                   "daarna weer geopend. Het huidige bestand wordt eerst opzij gezet in %4.</p>")
                    .arg(QFileInfo(backupPath).fileName().toHtmlEscaped(), made, file.toHtmlEscaped(), aside);
    if (!m_ask(tr("Reservekopie terugzetten"), question + colleagues,
               newer ? tr("&Toch de oudere kopie terugzetten") : tr("&Terugzetten")))
        return false;

    waitForAutomatic();
    close();
    RestoreOptions options;
    options.force = newer; // the user confirmed exactly this
    options.safetyDirectory = directoryFor(databasePath);
    options.account = m_account;
    RestoreResult result;
    bool restored = false;
    try {
        WaitCursor wait;
        result = BackupService::restore(backupPath, databasePath, options, QDateTime::currentDateTime());
        restored = true;
    } catch (const StorageError& e) {
        emit failed(tr("Reservekopie niet teruggezet"), e.message());
    }
    reopen(databasePath); // also after a refusal: the user goes on where he was
    if (restored) {
        emit status(tr("Reservekopie teruggezet; het vorige bestand staat in %1")
                        .arg(QDir::toNativeSeparators(result.safetyCopy)));
        // Destroyed data did not come back: say so, it is not what a restore usually does.
        if (const QString reapplied = result.reappliedText(); !reapplied.isEmpty())
            emit restoredWithRetention(reapplied);
    }
    return restored;
}

void BackupActions::configure() {
    BackupSettingsDialog dialog(m_settings, m_window);
    dialog.exec();
}
