// The audit trail: who changed what, when, from which value to which. Rows are only ever
// appended, always inside the transaction of the change they describe. The action of a row is an
// AuditAction, stored as its code (auditaction.h).
#pragma once

#include "auditaction.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

class Database;
class SqlQuery;

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString user;
    qint64 caseId = 0; // 0 when not about one case
    QString action;    // the code of an AuditAction (AuditActions::code), as stored
    QString field;     // column or setting key, may be empty
    QString oldValue;
    QString newValue;
};

class AuditLog {
public:
    explicit AuditLog(Database& db);
    // Appends one row. Call inside the Transaction of the change.
    void record(const QDateTime& at, const QString& user, qint64 caseId, AuditAction action, const QString& field = {},
                const QString& oldValue = {}, const QString& newValue = {});
    // The rows about one case, oldest first.
    QList<AuditEntry> forCase(qint64 caseId);
    // The rows from `from` up to and including `to`, oldest first.
    QList<AuditEntry> between(const QDateTime& from, const QDateTime& to);
    qint64 count();

    // For bulk writers that reuse one prepared statement: the INSERT and how to bind one row to it.
    static QString insertSql();
    static void bindRecord(SqlQuery& query, const QDateTime& at, const QString& user, qint64 caseId, AuditAction action,
                           const QString& field = {}, const QString& oldValue = {}, const QString& newValue = {});

    // For readers that select audit rows with more columns: "<alias>id, <alias>at, …" (every column of
    // an AuditEntry), how many columns that is, and the entry of the current row.
    static QString selectList(const QString& alias = {});
    static int columnCount();
    static AuditEntry read(const SqlQuery& query);

private:
    Database& m_db;
};
