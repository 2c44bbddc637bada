// The CSV, the charts and the print job of the yearly report; the HTML is in reporthtml.cpp.
#include "reportexport.h"

#include "../output/csvwriter.h"

#include <QLocale>

#include <algorithm>

namespace {

QLocale dutch() {
    return QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QString quarterLabel(int q) {
    return ReportExport::tr("K%1").arg(q);
}

// The report's rows (section;item;value;percentage) through the program's one CSV writer, which
// escapes the municipality's name and the themes' names like every other field.
class ReportCsv {
public:
    void row(const QString& section, const QString& item, const QString& value, const QString& percentage = {}) {
        m_csv.row({section, item, value, percentage});
    }
    void count(const QString& section, const QString& item, int value, std::optional<int> whole = std::nullopt) {
        row(section, item, QString::number(value),
            whole ? ReportExport::number(YearReport::percentage(value, *whole), 1) : QString());
    }
    QByteArray bytes() const { return m_csv.bytes(); }

private:
    CsvWriter m_csv;
};

} // namespace

QString ReportExport::title(const YearReport& report) {
    return report.municipality.isEmpty()
               ? tr("Klachtenjaarverslag %1").arg(report.year)
               : tr("Klachtenjaarverslag %1 \u2014 %2").arg(QString::number(report.year), report.municipality);
}

QString ReportExport::number(int value) {
    return dutch().toString(value);
}

QString ReportExport::number(double value, int decimals) {
    return dutch().toString(value, 'f', decimals);
}

QString ReportExport::percent(double value) {
    return number(value, 1) + QLatin1Char('%');
}

QByteArray ReportExport::csv(const YearReport& r) {
    ReportCsv out;
    // Values are plain numbers (no thousands separator) so that a spreadsheet reads them as numbers;
    // percentages use the Dutch decimal comma, as a Dutch spreadsheet expects.
    out.row(tr("sectie"), tr("onderdeel"), tr("waarde"), tr("percentage"));
    const QString general = tr("Algemeen");
    out.row(general, tr("Jaar"), QString::number(r.year));
    out.row(general, tr("Gemeente"), r.municipality);
    out.row(general, tr("Peildatum"), r.computedOn.toString(Qt::ISODate));

    const QString volume = tr("Aantallen");
    out.count(volume, tr("Klachten"), r.complaints);
    out.count(volume, tr("Mondelinge klachten"), r.oralComplaints, r.complaints);
    out.count(volume, tr("Schriftelijke klachten"), r.writtenComplaints, r.complaints);
    out.count(volume, tr("Signalen"), r.signalCount);
    out.count(volume, tr("Klachten nog in behandeling"), r.openComplaints, r.complaints);
    out.count(volume, tr("Signalen nog in behandeling"), r.openSignals, r.signalCount);

    const auto breakdown = [&](const QString& section, const QList<ReportCount>& counts) {
        for (const ReportCount& c : counts) {
            out.count(tr("%1 (klachten)").arg(section), c.label, c.complaints, r.complaints);
            out.count(tr("%1 (signalen)").arg(section), c.label, c.signalCount, r.signalCount);
        }
    };
    breakdown(tr("Domein"), r.byDomain);
    breakdown(tr("Kanaal"), r.byChannel);
    breakdown(tr("Thema"), r.byTheme);
    for (int q = 0; q < 4; ++q)
        out.count(tr("Klachten per kwartaal"), quarterLabel(q + 1), r.complaintsPerQuarter.value(q), r.complaints);

    const QString route = tr("Informeel en formeel");
    out.count(route, tr("Informeel opgelost (naar tevredenheid)"), r.informal, r.dealtWith());
    out.count(route, tr("Informeel beëindigd (ingetrokken of doorverwezen)"), r.informalEnded, r.dealtWith());
    out.count(route, tr("Formeel behandeld"), r.formal, r.dealtWith());
    out.count(route, tr("Nog open, niet formeel"), r.openInformal);

    int closedComplaints = 0;
    int closedSignals = 0;
    for (const ReportCount& c : r.outcomes) {
        closedComplaints += c.complaints;
        closedSignals += c.signalCount;
    }
    for (const ReportCount& c : r.outcomes) {
        out.count(tr("Uitkomst (klachten)"), c.label, c.complaints, closedComplaints);
        out.count(tr("Uitkomst (signalen)"), c.label, c.signalCount, closedSignals);
    }

    for (const ReportCount& c : r.writtenOutcomes)
        out.count(tr("Uitkomst (schriftelijke klachten)"), c.label, c.complaints, r.closedWrittenComplaints());

    const QString term = tr("Afhandelingstermijn (schriftelijke klachten)");
    out.count(term, tr("Binnen de termijn"), r.withinTerm, r.timed());
    out.count(term, tr("Na verdaging"), r.afterAdjournment, r.timed());
    out.count(term, tr("Te laat"), r.late, r.timed());
    out.row(term, tr("Tijdig (binnen de termijn of na verdaging)"), QString::number(r.withinTerm + r.afterAdjournment),
            number(r.onTimeShare(), 1));
    for (int q = 0; q < 4; ++q) {
        out.row(tr("Tijdig per kwartaal"), quarterLabel(q + 1), QString::number(r.onTimePerQuarter.value(q)),
                number(YearReport::percentage(r.onTimePerQuarter.value(q), r.timedPerQuarter.value(q)), 1));
    }

    const QString duration = tr("Behandelduur");
    out.count(duration, tr("Afgehandelde klachten"), r.closedComplaints);
    out.row(duration, tr("Gemiddeld aantal dagen"), number(r.averageDays, 1));
    out.row(duration, tr("Mediaan aantal dagen"), number(r.medianDays, 1));

    out.count(tr("Ombudsman"), tr("Doorgezonden naar de ombudsman"), r.sentToOmbudsman);
    out.count(tr("Ombudsman"), tr("waarvan Nationale ombudsman"), r.sentToNationalOmbudsman, r.sentToOmbudsman);
    out.count(tr("Ombudsman"), tr("waarvan gemeentelijke ombudsman of ombudscommissie"), r.sentToMunicipalOmbudsman,
              r.sentToOmbudsman);
    for (const ReportCount& c : r.ombudsmanOutcomes)
        out.count(tr("Uitkomst bij de ombudsman"), c.label, c.complaints);
    out.count(tr("Uitkomst bij de ombudsman"), tr("Nog in behandeling aan het eind van het jaar"), r.ombudsmanPending);

    for (const ProviderFigures& p : r.providers) {
        const QString section = tr("Aanbieder");
        out.count(section, tr("%1: klachten").arg(p.provider), p.complaints);
        out.count(section, tr("%1: signalen").arg(p.provider), p.signalCount);
        out.count(section, tr("%1: (deels) gegrond").arg(p.provider), p.upheld, p.complaints);
        out.count(section, tr("%1: nog open").arg(p.provider), p.open);
    }

    const QString measures = tr("Verbetermaatregelen");
    out.count(measures, tr("Ingesteld in het jaar"), r.measuresCreated);
    out.count(measures, tr("Uitgevoerd in het jaar"), r.measuresDone);
    for (MeasureStatus status : MeasureText::allStatuses())
        out.count(measures, tr("Status: %1").arg(MeasureText::label(status)), r.measureCount(status),
                  int(r.measures.size()));
    for (const ReportMeasure& m : r.measures) {
        out.row(tr("Verbetermaatregel"), m.title,
                MeasureText::label(m.scope) + QStringLiteral(", ") + MeasureText::label(m.status));
    }

    const QString carried = tr("Overgenomen uit vorig jaar");
    out.count(carried, tr("Klachten"), r.carriedOverComplaints);
    out.count(carried, tr("Signalen"), r.carriedOverSignals);
    out.count(carried, tr("Daarvan afgehandeld in het jaar"), r.carriedOverClosedInYear, r.carriedOver());
    return out.bytes();
}

QList<ChartData> ReportExport::charts(const YearReport& r) {
    QStringList quarters;
    for (int q = 1; q <= 4; ++q)
        quarters << quarterLabel(q);

    ChartData perQuarter;
    perQuarter.name = QuartersChart;
    perQuarter.title = tr("Klachten per kwartaal en domein");
    perQuarter.kind = ChartData::Kind::StackedBar;
    perQuarter.categories = quarters;
    for (qsizetype d = 0; d < r.byDomain.size(); ++d) {
        ChartSeries series{r.byDomain.at(d).label, {}};
        for (int q = 0; q < 4; ++q)
            series.values << r.complaintsByQuarterDomain.value(q).value(d);
        perQuarter.series << series;
    }

    ChartData outcomes;
    outcomes.name = OutcomesChart;
    outcomes.title = tr("Uitkomst van de afgehandelde klachten");
    outcomes.kind = ChartData::Kind::Bar;
    ChartSeries outcomeSeries{tr("Klachten"), {}};
    for (const ReportCount& c : r.outcomes) {
        outcomes.categories << c.label;
        outcomeSeries.values << c.complaints;
    }
    outcomes.series << outcomeSeries;

    ChartData onTime;
    onTime.name = OnTimeChart;
    onTime.title = tr("Tijdig afgehandelde schriftelijke klachten per kwartaal");
    onTime.kind = ChartData::Kind::Bar;
    onTime.categories = quarters;
    onTime.valueSuffix = QStringLiteral("%");
    ChartSeries onTimeSeries{tr("Tijdig"), {}};
    for (int q = 0; q < 4; ++q)
        onTimeSeries.values << YearReport::percentage(r.onTimePerQuarter.value(q), r.timedPerQuarter.value(q));
    onTime.series << onTimeSeries;

    ChartData informal;
    informal.name = InformalChart;
    informal.title = tr("Informeel en formeel afgehandelde klachten");
    informal.kind = ChartData::Kind::Pie;
    informal.categories = {tr("Informeel opgelost"), tr("Informeel beëindigd"), tr("Formeel")};
    informal.series << ChartSeries{tr("Klachten"), {double(r.informal), double(r.informalEnded), double(r.formal)}};

    ChartData themes;
    themes.name = ThemesChart;
    themes.title = tr("De tien thema's met de meeste klachten");
    themes.kind = ChartData::Kind::Bar;
    ChartSeries themeSeries{tr("Klachten"), {}};
    for (qsizetype i = 0; i < std::min<qsizetype>(10, r.byTheme.size()); ++i) {
        themes.categories << r.byTheme.at(i).label;
        themeSeries.values << r.byTheme.at(i).complaints;
    }
    themes.series << themeSeries;

    return {perQuarter, outcomes, onTime, informal, themes};
}

PrintJob reportPrintJob(const YearReport& report) {
    PrintJob job;
    job.layout = PrintJob::Layout::Report;
    job.title = ReportExport::title(report);
    job.author = report.municipality;
    job.subject = QString::number(report.year);
    job.html = ReportExport::html(report, ReportExport::ChartStyle::Images);
    job.footer = job.title;
    job.charts = ReportExport::charts(report);
    job.fontFamily = report.houseFont;
    return job;
}
