// A prepared statement that throws StorageError instead of returning false, so that a failed
// statement inside a Transaction unwinds to its rollback.
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

class Database;

class SqlQuery {
public:
    SqlQuery(Database& db, const QString& sql);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& bind(int position, const QVariant& value);
    void exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& raw() { return m_query; }

    // Convenience: run sql with no parameters and no result.
    static void run(Database& db, const QString& sql);
    // Convenience: first column of the first row, or an invalid QVariant.
    static QVariant scalar(Database& db, const QString& sql);

private:
    Database& m_db;
    QSqlQuery m_query;
    QString m_sql;
};
