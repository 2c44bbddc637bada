// aantafel-cli server and migrate: the team server (PostgreSQL). server init sets up a new municipality in an
// empty database; server upgrade brings its schema up to this version's (ServerUpgrade); migrate moves a municipality
// file there (ServerInit); backup of a server location writes a municipality file from it (ServerBackup).
#include "commands.h"

#include "backup/serverbackup.h"
#include "storage/database.h"
#include "storage/serverconnection.h"
#include "storage/serverinit.h"
#include "storage/serverlocation.h"
#include "storage/serverupgrade.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFileInfo>

namespace {

int usageError(CommandContext& ctx, const QString& message) {
    ctx.err << message << '\n' << CliText::tr("Zie: aantafel-cli server --help") << '\n';
    return Cli::UsageOrFile;
}

// The server of a location argument, or nullptr after reporting why not (exit code 2).
std::unique_ptr<ServerConnection> connectTo(const QString& where, CommandContext& ctx) {
    if (!ServerLocation::isServerLocation(where)) {
        ctx.err << CliText::tr("%1 is geen serveradres; schrijf postgresql://server/database of geef een "
                               ".aantafel-server-bestand.")
                       .arg(where)
                << '\n';
        return nullptr;
    }
    try {
        return std::make_unique<ServerConnection>(ServerLocation::parse(where));
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return nullptr;
    }
}

int serverInit(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--name")}, {QStringLiteral("--committee")});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1 || a.value(QStringLiteral("--name")).trimmed().isEmpty()) {
        return usageError(ctx, CliText::tr("Gebruik: aantafel-cli server init postgresql://SERVER/DATABASE --name NAAM "
                                           "[--committee]"));
    }
    MunicipalitySettings settings;
    settings.name = a.value(QStringLiteral("--name")).trimmed();
    settings.committee = a.has(QStringLiteral("--committee"));
    std::unique_ptr<ServerConnection> server = connectTo(a.positional().first(), ctx);
    if (!server)
        return Cli::UsageOrFile;
    const ServerLocation& location = server->location();
    ServerInit::Result result;
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

int serverUpgrade(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {}, {});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx, CliText::tr("Gebruik: aantafel-cli server upgrade postgresql://SERVER/DATABASE"));
    std::unique_ptr<ServerConnection> server = connectTo(a.positional().first(), ctx);
    if (!server)
        return Cli::UsageOrFile;
    ServerUpgrade::Result result;
    try {
        result = ServerUpgrade::run(*server, ctx.user);
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::Refused;
    }
    if (result.from == result.to) {
        ctx.out << CliText::tr("De database %1 op %2 heeft al schemaversie %3; er is niets gewijzigd.")
                       .arg(result.database, server->location().url())
                       .arg(result.to)
                << '\n';
    } else {
        ctx.out << CliText::tr("De database %1 op %2 is bijgewerkt van schemaversie %3 naar %4.")
                       .arg(result.database, server->location().url())
                       .arg(result.from)
                       .arg(result.to)
                << '\n';
    }
    return Cli::Ok;
}

} // namespace

int Commands::migrate(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--to")}, {});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1 || a.value(QStringLiteral("--to")).isEmpty())
        return usageError(ctx, CliText::tr("Gebruik: aantafel-cli migrate BESTAND --to postgresql://SERVER/DATABASE"));
    const QString path = a.positional().first();
    std::unique_ptr<Database> file;
    try {
        OpenOptions options;
        options.readOnly = true;
        options.fullCheck = true; // a damaged file is not moved
        file = Database::open(path, options);
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return exitCodeFor(e);
    }
    std::unique_ptr<ServerConnection> server = connectTo(a.value(QStringLiteral("--to")), ctx);
    if (!server)
        return Cli::UsageOrFile;
    QList<TableCopy> copies;
    ServerInit::Result result;
    try {
        result = ServerInit::moveFile(*server, *file, ctx.user, &copies);
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::Refused;
    }
    for (const TableCopy& copy : copies) {
        ctx.out
            << CliText::tr("%1: %2 rijen, controlesom %3").arg(copy.table).arg(copy.serverRows).arg(copy.serverChecksum)
            << '\n';
    }
    ctx.out << CliText::tr("%1 staat nu in de database %2 op %3; elke tabel is nageteld en vergeleken.")
                   .arg(QDir::toNativeSeparators(path), result.database, server->location().url())
            << '\n';
    return Cli::Ok;
}

int Commands::backupServer(const QString& location, const QString& target, CommandContext& ctx) {
    std::unique_ptr<ServerConnection> server = connectTo(location, ctx);
    if (!server)
        return Cli::UsageOrFile;
    QList<TableCopy> copies;
    try {
        copies = ServerBackup::write(*server, target);
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return exitCodeFor(e);
    }
    for (const TableCopy& copy : copies) {
        ctx.out << CliText::tr("%1: %2 rijen, controlesom %3").arg(copy.table).arg(copy.fileRows).arg(copy.fileChecksum)
                << '\n';
    }
    ctx.out << CliText::tr("Reservekopie van %1 gemaakt: %2 (%3 kB); elke tabel is nageteld en vergeleken.")
                   .arg(server->location().url(), QDir::toNativeSeparators(target))
                   .arg((QFileInfo(target).size() + 1023) / 1024)
            << '\n';
    return Cli::Ok;
}

int Commands::server(const QStringList& args, CommandContext& ctx) {
    if (args.isEmpty())
        return usageError(ctx, CliText::tr("Geef een opdracht voor de teamserver, bijvoorbeeld: aantafel-cli server "
                                           "init postgresql://SERVER/DATABASE --name NAAM"));
    if (args.first() == QLatin1String("init"))
        return serverInit(args.mid(1), ctx);
    if (args.first() == QLatin1String("upgrade"))
        return serverUpgrade(args.mid(1), ctx);
    return usageError(ctx, CliText::tr("Onbekende opdracht voor de teamserver: %1").arg(args.first()));
}
