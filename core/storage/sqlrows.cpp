#include "sqlrows.h"

#include "database.h"
#include "libpq.h"
#include "sqlquery.h"

#include <QByteArray>
#include <QLocale>
#include <QMetaObject>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <cstdlib>

// The team server's rows (SqlRows::Server): a SELECT sent with libpq's PQexecParams on the connection of Qt's
// PostgreSQL driver, and its rows read from libpq's result as they are. Through Qt Sql a statement with values
// costs three round trips (PREPARE, EXECUTE, DEALLOCATE) and every value of every row a QVariant; here it is
// one round trip and a value is read when asked for, converted as Qt's driver converts its column type (text and
// unknown types as text, integers, booleans as true/false, numbers as doubles, bytea as bytes). A value is sent
// as text, whose type the server infers from where its placeholder stands, as it does for a statement Qt
// prepares; a boolean as 1 or 0, as the file binds it. Notifications that arrive with the rows are handed to the
// driver, as the driver does after each of its own statements.
namespace {

// The types of pg_type whose values Qt's driver does not give as text (PostgreSQL's catalog numbers, as the
// driver names them).
enum TypeOid : Oid {
    BoolOid = 16,
    ByteaOid = 17,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    RegprocOid = 24,
    OidOid = 26,
    XidOid = 28,
    CidOid = 29,
    Float4Oid = 700,
    Float8Oid = 701,
    DateOid = 1082,
    TimeOid = 1083,
    TimestampOid = 1114,
    TimestampTzOid = 1184,
    TimeTzOid = 1266,
    NumericOid = 1700,
};

// A value of the current row: its text as the server sent it (nullptr: NULL) and its column's type.
struct ServerValue {
    const char* data = nullptr;
    int size = 0;
    Oid type = 0;
};

bool isInteger(Oid type) {
    switch (type) {
    case Int8Oid:
    case Int2Oid:
    case Int4Oid:
    case RegprocOid:
    case OidOid:
    case XidOid:
    case CidOid: return true;
    default: return false;
    }
}

// The types Qt's driver gives as a number, a moment or bytes.
bool isOther(Oid type) {
    switch (type) {
    case ByteaOid:
    case Float4Oid:
    case Float8Oid:
    case NumericOid:
    case DateOid:
    case TimeOid:
    case TimestampOid:
    case TimestampTzOid:
    case TimeTzOid: return true;
    default: return false;
    }
}

// A value of one of the other types, as Qt's driver gives it (its default precision policy: numbers as doubles).
QVariant driverValue(ServerValue v) {
    const QLatin1StringView latin1(v.data, v.size);
    switch (v.type) {
    case ByteaOid: {
        const Libpq* pq = Libpq::functions(); // loaded: the value came from it
        size_t size = 0;
        unsigned char* bytes = pq->unescapeBytea(reinterpret_cast<const unsigned char*>(v.data), &size);
        QByteArray data(reinterpret_cast<const char*>(bytes), qsizetype(size));
        pq->freemem(bytes);
        return data;
    }
    case DateOid: return QDate::fromString(latin1, Qt::ISODate);
    case TimeOid:
    case TimeTzOid: return QTime::fromString(latin1, Qt::ISODate);
    case TimestampOid:
    case TimestampTzOid: return QDateTime::fromString(latin1, Qt::ISODate).toLocalTime();
    default: {
        bool ok = false;
        const double number = QLocale::c().toDouble(latin1, &ok);
        if (ok)
            return number;
        if (latin1.compare(QLatin1StringView("NaN"), Qt::CaseInsensitive) == 0)
            return qQNaN();
        if (latin1.compare(QLatin1StringView("Infinity"), Qt::CaseInsensitive) == 0)
            return qInf();
        if (latin1.compare(QLatin1StringView("-Infinity"), Qt::CaseInsensitive) == 0)
            return -qInf();
        return {};
    }
    }
}

qint64 serverInteger(ServerValue v) {
    if (!v.data)
        return 0;
    if (v.type == BoolOid)
        return v.data[0] == 't' ? 1 : 0;
    if (isInteger(v.type))
        return std::strtoll(v.data, nullptr, 10);
    if (isOther(v.type))
        return driverValue(v).toLongLong();
    return QString::fromUtf8(v.data, v.size).toLongLong();
}

QString serverText(ServerValue v) {
    if (!v.data)
        return {};
    if (v.type == BoolOid)
        return v.data[0] == 't' ? QStringLiteral("true") : QStringLiteral("false");
    if (isOther(v.type))
        return driverValue(v).toString();
    return QString::fromUtf8(v.data, v.size); // text, or an integer's digits
}

QDate serverDate(ServerValue v) {
    if (!v.data)
        return {};
    if (v.type == BoolOid || isOther(v.type))
        return SqlValue::toDate(QVariant(serverText(v)));
    if (const std::optional<QDate> stored = SqlRows::storedDate(QByteArrayView(v.data, v.size)))
        return *stored;
    return SqlValue::toDate(QStringView(QString::fromUtf8(v.data, v.size)));
}

// A bound value as text for the server.
QByteArray sentText(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong: return QByteArray::number(value.toLongLong());
    case QMetaType::ULongLong: return QByteArray::number(value.toULongLong());
    case QMetaType::Double: return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest).toLatin1();
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate).toLatin1();
    default: return value.toString().toUtf8();
    }
}

