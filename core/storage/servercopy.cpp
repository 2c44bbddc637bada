#include "servercopy.h"

#include "database.h"
#include "serverconnection.h"
#include "serverschema.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <functional>

namespace {

QString quotedName(const QString& name) {
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// At most this many values in one statement (SQLite allows 32,766, PostgreSQL 65,535) and about this many
// bytes of text and documents, so that a batch of document chunks stays a few megabytes.
constexpr int MaxValuesPerInsert = 10000;
constexpr int MaxRowsPerInsert = 1000;
constexpr qsizetype MaxBytesPerInsert = 4 * 1024 * 1024;

qsizetype sizeOf(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::QByteArray: return value.toByteArray().size();
    case QMetaType::QString: return value.toString().size();
    default: return 8;
    }
}

// Rows written as multi-row INSERTs: one round trip to the server per batch instead of per row. The
// statement for a full batch is prepared once; the last, shorter batch gets its own. fail(error) turns the
// receiving side's refusal into the caller's StorageError.
class BatchInsert {
public:
    BatchInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns,
                std::function<void(const QSqlError&)> fail)
        : m_db(db)
        , m_table(table)
        , m_columns(columns.size())
        , m_rowsPerBatch(ServerCopy::rowsPerInsert(int(columns.size())))
        , m_fail(std::move(fail))
        , m_full(db) {
        QStringList quoted;
        for (const QString& column : columns)
            quoted << quotedName(column);
        m_list = quoted.join(QStringLiteral(", "));
        const QStringList marks(m_columns, QStringLiteral("?"));
        m_rowMarks = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }

    void add(const QVariantList& row) {
        for (const QVariant& value : row) {
            m_pending << value;
            m_bytes += sizeOf(value);
        }
        if (++m_rows == m_rowsPerBatch || m_bytes >= MaxBytesPerInsert)
            flush();
    }

    void finish() { flush(); }

private:
    QString statement(int rows) const {
        const QStringList all(rows, m_rowMarks);
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(m_table, m_list, all.join(QStringLiteral(", ")));
    }

    void prepare(QSqlQuery& query, int rows) {
        if (!query.prepare(statement(rows)))
            m_fail(query.lastError());
    }

    void flush() {
        if (m_rows == 0)
            return;
        QSqlQuery shorter(m_db);
        QSqlQuery* query = &m_full;
        if (m_rows == m_rowsPerBatch) {
            if (!m_fullPrepared) {
                prepare(m_full, m_rowsPerBatch);
                m_fullPrepared = true;
            }
        } else {
            prepare(shorter, m_rows);
            query = &shorter;
        }
        for (qsizetype i = 0; i < m_pending.size(); ++i)
            query->bindValue(int(i), m_pending.at(i));
        if (!query->exec())
            m_fail(query->lastError());
        m_pending.clear();
        m_rows = 0;
        m_bytes = 0;
    }

    QSqlDatabase m_db;
    QString m_table;
    qsizetype m_columns;
    int m_rowsPerBatch;
    std::function<void(const QSqlError&)> m_fail;
    QString m_list;
    QString m_rowMarks;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    QVariantList m_pending;
    int m_rows = 0;
    qsizetype m_bytes = 0;
};

// Reads every row of a query, forward only; a read error (a damaged page, a lost connection) throws instead
// of ending the rows early, so that a copy is never silently short.
template <typename RowFunction>
void eachRow(QSqlQuery& query, int columns, RowFunction&& onRow, const std::function<void(const QSqlError&)>& fail) {
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        onRow(row);
    }
    if (query.lastError().isValid())
        fail(query.lastError());
}

} // namespace

void RowChecksum::add(const QVariantList& row) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QVariant& value : row) {
        if (value.isNull()) {
            hash.addData(QByteArrayView("N;"));
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            hash.addData(QByteArray(QByteArray("I") + QByteArray::number(value.toLongLong()) + ';'));
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            hash.addData(QByteArray(QByteArray("B") + QByteArray::number(bytes.size()) + ':'));
            hash.addData(bytes);
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            hash.addData(QByteArray(QByteArray("T") + QByteArray::number(text.size()) + ':'));
            hash.addData(text);
        }
        }
    }
    m_sum += qFromBigEndian<quint64>(hash.result().constData());
}

QString RowChecksum::hex() const {
    return QStringLiteral("%1").arg(m_sum, 16, 16, QLatin1Char('0'));
}

int ServerCopy::rowsPerInsert(int columns) {
    return std::clamp(MaxValuesPerInsert / std::max(columns, 1), 1, MaxRowsPerInsert);
}

QStringList ServerCopy::fileColumns(Database& file, const QString& table) {
    QStringList columns;
    if (table == QLatin1String("documents_fts"))
        columns << QStringLiteral("rowid");
    SqlQuery info(file, QStringLiteral("SELECT name FROM pragma_table_info(:table) ORDER BY cid"));
    info.bind(QStringLiteral(":table"), table).exec();
    while (info.next())
        columns << info.value(0).toString();
    return columns;
}

