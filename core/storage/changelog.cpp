#include "changelog.h"

#include "database.h"
#include "sqlcode.h"
#include "sqlquery.h"

namespace {

// Rows that record reading or who someone is, or that other rows of the same change already cover
// (an import: one "create" row per case), not a change of what a window shows.
bool tellsNothingNew(AuditAction action) {
    switch (action) {
    case AuditAction::View:
    case AuditAction::AuditExport:
    case AuditAction::Inzage:
    case AuditAction::Identify:
    case AuditAction::Import: return true;
    default: return false;
    }
}

bool aboutSettings(AuditAction action) {
    return action == AuditAction::Settings || action == AuditAction::Calendar || action == AuditAction::LetterTemplate;
}

bool aboutMeasures(AuditAction action) {
    switch (action) {
    case AuditAction::MeasureCreate:
    case AuditAction::MeasureUpdate:
    case AuditAction::MeasureLink:
    case AuditAction::MeasureUnlink:
    case AuditAction::MeasureDelete: return true;
    default: return false;
    }
}

} // namespace

ChangeLog::ChangeLog(Database& db)
    : m_db(db) {}

ChangeLog::Position ChangeLog::position() {
    SqlQuery q(m_db, QStringLiteral("SELECT id, at FROM audit_log ORDER BY id DESC LIMIT 1"));
    q.exec();
    Position p;
    if (q.next()) {
        p.id = q.value(QStringLiteral("id")).toLongLong();
        p.at = q.value(QStringLiteral("at")).toString();
    }
    // Every restore records the safety copy it made of the file it replaced (BackupService::restore).
    SqlQuery restored(m_db, QStringLiteral("SELECT max(made_at) FROM backup_copies WHERE kind = ") +
                                SqlCode::of(BackupKind::Safety));
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
        SqlQuery same(m_db, QStringLiteral("SELECT at FROM audit_log WHERE id = :id"));
        same.bind(QStringLiteral(":id"), from.id).exec();
        if (!same.next() || same.value(0).toString() != from.at) {
            changes.everything = true;
            from = now;
            return changes;
        }
    }
    if (now.id <= from.id)
        return changes;
    SqlQuery rows(m_db, QStringLiteral("SELECT case_id, action FROM audit_log WHERE id > :after AND id <= :last "
                                       "ORDER BY id LIMIT %1")
                            .arg(ManyRows + 1));
    rows.bind(QStringLiteral(":after"), from.id).bind(QStringLiteral(":last"), now.id).exec();
    int count = 0;
    while (rows.next()) {
        if (++count > ManyRows) {
            changes = ExternalChanges();
            changes.everything = true;
            break;
        }
        const qint64 caseId = rows.value(QStringLiteral("case_id")).toLongLong();
        // A code this version does not know (a newer program wrote it) counts as a change of its case.
        const std::optional<AuditAction> action =
            AuditActions::fromCode(rows.value(QStringLiteral("action")).toString());
        if (action && tellsNothingNew(*action))
            continue;
        if (action && aboutSettings(*action)) {
            changes.settings = true;
        } else if (action == AuditAction::User) {
            changes.users = true;
        } else if (action && aboutMeasures(*action)) {
            changes.measures = true;
            if (caseId > 0)
                changes.changed.insert(caseId);
        } else if (caseId <= 0) {
            if (action != AuditAction::Create) // "create file": the file's first row
                changes.everything = true;
        } else if (action == AuditAction::Create) {
            changes.added.insert(caseId);
            changes.removed.remove(caseId);
        } else if (action == AuditAction::Delete || action == AuditAction::Destroy) {
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
