#include "archiverepository.h"

#include "auditlog.h"
#include "database.h"
#include "sqlquery.h"
#include "transaction.h"

namespace {

ArchiveOverride readOverride(const SqlQuery& q, int first) {
    ArchiveOverride o;
    o.result = Selectielijst::fromNumber(q.value(first).toString()).value_or(ArchiveResult::Handled);
    o.reason = q.value(first + 1).toString();
    o.setAt = SqlValue::toMoment(q.value(first + 2));
    o.setBy = q.value(first + 3).toString();
    return o;
}

} // namespace

ArchiveRepository::ArchiveRepository(Database& db, const Clock& clock, QString user)
    : m_db(db)
    , m_clock(clock)
    , m_user(std::move(user)) {}

std::optional<ArchiveOverride> ArchiveRepository::overrideOf(qint64 caseId) {
    SqlQuery q(m_db, QStringLiteral("SELECT result, reason, set_at, set_by FROM case_archive WHERE case_id = ?"));
    q.bind(0, caseId).exec();
    if (!q.next())
        return std::nullopt;
    return readOverride(q, 0);
}

QHash<qint64, ArchiveOverride> ArchiveRepository::all() {
    SqlQuery q(m_db, QStringLiteral("SELECT case_id, result, reason, set_at, set_by FROM case_archive"));
    q.exec();
    QHash<qint64, ArchiveOverride> overrides;
    while (q.next())
        overrides.insert(q.value(0).toLongLong(), readOverride(q, 1));
    return overrides;
}

void ArchiveRepository::set(qint64 caseId, ArchiveResult result, const QString& reason, ArchiveResult derived) {
    if (reason.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Geef de reden waarom deze zaak anders wordt bewaard dan de Selectielijst aangeeft."));
    Transaction transaction(m_db);
    const std::optional<ArchiveOverride> before = overrideOf(caseId);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO case_archive (case_id, result, reason, set_at, set_by) "
                                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET "
                                    "result = excluded.result, reason = excluded.reason, set_at = excluded.set_at, "
                                    "set_by = excluded.set_by"));
    const QDateTime now = m_clock.now();
    q.bind(0, caseId)
        .bind(1, Selectielijst::number(result))
        .bind(2, reason.trimmed())
        .bind(3, SqlValue::moment(now))
        .bind(4, SqlValue::text(m_user))
        .exec();
    AuditLog audit(m_db);
    audit.record(now, m_user, caseId, QStringLiteral("archive"), QStringLiteral("result"),
                 Selectielijst::number(before ? before->result : derived), Selectielijst::number(result));
    audit.record(now, m_user, caseId, QStringLiteral("archive"), QStringLiteral("reason"),
                 before ? before->reason : QString(), reason.trimmed());
    transaction.commit();
}

void ArchiveRepository::clear(qint64 caseId, const QString& reason, ArchiveResult derived) {
    if (reason.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Geef de reden waarom de Selectielijst voor deze zaak weer zelf beslist."));
    Transaction transaction(m_db);
    const std::optional<ArchiveOverride> before = overrideOf(caseId);
    if (!before)
        return;
    SqlQuery q(m_db, QStringLiteral("DELETE FROM case_archive WHERE case_id = ?"));
    q.bind(0, caseId).exec();
    const QDateTime now = m_clock.now();
    AuditLog audit(m_db);
    audit.record(now, m_user, caseId, QStringLiteral("archive"), QStringLiteral("result"),
                 Selectielijst::number(before->result), Selectielijst::number(derived));
    audit.record(now, m_user, caseId, QStringLiteral("archive"), QStringLiteral("reason"), before->reason,
                 reason.trimmed());
    transaction.commit();
}