// The libpq connection of a Qt connection to the server; nullptr when it is closed. Qt's documentation names the
// handle's type "PGconn*"; Qt 6 takes the name from the compiler, which spells the struct behind libpq's typedef.
PGconn* connectionOf(Database& db) {
    const QVariant handle = db.connection().driver()->handle();
    const char* type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

bool startsName(QChar c) {
    return c.isLetter() || c == u'_';
}

bool inName(QChar c) {
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

QString SqlRows::numberedPlaceholders(const QString& sql, QStringList& names) {
    QString out;
    out.reserve(sql.size());
    QChar quote; // inside '…' or "…" while set
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar(); // a doubled quote closes and opens again: the same outcome
            out += c;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            out += c;
            continue;
        }
        if (c == u':' && i + 1 < sql.size() && sql.at(i + 1) == u':') {
            out += QStringLiteral("::"); // a cast
            ++i;
            continue;
        }
        if (c == u':' && i + 1 < sql.size() && startsName(sql.at(i + 1))) {
            qsizetype end = i + 1;
            while (end < sql.size() && inName(sql.at(end)))
                ++end;
            const QString name = sql.mid(i, end - i);
            qsizetype number = names.indexOf(name);
            if (number < 0) {
                names.append(name);
                number = names.size() - 1;
            }
            out += u'$' + QString::number(number + 1);
            i = end - 1;
            continue;
        }
        out += c;
    }
    return out;
}

class SqlRows::Server {
public:
    Server(Database& db, const QString& sql)
        : m_db(db)
        , m_sql(sql)
        , m_statement(numberedPlaceholders(sql, m_names).toUtf8())
        , m_connection(connectionOf(db)) {
        m_values.resize(m_names.size());
        m_bound.fill(false, m_names.size());
        if (!m_connection) { // SQLSTATE 08003: connection_does_not_exist
            throw db.dialect().error(QSqlError(QStringLiteral("QPSQL: no open connection"), QString(),
                                               QSqlError::ConnectionError, QStringLiteral("08003")),
                                     sql, db.path());
        }
        QString problem;
        m_pq = Libpq::functions(&problem);
        if (!m_pq) { // SQLSTATE 08001: sqlclient_unable_to_establish_sqlconnection
            throw db.dialect().error(QSqlError(QStringLiteral("QPSQL: libpq not loaded"), problem,
                                               QSqlError::ConnectionError, QStringLiteral("08001")),
                                     sql, db.path());
        }
    }
    ~Server() { finish(); }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    void bind(const QString& placeholder, const QVariant& value) {
        const qsizetype index = m_names.indexOf(placeholder);
        if (index < 0)
            return;                       // as the driver: a value for a name the statement does not use is left aside
        m_bound[index] = !value.isNull(); // as the driver: a null value binds NULL, whatever its type
        m_values[index] = m_bound.at(index) ? sentText(value) : QByteArray();
    }

