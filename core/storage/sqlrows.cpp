#include "sqlrows.h"

#include "database.h"
#include "sqlquery.h"

#include <QByteArray>
#include <QSqlRecord>

#include <sqlite3.h>

SqlRows::SqlRows(Database& db, const QString& sql)
    : m_db(db)
    , m_sql(sql) {
    if (db.isServer()) {
        m_query = std::make_unique<SqlQuery>(db, sql);
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
    if (m_query) {
        m_query->bind(placeholder, value);
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
    if (m_query)
        m_query->exec();
    else
        sqlite3_reset(m_statement); // from the first row, also when run again
}

bool SqlRows::next() {
    if (m_query)
        return m_query->next();
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(rc);
}

void SqlRows::finish() {
    if (m_query)
        m_query->finish();
    else
        sqlite3_reset(m_statement);
}

int SqlRows::column(const QString& name) const {
    if (m_query)
        return m_query->raw().record().indexOf(name);
    const int count = sqlite3_column_count(m_statement);
    for (int i = 0; i < count; ++i) {
        const auto* columnName = static_cast<const char16_t*>(sqlite3_column_name16(m_statement, i));
        if (columnName && QStringView(columnName) == name)
            return i;
    }
    return -1;
}

bool SqlRows::isNull(int column) const {
    if (m_query)
        return m_query->value(column).isNull();
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

// A stored date: its ten ASCII characters widened on the stack, anything else converted by SQLite.
QDate dateOf(sqlite3_stmt* statement, int column) {
    const auto* utf8 = sqlite3_column_text(statement, column);
    constexpr int StoredSize = 10; // "yyyy-MM-dd"
    if (sqlite3_column_bytes(statement, column) == StoredSize) {
        char16_t wide[StoredSize];
        bool ascii = true;
        for (int i = 0; i < StoredSize; ++i) {
            ascii = ascii && utf8[i] < 0x80;
            wide[i] = utf8[i];
        }
        if (ascii)
            return SqlValue::toDate(QStringView(wide, StoredSize));
    }
    return SqlValue::toDate(text16(statement, column));
}

} // namespace

qint64 SqlRows::integer(int column) const {
    if (m_query)
        return m_query->value(column).toLongLong();
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return sqlite3_column_int64(m_statement, column);
    case SQLITE_TEXT: return text16(m_statement, column).toLongLong();
    case SQLITE_NULL: return 0;
    default: return driverValue(m_statement, column).toLongLong();
    }
}

QString SqlRows::text(int column) const {
    if (m_query)
        return m_query->value(column).toString();
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_TEXT: return textOf(m_statement, column);
    case SQLITE_NULL: return {};
    default: return driverValue(m_statement, column).toString();
    }
}

QDate SqlRows::date(int column) const {
    if (m_query)
        return SqlValue::toDate(m_query->value(column));
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_TEXT: return dateOf(m_statement, column);
    case SQLITE_NULL: return {};
    default: return SqlValue::toDate(driverValue(m_statement, column));
    }
}
