#include "sqlquery.h"

#include "database.h"

#include "../domain/isodate.h"

#include <QHash>
#include <QSqlError>

SqlQuery::SqlQuery(Database& db, const QString& sql)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(sql) {
    // Forward-only streams rows from the file. The server's driver would stream only one query at a time
    // and drop the rest of an open one when the next runs, so there the rows of a query are fetched whole.
    m_query.setForwardOnly(!db.isServer());
    if (!m_query.prepare(sql))
        fail(m_query.lastError());
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value) {
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::bind(int position, const QVariant& value) {
    m_query.bindValue(position, value);
    return *this;
}

void SqlQuery::exec() {
    if (!m_query.exec())
        fail(m_query.lastError());
}

bool SqlQuery::next() {
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        fail(m_query.lastError());
    return false;
}

void SqlQuery::fail(const QSqlError& error) const {
    StorageError e = m_db.dialect().error(error, m_sql, m_db.path());
    if (e.kind() == StorageError::Kind::Corrupt)
        m_db.markDamaged(); // nothing more is written to a file found damaged
    throw e;
}

qint64 SqlQuery::insertedId() {
    if (!m_db.isServer())
        return m_query.lastInsertId().toLongLong();
    // The statement ends in RETURNING id (SqlDialect::returningId).
    const qint64 id = next() ? value(0).toLongLong() : 0;
    m_query.finish();
    return id;
}

void SqlQuery::run(Database& db, const QString& sql) {
    if (db.isServer()) {
        // The server prepares no transaction control, SET or LISTEN: those run as they are.
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            throw db.dialect().error(q.lastError(), sql, db.path());
        return;
    }
    SqlQuery q(db, sql);
    q.exec();
}

void SqlQuery::runOnFile(Database& db, const QString& sql) {
    if (db.dialect().hasFileMaintenance())
        run(db, sql);
}

QVariant SqlQuery::scalar(Database& db, const QString& sql) {
    SqlQuery q(db, sql);
    q.exec();
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

namespace SqlValue {

QVariant text(const QString& s) {
    // A null QString would be bound as SQL NULL; text columns hold '' instead.
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant date(QDate day) {
    return day.isValid() ? QVariant(IsoDate::text(day)) : QVariant();
}

// A local time's instant. Qt asks the C library, which re-reads the zone file on every call, and that
// dominated a bulk insert of timeline entries. The offset is the same within one local hour
// (daylight saving time changes on the hour), so it is asked once per hour and remembered.
static qint64 utcMilliseconds(const QDateTime& at) {
    if (at.timeSpec() != Qt::LocalTime)
        return at.toMSecsSinceEpoch();
    constexpr qint64 hourMs = 3600 * 1000;
    static thread_local QHash<qint64, qint64> offsets;
    const qint64 wallClock = QDateTime(at.date(), at.time(), Qt::UTC).toMSecsSinceEpoch();
    const qint64 hour = wallClock >= 0 ? wallClock / hourMs : (wallClock - hourMs + 1) / hourMs;
    auto it = offsets.constFind(hour);
    if (it == offsets.constEnd()) {
        if (offsets.size() > 100000)
            offsets.clear();
        it = offsets.insert(hour, wallClock - at.toMSecsSinceEpoch());
    }
    return wallClock - *it;
}

QVariant moment(const QDateTime& at) {
    if (!at.isValid())
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMilliseconds(at), Qt::UTC).toString(Qt::ISODateWithMs);
}

QVariant boolean(bool b) {
    return QVariant(b ? 1 : 0);
}

QDate toDate(const QVariant& v) {
    if (v.isNull())
        return {};
    return toDate(QStringView(v.toString()));
}

QDate toDate(QStringView text) {
    // The stored form, "yyyy-MM-dd", read directly (every date of every row read passes here); anything
    // else as Qt reads an ISO date.
    const auto digit = [&text](qsizetype i) { return text.at(i).unicode() - u'0'; };
    const auto digits = [&text](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (text.at(i) < u'0' || text.at(i) > u'9')
                return false;
        }
        return true;
    };
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-' && digits(0, 4) && digits(5, 7) &&
        digits(8, 10)) {
        const int year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
        if (year > 0)
            return QDate(year, digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
    }
    return QDate::fromString(text, Qt::ISODate);
}

QDateTime toMoment(const QVariant& v) {
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toLocalTime();
}

QString toAuditText(const QVariant& v) {
    return v.isNull() ? QString() : v.toString();
}

} // namespace SqlValue
