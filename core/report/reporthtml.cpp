// The yearly report as an HTML document in the style municipalities publish: a title, the legal
// basis, one section per subject with a table, the charts, and the definitions used.
#include "reportexport.h"
#include "svgchart.h"

#include <QLocale>

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

class HtmlWriter {
public:
    explicit HtmlWriter(const QList<ChartData>& charts, ReportExport::ChartStyle style)
        : m_charts(charts)
        , m_style(style) {}

    void heading(const QString& text) { m_html += QStringLiteral("<h2>") + esc(text) + QStringLiteral("</h2>\n"); }
    void paragraph(const QString& text) { m_html += QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>\n"); }
    void table(const QStringList& header, const QList<QStringList>& rows) {
        m_html += QStringLiteral("<table>\n<thead><tr>");
        for (qsizetype i = 0; i < header.size(); ++i) {
            m_html +=
                (i == 0 ? QStringLiteral("<th scope=\"col\">") : QStringLiteral("<th scope=\"col\" class=\"n\">")) +
                esc(header.at(i)) + QStringLiteral("</th>");
        }
        m_html += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList& row : rows) {
            m_html += QStringLiteral("<tr>");
            for (qsizetype i = 0; i < row.size(); ++i) {
                m_html += (i == 0 ? QStringLiteral("<th scope=\"row\">") : QStringLiteral("<td class=\"n\">")) +
                          esc(row.at(i)) + (i == 0 ? QStringLiteral("</th>") : QStringLiteral("</td>"));
            }
            m_html += QStringLiteral("</tr>\n");
        }
        m_html += QStringLiteral("</tbody>\n</table>\n");
    }
    void chart(const QString& name) {
        for (const ChartData& chart : m_charts) {
            if (chart.name != name)
                continue;
            if (m_style == ReportExport::ChartStyle::InlineSvg)
                m_html += SvgChart::render(chart);
            else
                m_html += QStringLiteral("<p class=\"chart\"><img src=\"") + esc(name) + QStringLiteral("\" alt=\"") +
                          esc(chart.title) + QStringLiteral("\" width=\"600\"></p>\n");
        }
    }
    void bullets(const QStringList& items) {
        m_html += QStringLiteral("<ul class=\"summary\">\n");
        for (const QString& item : items)
            m_html += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>\n");
        m_html += QStringLiteral("</ul>\n");
    }
    void raw(const QString& html) { m_html += html; }
    QString html() const { return m_html; }

private:
    const QList<ChartData>& m_charts;
    ReportExport::ChartStyle m_style;
    QString m_html;
};

// Sub-rows ("waarvan …") stand in under their total: two en spaces, which HTML and Qt's text
// renderer both keep.
const QString Indent = QStringLiteral("\u2002\u2002");

QString n(int value) {
    return ReportExport::number(value);
}
QString pct(int part, int whole) {
    return ReportExport::percent(YearReport::percentage(part, whole));
}

QList<QStringList> breakdownRows(const QList<ReportCount>& counts, const YearReport& r) {
    QList<QStringList> rows;
    for (const ReportCount& c : counts) {
        rows << QStringList{c.label, n(c.complaints), pct(c.complaints, r.complaints), n(c.signalCount)};
    }
    return rows;
}

// The document head: the title and a style sheet in the house font where there is one.
void writeHead(HtmlWriter& w, const YearReport& r, ReportExport::ChartStyle style, const QString& title) {
    // A browser gets the house font first, then the look-alikes of the bundled Liberation Sans. The PDF
    // (images) names no family: its writer sets the document font, which a family here would override.
    QString family;
    if (style != ReportExport::ChartStyle::Images) {
        const QString house = QString(r.houseFont).remove(QLatin1Char('\'')).remove(QLatin1Char('"')).trimmed();
        family = QStringLiteral("font-family: ") +
                 (house.isEmpty() ? QString() : QLatin1Char('\'') + esc(house) + QStringLiteral("', ")) +
                 QStringLiteral("'Liberation Sans', Arial, Helvetica, sans-serif; ");
    }
    w.raw(
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + esc(title) +
        QStringLiteral("</title>\n<style>\n"
                       "body { ") +
        family +
        QStringLiteral("font-size: 10.5pt; color: #222; max-width: 46em; margin: 2em auto; }\n"
                       "h1 { font-size: 20pt; color: #1f5f8b; } h2 { font-size: 13pt; color: #1f5f8b; margin-top: "
                       "1.6em; border-bottom: 1px solid #1f5f8b; }\n"
                       "table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }\n"
                       "th, td { padding: 3px 6px; border-bottom: 1px solid #ccc; text-align: left; }\n"
                       "thead th { background: #e8eef3; } .n { text-align: right; }\n"
                       "figure.chart { margin: 1em 0; page-break-inside: avoid; } figcaption { font-style: italic; }\n"
                       "p.legend span { margin-right: 1em; } p.note { font-size: 9pt; color: #555; }\n"
                       "@media print { body { margin: 0; } h2 { page-break-after: avoid; } }\n"
                       "</style>\n</head>\n<body>\n<h1>") +
        esc(title) + QStringLiteral("</h1>\n"));
}

