// A storage code written into SQL text as a string literal. Codes come from the one mapping the rest
// of the program uses (EnumText::code and its siblings, AuditActions, BackupKinds), never from a
// literal typed into a statement.
// A literal rather than a bound parameter where SQLite must see the exact text: a partial index (such
// as cases_open, "WHERE phase <> 'closed'") serves only a query that spells its condition the same way.
#pragma once

#include "../domain/enums.h"
#include "auditaction.h"

#include <QString>

namespace SqlCode {

// 'code', quoted for SQL. Storage codes are lower-case words and hyphens; a quote is doubled anyway.
inline QString quoted(const QString& code) {
    QString escaped = code;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

template <typename E> QString of(E value) {
    return quoted(EnumText::code(value));
}

inline QString of(AuditAction action) {
    return quoted(AuditActions::code(action));
}

inline QString of(BackupKind kind) {
    return quoted(BackupKinds::code(kind));
}

// The condition of the partial indexes cases_open and cases_open_handler (migrations v1, v7): a case
// that is not closed.
inline QString openCase() {
    return QStringLiteral("phase <> ") + of(Phase::Closed);
}

// The condition of the partial index cases_follow_up_pending (migration v4): a closed case solved to
// the klager's satisfaction whose "hoe gaat het nu?" call is planned and not yet made.
inline QString pendingFollowUp() {
    return QStringLiteral("phase = ") + of(Phase::Closed) + QStringLiteral(" AND outcome = ") +
           of(Outcome::ResolvedToSatisfaction) +
           QStringLiteral(" AND follow_up_due IS NOT NULL AND follow_up_done IS NULL");
}

} // namespace SqlCode
