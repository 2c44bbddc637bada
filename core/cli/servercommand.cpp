// aantafel-cli server: the team server (PostgreSQL). For now one sub-command, init, which sets up a
// municipality in an empty database (ServerInit).
#include "commands.h"

#include "storage/serverconnection.h"
#include "storage/serverinit.h"
#include "storage/serverlocation.h"
#include "storage/storageerror.h"

namespace {

int usageError(CommandContext& ctx, const QString& message) {
    ctx.err << message << '\n' << CliText::tr("Zie: aantafel-cli server --help") << '\n';
    return Cli::UsageOrFile;
}

int serverInit(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--name")}, {QStringLiteral("--committee")});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1 || a.value(QStringLiteral("--name")).trimmed().isEmpty()) {
        return usageError(ctx, CliText::tr("Gebruik: aantafel-cli server init postgresql://SERVER/DATABASE --name NAAM "
                                           "[--committee]"));
    }
    const QString where = a.positional().first();
    if (!ServerLocation::isServerLocation(where)) {
        return usageError(ctx, CliText::tr("%1 is geen serveradres; schrijf postgresql://server/database of geef een "
                                           ".aantafel-server-bestand.")
                                   .arg(where));
    }
    MunicipalitySettings settings;
    settings.name = a.value(QStringLiteral("--name")).trimmed();
    settings.committee = a.has(QStringLiteral("--committee"));
    ServerInit::Result result;
    ServerLocation location;
    try {
        location = ServerLocation::parse(where);
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::UsageOrFile;
    }
    std::unique_ptr<ServerConnection> server;
    try {
        server = std::make_unique<ServerConnection>(location);
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::UsageOrFile;
    }
    try {
        result = ServerInit::initialise(*server, settings, ctx.user);
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::Refused;
    }
    ctx.out << CliText::tr("%1 ingericht in de database %2 op %3.").arg(settings.name, result.database, location.url())
            << '\n'
            << CliText::tr("Rollen: %1 (klachtbehandelaar), %2 (klachtencoördinator), %3 (beheerder).")
                   .arg(result.roles.value(0), result.roles.value(1), result.roles.value(2))
            << '\n'
            << CliText::tr("Geef een medewerker een rol met: SELECT grant_program_role('inlognaam', "
                           "'handler|coordinator|admin');")
            << '\n';
    return Cli::Ok;
}

} // namespace

int Commands::server(const QStringList& args, CommandContext& ctx) {
    if (args.isEmpty())
        return usageError(ctx, CliText::tr("Geef een opdracht voor de teamserver, bijvoorbeeld: aantafel-cli server "
                                           "init postgresql://SERVER/DATABASE --name NAAM"));
    if (args.first() == QLatin1String("init"))
        return serverInit(args.mid(1), ctx);
    return usageError(ctx, CliText::tr("Onbekende opdracht voor de teamserver: %1").arg(args.first()));
}
