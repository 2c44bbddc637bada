#include "servercopy.h"

#include "database.h"
#include "serverconnection.h"
#include "serverschema.h"
#include "sqlquery.h"
#include "storageerror.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace {

QString quotedName(const QString& name) {
    return QLatin1Char('"') + name + QLatin1Char('"');
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

QStringList ServerCopy::fileColumns(Database& file, const QString& table) {
    QStringList columns;
    if (table == QLatin1String("documents_fts"))
        columns << QStringLiteral("rowid");
    SqlQuery info(file, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    info.bind(0, table).exec();
    while (info.next())
        columns << info.value(0).toString();
    return columns;
}

QList<TableCopy> ServerCopy::copyAll(Database& file, ServerConnection& server) {
    QList<TableCopy> result;
    // One read transaction over the whole file: every table as of the same moment.
    SqlQuery::run(file, QStringLiteral("BEGIN"));
    try {
        for (const QString& table : ServerSchema::tableOrder()) {
            const QStringList columns = fileColumns(file, table);
            if (columns.isEmpty()) {
                throw StorageError(StorageError::Kind::NotOurs,
                                   tr("Het bestand heeft geen tabel %1 en kan niet worden overgezet.").arg(table));
            }
            QStringList quoted;
            QStringList marks;
            for (const QString& column : columns) {
                quoted << quotedName(column);
                marks << QStringLiteral("?");
            }
            const QString list = quoted.join(QStringLiteral(", "));
            SqlQuery read(file, QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(list, table));
            QSqlQuery write(server.connection());
            const QString insert =
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, list, marks.join(QStringLiteral(", ")));
            if (!write.prepare(insert)) {
                // A column of the file that the server lacks: the server schema is behind the file's.
                throw StorageError(StorageError::Kind::Io, tr("De tabel %1 kan op de server niet worden gevuld: %2")
                                                               .arg(table, write.lastError().databaseText().trimmed()));
            }
            TableCopy copy;
            copy.table = table;
            RowChecksum fileSum;
            read.exec();
            while (read.next()) {
                QVariantList row;
                for (qsizetype i = 0; i < columns.size(); ++i) {
                    row << read.value(int(i));
                    write.bindValue(int(i), row.last());
                }
                fileSum.add(row);
                if (!write.exec()) {
                    throw StorageError(StorageError::Kind::Io,
                                       tr("De server weigerde een rij van de tabel %1: %2")
                                           .arg(table, write.lastError().databaseText().trimmed()));
                }
                ++copy.fileRows;
            }
            copy.serverRows = server.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
            if (copy.serverRows != copy.fileRows) {
                throw StorageError(StorageError::Kind::Io,
                                   tr("De tabel %1 telt op de server %2 rijen in plaats van %3; er is niets "
                                      "overgezet.")
                                       .arg(table)
                                       .arg(copy.serverRows)
                                       .arg(copy.fileRows));
            }
            // The rows read back from the server, in whatever order it gives them.
            RowChecksum serverSum;
            QSqlQuery back = server.query(QStringLiteral("SELECT %1 FROM %2").arg(list, table));
            while (back.next()) {
                QVariantList row;
                for (qsizetype i = 0; i < columns.size(); ++i)
                    row << back.value(int(i));
                serverSum.add(row);
            }
            copy.fileChecksum = fileSum.hex();
            copy.serverChecksum = serverSum.hex();
            if (copy.serverChecksum != copy.fileChecksum) {
                throw StorageError(StorageError::Kind::Io,
                                   tr("De inhoud van de tabel %1 op de server wijkt af van het bestand (controlesom "
                                      "%2 in plaats van %3); er is niets overgezet.")
                                       .arg(table, copy.serverChecksum, copy.fileChecksum));
            }
            if (columns.first() == QLatin1String("id")) {
                server.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), max(id)) FROM %1 "
                                           "HAVING max(id) IS NOT NULL")
                                .arg(table));
            }
            result << copy;
        }
    } catch (...) {
        SqlQuery::run(file, QStringLiteral("ROLLBACK"));
        throw;
    }
    SqlQuery::run(file, QStringLiteral("COMMIT"));
    return result;
}
