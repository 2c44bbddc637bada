// The main window's reservekopie commands: the automatic copy when a file is opened (in a worker
// thread with its own connection, so that opening a large file is not held up), "Reservekopie
// maken…", "Reservekopie terugzetten…" (choose, confirm — explicitly when the current file is
// newer than the copy —, close the file, restore, reopen) and "Reservekopieën instellen…".
// Where the copies go and how many are kept are program settings (AppSettings).
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class AppSettings;
class MunicipalitySession;
class QThread;
class QWidget;

class BackupActions : public QObject {
    Q_OBJECT
public:
    // Asks the user a yes/no question (title, text, the "yes" button's text); QMessageBox by default,
    // tests answer themselves.
    using Asker = std::function<bool(const QString&, const QString&, const QString&)>;

    BackupActions(AppSettings& settings, QWidget* window);
    ~BackupActions() override;

    // The folder for the copies of this file (the setting, or "<naam>-backups" next to the file).
    QString directoryFor(const QString& databasePath) const;

    // After a writable open: today's automatic copy, in the background. Ends in automaticFinished.
    void startAutomatic(const QString& databasePath);
    void waitForAutomatic();

    // "Reservekopie maken…": asks for a name (in the backup folder) and makes the copy. On a team server (whose
    // backups are the server's own, pg_dump) it writes a complete municipality file from the server instead
    // (ServerBackup, as aantafel-cli backup does), in the last folder used.
    void backupNow(MunicipalitySession& session);
    // Makes a copy by hand at target; false (after showing why) when it failed.
    bool backupTo(MunicipalitySession& session, const QString& target);

    // "Reservekopie terugzetten…": the restore dialog, then restoreFrom().
    void restore(const QString& databasePath, const std::function<void()>& close,
                 const std::function<bool(const QString&)>& reopen);
    // Confirms (explicitly when the file is newer), closes, restores, reopens. True when restored.
    bool restoreFrom(const QString& backupPath, const QString& databasePath, const std::function<void()>& close,
                     const std::function<bool(const QString&)>& reopen);

    // "Reservekopieën instellen…"
    void configure();

    void setAsker(Asker asker) { m_ask = std::move(asker); }
    // Who restores (the session's user): the restore itself checks that he is a beheerder.
    void setAccount(QString account) { m_account = std::move(account); }

signals:
    // A short message for the status bar.
    void status(const QString& message);
    // The automatic copy is done: its path (empty when none was due) or the reason it failed.
    void automaticFinished(const QString& path, const QString& error);
    // Something could not be done; the window shows it (title, Dutch message).
    void failed(const QString& title, const QString& message);
    // The automatic copy found the file itself damaged (integrity or foreign keys).
    void damageFound();
    // A restore applied retention runs again that the copy predated; the Dutch sentence that says so.
    void restoredWithRetention(const QString& text);

private:
    void backupServerNow(MunicipalitySession& session);
    bool backupServerTo(MunicipalitySession& session, const QString& target);

    AppSettings& m_settings;
    QWidget* m_window;
    Asker m_ask;
    QThread* m_worker = nullptr;
    QString m_account;
};
