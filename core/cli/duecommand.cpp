// aantafel-cli due: the coordinator's deadline report of a municipality file (DeadlineOverview), as
// readable text for the weekly mail, as semicolon-separated CSV for a spreadsheet, or as JSON.
// The file is opened read-only; the report never changes it.
#include "commands.h"
#include "jsonarraywriter.h"

#include "domain/isodate.h"
#include "output/csvwriter.h"
#include "overview/deadlineoverview.h"
#include "session/municipalitysession.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <array>
#include <iterator>

namespace {

enum class Format { Text, Csv, Json };

int usageError(CommandContext& ctx, const QString& message) {
    ctx.err << message << '\n'
            << CliText::tr("Gebruik: aantafel-cli due BESTAND [--within DAGEN] [--handler NAAM] "
                           "[--format text|csv|json]")
            << '\n';
    return Cli::UsageOrFile;
}

void printCsv(QTextStream& out, const Overview& overview) {
    out << "group;due;kind;kind_label;reference;klager;handler;domain;basis;status\n";
    for (const OverviewRow& row : overview.rows) {
        const QStringList fields{DeadlineOverview::code(row.group),
                                 IsoDate::text(row.deadline.due),
                                 DeadlineText::code(row.deadline.kind),
                                 DeadlineText::label(row.deadline.kind),
                                 row.reference,
                                 row.klager,
                                 row.handler,
                                 EnumText::code(row.domain),
                                 row.deadline.basis,
                                 DeadlineText::code(row.deadline.status)};
        // The program's one CSV writer: a klager's name typed as "=…" stays text.
        out << CsvWriter::line(fields, QStringLiteral("\n"));
    }
}

// The label of each deadline kind, looked up in the translations once per kind rather than once per row.
class KindLabels {
public:
    const QString& of(DeadlineKind kind) {
        QString& label = m_labels.at(size_t(kind));
        if (label.isNull())
            label = DeadlineText::label(kind);
        return label;
    }

private:
    std::array<QString, size_t(DeadlineKind::OmbudsmanTerm) + 1> m_labels;
};

// The members in the order of their keys, the cheapest for JsonObjectText.
JsonObjectText rowJson(const OverviewRow& row, KindLabels& labels) {
    JsonObjectText o;
    o.insert(QStringLiteral("basis"), row.deadline.basis)
        .insert(QStringLiteral("case_id"), row.caseId)
        .insert(QStringLiteral("domain"), EnumText::code(row.domain))
        .insert(QStringLiteral("due"), IsoDate::text(row.deadline.due))
        .insert(QStringLiteral("handler"), row.handler)
        .insert(QStringLiteral("kind"), DeadlineText::code(row.deadline.kind))
        .insert(QStringLiteral("klager"), row.klager)
        .insert(QStringLiteral("label"), labels.of(row.deadline.kind))
        .insert(QStringLiteral("reference"), row.reference)
        .insert(QStringLiteral("status"), DeadlineText::code(row.deadline.status));
    if (!row.deadline.warning.isEmpty())
        o.insert(QStringLiteral("warning"), row.deadline.warning);
    return o;
}

// The document QJsonDocument would write for {counts, groups: {group: [rows]}, municipality, today,
// warning_working_days, workload} (an object's keys in their sorted order), with the rows streamed.
void printJson(QTextStream& out, const Overview& overview, const QString& municipality) {
    using namespace JsonText;
    QList<QList<const OverviewRow*>> lists(DeadlineOverview::allGroups().size());
    for (const OverviewRow& row : overview.rows)
        lists[int(row.group)].append(&row);
    KindLabels labels;
    QMap<QString, UrgencyGroup> groups; // by code, as the object sorts its keys
    QJsonObject counts;
    for (UrgencyGroup group : DeadlineOverview::allGroups()) {
        groups.insert(DeadlineOverview::code(group), group);
        counts.insert(DeadlineOverview::code(group), lists.at(int(group)).size());
    }
    out << "{\n" << indent(1) << key(QStringLiteral("counts")) << value(counts, 1) << ",\n";
    out << indent(1) << key(QStringLiteral("groups")) << "{\n";
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        out << indent(2) << key(it.key());
        JsonArrayWriter rows(out, 2);
        for (const OverviewRow* row : lists.at(int(it.value())))
            rows.append(rowJson(*row, labels));
        rows.finish();
        out << (std::next(it) == groups.cend() ? "\n" : ",\n");
    }
    out << indent(1) << "},\n";
    out << indent(1) << key(QStringLiteral("municipality")) << value(municipality, 1) << ",\n";
    out << indent(1) << key(QStringLiteral("today")) << value(IsoDate::text(overview.today), 1) << ",\n";
    out << indent(1) << key(QStringLiteral("warning_working_days")) << value(overview.warningWorkingDays, 1) << ",\n";
    out << indent(1) << key(QStringLiteral("workload"));
    JsonArrayWriter workload(out, 1);
    for (const HandlerWorkload& load : overview.workload) {
        JsonObjectText o;
        o.insert(QStringLiteral("handler"), load.handler).insert(QStringLiteral("label"), load.label);
        if (load.nearest)
            o.insert(QStringLiteral("nearest"), rowJson(*load.nearest, labels));
        o.insert(QStringLiteral("open_cases"), load.openCases)
            .insert(QStringLiteral("overdue_cases"), load.overdueCases)
            .insert(QStringLiteral("overdue_deadlines"), load.overdueDeadlines);
        workload.append(o);
    }
    workload.finish();
    out << "\n}\n";
}