// The introduction, the figures in words and the counts.
void writeSummary(HtmlWriter& w, const YearReport& r) {
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    w.heading(ReportExport::tr("Inleiding"));
    w.paragraph(
        ReportExport::tr(
            "Artikel 9:12a van de Algemene wet bestuursrecht verplicht het bestuursorgaan de ingediende klachten "
            "te registreren en die registratie jaarlijks te publiceren. Dit verslag beschrijft de klachten en "
            "signalen die de gemeente in %1 heeft ontvangen, hoe zij zijn afgehandeld en welke "
            "verbetermaatregelen de gemeente heeft genomen. De cijfers zijn bijgewerkt tot %2. Het verslag bevat "
            "geen persoonsgegevens.")
            .arg(QString::number(r.year), dutch.toString(r.computedOn, QStringLiteral("d MMMM yyyy"))));

    // The figures a council member reads first, in words; the sections below give the detail.
    w.heading(ReportExport::tr("In het kort"));
    w.bullets({
        ReportExport::tr("%1 klachten en %2 signalen ontvangen.").arg(n(r.complaints), n(r.signalCount)),
        ReportExport::tr("%1 van de afgehandelde klachten is informeel opgelost, in persoonlijk contact met de klager.")
            .arg(ReportExport::percent(r.informalShare())),
        ReportExport::tr(
            "%1 van de afgehandelde schriftelijke klachten is binnen de wettelijke termijn afgehandeld, eventueel na "
            "verdaging.")
            .arg(ReportExport::percent(r.onTimeShare())),
        ReportExport::tr("Gemiddelde behandelduur: %1 dagen (mediaan %2 dagen).")
            .arg(ReportExport::number(r.averageDays, 1), ReportExport::number(r.medianDays, 1)),
        ReportExport::tr("Voorgelegd aan de ombudsman: %1.").arg(n(r.sentToOmbudsman)),
        ReportExport::tr("Verbetermaatregelen: %1 ingesteld, %2 uitgevoerd.")
            .arg(n(r.measuresCreated), n(r.measuresDone)),
    });

    w.heading(ReportExport::tr("Aantallen"));
    w.table(
        {ReportExport::tr("Onderdeel"), ReportExport::tr("Aantal"), ReportExport::tr("Aandeel")},
        {{ReportExport::tr("Klachten"), n(r.complaints), QString()},
         {Indent + ReportExport::tr("waarvan mondeling"), n(r.oralComplaints), pct(r.oralComplaints, r.complaints)},
         {Indent + ReportExport::tr("waarvan schriftelijk"), n(r.writtenComplaints),
          pct(r.writtenComplaints, r.complaints)},
         {ReportExport::tr("Signalen"), n(r.signalCount), QString()},
         {ReportExport::tr("Klachten nog in behandeling"), n(r.openComplaints), pct(r.openComplaints, r.complaints)},
         {ReportExport::tr("Overgenomen uit vorig jaar"), n(r.carriedOver()), QString()}});
}

