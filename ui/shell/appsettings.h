// The program's own preferences (not the municipality's: those live in the municipality file).
// Typed keys with their defaults in one place, on top of QSettings, migrated by version.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

class AppSettings {
public:
    static constexpr int CurrentVersion = 1;
    static constexpr int MaxRecentFiles = 8;

    AppSettings();

    QString language() const;
    void setLanguage(const QString& language);

    QStringList recentFiles() const;
    // Moves path to the front of the recent files (existing or not: the menu greys missing ones); a team
    // server's URL (postgresql://…) as it is.
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray& geometry, const QByteArray& state);

    QString lastDirectory() const;
    void setLastDirectory(const QString& directory);

    // Reservekopieën (core/backup/backupservice.h). The folder is empty for the default: a folder
    // "<naam>-backups" next to each municipality file, so that the copies live where the file lives
    // (on the network share too) and follow it when it moves.
    QString backupDirectory() const;
    void setBackupDirectory(const QString& directory);
    int backupKeep() const; // how many automatic copies per file, default 10
    void setBackupKeep(int keep);
    bool automaticBackup() const; // one automatic copy per file per day when opened, default on
    void setAutomaticBackup(bool on);

    // Brings settings written by an older version up to CurrentVersion.
    void migrate();

private:
    mutable QSettings m_settings;
};
