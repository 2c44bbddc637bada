// A prepared statement that throws StorageError instead of returning false, so that a failed
// statement inside a Transaction unwinds to its rollback. Queries are forward-only: results are
// streamed, never cached by the driver.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

class Database;
class QSqlError;

class SqlQuery {
public:
    SqlQuery(Database& db, const QString& sql);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& bind(int position, const QVariant& value);
    void exec();
    // The next row; false at the end. A read error (a damaged page, a lock) throws instead of
    // ending the rows early, so a listing is never silently incomplete.
    bool next();
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    // The id of the row this INSERT made; the statement ends in Database::dialect().returningId().
    qint64 insertedId();
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& raw() { return m_query; }
    // Ends a SELECT early, releasing its read snapshot.
    void finish() { m_query.finish(); }

    // Convenience: run sql with no parameters and no result.
    static void run(Database& db, const QString& sql);
    // Runs sql (a PRAGMA, FTS5 maintenance) on a municipality file only: a team server has no such statement
    // and does its own upkeep (SqlDialect::hasFileMaintenance).
    static void runOnFile(Database& db, const QString& sql);
    // Convenience: first column of the first row, or an invalid QVariant.
    static QVariant scalar(Database& db, const QString& sql);

private:
    [[noreturn]] void fail(const QSqlError& error) const;

    Database& m_db;
    QSqlQuery m_query;
    QString m_sql;
};

// How values are written to and read from the file: dates as ISO "yyyy-MM-dd" or NULL, moments as
// UTC ISO with milliseconds (so that text order is time order), text never NULL.
namespace SqlValue {
QVariant text(const QString& s);
QVariant date(QDate day);
QVariant moment(const QDateTime& at);
QVariant boolean(bool b);
QDate toDate(const QVariant& v);
// The date a stored text stands for (as toDate(QVariant(text)) reads it).
QDate toDate(QStringView text);
QDateTime toMoment(const QVariant& v);
// The audit representation of a stored value: NULL becomes the empty string.
QString toAuditText(const QVariant& v);
} // namespace SqlValue