void printText(QTextStream& out, const Overview& overview, const QString& municipality, const Arguments& a) {
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    QStringList scope{
        CliText::tr("Peildatum: %1").arg(dutch.toString(overview.today, QStringLiteral("dddd d MMMM yyyy")))};
    if (a.has(QStringLiteral("--within")))
        scope << CliText::tr("termijnen tot en met %1 dagen vooruit").arg(a.value(QStringLiteral("--within")));
    if (a.has(QStringLiteral("--handler")))
        scope << CliText::tr("behandelaar: %1").arg(a.value(QStringLiteral("--handler")));
    out << CliText::tr("Termijnoverzicht %1").arg(municipality) << '\n' << scope.join(QStringLiteral(" · ")) << '\n';
    QStringList counts;
    for (UrgencyGroup group : DeadlineOverview::allGroups())
        counts << DeadlineOverview::label(group) + QStringLiteral(": ") + QString::number(overview.count(group));
    out << counts.join(QStringLiteral(" · ")) << "  "
        << CliText::tr("(\"deze week\": binnen %n werkdag/werkdagen)", nullptr, overview.warningWorkingDays) << '\n';

    // Columns as wide as their widest entry, so that the mail reads as a table in a fixed font.
    qsizetype labelWidth = 0, referenceWidth = 0, klagerWidth = 0, handlerWidth = 0;
    for (const OverviewRow& row : overview.rows) {
        labelWidth = std::max(labelWidth, DeadlineText::label(row.deadline.kind).size());
        referenceWidth = std::max(referenceWidth, row.reference.size());
        klagerWidth = std::max(klagerWidth, row.klager.size());
        handlerWidth = std::max(handlerWidth, DeadlineOverview::handlerLabel(row.handler).size());
    }
    // A warning (a year without decreed days) is the same for many rows: marked "*", said once below.
    QStringList warnings;
    for (UrgencyGroup group : DeadlineOverview::allGroups()) {
        const QList<OverviewRow> rows = overview.rowsIn(group);
        out << '\n' << DeadlineOverview::label(group) << " (" << rows.size() << ")\n";
        if (rows.isEmpty())
            out << "  " << CliText::tr("(geen)") << '\n';
        for (const OverviewRow& row : rows) {
            out << "  " << IsoDate::text(row.deadline.due) << "  "
                << DeadlineText::label(row.deadline.kind).leftJustified(labelWidth) << "  "
                << row.reference.leftJustified(referenceWidth) << "  " << row.klager.leftJustified(klagerWidth) << "  "
                << DeadlineOverview::handlerLabel(row.handler).leftJustified(handlerWidth) << "  "
                << row.deadline.basis;
            if (!row.deadline.warning.isEmpty()) {
                out << " *";
                if (!warnings.contains(row.deadline.warning))
                    warnings << row.deadline.warning;
            }
            out << '\n';
        }
    }
    for (const QString& warning : std::as_const(warnings))
        out << '\n' << CliText::tr("* Let op: %1").arg(warning);
    if (!warnings.isEmpty())
        out << '\n';

    if (overview.workload.isEmpty())
        return;
    qsizetype nameWidth = CliText::tr("Behandelaar").size();
    for (const HandlerWorkload& load : overview.workload)
        nameWidth = std::max(nameWidth, load.label.size());
    out << '\n'
        << CliText::tr("Behandelaar").leftJustified(nameWidth) << "  " << CliText::tr("open zaken") << "  "
        << CliText::tr("te laat") << "  " << CliText::tr("eerstvolgende termijn") << '\n';
    for (const HandlerWorkload& load : overview.workload) {
        out << load.label.leftJustified(nameWidth) << "  "
            << QString::number(load.openCases).rightJustified(CliText::tr("open zaken").size()) << "  "
            << QString::number(load.overdueCases).rightJustified(CliText::tr("te laat").size());
        if (load.nearest) {
            out << "  " << IsoDate::text(load.nearest->deadline.due) << ' '
                << DeadlineText::label(load.nearest->deadline.kind) << ' ' << load.nearest->reference;
        }
        out << '\n';
    }
}

} // namespace

