#include "retentionlog.h"

#include "backup/sqlitecopy.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

RetentionRunRecord::Action actionOf(const QString& code) {
    return code == RetentionRunRecord::code(RetentionRunRecord::Action::Anonymise)
               ? RetentionRunRecord::Action::Anonymise
               : RetentionRunRecord::Action::Destroy;
}

// Rows of (uid, at, user, action, reference), grouped into runs in the order of the rows.
QList<RetentionRunRecord> group(const QList<QStringList>& rows) {
    QList<RetentionRunRecord> runs;
    QHash<QString, qsizetype> index;
    for (const QStringList& row : rows) {
        qsizetype at = index.value(row.at(0), -1);
        if (at < 0) {
            RetentionRunRecord run;
            run.uid = row.at(0);
            run.at = QDateTime::fromString(row.at(1), Qt::ISODateWithMs);
            run.user = row.at(2);
            run.action = actionOf(row.at(3));
            at = runs.size();
            index.insert(run.uid, at);
            runs << run;
        }
        if (!row.at(4).isEmpty())
            runs[at].references << row.at(4);
    }
    return runs;
}

const char* const SelectRuns =
    "SELECT r.uid, r.at, r.user, r.action, COALESCE(c.reference, '') FROM retention_runs AS r "
    "LEFT JOIN retention_run_cases AS c ON c.run_id = r.id ORDER BY r.at, r.id, c.reference";

} // namespace

QString RetentionRunRecord::code(Action action) {
    return action == Action::Anonymise ? QStringLiteral("anonymise") : QStringLiteral("destroy");
}

namespace RetentionLog {

QList<RetentionRunRecord> runs(Database& db) {
    SqlQuery q(db, QString::fromLatin1(SelectRuns));
    q.exec();
    QList<QStringList> rows;
    while (q.next()) {
        rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString()};
    }
    return group(rows);
}

QList<RetentionRunRecord> runsOf(const QString& path) {
    SqliteCopy::Connection connection;
    connection.open(path, true, 5000);
    if (!connection.hasTable("retention_runs"))
        return {};
    return group(connection.rows(SelectRuns));
}

QList<RetentionRunRecord> missingFrom(const QString& path, const QList<RetentionRunRecord>& all) {
    QSet<QString> present;
    try {
        for (const RetentionRunRecord& run : runsOf(path))
            present.insert(run.uid);
    } catch (const StorageError&) {
        // Unreadable: it may hold anything.
    }
    QList<RetentionRunRecord> missing;
    for (const RetentionRunRecord& run : all) {
        if (!present.contains(run.uid))
            missing << run;
    }
    return missing;
}

void record(Database& db, const RetentionRunRecord& run) {
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO retention_runs (uid, at, \"user\", action) VALUES (:uid, :at, :user, "
                                   ":action) ON CONFLICT DO NOTHING"));
    insert.bind(QStringLiteral(":uid"), run.uid)
        .bind(QStringLiteral(":at"), SqlValue::moment(run.at))
        .bind(QStringLiteral(":user"), run.user)
        .bind(QStringLiteral(":action"), RetentionRunRecord::code(run.action))
        .exec();
    SqlQuery id(db, QStringLiteral("SELECT id FROM retention_runs WHERE uid = :uid"));
    id.bind(QStringLiteral(":uid"), run.uid).exec();
    if (!id.next())
        return;
    const qint64 runId = id.value(0).toLongLong();
    id.finish();
    SqlQuery reference(db, QStringLiteral("INSERT INTO retention_run_cases (run_id, reference) VALUES (:run_id, "
                                          ":reference) ON CONFLICT DO NOTHING"));
    for (const QString& r : run.references)
        reference.bind(QStringLiteral(":run_id"), runId).bind(QStringLiteral(":reference"), r).exec();
}

QList<RetentionRunRecord> merged(const QList<QList<RetentionRunRecord>>& lists) {
    QList<RetentionRunRecord> all;
    QSet<QString> seen;
    for (const QList<RetentionRunRecord>& list : lists) {
        for (const RetentionRunRecord& run : list) {
            if (!seen.contains(run.uid)) {
                seen.insert(run.uid);
                all << run;
            }
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const RetentionRunRecord& a, const RetentionRunRecord& b) { return a.at < b.at; });
    return all;
}

} // namespace RetentionLog
