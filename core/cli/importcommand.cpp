// aantafel-cli import: reads a CSV register with a column mapping, reports every row it cannot
// take, and imports all rows in one transaction, or nothing.
#include "commands.h"

#include "import/importer.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QFileInfo>

namespace {

int usageError(CommandContext& ctx, const QString& message) {
    ctx.err << message << '\n' << CliText::tr("Zie: aantafel-cli --help") << '\n';
    return Cli::UsageOrFile;
}

} // namespace

int Commands::importCsv(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--csv"), QStringLiteral("--mapping")},
                {QStringLiteral("--dry-run"), QStringLiteral("--skip-invalid")});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1 || !a.has(QStringLiteral("--csv")) || !a.has(QStringLiteral("--mapping"))) {
        return usageError(ctx, CliText::tr("Gebruik: aantafel-cli import BESTAND --csv IN.csv --mapping INDELING.json "
                                           "[--dry-run] [--skip-invalid]"));
    }
    QString error;
    const std::optional<ImportMapping> mapping = ImportMapping::load(a.value(QStringLiteral("--mapping")), &error);
    if (!mapping) {
        ctx.err << error << '\n';
        return Cli::UsageOrFile;
    }
    const QString csvPath = a.value(QStringLiteral("--csv"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        ctx.err << CliText::tr("Kan %1 niet openen: %2").arg(csvPath, csv.errorString()) << '\n';
        return Cli::UsageOrFile;
    }
    const bool dryRun = a.has(QStringLiteral("--dry-run"));
    int code = Cli::Ok;
    std::unique_ptr<MunicipalitySession> opened = openSession(a.positional().first(), ctx, dryRun, &code);
    if (!opened)
        return code;
    MunicipalitySession& session = *opened;
    // Said before the rows are read: an account that may not register cases imports nothing.
    if (const Permission p = session.permissions().check(Action::RegisterCase); !p && !dryRun) {
        ctx.err << p.reason << '\n' << CliText::tr("Er is niets geïmporteerd.") << '\n';
        return Cli::Refused;
    }
    const CsvTable table = CsvReader::read(csv.readAll(), mapping->separator, mapping->encoding);
    const QString fileName = QFileInfo(csvPath).fileName();
    Importer importer(*mapping, session.workflow(), ctx.clock.now(), session.user(), fileName);
    importer.loadExisting(session);
    ImportRun run = importer.dryRun(table);

    if (!run.fileProblems.isEmpty()) {
        for (const QString& p : std::as_const(run.fileProblems))
            ctx.err << p << '\n';
        ctx.err << CliText::tr("Er is niets geïmporteerd.") << '\n';
        return Cli::UsageOrFile;
    }
    ctx.out << CliText::tr("%1: %2 regels gelezen (scheidingsteken %3, tekenset %4), %5 te importeren, %6 met "
                           "problemen.")
                   .arg(fileName)
                   .arg(run.rowsRead)
                   .arg(CsvReader::separatorName(table.separator), CsvReader::encodingName(table.encoding))
                   .arg(run.cases.size())
                   .arg(run.problemRows)
            << '\n';
    for (const ImportProblem& p : std::as_const(run.problems))
        ctx.out << p.text() << '\n';
    if (!run.newThemes.isEmpty())
        ctx.out << CliText::tr("Nieuwe thema's: %1").arg(run.newThemes.join(QStringLiteral(", "))) << '\n';

    const bool skip = a.has(QStringLiteral("--skip-invalid"));
    if (!run.problems.isEmpty() && !skip) {
        ctx.out << CliText::tr("Er is niets geïmporteerd: los de problemen op, of sla die regels over met "
                               "--skip-invalid.")
                << '\n';
        return Cli::Refused;
    }
    if (dryRun) {
        ctx.out << CliText::tr("Proefimport: er is niets geschreven.") << '\n';
        return Cli::Ok;
    }
    try {
        const int imported = importer.commit(session, run, skip);
        ctx.out << CliText::tr("%1 zaken geïmporteerd in %2.").arg(imported).arg(a.positional().first()) << '\n';
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n' << CliText::tr("Er is niets geïmporteerd.") << '\n';
        return Cli::Refused;
    }
    return Cli::Ok;
}
