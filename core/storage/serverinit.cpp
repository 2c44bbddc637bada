#include "serverinit.h"

#include "auditaction.h"
#include "database.h"
#include "municipalityfile.h"
#include "serverconnection.h"
#include "servercopy.h"
#include "serverschema.h"
#include "serverupgrade.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QDateTime>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

[[noreturn]] void refuse(const QString& message) {
    throw StorageError(StorageError::Kind::Invalid, message);
}

} // namespace

QStringList ServerInit::existingTables(ServerConnection& server) {
    QSqlQuery q = server.query(QStringLiteral(
        "SELECT n.nspname || '.' || c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname <> 'information_schema' "
        "AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

ServerInit::Result ServerInit::prepare(ServerConnection& server) {
    const QString database = server.scalar(QStringLiteral("SELECT current_database()")).toString();
    if (!ServerSchema::isValidDatabaseName(database)) {
        refuse(tr("De database heet '%1'. Geef de database van een gemeente een naam van kleine letters, cijfers en "
                  "_ die met een letter begint, hoogstens 40 tekens (bijvoorbeeld klachten_voorbeeld): de namen "
                  "van haar rollen beginnen ermee. Er is niets gewijzigd.")
                   .arg(database));
    }
    if (!server.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toBool()) {
        refuse(tr("Het inrichten maakt rollen aan en geeft ze de tabellen in beheer; daarvoor is een superuser van "
                  "de server nodig (bijvoorbeeld postgres). Verbind als superuser en probeer het opnieuw. Er is "
                  "niets gewijzigd."));
    }
    const QStringList tables = existingTables(server);
    if (!tables.isEmpty()) {
        refuse(tr("De database %1 is niet leeg: er staan al tabellen in, zoals %2. Richt een gemeente alleen in een "
                  "nieuwe, lege database in (createdb). Er is niets gewijzigd.")
                   .arg(database, tables.mid(0, 3).join(QStringLiteral(", "))));
    }
    QStringList roles;
    for (Role role : {Role::Handler, Role::Coordinator, Role::Admin})
        roles << ServerSchema::roleName(database, role);
    const QStringList allRoles =
        roles + QStringList{ServerSchema::ownerRole(database), ServerSchema::retentionRole(database),
                            ServerSchema::userAdminRole(database)};
    QStringList taken;
    for (const QString& role : allRoles) {
        if (server
                .scalar(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = :role"),
                        {{QStringLiteral(":role"), role}})
                .isValid())
            taken << role;
    }
    if (!taken.isEmpty()) {
        refuse(tr("Op deze server bestaan de rollen %1 al, misschien van een eerdere gemeente met een database van "
                  "deze naam. Verwijder ze (DROP ROLE) of kies een andere databasenaam. Er is niets gewijzigd.")
                   .arg(taken.join(QStringLiteral(", "))));
    }
    return {database, roles};
}

QStringList ServerInit::createSchema(ServerConnection& server, const QString& database,
                                     const QList<ServerUpgrade::Step>& steps) {
    for (const QString& statement : ServerSchema::createRoles(database))
        server.exec(statement);
    const QString owner = ServerSchema::ownerRole(database);
    for (const QString& statement : ServerSchema::extensions())
        server.exec(statement);
    server.exec(QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1").arg(owner));
    server.exec(QStringLiteral("SET LOCAL ROLE %1").arg(owner));
    for (const QString& statement : ServerSchema::tables()) {
        if (!ServerSchema::isIndex(statement))
            server.exec(statement);
    }
    server.exec(QStringLiteral("RESET ROLE"));
    // tables() is the first version on a server; the later ones are the upgrade's steps, their indexes with
    // those of tables().
    ServerUpgrade::applyToTables(server, database, steps);
    for (const QString& statement : ServerSchema::grants(database))
        server.exec(statement);
    server.exec(QStringLiteral("INSERT INTO server_info (key, value) VALUES ('application', 'Aan Tafel'), "
                               "('schema_version', :version)"),
                {{QStringLiteral(":version"), QString::number(ServerUpgrade::versionAfter(steps))}});
    return ServerUpgrade::afterCopy(database, steps);
}

void ServerInit::buildIndexes(ServerConnection& server, const QString& database, const QStringList& indexes) {
    // More sorting memory than the default 64 MB for this transaction only: a GIN index over the
    // timeline of 100,000 cases is built in far fewer passes.
    server.exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"));
    server.exec(QStringLiteral("SET LOCAL ROLE %1").arg(ServerSchema::ownerRole(database)));
    for (const QString& statement : indexes)
        server.exec(statement);
    server.exec(QStringLiteral("RESET ROLE"));
    // As the superuser, over every table of the database; ANALYZE counts the rows this transaction wrote.
    server.exec(QStringLiteral("ANALYZE"));
}

ServerInit::Result ServerInit::initialise(ServerConnection& server, const MunicipalitySettings& settings,
                                          const QString& user) {
    return initialise(server, settings, user, ServerUpgrade::steps());
}

ServerInit::Result ServerInit::initialise(ServerConnection& server, const MunicipalitySettings& settings,
                                          const QString& user, const QList<ServerUpgrade::Step>& steps) {
    const Result result = prepare(server);
    // The first contents are those of a new municipality file, made the same way and copied over.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        throw StorageError(StorageError::Kind::Io,
                           tr("Er kon geen tijdelijke map worden gemaakt: %1").arg(scratch.errorString()));
    }
    std::unique_ptr<Database> seed =
        MunicipalityFile::create(scratch.filePath(QStringLiteral("seed.aantafel")), settings, user);

    server.inTransaction([&] {
        const QStringList indexes = createSchema(server, result.database, steps);
        ServerCopy::copyAll(*seed, server);
        buildIndexes(server, result.database, indexes);
    });
    return result;
}

ServerInit::Result ServerInit::moveFile(ServerConnection& server, Database& file, const QString& user,
                                        QList<TableCopy>* copies) {
    if (file.schemaVersion() != ServerSchema::FileVersion) {
        refuse(tr("%1 heeft schemaversie %2; deze versie van Aan Tafel zet bestanden van schemaversie %3 over. Open "
                  "het bestand eerst met deze versie van het programma. Er is niets gewijzigd.")
                   .arg(QDir::toNativeSeparators(file.path()))
                   .arg(file.schemaVersion())
                   .arg(ServerSchema::FileVersion));
    }
    const Result result = prepare(server);
    QList<TableCopy> copied;
    server.inTransaction([&] {
        const QStringList indexes = createSchema(server, result.database, ServerUpgrade::steps());
        copied = ServerCopy::copyAll(file, server);
        server.exec(QStringLiteral("INSERT INTO audit_log (at, \"user\", case_id, action, field, old_value, new_value) "
                                   "VALUES (:at, :user, NULL, :action, 'file', :file, :database)"),
                    {{QStringLiteral(":at"), SqlValue::moment(QDateTime::currentDateTime())},
                     {QStringLiteral(":user"), user},
                     {QStringLiteral(":action"), AuditActions::code(AuditAction::Migrate)},
                     {QStringLiteral(":file"), QDir::toNativeSeparators(file.path())},
                     {QStringLiteral(":database"), result.database}});
        buildIndexes(server, result.database, indexes);
    });
    if (copies)
        *copies = copied;
    return result;
}
