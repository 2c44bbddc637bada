// The copies of a municipality file that a retention run has to reckon with: destroyed or anonymised
// data lives on in every copy made before the run. This finds them — the automatic copies and those
// made by hand or before a restore in the backup folder (and any other folder the caller names), the
// copies made before a migration next to the file, and every copy the file recorded wherever it was
// put (table backup_copies) — and tells which runs each one lacks (retentionlog.h). Such a copy is
// either scrubbed (the runs it lacks are applied to it in place, as a restore would) or deleted.
#pragma once

#include "retentionlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Clock;
class Database;

struct RetentionCopy {
    QString path;
    QDateTime made;
    QList<RetentionRunRecord> missing; // the runs it predates, oldest first
    bool readable = true;              // false: damaged or foreign; it can only be deleted
};

class RetentionCopies {
    Q_DECLARE_TR_FUNCTIONS(RetentionCopies)
public:
    // Every existing copy of the open file (see above), sorted by path.
    static QStringList known(Database& db, const QStringList& extraFolders = {});
    // The known copies that lack at least one of the file's runs.
    static QList<RetentionCopy> stale(Database& db, const QStringList& extraFolders = {});
    // Applies the runs to the copy in place; it stays one self-contained file. Returns how many cases
    // changed. Throws StorageError (a damaged copy cannot be scrubbed; delete it).
    static int scrub(const QString& copyPath, const QList<RetentionRunRecord>& runs, const Clock& clock,
                     const QString& user);
    // Deletes the copy and any journal beside it. Throws StorageError (Io) when it cannot.
    static void remove(const QString& copyPath);
};
