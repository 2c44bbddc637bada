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
// the restore is refused after a bounded wait naming who has the file open, and no writer can start
// until it is done. Then it refuses: a copy that is not an Aan Tafel file, is damaged or is of a newer
// version; an account that is not a beheerder of the file (or, when the file cannot be read, of the
// copy) when it has users (Permissions::Restore); unless forced, a target that was changed later than
// the copy (its newest audit row or case update); and a damaged target that another program still has
// open (its connections would go on writing into the old file). Before it overwrites anything it
// copies the target aside ("<stem>-voor-terugzetten-JJJJMMDD-HHMMSS.aantafel"): the check and that
// copy are made under the target's own write lock, so that the copy aside is exactly what is replaced.
// A copy made before a retention run of the file gets that run's destruction applied again before it
// takes the file's place (retentionlog.h), and the result says so. A refused or failed restore leaves
// no folder it created behind. Programs that keep the file open see the restored content (their change
// feed reloads their views).
//
// restore() is the one function through which every restore goes: the hold is taken there.
//
// Every copy made (automatic, by hand, before a restore) is recorded in the file it was made of
// (table backup_copies), so that a retention run can find it wherever it was put. An automatic copy
// is checked in full (integrity and foreign keys) before an older one is rotated away: opening a
// damaged file day after day never leaves only damaged copies.
//
// All functions work with their own raw connections, so they may run in a worker thread; backup()
// with an open Database uses that connection and belongs to its thread.
#pragma once

#include "storage/auditaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    QString account;            // who restores: the operating-system account (or the session's login)
    QString asLogin;            // aantafel-cli --as
    int holdWaitMs = 30 * 1000; // how long to wait for colleagues' running writes before refusing
};

struct RestoreResult {
    QString safetyCopy;     // the target as it was, empty when there was no target
    int reappliedRuns = 0;  // retention runs of the file the copy predated, applied again
    int reappliedCases = 0; // cases they destroyed or anonymised in the copy
    // The Dutch sentence that says so; empty when nothing was applied again.
    QString reappliedText() const;
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
    // Deletes what an automatic copy of this file left behind when its program stopped halfway (killed, a
    // power cut): the hidden temporary it was written to, with its journal, when untouched for StaleAfterSecs.
    // A copy being written now changes its temporary all the time, and the check of a finished one reads it
    // for far less than that. Returns how many files were deleted. automaticBackup() runs it first, so that
    // the space is free before the new copy needs it.
    static int removeStaleTemporaries(const QString& databasePath, const QString& directory);
    static constexpr qint64 StaleAfterSecs = 3600;
    // The copies of this file in directory (automatic, by hand and safety copies), newest first.
    static QList<BackupEntry> list(const QString& databasePath, const QString& directory);

    // The newest change recorded inside an Aan Tafel file (UTC), invalid when it was never changed.
    // Throws StorageError when the file is not a readable Aan Tafel file (the pages are not all checked).
    static QDateTime lastChange(const QString& path, int busyTimeoutMs = 5000);

    // Puts the copy at backupPath back as targetPath (see the header comment for the refusals).
    static RestoreResult restore(const QString& backupPath, const QString& targetPath, const RestoreOptions& options,
                                 const QDateTime& now);

    // Records a copy in the file it was made of (its kind: daily, by hand, or before a restore). False when
    // it could not be recorded (a read-only or older file); the copy itself is not affected.
    static bool recordCopy(const QString& databasePath, const QString& copyPath, BackupKind kind, const QDateTime& at);
    // integrity_check and foreign_key_check of a file, with a connection of its own: the problems
    // found, empty when it is sound.
    static QStringList fullCheck(const QString& path, int busyTimeoutMs = 5000);

private:
    static void copyFile(const QString& databasePath, const QString& target, int busyTimeoutMs);
};
