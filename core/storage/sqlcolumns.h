// A column table: one line per stored field of a value type, naming the column, how the value is
// written and how it is read back. The statements of a store are built from its table (the SELECT
// list, the INSERT's columns and named placeholders, the UPDATE's assignments) and a row is bound and
// read through it, so that a new field is added in one line (plus a migration) and no statement binds
// or reads by a position counted by hand. Placeholders are the column names: ":name". A column whose
// name is a reserved word on the team server is written quoted ("\"user\""); its placeholder is not
// (":user").
#pragma once

#include "sqlquery.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <type_traits>

// name is the column (or, in a table that is only read, an expression); get is null in such a table, set
// in a table whose rows its store reads itself (with SqlRows).
template <typename T> struct SqlColumn {
    QString name;
    QVariant (*get)(const T&);
    void (*set)(T&, const QVariant&);
};

template <typename T> using SqlColumnTable = QList<SqlColumn<T>>;

namespace SqlColumns {

inline QString placeholder(const QString& column) {
    QString name = column;
    name.remove(QLatin1Char('"'));
    return QLatin1Char(':') + name;
}

// "a.x, a.y, …" (prefix "a.") or "x, y, …".
template <typename T> QString names(const SqlColumnTable<T>& columns, const QString& prefix = {}) {
    QStringList list;
    for (const SqlColumn<T>& column : columns)
        list << prefix + column.name;
    return list.join(QStringLiteral(", "));
}

// ":x, :y, …", in the order of names().
template <typename T> QString placeholders(const SqlColumnTable<T>& columns) {
    QStringList list;
    for (const SqlColumn<T>& column : columns)
        list << placeholder(column.name);
    return list.join(QStringLiteral(", "));
}

// "x = :x, y = :y, …" for an UPDATE.
template <typename T> QString assignments(const SqlColumnTable<T>& columns) {
    QStringList list;
    for (const SqlColumn<T>& column : columns)
        list << column.name + QStringLiteral(" = ") + placeholder(column.name);
    return list.join(QStringLiteral(", "));
}

// "INSERT INTO table (k, x, y, …) VALUES (:k, :x, :y, …)": the table's columns after the extra ones
// the caller binds itself (a key such as case_id, a column outside the table such as a PDF).
template <typename T>
QString insertSql(const QString& table, const SqlColumnTable<T>& columns, const QStringList& extra = {}) {
    QStringList marks;
    for (const QString& column : extra)
        marks << placeholder(column);
    const QString lead = extra.isEmpty() ? QString() : extra.join(QStringLiteral(", ")) + QStringLiteral(", ");
    const QString leadMarks = extra.isEmpty() ? QString() : marks.join(QStringLiteral(", ")) + QStringLiteral(", ");
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + lead + names(columns) +
           QStringLiteral(") VALUES (") + leadMarks + placeholders(columns) + QLatin1Char(')');
}

// "SELECT <key>, <names(columns)> FROM <from>": the key (usually the row's id) at index 0, the columns
// of the table from index 1, as readRow() reads them.
template <typename T> QString selectSql(const QString& key, const SqlColumnTable<T>& columns, const QString& from) {
    return QStringLiteral("SELECT ") + key + QStringLiteral(", ") + names(columns) + QStringLiteral(" FROM ") + from;
}

// Binds every column's placeholder to its value in row.
template <typename T> void bind(SqlQuery& query, const SqlColumnTable<T>& columns, const T& row) {
    for (const SqlColumn<T>& column : columns)
        query.bind(placeholder(column.name), column.get(row));
}

// Reads the columns of the table from the current row, the first at index first (the columns a
// statement selects before names(columns)).
template <typename T> void read(const SqlQuery& query, const SqlColumnTable<T>& columns, T& row, int first = 0) {
    int index = first;
    for (const SqlColumn<T>& column : columns)
        column.set(row, query.value(index++));
}

// The value of the current row of a selectSql() statement (without its key).
template <typename T> T readRow(const SqlQuery& query, const SqlColumnTable<T>& columns) {
    T row{};
    read(query, columns, row, 1);
    return row;
}

// Every remaining row of an executed query, each read by readRow (a function of const SqlQuery&).
template <typename ReadRow> auto rows(SqlQuery& query, ReadRow readRow) {
    QList<std::decay_t<decltype(readRow(query))>> list;
    while (query.next())
        list << readRow(query);
    return list;
}

} // namespace SqlColumns
