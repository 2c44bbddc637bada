// A SELECT whose rows are read column by column as what they hold (text, an integer, a date), without
// a QVariant per value: for the result sets that are read in bulk, such as the lines of the case list,
// the deadline overview and the cases of the yearly report. It promises:
// - on a municipality file it steps SQLite's own statement on the connection's handle and reads only
//   the columns asked for, each as the Qt driver would give it (text as SQLite converts it to UTF-16,
//   so the same characters as through SqlQuery, valid UTF-8 or not); on the team server it reads
//   libpq's result of one round trip (Server, in sqlrows.cpp), so that a caller is written once for both;
// - every value reads as the matching conversion of SqlQuery's value: text() as toString(), integer() as
//   toLongLong(), date() as SqlValue::toDate(); NULL reads as a null QString, 0 and an invalid date;
// - like SqlQuery it throws StorageError (a damaged page marks the file damaged: Database::markDamaged),
//   streams forward only and never ends the rows early on a read error.
// Parameters are named (":name", bound to a QVariant of text, an integer or NULL). A text or a date of a
// row is read when asked for. Used from the thread of its Database.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class Database;
struct sqlite3;
struct sqlite3_stmt;

class SqlRows {
public:
    SqlRows(Database& db, const QString& sql);
    ~SqlRows();
    SqlRows(const SqlRows&) = delete;
    SqlRows& operator=(const SqlRows&) = delete;

    SqlRows& bind(const QString& placeholder, const QVariant& value);
    void exec();
    // The next row; false at the end.
    bool next();
    // Ends the statement early, releasing its read snapshot.
    void finish();

    // The index of the column the statement names so (its AS name), -1 when it names none so.
    int column(const QString& name) const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QDate date(int column) const;
    // The text of a column as the bytes of its UTF-8 text, without a conversion: for the codes of a row
    // (EnumText::fromCode), read by the thousand. Valid until the next row; empty for NULL. Only for a
    // column of text (a boolean of the server reads as PostgreSQL writes it, not as text() reads it).
    QByteArrayView utf8(int column) const;

    // The date a UTF-8 text of exactly ten ASCII characters, the stored form, stands for (as
    // SqlValue::toDate reads it), without a conversion; nothing for any other text, which the caller
    // converts first.
    static std::optional<QDate> storedDate(QByteArrayView utf8);
    // sql as the team server takes it: its named placeholders (":name", the same name any number of times)
    // numbered $1, $2 … outside quoted text and names and never in a cast ("::"); names receives each name
    // once, in the order of its number.
    static QString numberedPlaceholders(const QString& sql, QStringList& names);

private:
    [[noreturn]] void fail(int code) const;

    Database& m_db;
    QString m_sql;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    class Server;
    std::unique_ptr<Server> m_server; // the team server's rows
};