// The complaints per domain, channel and theme.
void writeBreakdowns(HtmlWriter& w, const YearReport& r) {
    const QStringList breakdownHeader{QString(), ReportExport::tr("Klachten"), ReportExport::tr("Aandeel"),
                                      ReportExport::tr("Signalen")};
    w.heading(ReportExport::tr("Klachten per domein"));
    QStringList domainHeader = breakdownHeader;
    domainHeader[0] = ReportExport::tr("Domein");
    w.table(domainHeader, breakdownRows(r.byDomain, r));
    w.chart(ReportExport::QuartersChart);

    w.heading(ReportExport::tr("Klachten per kanaal"));
    QStringList channelHeader = breakdownHeader;
    channelHeader[0] = ReportExport::tr("Kanaal");
    w.table(channelHeader, breakdownRows(r.byChannel, r));

    w.heading(ReportExport::tr("Klachten per thema"));
    w.paragraph(
        ReportExport::tr("Een klacht kan over meer dan één thema gaan; de aandelen tellen daarom niet op tot 100%."));
    QStringList themeHeader = breakdownHeader;
    themeHeader[0] = ReportExport::tr("Thema");
    w.table(themeHeader, breakdownRows(r.byTheme, r));
    w.chart(ReportExport::ThemesChart);
}

// How the complaints were handled: informally or formally, their outcome, the written complaints of
// 9:12a and their terms, and how long handling took.
void writeHandling(HtmlWriter& w, const YearReport& r) {
    w.heading(ReportExport::tr("Informeel en formeel"));
    w.paragraph(ReportExport::tr(
                    "De gemeente lost klachten zo veel mogelijk informeel op, in persoonlijk contact met de klager. "
                    "%1 van de afgehandelde klachten werd informeel opgelost, naar tevredenheid van de klager en "
                    "zonder formele klachtprocedure. Klachten die de klager introk of die warm werden overgedragen "
                    "aan een aanbieder, tellen niet als opgelost.")
                    .arg(ReportExport::percent(r.informalShare())));
    w.table(
        {ReportExport::tr("Afhandeling"), ReportExport::tr("Klachten"), ReportExport::tr("Aandeel")},
        {{ReportExport::tr("Informeel opgelost (naar tevredenheid)"), n(r.informal), pct(r.informal, r.dealtWith())},
         {ReportExport::tr("Informeel beëindigd (ingetrokken of doorverwezen)"), n(r.informalEnded),
          pct(r.informalEnded, r.dealtWith())},
         {ReportExport::tr("Formeel behandeld"), n(r.formal), pct(r.formal, r.dealtWith())},
         {ReportExport::tr("Nog open, niet formeel"), n(r.openInformal), QString()}});
    w.chart(ReportExport::InformalChart);

    w.heading(ReportExport::tr("Uitkomst"));
    int closedComplaints = 0;
    for (const ReportCount& c : r.outcomes)
        closedComplaints += c.complaints;
    QList<QStringList> outcomeRows;
    for (const ReportCount& c : r.outcomes)
        outcomeRows << QStringList{c.label, n(c.complaints), pct(c.complaints, closedComplaints), n(c.signalCount)};
    w.table({ReportExport::tr("Uitkomst"), ReportExport::tr("Klachten"), ReportExport::tr("Aandeel"),
             ReportExport::tr("Signalen")},
            outcomeRows);
    w.chart(ReportExport::OutcomesChart);

    w.heading(ReportExport::tr("Schriftelijke klachten (art. 9:12a Awb)"));
    w.paragraph(ReportExport::tr(
                    "De wet vraagt de schriftelijke klachten te registreren en jaarlijks te publiceren. In %1 kwamen "
                    "%2 schriftelijke klachten binnen; %3 daarvan zijn afgehandeld.")
                    .arg(QString::number(r.year), n(r.writtenComplaints), n(r.closedWrittenComplaints())));
    QList<QStringList> writtenRows;
    for (const ReportCount& c : r.writtenOutcomes)
        writtenRows << QStringList{c.label, n(c.complaints), pct(c.complaints, r.closedWrittenComplaints())};
    w.table({ReportExport::tr("Uitkomst"), ReportExport::tr("Schriftelijke klachten"), ReportExport::tr("Aandeel")},
            writtenRows);

    w.heading(ReportExport::tr("Afhandelingstermijn van de schriftelijke klachten"));
    w.paragraph(
        ReportExport::tr(
            "Een schriftelijke klacht wordt binnen zes weken afgehandeld (tien weken met een "
            "klachtadviescommissie); de gemeente kan de afhandeling met ten hoogste vier weken verdagen, en "
            "verder uitstellen met schriftelijke instemming van de klager (art. 9:11 Awb). De afhandeling telt "
            "vanaf de dag van de afdoeningsbrief (art. 9:12 Awb). %1 van de afgehandelde schriftelijke klachten "
            "werd tijdig afgehandeld.")
            .arg(ReportExport::percent(r.onTimeShare())));
    w.table({ReportExport::tr("Termijn"), ReportExport::tr("Klachten"), ReportExport::tr("Aandeel")},
            {{ReportExport::tr("Binnen de termijn"), n(r.withinTerm), pct(r.withinTerm, r.timed())},
             {ReportExport::tr("Na verdaging"), n(r.afterAdjournment), pct(r.afterAdjournment, r.timed())},
             {ReportExport::tr("Te laat"), n(r.late), pct(r.late, r.timed())}});
    w.chart(ReportExport::OnTimeChart);

    w.heading(ReportExport::tr("Behandelduur"));
    w.table({ReportExport::tr("Onderdeel"), ReportExport::tr("Waarde")},
            {{ReportExport::tr("Afgehandelde klachten"), n(r.closedComplaints)},
             {ReportExport::tr("Gemiddelde behandelduur in dagen"), ReportExport::number(r.averageDays, 1)},
             {ReportExport::tr("Mediane behandelduur in dagen"), ReportExport::number(r.medianDays, 1)}});
}

