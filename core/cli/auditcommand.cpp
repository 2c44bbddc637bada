// aantafel-cli audit: the audit trail of a municipality file for a period, optionally of one case,
// written as CSV (as Beheer ▸ Audittrail exports it). Only for a beheerder on a file with users (the
// operating-system account decides; a file without users lets everybody). The export is itself
// recorded in the audit trail.
#include "commands.h"

#include "audit/audittrail.h"
#include "session/municipalitysession.h"
#include "storage/database.h"

namespace {

int usageError(CommandContext& ctx, const QString& message) {
    ctx.err << message << '\n'
            << CliText::tr("Gebruik: aantafel-cli audit BESTAND --from JJJJ-MM-DD --to JJJJ-MM-DD [--case ZAAKNUMMER] "
                           "--out UITVOER.csv")
            << '\n';
    return Cli::UsageOrFile;
}

} // namespace

namespace Commands {

int audit(const QStringList& args, CommandContext& ctx) {
    Arguments a(args,
                {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--case"), QStringLiteral("--out")},
                {});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx, CliText::tr("Geef precies één gemeentebestand op."));
    if (!a.has(QStringLiteral("--from")) || !a.has(QStringLiteral("--to")) || !a.has(QStringLiteral("--out")))
        return usageError(ctx, CliText::tr("--from, --to en --out zijn verplicht."));
    const std::optional<QDate> from = a.date(QStringLiteral("--from"));
    const std::optional<QDate> to = a.date(QStringLiteral("--to"));
    if (!from || !to)
        return usageError(ctx, a.error());
    if (*to < *from)
        return usageError(ctx, CliText::tr("--to ligt vóór --from."));

    if (a.has(QStringLiteral("--case")) && a.value(QStringLiteral("--case")).trimmed().isEmpty())
        return usageError(ctx, CliText::tr("--case verwacht een zaaknummer."));
    const QString input = a.positional().constFirst();
    const QString out = a.value(QStringLiteral("--out"));
    if (refuseOutput(out, input, ctx))
        return Cli::UsageOrFile;

    int code = Cli::Ok;
    std::unique_ptr<MunicipalitySession> session = openSession(input, ctx, false, &code);
    if (!session)
        return code;
    if (const Permission p = session->permissions().check(Action::ViewAudit); !p) {
        ctx.err << p.reason << '\n';
        return Cli::Refused;
    }
    AuditTrail trail(session->database());
    const QString reference = a.value(QStringLiteral("--case")).trimmed();
    if (!reference.isEmpty() && !trail.knowsCase(reference)) {
        ctx.err
            << CliText::tr("Zaak %1 bestaat niet in dit register (en heeft er ook nooit in gestaan).").arg(reference)
            << '\n';
        return Cli::UsageOrFile;
    }
    AuditFilter filter;
    filter.reference = reference;
    filter.from = *from;
    filter.to = *to;
    try {
        const qint64 n = trail.exportCsv(filter, out);
        trail.recordExport(ctx.clock.now(), session->user(),
                           (filter.reference.isEmpty() ? CliText::tr("alle zaken") : filter.reference) +
                               QStringLiteral(", ") + from->toString(Qt::ISODate) + QStringLiteral(" – ") +
                               to->toString(Qt::ISODate));
        ctx.out << CliText::tr("%n regel/regels van de audittrail geschreven naar %1", nullptr, int(n)).arg(out)
                << '\n';
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::Refused;
    }
    return Cli::Ok;
}

} // namespace Commands
