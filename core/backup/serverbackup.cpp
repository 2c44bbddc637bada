#include "serverbackup.h"

#include "sqlitecopy.h"
#include "storage/database.h"
#include "storage/serverconnection.h"
#include "storage/serverschema.h"
#include "storage/sqlcode.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

int ServerBackup::schemaVersion(ServerConnection& server) {
    const QString database = server.scalar(QStringLiteral("SELECT current_database()")).toString();
    // A login without a role of this municipality does not even see its schema.
    if (!server.scalar(QStringLiteral("SELECT has_schema_privilege('public', 'USAGE')")).toBool()) {
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("De inlognaam %1 heeft geen toegang tot de database %2 op %3. Vraag een beheerder om "
                              "een rol (grant_program_role); er is geen reservekopie gemaakt.")
                               .arg(server.scalar(QStringLiteral("SELECT current_user")).toString(), database,
                                    server.location().url()));
    }
    const bool ours =
        server.scalar(QStringLiteral("SELECT to_regclass('server_info') IS NOT NULL")).toBool() &&
        server.scalar(QStringLiteral("SELECT value FROM server_info WHERE key = 'application'")).toString() ==
            QLatin1String("Aan Tafel");
    if (!ours) {
        throw StorageError(StorageError::Kind::NotOurs,
                           tr("De database %1 op %2 bevat geen gemeente van Aan Tafel; er is geen reservekopie "
                              "gemaakt.")
                               .arg(database, server.location().url()));
    }
    return server.scalar(QStringLiteral("SELECT value FROM server_info WHERE key = 'schema_version'")).toInt();
}

QList<TableCopy> ServerBackup::write(ServerConnection& server, const QString& target) {
    const int version = schemaVersion(server);
    if (version != ServerSchema::Version) {
        throw StorageError(StorageError::Kind::Invalid,
                           version > ServerSchema::Version
                               ? tr("De gemeente op de server heeft schemaversie %1; deze versie van Aan Tafel kent "
                                    "tot en met %2. Maak de reservekopie met de versie van het programma die bij de "
                                    "server hoort. Er is geen reservekopie gemaakt.")
                                     .arg(version)
                                     .arg(ServerSchema::Version)
                               : tr("De gemeente op de server heeft schemaversie %1, dit programma %2. Maak de "
                                    "reservekopie met de versie van het programma die bij de server hoort. Er is "
                                    "geen reservekopie gemaakt.")
                                     .arg(version)
                                     .arg(ServerSchema::Version));
    }
    QList<TableCopy> copies;
    SqliteCopy::writeNewFile(
        target, {},
        [&](const QString& temporary) {
            // Database::create makes the file itself (it refuses one that exists): the empty schema at this
            // program's version, which the server's rows then fill.
            QFile::remove(temporary);
            std::unique_ptr<Database> file = Database::create(temporary);
            copies = ServerCopy::copyBack(server, *file);
        },
        5000);
    // Recorded where retention looks for copies, as a copy of a file is recorded in the file; a login that
    // may not (a klachtbehandelaar) still gets its copy.
    try {
        server.exec(QStringLiteral("INSERT INTO backup_copies (path, made_at, kind) VALUES (:path, :made_at, %1) "
                                   "ON CONFLICT (path) DO UPDATE SET made_at = excluded.made_at, kind = excluded.kind")
                        .arg(SqlCode::of(BackupKind::Manual)),
                    {{QStringLiteral(":path"), QFileInfo(target).absoluteFilePath()},
                     {QStringLiteral(":made_at"), SqlValue::moment(QDateTime::currentDateTime())}});
    } catch (const StorageError&) {
    }
    return copies;
}