// What went on to the ombudsman, and the complaints about contracted providers.
void writeOmbudsmanAndProviders(HtmlWriter& w, const YearReport& r) {
    w.heading(ReportExport::tr("Ombudsman"));
    w.paragraph(ReportExport::tr(
                    "Aantal klachten dat in %1 na de behandeling door de gemeente is voorgelegd aan de ombudsman: %2.")
                    .arg(QString::number(r.year), n(r.sentToOmbudsman)));
    {
        QList<QStringList> rows{
            {ReportExport::tr("Voorgelegd aan de Nationale ombudsman"), n(r.sentToNationalOmbudsman)},
            {ReportExport::tr("Voorgelegd aan de gemeentelijke ombudsman of ombudscommissie"),
             n(r.sentToMunicipalOmbudsman)}};
        for (const ReportCount& c : r.ombudsmanOutcomes)
            rows << QStringList{ReportExport::tr("Uitkomst in %1: %2").arg(QString::number(r.year), c.label),
                                n(c.complaints)};
        rows << QStringList{
            ReportExport::tr("Eind %1 nog in behandeling bij de ombudsman").arg(QString::number(r.year)),
            n(r.ombudsmanPending)};
        w.table({ReportExport::tr("Onderdeel"), ReportExport::tr("Klachten")}, rows);
    }

    w.heading(ReportExport::tr("Gecontracteerde aanbieders"));
    if (r.providers.isEmpty()) {
        w.paragraph(ReportExport::tr("Er kwamen geen klachten of signalen over gecontracteerde aanbieders binnen."));
    } else {
        QList<QStringList> rows;
        for (const ProviderFigures& p : r.providers)
            rows << QStringList{p.provider, n(p.complaints), n(p.signalCount), n(p.upheld), n(p.open)};
        w.table({ReportExport::tr("Aanbieder"), ReportExport::tr("Klachten"), ReportExport::tr("Signalen"),
                 ReportExport::tr("(Deels) gegrond"), ReportExport::tr("Nog open")},
                rows);
    }
}