int Commands::due(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--within"), QStringLiteral("--handler"), QStringLiteral("--format")}, {});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx, CliText::tr("Geef precies één gemeentebestand op."));
    OverviewFilter filter;
    if (a.has(QStringLiteral("--within"))) {
        const std::optional<qint64> days = a.integer(QStringLiteral("--within"), 0, 3660);
        if (!days)
            return usageError(ctx, a.error());
        filter.withinDays = int(*days);
    }
    if (a.has(QStringLiteral("--handler")) && a.value(QStringLiteral("--handler")).trimmed().isEmpty())
        return usageError(ctx, CliText::tr("--handler verwacht de naam of inlognaam van een behandelaar."));
    filter.handler = a.value(QStringLiteral("--handler")).trimmed();
    Format format = Format::Text;
    const QString formatName =
        a.has(QStringLiteral("--format")) ? a.value(QStringLiteral("--format")) : QStringLiteral("text");
    if (formatName == QLatin1String("csv"))
        format = Format::Csv;
    else if (formatName == QLatin1String("json"))
        format = Format::Json;
    else if (formatName != QLatin1String("text"))
        return usageError(ctx, CliText::tr("Onbekend formaat '%1': kies text, csv of json.").arg(formatName));

    auto db = openFile(a.positional().first(), ctx, true);
    if (!db)
        return Cli::UsageOrFile;
    Overview overview;
    QString municipality;
    try {
        MunicipalitySession session(std::move(db), ctx.clock, ctx.user);
        municipality = session.settings().name;
        overview = DeadlineOverview(session).compute(filter);
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::UsageOrFile;
    }

    switch (format) {
    case Format::Text: printText(ctx.out, overview, municipality, a); break;
    case Format::Csv: printCsv(ctx.out, overview); break;
    case Format::Json: printJson(ctx.out, overview, municipality); break;
    }
    if (!filter.handler.isEmpty() && overview.workload.isEmpty()) {
        ctx.err << CliText::tr("Let op: geen openstaande termijnen voor behandelaar '%1'; klopt de naam?")
                       .arg(filter.handler)
                << '\n';
    }
    return Cli::Ok;
}
