// The record of retention runs inside a municipality file (tables retention_runs and
// retention_run_cases, schema v5): which destruction or anonymisation ran when, by whom, on which case
// references. Every copy of the file carries the runs it has seen, so the runs a copy lacks are exactly
// the destruction it predates: a restore applies them again before the file is used, and a retention
// run scrubs or deletes the copies that lack them (retentioncopies.h).
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

struct RetentionRunRecord {
    enum class Action { Destroy, Anonymise };
    QString uid; // unique over every file and copy
    QDateTime at;
    QString user;
    Action action = Action::Destroy;
    QStringList references;

    static QString code(Action action);
};

namespace RetentionLog {
// Every run recorded in the open file, oldest first.
QList<RetentionRunRecord> runs(Database& db);
// The same from a file on disk, read-only with a connection of its own; empty for a file older than
// the record (schema before v5). Throws StorageError when the file cannot be read.
QList<RetentionRunRecord> runsOf(const QString& path);
// The runs of `all` that the file at path has not recorded, oldest first. A file that cannot be read
// lacks them all.
QList<RetentionRunRecord> missingFrom(const QString& path, const QList<RetentionRunRecord>& all);
// Records a run in the open file (inside the caller's transaction). A run already recorded is no change.
void record(Database& db, const RetentionRunRecord& run);
// Every run of several lists once, oldest first.
QList<RetentionRunRecord> merged(const QList<QList<RetentionRunRecord>>& lists);
} // namespace RetentionLog
