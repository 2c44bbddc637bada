// aantafel-cli report: the yearly publication (art. 9:12a Awb) of one year as PDF, HTML or CSV.
// The file is opened read-only; the output goes through the one output writer (OutputFile): never
// over the municipality file or its companions, whole or not at all.
#include "commands.h"

#include "output/outputfile.h"
#include "output/printjob.h"
#include "report/reportexport.h"
#include "report/yearreport.h"
#include "session/municipalitysession.h"
#include "storage/database.h"

#include <QFileInfo>

namespace {

int usageError(CommandContext& ctx, const QString& message) {
    ctx.err << message << '\n'
            << CliText::tr("Gebruik: aantafel-cli report BESTAND --year JJJJ --format pdf|html|csv --out UITVOER")
            << '\n';
    return Cli::UsageOrFile;
}

} // namespace

int Commands::report(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--year"), QStringLiteral("--format"), QStringLiteral("--out")}, {});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx, CliText::tr("Geef precies één gemeentebestand op."));
    if (!a.has(QStringLiteral("--year")))
        return usageError(ctx, CliText::tr("Geef met --year het jaar van het verslag op."));
    const std::optional<qint64> year = a.integer(QStringLiteral("--year"), 1900, 9999);
    if (!year)
        return usageError(ctx, a.error());
    const QString out = a.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return usageError(ctx, CliText::tr("Geef met --out op waar het verslag moet komen."));
    QString format = a.value(QStringLiteral("--format"));
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("html") && format != QLatin1String("csv"))
        return usageError(ctx, CliText::tr("Onbekend formaat '%1': kies pdf, html of csv.").arg(format));
    if (format == QLatin1String("pdf") && !ctx.services.reportPdf) {
        ctx.err << CliText::tr("Deze versie van aantafel-cli kan geen PDF maken. Kies --format html of csv.") << '\n';
        return Cli::Refused;
    }

    const QString input = a.positional().first();
    if (refuseOutput(out, input, ctx))
        return Cli::UsageOrFile;
    auto db = openFile(input, ctx, true);
    if (!db)
        return Cli::UsageOrFile;
    YearReport report;
    try {
        MunicipalitySession session(std::move(db), ctx.clock, ctx.user);
        report = YearReport::compute(session, int(*year));
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::UsageOrFile;
    }

    QString failure;
    if (format == QLatin1String("pdf"))
        failure = ctx.services.reportPdf->write(reportPrintJob(report), out, {input});
    else if (format == QLatin1String("html"))
        failure =
            OutputFile::write(out, ReportExport::html(report, ReportExport::ChartStyle::InlineSvg).toUtf8(), {input});
    else
        failure = OutputFile::write(out, ReportExport::csv(report), {input});
    if (!failure.isEmpty()) {
        ctx.err << failure << '\n';
        return Cli::Refused;
    }
    ctx.out << CliText::tr("Klachtenjaarverslag %1 geschreven naar %2 (klachten: %3, signalen: %4).")
                   .arg(QString::number(report.year), out, ReportExport::number(report.complaints),
                        ReportExport::number(report.signalCount))
            << '\n';
    return Cli::Ok;
}
