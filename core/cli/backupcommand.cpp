// aantafel-cli backup and restore: a reservekopie of a municipality file (or of a team server, as a file:
// servercommand.cpp), and putting one back.
#include "commands.h"

#include "backup/backupservice.h"
#include "domain/clock.h"
#include "storage/serverlocation.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFileInfo>

namespace {

int usageError(CommandContext& ctx, const QString& message) {
    ctx.err << message << '\n' << CliText::tr("Zie: aantafel-cli --help") << '\n';
    return Cli::UsageOrFile;
}

} // namespace

int Commands::backup(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--to")}, {});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1 || a.value(QStringLiteral("--to")).isEmpty())
        return usageError(ctx, CliText::tr("Gebruik: aantafel-cli backup BESTAND|postgresql://SERVER/DATABASE --to "
                                           "KOPIE"));
    const QString path = a.positional().first();
    const QString target = a.value(QStringLiteral("--to"));
    if (ServerLocation::isServerLocation(path))
        return backupServer(path, target, ctx);
    try {
        BackupService::backupFile(path, target);
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return exitCodeFor(e);
    }
    ctx.out << CliText::tr("Reservekopie van %1 gemaakt: %2 (%3 kB).")
                   .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target))
                   .arg((QFileInfo(target).size() + 1023) / 1024)
            << '\n';
    return Cli::Ok;
}

int Commands::restore(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--to"), QStringLiteral("--wait")}, {QStringLiteral("--force")});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1 || a.value(QStringLiteral("--to")).isEmpty())
        return usageError(ctx,
                          CliText::tr("Gebruik: aantafel-cli restore KOPIE --to BESTAND [--force] [--wait SECONDEN]"));
    const QString backup = a.positional().first();
    const QString target = a.value(QStringLiteral("--to"));
    RestoreOptions options;
    options.force = a.has(QStringLiteral("--force"));
    options.account = ctx.user;
    options.asLogin = ctx.asLogin;
    // How long to wait for colleagues' running writes (an import) before refusing.
    if (a.has(QStringLiteral("--wait"))) {
        const auto seconds = a.integer(QStringLiteral("--wait"), 0, 3600);
        if (!seconds)
            return usageError(ctx, a.error());
        options.holdWaitMs = int(*seconds) * 1000;
    }
    try {
        BackupService::lastChange(backup); // the copy itself must be a readable Aan Tafel file
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return exitCodeFor(e);
    }
    RestoreResult result;
    try {
        result = BackupService::restore(backup, target, options, ctx.clock.now());
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        if (e.kind() == StorageError::Kind::Conflict)
            ctx.err << CliText::tr("Gebruik --force om toch terug te zetten; het huidige bestand wordt dan eerst "
                                   "opzij gezet.")
                    << '\n';
        // The target refused (open elsewhere, newer, unwritable, not a beheerder); a missing folder or a
        // folder or device where the file should be is a wrong argument.
        return e.kind() == StorageError::Kind::NotFound || e.kind() == StorageError::Kind::Invalid ? Cli::UsageOrFile
                                                                                                   : Cli::Refused;
    }
    ctx.out
        << CliText::tr("%1 teruggezet als %2.").arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(target))
        << '\n';
    if (!result.safetyCopy.isEmpty())
        ctx.out
            << CliText::tr("Het bestand zoals het was, staat in %1.").arg(QDir::toNativeSeparators(result.safetyCopy))
            << '\n';
    if (const QString reapplied = result.reappliedText(); !reapplied.isEmpty())
        ctx.out << reapplied << '\n';
    return Cli::Ok;
}
