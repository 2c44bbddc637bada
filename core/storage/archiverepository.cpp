#include "archiverepository.h"

#include "auditlog.h"
#include "database.h"
#include "sqlcolumns.h"
#include "sqlquery.h"
#include "transaction.h"

namespace {

// The stored fields of an override but its case.
const SqlColumnTable<ArchiveOverride>& columns() {
    static const SqlColumnTable<ArchiveOverride> all{
        {QStringLiteral("result"), [](const ArchiveOverride& o) { return QVariant(Selectielijst::number(o.result)); },
         [](ArchiveOverride& o, const QVariant& v) {
             o.result = Selectielijst::fromNumber(v.toString()).value_or(ArchiveResult::Handled);
         }},
        {QStringLiteral("reason"), [](const ArchiveOverride& o) { return SqlValue::text(o.reason); },
         [](ArchiveOverride& o, const QVariant& v) { o.reason = v.toString(); }},
        {QStringLiteral("set_at"), [](const ArchiveOverride& o) { return SqlValue::moment(o.setAt); },
         [](ArchiveOverride& o, const QVariant& v) { o.setAt = SqlValue::toMoment(v); }},
        {QStringLiteral("set_by"), [](const ArchiveOverride& o) { return SqlValue::text(o.setBy); },
         [](ArchiveOverride& o, const QVariant& v) { o.setBy = v.toString(); }},
    };
    return all;
}

QString selectSql(const QString& where) {
    return SqlColumns::selectSql(QStringLiteral("case_id"), columns(), QStringLiteral("case_archive ") + where);
}

} // namespace

ArchiveRepository::ArchiveRepository(Database& db, const Clock& clock, QString user)
    : m_db(db)
    , m_clock(clock)
    , m_user(std::move(user)) {}

std::optional<ArchiveOverride> ArchiveRepository::overrideOf(qint64 caseId) {
    SqlQuery q(m_db, selectSql(QStringLiteral("WHERE case_id = :case_id")));
    q.bind(QStringLiteral(":case_id"), caseId).exec();
    if (!q.next())
        return std::nullopt;
    return SqlColumns::readRow(q, columns());
}

QHash<qint64, ArchiveOverride> ArchiveRepository::all() {
    SqlQuery q(m_db, selectSql({}));
    q.exec();
    QHash<qint64, ArchiveOverride> overrides;
    while (q.next())
        overrides.insert(q.value(0).toLongLong(), SqlColumns::readRow(q, columns()));
    return overrides;
}

void ArchiveRepository::set(qint64 caseId, ArchiveResult result, const QString& reason, ArchiveResult derived) {
    if (reason.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Geef de reden waarom deze zaak anders wordt bewaard dan de Selectielijst aangeeft."));
    Transaction transaction(m_db);
    const std::optional<ArchiveOverride> before = overrideOf(caseId);
    SqlQuery q(m_db, SqlColumns::insertSql(QStringLiteral("case_archive"), columns(), {QStringLiteral("case_id")}) +
                         QStringLiteral(" ON CONFLICT (case_id) DO UPDATE SET ") + SqlColumns::assignments(columns()));
    const QDateTime now = m_clock.now();
    q.bind(QStringLiteral(":case_id"), caseId);
    SqlColumns::bind(q, columns(), ArchiveOverride{result, reason.trimmed(), now, m_user});
    q.exec();
    AuditLog audit(m_db);
    audit.record(now, m_user, caseId, AuditAction::Archive, QStringLiteral("result"),
                 Selectielijst::number(before ? before->result : derived), Selectielijst::number(result));
    audit.record(now, m_user, caseId, AuditAction::Archive, QStringLiteral("reason"),
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
    SqlQuery q(m_db, QStringLiteral("DELETE FROM case_archive WHERE case_id = :case_id"));
    q.bind(QStringLiteral(":case_id"), caseId).exec();
    const QDateTime now = m_clock.now();
    AuditLog audit(m_db);
    audit.record(now, m_user, caseId, AuditAction::Archive, QStringLiteral("result"),
                 Selectielijst::number(before->result), Selectielijst::number(derived));
    audit.record(now, m_user, caseId, AuditAction::Archive, QStringLiteral("reason"), before->reason, reason.trimmed());
    transaction.commit();
}
