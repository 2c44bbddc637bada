// Reservekopieën of a municipality file: an online copy that stays consistent while others keep
// writing (sqlite3 backup API), the automatic copy made when the program opens a file, rotation of
// those copies, and putting a copy back. Every copy is written under a temporary name, checked
// (quick_check) and only then renamed into place; every failure is a StorageError with a Dutch
// message and leaves both the file and the existing copies as they were.
//
// Automatic copies: at most one per file per calendar day (the first open of the day makes it), named
// "<stem>-JJJJMMDD-HHMMSS.aantafel", by default in the folder "<stem>-backups" next to the file; the
// newest `keep` (default 10) are kept, so ten working days can be gone back to. Copies made by hand
// or before a restore have other names and are never rotated away.
//
// Putting back (restore) first takes the file to itself (ExclusiveHold): running writers finish, or
// the restore is refused after a bounded wait, and no writer can start until it is done. Then it
// refuses: a copy that is not an Aan Tafel file, is damaged or is of a newer version; unless forced,
// a target that was changed later than the copy (its newest audit row or case update); and a damaged
// target that another program still has open. Before it overwrites anything it copies the target
// aside ("<stem>-voor-terugzetten-JJJJMMDD-HHMMSS.aantafel"), under the target's write lock, so that
// the copy aside is exactly what is replaced. Programs that keep the file open see the restored
// content (their change feed reloads their views).
//
// All functions work with their own raw connections, so they may run in a worker thread; backup()
// with an open Database uses that connection and belongs to its thread.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

struct BackupEntry {
    QString path;
    QDateTime made; // from the name for automatic copies, else the file's modification time
    qint64 size = 0;
    bool automatic = false;
};

struct RestoreOptions {
    bool force = false;      // also when the target is newer than the copy
    QString safetyDirectory; // where the target is copied aside; empty: the default backup folder
    int busyTimeoutMs = 5000;
    int holdWaitMs = 30 * 1000; // how long to wait for running writers before refusing
    QString user;               // who restores, for the message a waiting colleague gets
};

struct RestoreResult {
    QString safetyCopy; // the target as it was, empty when there was no target
};

class BackupService {
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    static constexpr int DefaultKeep = 10;

    // The default folder for the copies of a file: "<folder of the file>/<stem>-backups".
    static QString defaultDirectory(const QString& databasePath);
    // "<stem>-JJJJMMDD-HHMMSS.aantafel" in directory.
    static QString automaticName(const QString& databasePath, const QString& directory, const QDateTime& at);

    // A consistent copy of the open file at target (refuses an existing target).
    static void backup(Database& db, const QString& target);
    // The same from a file path, with a connection of its own (any thread).
    static void backupFile(const QString& databasePath, const QString& target, int busyTimeoutMs = 5000);

    // The automatic copy on open: made unless an automatic copy of today already exists; then the
    // oldest beyond `keep` are deleted. Returns the new copy's path, empty when none was due.
    static QString automaticBackup(const QString& databasePath, const QString& directory, int keep,
                                   const QDateTime& now, int busyTimeoutMs = 5000);
    // Deletes the oldest automatic copies of this file beyond keep; returns how many were deleted.
    static int rotate(const QString& databasePath, const QString& directory, int keep);
    // The copies of this file in directory (automatic, by hand and safety copies), newest first.
    static QList<BackupEntry> list(const QString& databasePath, const QString& directory);

    // The newest change recorded inside an Aan Tafel file (UTC), invalid when it was never changed.
    // Throws StorageError when the file is not a readable Aan Tafel file (the pages are not all checked).
    static QDateTime lastChange(const QString& path, int busyTimeoutMs = 5000);

    // Puts the copy at backupPath back as targetPath (see the header comment for the refusals).
    static RestoreResult restore(const QString& backupPath, const QString& targetPath, const RestoreOptions& options,
                                 const QDateTime& now);
};
