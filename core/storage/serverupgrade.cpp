#include "serverupgrade.h"

#include "auditaction.h"
#include "serverconnection.h"
#include "serverschema.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

[[noreturn]] void refuse(const QString& message) {
    throw StorageError(StorageError::Kind::Invalid, message);
}

int lastVersion(const QList<ServerUpgrade::Step>& steps) {
    return steps.isEmpty() ? ServerUpgrade::BaseVersion : steps.last().version;
}

// The logins of the other connections to this database (a program left open, a colleague's window).
QStringList otherConnections(ServerConnection& server) {
    QSqlQuery q = server.query(QStringLiteral("SELECT DISTINCT coalesce(usename, '?') FROM pg_stat_activity "
                                              "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                                              "AND backend_type = 'client backend' ORDER BY 1"));
    QStringList logins;
    while (q.next())
        logins << q.value(0).toString();
    return logins;
}

// The checks before anything changes; returns the server's version.
int check(ServerConnection& server, const QString& database, int target) {
    if (!server.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toBool()) {
        refuse(ServerUpgrade::tr("Bijwerken verandert tabellen die de rol %1 bezit; daarvoor is een superuser van de "
                                 "server nodig (bijvoorbeeld postgres). Verbind als superuser en probeer het opnieuw. "
                                 "Er is niets gewijzigd.")
                   .arg(ServerSchema::ownerRole(database)));
    }
    const bool ours =
        server.scalar(QStringLiteral("SELECT to_regclass('server_info') IS NOT NULL")).toBool() &&
        server.scalar(QStringLiteral("SELECT value FROM server_info WHERE key = 'application'")).toString() ==
            QLatin1String("Aan Tafel");
    if (!ours) {
        refuse(ServerUpgrade::tr("De database %1 bevat geen gemeente van Aan Tafel; er is niets om bij te werken. Er "
                                 "is niets gewijzigd.")
                   .arg(database));
    }
    const int version =
        server.scalar(QStringLiteral("SELECT value FROM server_info WHERE key = 'schema_version'")).toInt();
    if (version > target) {
        refuse(ServerUpgrade::tr("De gemeente in %1 heeft schemaversie %2, nieuwer dan deze versie van Aan Tafel kent "
                                 "(%3). Werk Aan Tafel bij. Er is niets gewijzigd.")
                   .arg(database)
                   .arg(version)
                   .arg(target));
    }
    if (version < ServerUpgrade::BaseVersion) {
        refuse(ServerUpgrade::tr("De gemeente in %1 heeft schemaversie %2; een teamserver begint bij versie %3. Er is "
                                 "niets gewijzigd.")
                   .arg(database)
                   .arg(version)
                   .arg(ServerUpgrade::BaseVersion));
    }
    if (version < target) {
        if (const QStringList others = otherConnections(server); !others.isEmpty()) {
            refuse(ServerUpgrade::tr(
                       "Er is/zijn nog %n verbinding/verbindingen met de database %1 (%2). Laat iedereen Aan "
                       "Tafel sluiten en probeer het opnieuw: een oudere versie zou anders doorwerken "
                       "in een schema dat zij niet kent. Er is niets gewijzigd.",
                       nullptr, int(others.size()))
                       .arg(database, others.join(QStringLiteral(", "))));
        }
    }
    return version;
}

} // namespace

QList<ServerUpgrade::Step> ServerUpgrade::steps() {
    // Version 9 is the first on a server: nothing to bring up yet. A migration of the file after it adds
    // its PostgreSQL statements here, as {10, [](const QString& database) { return QStringList{…}; }}, with
    // the grants its new tables need. At a set-up (server init, migrate) the steps run on the empty tables
    // before the copy, and the indexes of tables() are built after the copy (ServerInit::buildIndexes): a
    // step must not rely on, or change, one of those indexes; it makes new ones of its own.
    return {};
}

void ServerUpgrade::apply(ServerConnection& server, const QString& database, int from, const QList<Step>& steps) {
    server.exec(QStringLiteral("SET LOCAL ROLE %1").arg(ServerSchema::ownerRole(database)));
    for (const Step& step : steps) {
        if (step.version <= from)
            continue;
        for (const QString& statement : step.statements(database))
            server.exec(statement);
    }
    server.exec(QStringLiteral("RESET ROLE"));
}

ServerUpgrade::Result ServerUpgrade::run(ServerConnection& server, const QString& user) {
    return run(server, user, steps());
}

ServerUpgrade::Result ServerUpgrade::run(ServerConnection& server, const QString& user, const QList<Step>& steps) {
    Result result;
    result.database = server.scalar(QStringLiteral("SELECT current_database()")).toString();
    result.to = lastVersion(steps);
    result.from = check(server, result.database, result.to);
    if (result.from == result.to)
        return result;

    server.inTransaction([&] {
        // Nobody starts working in the old schema while it changes.
        server.exec(QStringLiteral("LOCK TABLE server_info IN ACCESS EXCLUSIVE MODE"));
        apply(server, result.database, result.from, steps);
        server.exec(QStringLiteral("UPDATE server_info SET value = :version WHERE key = 'schema_version'"),
                    {{QStringLiteral(":version"), QString::number(result.to)}});
        server.exec(QStringLiteral("INSERT INTO audit_log (at, \"user\", case_id, action, field, old_value, new_value) "
                                   "VALUES (:at, :user, NULL, :action, 'schema', :from, :to)"),
                    {{QStringLiteral(":at"), SqlValue::moment(QDateTime::currentDateTime())},
                     {QStringLiteral(":user"), user},
                     {QStringLiteral(":action"), AuditActions::code(AuditAction::ServerUpgrade)},
                     {QStringLiteral(":from"), QString::number(result.from)},
                     {QStringLiteral(":to"), QString::number(result.to)}});
    });
    return result;
}
