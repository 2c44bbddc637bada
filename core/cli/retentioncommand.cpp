// aantafel-cli retention: what Beheer ▸ Bewaartermijn en vernietigen does, for a scheduled task. Lists
// the closed cases whose retention period has passed (optionally only those closed before a day),
// anonymises or destroys them (RetentionRun: a beheerder only, one transaction, audited), and names
// every copy of the file made before the run, which --copies scrub brings up to date and --copies
// delete removes. --dry-run says what would happen and changes nothing.
#include "commands.h"

#include "domain/isodate.h"
#include "privacy/retentionrun.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QDir>

namespace {

int usageError(CommandContext& ctx, const QString& message) {
    ctx.err << message << '\n'
            << CliText::tr("Gebruik: aantafel-cli retention BESTAND --list|--anonymise|--destroy [--before JJJJ-MM-DD] "
                           "[--dry-run] [--copies scrub|delete]")
            << '\n';
    return Cli::UsageOrFile;
}

void printCandidates(QTextStream& out, const QList<RetentionCandidate>& candidates) {
    for (const RetentionCandidate& c : candidates) {
        out << c.reference << '\t' << CliText::tr("afgesloten %1").arg(IsoDate::text(c.closedOn)) << '\t'
            << CliText::tr("bewaartermijn verstreken op %1").arg(IsoDate::text(c.dueSince)) << '\t'
            << (c.overridden ? CliText::tr("Selectielijst %1 (gekozen door de beheerder)")
                             : CliText::tr("Selectielijst %1"))
                   .arg(Selectielijst::number(c.result))
            << '\t' << EnumText::label(c.domain) << '\t' << EnumText::label(c.outcome);
        if (c.anonymisedOn.isValid())
            out << '\t' << CliText::tr("geanonimiseerd op %1").arg(IsoDate::text(c.anonymisedOn));
        out << '\n';
    }
}

// The copies made before a run still hold what it destroyed: scrubs or deletes them as --copies asks,
// or names them. False when one of them could not be handled (the reasons are on stderr).
bool handleCopies(MunicipalitySession& session, const QList<RetentionCopy>& stale, const QString& copies,
                  CommandContext& ctx) {
    QHash<QString, QString> failures;
    if (copies == QLatin1String("scrub"))
        failures = RetentionRun::scrubCopies(session, stale);
    else if (copies == QLatin1String("delete"))
        failures = RetentionRun::deleteCopies(session, stale);
    for (const RetentionCopy& copy : std::as_const(stale)) {
        const QString file = QDir::toNativeSeparators(copy.path);
        if (failures.contains(copy.path) || failures.contains(QString()))
            continue;
        if (copies == QLatin1String("scrub"))
            ctx.out << CliText::tr("Opgeschoond: %1").arg(file) << '\n';
        else if (copies == QLatin1String("delete"))
            ctx.out << CliText::tr("Verwijderd: %1").arg(file) << '\n';
        else
            ctx.out << CliText::tr("Reservekopie van vóór de vernietiging (bevat de gegevens nog): %1").arg(file)
                    << '\n';
    }
    if (!stale.isEmpty() && copies.isEmpty()) {
        ctx.out << CliText::tr("Schoon deze kopieën op met --copies scrub, of verwijder ze met --copies delete.")
                << '\n';
    }
    for (const QString& failure : std::as_const(failures))
        ctx.err << failure << '\n';
    return failures.isEmpty();
}

} // namespace

int Commands::retention(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--before"), QStringLiteral("--copies")},
                {QStringLiteral("--list"), QStringLiteral("--anonymise"), QStringLiteral("--destroy"),
                 QStringLiteral("--dry-run")});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx, CliText::tr("Geef precies één gemeentebestand op."));
    const int modes = int(a.has(QStringLiteral("--list"))) + int(a.has(QStringLiteral("--anonymise"))) +
                      int(a.has(QStringLiteral("--destroy")));
    if (modes != 1)
        return usageError(ctx, CliText::tr("Kies precies één van --list, --anonymise en --destroy."));
    std::optional<QDate> before;
    if (a.has(QStringLiteral("--before"))) {
        before = a.date(QStringLiteral("--before"));
        if (!before)
            return usageError(ctx, a.error());
    }
    const QString copies = a.value(QStringLiteral("--copies"));
    if (a.has(QStringLiteral("--copies")) && copies != QLatin1String("scrub") && copies != QLatin1String("delete"))
        return usageError(ctx, CliText::tr("Onbekende keuze voor --copies: '%1'; kies scrub of delete.").arg(copies));
    const bool list = a.has(QStringLiteral("--list"));
    const bool dryRun = a.has(QStringLiteral("--dry-run"));
    const bool destroy = a.has(QStringLiteral("--destroy"));
    const bool writes = !dryRun && (!list || !copies.isEmpty());

    const QString path = a.positional().first();
    int code = Cli::Ok;
    std::unique_ptr<MunicipalitySession> session = openSession(path, ctx, !writes, &code);
    if (!session)
        return code;
    if (const Permission p = session->permissions().check(Action::ManageRetention); !p) {
        ctx.err << p.reason << '\n';
        return Cli::Refused;
    }

    Retention retention(session->database(), ctx.clock, session->user());
    QList<RetentionCandidate> candidates = retention.due();
    candidates.removeIf([&](const RetentionCandidate& c) {
        // Anonymising again changes nothing but the audit trail: a scheduled run skips what is done.
        return (before && !(c.closedOn < *before)) || (!list && !destroy && c.anonymisedOn.isValid());
    });
    QList<qint64> ids;
    for (const RetentionCandidate& c : std::as_const(candidates))
        ids << c.id;

    printCandidates(ctx.out, candidates);
    if (list || dryRun) {
        ctx.out << CliText::tr("%n afgesloten zaak/zaken waarvan de bewaartermijn volgens de Selectielijst is "
                               "verstreken.",
                               nullptr, int(candidates.size()))
                << '\n';
    }
    if (dryRun) {
        if (!list) {
            ctx.out << (destroy ? CliText::tr("Proef: %n zaak/zaken zou/zouden worden vernietigd.", nullptr,
                                              int(ids.size()))
                                : CliText::tr("Proef: %n zaak/zaken zou/zouden worden geanonimiseerd.", nullptr,
                                              int(ids.size())))
                    << '\n';
        }
        ctx.out << CliText::tr("Proef: er is niets gewijzigd.") << '\n';
        return Cli::Ok;
    }

    bool complete = true;
    QList<RetentionCopy> stale;
    if (!list && !ids.isEmpty()) {
        const RetentionRunOutcome outcome =
            RetentionRun::execute(*session, destroy ? RetentionAction::Destroy : RetentionAction::Anonymise, ids);
        ctx.out << (destroy ? CliText::tr("%n zaak/zaken vernietigd.", nullptr, outcome.result.cases)
                            : CliText::tr("%n zaak/zaken geanonimiseerd.", nullptr, outcome.result.cases))
                << '\n';
        complete = outcome.result.logEmptied;
        stale = outcome.staleCopies;
    } else {
        if (!list)
            ctx.out << CliText::tr("Er zijn geen zaken om te verwerken; er is niets gewijzigd.") << '\n';
        stale = RetentionCopies::stale(session->database());
    }

    const bool copiesHandled = handleCopies(*session, stale, copies, ctx);
    if (!complete)
        ctx.err << RetentionRun::incompleteText(session->database().path()) << '\n';
    return complete && copiesHandled ? Cli::Ok : Cli::Refused;
}