    void exec() {
        finish();
        QList<const char*> values;
        for (qsizetype i = 0; i < m_values.size(); ++i)
            values.append(m_bound.at(i) ? m_values.at(i).constData() : nullptr);
        m_result = m_pq->execParams(m_connection, m_statement.constData(), int(values.size()), nullptr,
                                    values.constData(), nullptr, nullptr, 0);
        QSqlDriver* driver = m_db.connection().driver();
        if (!driver->subscribedToNotifications().isEmpty())
            QMetaObject::invokeMethod(driver, "_q_handleNotification", Qt::QueuedConnection);
        const ExecStatusType status = m_result ? m_pq->resultStatus(m_result) : PGRES_FATAL_ERROR;
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            m_rows = m_pq->ntuples(m_result);
            return;
        }
        const QString state =
            m_result ? QString::fromLatin1(m_pq->resultErrorField(m_result, PG_DIAG_SQLSTATE)) : QString();
        const QSqlError error(QStringLiteral("QPSQL: Unable to create query"),
                              QString::fromUtf8(m_pq->errorMessage(m_connection)), QSqlError::StatementError, state);
        finish();
        throw m_db.dialect().error(error, m_sql, m_db.path());
    }

    bool next() {
        if (m_row + 1 >= m_rows)
            return false;
        ++m_row;
        return true;
    }

    void finish() {
        m_pq->clear(m_result); // a null result is a harmless no-op
        m_result = nullptr;
        m_row = -1;
        m_rows = 0;
    }

    int column(const QString& name) const {
        if (!m_result)
            return -1;
        const QByteArray wanted = name.toUtf8();
        for (int i = 0; i < m_pq->nfields(m_result); ++i) {
            if (qstrcmp(m_pq->fname(m_result, i), wanted.constData()) == 0)
                return i;
        }
        return -1;
    }

    ServerValue value(int column) const {
        const Oid type = m_pq->ftype(m_result, column);
        if (m_pq->getisnull(m_result, m_row, column))
            return {nullptr, 0, type};
        return {m_pq->getvalue(m_result, m_row, column), m_pq->getlength(m_result, m_row, column), type};
    }

private:
    Database& m_db;
    QString m_sql;
    QStringList m_names;
    QByteArray m_statement;
    QList<QByteArray> m_values;
    QList<bool> m_bound; // false: NULL
    PGconn* m_connection = nullptr;
    const Libpq* m_pq = nullptr;
    PGresult* m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
};

SqlRows::SqlRows(Database& db, const QString& sql)
    : m_db(db)
    , m_sql(sql) {
    if (db.isServer()) {
        m_server = std::make_unique<Server>(db, sql);
        return;
    }
    m_handle = static_cast<sqlite3*>(db.sqliteHandle());
    if (!m_handle)
        throw StorageError::fromSqlite(SQLITE_MISUSE, QStringLiteral("no open connection [") + sql + u']', db.path());
    const int rc =
        sqlite3_prepare16_v2(m_handle, sql.utf16(), int(sql.size() * sizeof(char16_t)), &m_statement, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

SqlRows::~SqlRows() {
    sqlite3_finalize(m_statement); // a null statement is a harmless no-op
}

void SqlRows::fail(int code) const {
    const QString detail = (m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString()) + QStringLiteral(" [") +
                           m_sql + QLatin1Char(']');
    const StorageError e =
        StorageError::fromSqlite(m_handle ? sqlite3_extended_errcode(m_handle) : code, detail, m_db.path());
    if (e.kind() == StorageError::Kind::Corrupt)
        m_db.markDamaged(); // nothing more is written to a file found damaged
    throw e;
}

SqlRows& SqlRows::bind(const QString& placeholder, const QVariant& value) {
    if (m_server) {
        m_server->bind(placeholder, value);
        return *this;
    }
    sqlite3_reset(m_statement); // a statement takes new values only before its first row
    const int index = sqlite3_bind_parameter_index(m_statement, placeholder.toUtf8().constData());
    if (index == 0)
        return *this; // as the driver: a value for a name the statement does not use is left aside
    int rc = SQLITE_OK;
    // As the driver: a null value binds NULL, whatever its type.
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType: rc = sqlite3_bind_null(m_statement, index); break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Bool: rc = sqlite3_bind_int64(m_statement, index, value.toLongLong()); break;
    case QMetaType::Double: rc = sqlite3_bind_double(m_statement, index, value.toDouble()); break;
    default: {
        const QString text = value.toString();
        rc = sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                                 SQLITE_TRANSIENT);
    }
    }
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

void SqlRows::exec() {
    if (m_server)
        m_server->exec();
    else
        sqlite3_reset(m_statement); // from the first row, also when run again
}

bool SqlRows::next() {
    if (m_server)
        return m_server->next();
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(rc);
}

void SqlRows::finish() {
    if (m_server)
        m_server->finish();
    else
        sqlite3_reset(m_statement);
}

int SqlRows::column(const QString& name) const {
    if (m_server)
        return m_server->column(name);
    const int count = sqlite3_column_count(m_statement);
    for (int i = 0; i < count; ++i) {
        const auto* columnName = static_cast<const char16_t*>(sqlite3_column_name16(m_statement, i));
        if (columnName && QStringView(columnName) == name)
            return i;
    }
    return -1;
}

bool SqlRows::isNull(int column) const {
    if (m_server)
        return m_server->value(column).data == nullptr;
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

namespace {

// A value of a type the program does not store in the columns read as text or dates (a number, bytes), as
// the Qt driver gives it.
QVariant driverValue(sqlite3_stmt* statement, int column) {
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_NULL: return {};
    default: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(statement, column)));
    }
    }
}

