#include "changelog.h"

#include "database.h"
#include "sqlquery.h"

namespace {

// Rows that record reading or who someone is, or that other rows of the same change already cover
// (an import: one "create" row per case), not a change of what a window shows.
bool tellsNothingNew(const QString& action) {
    static const QSet<QString> reading{QStringLiteral("view"), QStringLiteral("audit_export"), QStringLiteral("inzage"),
                                       QStringLiteral("identify"), QStringLiteral("import")};
    return reading.contains(action);
}

} // namespace

ChangeLog::ChangeLog(Database& db)
    : m_db(db) {}

ChangeLog::Position ChangeLog::position() {
    SqlQuery q(m_db, QStringLiteral("SELECT id, at FROM audit_log ORDER BY id DESC LIMIT 1"));
    q.exec();
    Position p;
    if (q.next()) {
        p.id = q.value(0).toLongLong();
        p.at = q.value(1).toString();
    }
    // Every restore records the safety copy it made of the file it replaced (BackupService::restore).
    SqlQuery restored(m_db, QStringLiteral("SELECT max(made_at) FROM backup_copies WHERE kind = 'safety'"));
    restored.exec();
    if (restored.next())
        p.restored = restored.value(0).toString();
    return p;
}

ExternalChanges ChangeLog::since(Position& from) {
    ExternalChanges changes;
    const Position now = position();
    // A restore happened, or the row we stood on is gone or is another one: the file was replaced.
    if (now.restored != from.restored) {
        changes.everything = true;
        from = now;
        return changes;
    }
    if (from.id > 0) {
        SqlQuery same(m_db, QStringLiteral("SELECT at FROM audit_log WHERE id = ?"));
        same.bind(0, from.id).exec();
        if (!same.next() || same.value(0).toString() != from.at) {
            changes.everything = true;
            from = now;
            return changes;
        }
    }
    if (now.id <= from.id)
        return changes;
    SqlQuery rows(m_db, QStringLiteral("SELECT case_id, action FROM audit_log WHERE id > ? AND id <= ? ORDER BY id "
                                       "LIMIT %1")
                            .arg(ManyRows + 1));
    rows.bind(0, from.id).bind(1, now.id).exec();
    int count = 0;
    while (rows.next()) {
        if (++count > ManyRows) {
            changes = ExternalChanges();
            changes.everything = true;
            break;
        }
        const qint64 caseId = rows.value(0).toLongLong();
        const QString action = rows.value(1).toString();
        if (tellsNothingNew(action))
            continue;
        if (action == QLatin1String("settings") || action == QLatin1String("calendar") ||
            action == QLatin1String("letter_template")) {
            changes.settings = true;
        } else if (action == QLatin1String("user")) {
            changes.users = true;
        } else if (action.startsWith(QLatin1String("measure"))) {
            changes.measures = true;
            if (caseId > 0)
                changes.changed.insert(caseId);
        } else if (caseId <= 0) {
            if (action != QLatin1String("create")) // "create file": the file's first row
                changes.everything = true;
        } else if (action == QLatin1String("create")) {
            changes.added.insert(caseId);
            changes.removed.remove(caseId);
        } else if (action == QLatin1String("delete") || action == QLatin1String("destroy")) {
            changes.removed.insert(caseId);
            changes.added.remove(caseId);
            changes.changed.remove(caseId);
        } else if (!changes.added.contains(caseId) && !changes.removed.contains(caseId)) {
            changes.changed.insert(caseId);
        }
    }
    from = now;
    return changes;
}
