#include "auditlog.h"

#include "database.h"
#include "sqlcolumns.h"
#include "sqlquery.h"

namespace {

// The stored columns of a row, all but its id. "user" is quoted: a reserved word on the server.
const SqlColumnTable<AuditEntry>& columns() {
    static const SqlColumnTable<AuditEntry> all{
        {QStringLiteral("at"), [](const AuditEntry& e) { return SqlValue::moment(e.at); },
         [](AuditEntry& e, const QVariant& v) { e.at = SqlValue::toMoment(v); }},
        {QStringLiteral("\"user\""), [](const AuditEntry& e) { return SqlValue::text(e.user); },
         [](AuditEntry& e, const QVariant& v) { e.user = v.toString(); }},
        {QStringLiteral("case_id"), [](const AuditEntry& e) { return e.caseId > 0 ? QVariant(e.caseId) : QVariant(); },
         [](AuditEntry& e, const QVariant& v) { e.caseId = v.toLongLong(); }},
        {QStringLiteral("action"), [](const AuditEntry& e) { return SqlValue::text(e.action); },
         [](AuditEntry& e, const QVariant& v) { e.action = v.toString(); }},
        {QStringLiteral("field"), [](const AuditEntry& e) { return SqlValue::text(e.field); },
         [](AuditEntry& e, const QVariant& v) { e.field = v.toString(); }},
        {QStringLiteral("old_value"), [](const AuditEntry& e) { return SqlValue::text(e.oldValue); },
         [](AuditEntry& e, const QVariant& v) { e.oldValue = v.toString(); }},
        {QStringLiteral("new_value"), [](const AuditEntry& e) { return SqlValue::text(e.newValue); },
         [](AuditEntry& e, const QVariant& v) { e.newValue = v.toString(); }},
    };
    return all;
}

QString selectSql(const QString& where) {
    return QStringLiteral("SELECT ") + AuditLog::selectList() + QStringLiteral(" FROM audit_log WHERE ") + where +
           QStringLiteral(" ORDER BY at, id");
}

} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db) {}

void AuditLog::record(const QDateTime& at, const QString& user, qint64 caseId, AuditAction action, const QString& field,
                      const QString& oldValue, const QString& newValue) {
    SqlQuery q(m_db, insertSql());
    bindRecord(q, at, user, caseId, action, field, oldValue, newValue);
    q.exec();
}

QString AuditLog::insertSql() {
    return SqlColumns::insertSql(QStringLiteral("audit_log"), columns());
}

void AuditLog::bindRecord(SqlQuery& q, const QDateTime& at, const QString& user, qint64 caseId, AuditAction action,
                          const QString& field, const QString& oldValue, const QString& newValue) {
    const AuditEntry entry{0, at, user, caseId, AuditActions::code(action), field, oldValue, newValue};
    SqlColumns::bind(q, columns(), entry);
}

QString AuditLog::selectList(const QString& alias) {
    return alias + QStringLiteral("id, ") + SqlColumns::names(columns(), alias);
}

int AuditLog::columnCount() {
    return 1 + int(columns().size());
}

AuditEntry AuditLog::read(const SqlQuery& q) {
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    SqlColumns::read(q, columns(), e, 1);
    return e;
}

QList<AuditEntry> AuditLog::forCase(qint64 caseId) {
    SqlQuery q(m_db, selectSql(QStringLiteral("case_id = :case_id")));
    q.bind(QStringLiteral(":case_id"), caseId).exec();
    return SqlColumns::rows(q, AuditLog::read);
}

QList<AuditEntry> AuditLog::between(const QDateTime& from, const QDateTime& to) {
    SqlQuery q(m_db, selectSql(QStringLiteral("at >= :from AND at <= :to")));
    q.bind(QStringLiteral(":from"), SqlValue::moment(from)).bind(QStringLiteral(":to"), SqlValue::moment(to)).exec();
    return SqlColumns::rows(q, AuditLog::read);
}

qint64 AuditLog::count() {
    return SqlQuery::scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}