QStringView text16(sqlite3_stmt* statement, int column) {
    const auto* text = static_cast<const char16_t*>(sqlite3_column_text16(statement, column));
    return QStringView(text, qsizetype(sqlite3_column_bytes16(statement, column)) / qsizetype(sizeof(char16_t)));
}

// The text of a column: ASCII, which most stored text is, taken as it is; anything else converted by SQLite,
// as the Qt driver has it converted.
QString textOf(sqlite3_stmt* statement, int column) {
    const auto* utf8 = sqlite3_column_text(statement, column);
    const int size = sqlite3_column_bytes(statement, column);
    for (int i = 0; i < size; ++i) {
        if (utf8[i] >= 0x80)
            return text16(statement, column).toString();
    }
    return QString::fromLatin1(reinterpret_cast<const char*>(utf8), size);
}

// A stored date: its ten ASCII characters read as they are, anything else converted by SQLite.
QDate dateOf(sqlite3_stmt* statement, int column) {
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    if (const std::optional<QDate> stored =
            SqlRows::storedDate(QByteArrayView(utf8, sqlite3_column_bytes(statement, column))))
        return *stored;
    return SqlValue::toDate(text16(statement, column));
}

} // namespace

std::optional<QDate> SqlRows::storedDate(QByteArrayView utf8) {
    constexpr qsizetype StoredSize = 10; // "yyyy-MM-dd"
    if (utf8.size() != StoredSize)
        return std::nullopt;
    char16_t wide[StoredSize];
    for (qsizetype i = 0; i < StoredSize; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte >= 0x80)
            return std::nullopt;
        wide[i] = byte;
    }
    return SqlValue::toDate(QStringView(wide, StoredSize));
}

qint64 SqlRows::integer(int column) const {
    if (m_server)
        return serverInteger(m_server->value(column));
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return sqlite3_column_int64(m_statement, column);
    case SQLITE_TEXT: return text16(m_statement, column).toLongLong();
    case SQLITE_NULL: return 0;
    default: return driverValue(m_statement, column).toLongLong();
    }
}

QString SqlRows::text(int column) const {
    if (m_server)
        return serverText(m_server->value(column));
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_TEXT: return textOf(m_statement, column);
    case SQLITE_NULL: return {};
    default: return driverValue(m_statement, column).toString();
    }
}

QByteArrayView SqlRows::utf8(int column) const {
    if (m_server) {
        const ServerValue v = m_server->value(column);
        return QByteArrayView(v.data, v.size);
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QDate SqlRows::date(int column) const {
    if (m_server)
        return serverDate(m_server->value(column));
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_TEXT: return dateOf(m_statement, column);
    case SQLITE_NULL: return {};
    default: return SqlValue::toDate(driverValue(m_statement, column));
    }
}