// The improvement measures of the year and the cases carried over from the year before.
void writeMeasures(HtmlWriter& w, const YearReport& r) {
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    w.heading(ReportExport::tr("Verbetermaatregelen"));
    if (r.measuresCreated == 0 && r.measuresDone == 0) {
        // "0 ingesteld, 0 uitgevoerd" reads like a form; a published report says it in words.
        w.paragraph(ReportExport::tr("In %1 zijn geen verbetermaatregelen ingesteld of uitgevoerd.")
                        .arg(QString::number(r.year)));
    } else {
        w.paragraph(ReportExport::tr("Verbetermaatregelen ingesteld in %1: %2; uitgevoerd in %1: %3.")
                        .arg(QString::number(r.year), n(r.measuresCreated), n(r.measuresDone)));
    }
    if (!r.measures.isEmpty()) {
        QList<QStringList> rows;
        for (const ReportMeasure& m : r.measures) {
            rows << QStringList{m.title,
                                MeasureText::label(m.scope),
                                MeasureText::label(m.status),
                                m.due.isValid() ? dutch.toString(m.due, QStringLiteral("d-M-yyyy")) : QString(),
                                m.doneOn.isValid() ? dutch.toString(m.doneOn, QStringLiteral("d-M-yyyy")) : QString(),
                                n(m.caseCount)};
        }
        w.table({ReportExport::tr("Maatregel"), ReportExport::tr("Soort"), ReportExport::tr("Status"),
                 ReportExport::tr("Gereed uiterlijk"), ReportExport::tr("Uitgevoerd op"), ReportExport::tr("Zaken")},
                rows);
    }

    w.heading(ReportExport::tr("Overgenomen uit vorig jaar"));
    w.table({ReportExport::tr("Onderdeel"), ReportExport::tr("Aantal")},
            {{ReportExport::tr("Klachten"), n(r.carriedOverComplaints)},
             {ReportExport::tr("Signalen"), n(r.carriedOverSignals)},
             {ReportExport::tr("Daarvan afgehandeld in %1").arg(r.year), n(r.carriedOverClosedInYear)}});
}

void writeDefinitions(HtmlWriter& w) {
    w.heading(ReportExport::tr("Begrippen"));
    w.raw(QStringLiteral("<ul>\n"));
    const QStringList definitions{
        ReportExport::tr(
            "Een zaak hoort bij het jaar waarin zij is ontvangen. Klachten zijn mondelinge en schriftelijke klachten; "
            "signalen (bijvoorbeeld van wijkteams, cliëntondersteuners of raadsleden) worden apart geteld."),
        ReportExport::tr(
            "Formeel behandeld: de klacht is in de formele procedure gekomen: beoordeeld (gegrond, deels gegrond, "
            "ongegrond, geen oordeel), niet in behandeling genomen (art. 9:8 Awb), of opgelost of ingetrokken nadat de "
            "formele behandeling was begonnen. Informeel opgelost: naar tevredenheid van de klager opgelost zonder "
            "formele procedure (art. 9:5 Awb). Informeel beëindigd: zonder formele procedure ingetrokken of warm "
            "overgedragen aan een aanbieder."),
        ReportExport::tr(
            "Tijdig: een afgehandelde schriftelijke klacht is binnen de termijn afgehandeld als de afdoeningsbrief op "
            "of voor de termijn van art. 9:11 lid 1 Awb is verstuurd (met verlenging volgens de Algemene "
            "termijnenwet), na verdaging als dat binnen de tijdig gemelde verdaagde termijn of de met instemming van "
            "de klager afgesproken datum was, en anders te laat. Instemming die pas kwam toen de termijn al was "
            "verstreken, maakt een klacht niet alsnog tijdig."),
        ReportExport::tr(
            "Behandelduur: het aantal kalenderdagen tussen ontvangst en afdoening (de dag van de afdoeningsbrief) of "
            "andere afsluiting van de afgehandelde klachten."),
        ReportExport::tr("Ombudsman: klachten die in het verslagjaar aan de ombudsman zijn voorgelegd."),
        ReportExport::tr(
            "Verbetermaatregelen: maatregelen die in het verslagjaar zijn ingesteld of uitgevoerd, met hun huidige "
            "status."),
        ReportExport::tr(
            "Overgenomen uit vorig jaar: zaken die vóór 1 januari zijn ontvangen en op 1 januari nog open waren.")};
    for (const QString& d : definitions)
        w.raw(QStringLiteral("<li>") + esc(d) + QStringLiteral("</li>\n"));
    w.raw(QStringLiteral("</ul>\n"));
}

} // namespace

QString ReportExport::html(const YearReport& r, ChartStyle style) {
    const QList<ChartData> chartList = charts(r);
    HtmlWriter w(chartList, style);
    writeHead(w, r, style, ReportExport::title(r));
    writeSummary(w, r);
    writeBreakdowns(w, r);
    writeHandling(w, r);
    writeOmbudsmanAndProviders(w, r);
    writeMeasures(w, r);
    writeDefinitions(w);
    w.raw(QStringLiteral("</body>\n</html>\n"));
    return w.html();
}