TableCopy ServerCopy::copyTable(Database& file, ServerConnection& server, const QString& table, Direction direction) {
    const bool toServer = direction == Direction::ToServer;
    const QStringList columns = fileColumns(file, table);
    if (columns.isEmpty()) {
        throw StorageError(
            StorageError::Kind::NotOurs,
            toServer ? tr("Het bestand heeft geen tabel %1 en kan niet worden overgezet.").arg(table)
                     : tr("Het nieuwe bestand heeft geen tabel %1; de reservekopie is niet gemaakt.").arg(table));
    }
    QSqlDatabase& source = toServer ? file.connection() : server.connection();
    QSqlDatabase& target = toServer ? server.connection() : file.connection();
    const auto refusedRow = [&](const QSqlError& error) {
        // A column of the file that the server lacks, or a row the receiving side refuses.
        throw StorageError(
            StorageError::Kind::Io,
            toServer ? tr("De server weigerde een rij van de tabel %1: %2").arg(table, error.databaseText().trimmed())
                     : tr("Het bestand weigerde een rij van de tabel %1 van de server: %2")
                           .arg(table, error.databaseText().trimmed()),
            error.text());
    };
    const auto readFailed = [&](const QSqlError& error) {
        throw StorageError(StorageError::Kind::Io,
                           toServer ? tr("De tabel %1 kon niet uit het bestand worden gelezen: %2")
                                          .arg(table, error.databaseText().trimmed())
                                    : tr("De tabel %1 kon niet van de server worden gelezen: %2")
                                          .arg(table, error.databaseText().trimmed()),
                           error.text());
    };
    QStringList quoted;
    for (const QString& column : columns)
        quoted << quotedName(column);
    const QString select = QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QStringLiteral(", ")), table);
    const int width = int(columns.size());

    TableCopy copy;
    copy.table = table;
    RowChecksum sent;
    qint64 sentRows = 0;
    {
        BatchInsert insert(target, table, columns, refusedRow);
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(select + QStringLiteral(" ORDER BY 1")))
            readFailed(read.lastError());
        eachRow(
            read, width,
            [&](const QVariantList& row) {
                sent.add(row);
                insert.add(row);
                ++sentRows;
            },
            readFailed);
        insert.finish();
    }
    // The receiving side counted and read back, in whatever order it gives the rows.
    QSqlQuery count(target);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !count.next())
        readFailed(count.lastError());
    const qint64 received = count.value(0).toLongLong();
    RowChecksum back;
    QSqlQuery reread(target);
    reread.setForwardOnly(true);
    if (!reread.exec(select))
        readFailed(reread.lastError());
    eachRow(
        reread, width, [&](const QVariantList& row) { back.add(row); }, readFailed);

    copy.fileRows = toServer ? sentRows : received;
    copy.serverRows = toServer ? received : sentRows;
    copy.fileChecksum = toServer ? sent.hex() : back.hex();
    copy.serverChecksum = toServer ? back.hex() : sent.hex();
    if (received != sentRows) {
        throw StorageError(StorageError::Kind::Io,
                           toServer ? tr("De tabel %1 telt op de server %2 rijen in plaats van %3; er is niets "
                                         "overgezet.")
                                          .arg(table)
                                          .arg(received)
                                          .arg(sentRows)
                                    : tr("De tabel %1 telt in de reservekopie %2 rijen in plaats van de %3 van de "
                                         "server; de reservekopie is niet gemaakt.")
                                          .arg(table)
                                          .arg(received)
                                          .arg(sentRows));
    }
    if (back.hex() != sent.hex()) {
        throw StorageError(StorageError::Kind::Io,
                           toServer ? tr("De inhoud van de tabel %1 op de server wijkt af van het bestand (controlesom "
                                         "%2 in plaats van %3); er is niets overgezet.")
                                          .arg(table, back.hex(), sent.hex())
                                    : tr("De inhoud van de tabel %1 in de reservekopie wijkt af van de server "
                                         "(controlesom %2 in plaats van %3); de reservekopie is niet gemaakt.")
                                          .arg(table, back.hex(), sent.hex()));
    }
    return copy;
}

QList<TableCopy> ServerCopy::copyAll(Database& file, ServerConnection& server) {
    QList<TableCopy> result;
    // One read transaction over the whole file: every table as of the same moment.
    SqlQuery::run(file, QStringLiteral("BEGIN"));
    try {
        for (const QString& table : ServerSchema::tableOrder()) {
            result << copyTable(file, server, table, Direction::ToServer);
            if (fileColumns(file, table).first() == QLatin1String("id")) {
                server.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), max(id)) FROM %1 "
                                           "HAVING max(id) IS NOT NULL")
                                .arg(table));
            }
        }
    } catch (...) {
        SqlQuery::run(file, QStringLiteral("ROLLBACK"));
        throw;
    }
    SqlQuery::run(file, QStringLiteral("COMMIT"));
    return result;
}

QList<TableCopy> ServerCopy::copyBack(ServerConnection& server, Database& file) {
    QList<TableCopy> result;
    // One read-only snapshot of the server: every table as of the same moment, while others keep writing.
    server.exec(QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    try {
        SqlQuery::run(file, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            for (const QString& table : ServerSchema::tableOrder())
                result << copyTable(file, server, table, Direction::ToFile);
            SqlQuery::run(file, QStringLiteral("COMMIT"));
        } catch (...) {
            SqlQuery::run(file, QStringLiteral("ROLLBACK"));
            throw;
        }
    } catch (...) {
        QSqlQuery(server.connection()).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    server.exec(QStringLiteral("COMMIT"));
    return result;
}
