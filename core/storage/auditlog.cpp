#include "auditlog.h"

#include "database.h"
#include "sqlquery.h"

namespace {

const QString selectColumns = QStringLiteral("SELECT id, at, \"user\", case_id, action, field, old_value, new_value "
                                             "FROM audit_log ");

QList<AuditEntry> readAll(SqlQuery& q) {
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = SqlValue::toMoment(q.value(1));
        e.user = q.value(2).toString();
        e.caseId = q.value(3).toLongLong();
        e.action = q.value(4).toString();
        e.field = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        entries.append(e);
    }
    return entries;
}

} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db) {}

void AuditLog::record(const QDateTime& at, const QString& user, qint64 caseId, const QString& action,
                      const QString& field, const QString& oldValue, const QString& newValue) {
    SqlQuery q(m_db, insertSql());
    bindRecord(q, at, user, caseId, action, field, oldValue, newValue);
    q.exec();
}

QString AuditLog::insertSql() {
    return QStringLiteral("INSERT INTO audit_log (at, \"user\", case_id, action, field, old_value, new_value) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)");
}

void AuditLog::bindRecord(SqlQuery& q, const QDateTime& at, const QString& user, qint64 caseId, const QString& action,
                          const QString& field, const QString& oldValue, const QString& newValue) {
    q.bind(0, SqlValue::moment(at))
        .bind(1, SqlValue::text(user))
        .bind(2, caseId > 0 ? QVariant(caseId) : QVariant())
        .bind(3, SqlValue::text(action))
        .bind(4, SqlValue::text(field))
        .bind(5, SqlValue::text(oldValue))
        .bind(6, SqlValue::text(newValue));
}

QList<AuditEntry> AuditLog::forCase(qint64 caseId) {
    SqlQuery q(m_db, selectColumns + QStringLiteral("WHERE case_id = ? ORDER BY at, id"));
    q.bind(0, caseId).exec();
    return readAll(q);
}

QList<AuditEntry> AuditLog::between(const QDateTime& from, const QDateTime& to) {
    SqlQuery q(m_db, selectColumns + QStringLiteral("WHERE at >= ? AND at <= ? ORDER BY at, id"));
    q.bind(0, SqlValue::moment(from)).bind(1, SqlValue::moment(to)).exec();
    return readAll(q);
}

qint64 AuditLog::count() {
    return SqlQuery::scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}
