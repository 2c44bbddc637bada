#include "servercopy.h"

#include "database.h"
#include "serverconnection.h"
#include "serverschema.h"
#include "sqlquery.h"
#include "storageerror.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QString quotedName(const QString& name) {
    return QLatin1Char('"') + name + QLatin1Char('"');
}

} // namespace

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
            if (!write.prepare(insert))
                server.exec(insert); // throws with the server's reason
            TableCopy copy;
            copy.table = table;
            read.exec();
            while (read.next()) {
                for (qsizetype i = 0; i < columns.size(); ++i)
                    write.bindValue(int(i), read.value(int(i)));
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
