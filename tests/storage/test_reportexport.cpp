// The yearly report of 2025 (yearreportfixture.cpp) as CSV, HTML and print job: the same figures in
// every format, Dutch notation, and no personal data anywhere.
#include "yearreportfixture.h"

#include "report/reportexport.h"
#include "report/yearreport.h"

namespace {

YearReport report2025() {
    YearReportMunicipality m;
    return YearReport::compute(*m.session, 2025);
}

QStringList csvLines(const QByteArray& csv) {
    return QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

const ChartData& chart(const QList<ChartData>& charts, const QString& name) {
    for (const ChartData& c : charts) {
        if (c.name == name)
            return c;
    }
    FAIL("no chart " << name.toStdString());
    return charts.first();
}

} // namespace

TEST_CASE("Dutch notation of numbers and percentages") {
    CHECK(ReportExport::number(12345) == QStringLiteral("12.345"));
    CHECK(ReportExport::number(38.615, 1) == QStringLiteral("38,6"));
    CHECK(ReportExport::percent(100.0 * 4 / 14) == QStringLiteral("28,6%"));
    CHECK(ReportExport::percent(0) == QStringLiteral("0,0%"));
}

TEST_CASE("the CSV of the 2025 report: a byte order mark, a header and one row per figure") {
    const YearReport r = report2025();
    const QByteArray csv = ReportExport::csv(r);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = csvLines(csv);
    REQUIRE(!lines.isEmpty());
    CHECK(lines.first() == QStringLiteral("sectie;onderdeel;waarde;percentage"));
    for (const QString& line : lines)
        CHECK(line.count(QLatin1Char(';')) == 3);
    const QStringList expected{
        QStringLiteral("Algemeen;Gemeente;Gemeente Proefstad;"),
        QStringLiteral("Aantallen;Klachten;15;"),
        QStringLiteral("Aantallen;Mondelinge klachten;5;33,3"),
        QStringLiteral("Aantallen;Schriftelijke klachten;10;66,7"),
        QStringLiteral("Aantallen;Signalen;2;"),
        QStringLiteral("Domein (klachten);Wmo 2015;6;40,0"),
        QStringLiteral("Domein (signalen);Jeugdwet;1;50,0"),
        QStringLiteral("Kanaal (klachten);Brief;6;40,0"),
        QStringLiteral("Thema (klachten);Bejegening;4;26,7"),
        QStringLiteral("Klachten per kwartaal;K1;8;53,3"),
        // Only what was solved to the klager's satisfaction is "informeel opgelost": W8 and O1 of 14.
        QStringLiteral("Informeel en formeel;Informeel opgelost (naar tevredenheid);2;14,3"),
        QStringLiteral("Informeel en formeel;Informeel beëindigd (ingetrokken of doorverwezen);2;14,3"),
        QStringLiteral("Informeel en formeel;Formeel behandeld;10;71,4"),
        // The written complaints alone (art. 9:12a): nine closed.
        QStringLiteral("Uitkomst (schriftelijke klachten);Gegrond;2;22,2"),
        QStringLiteral("Uitkomst (schriftelijke klachten);Naar tevredenheid opgelost;2;22,2"),
        QStringLiteral("Informeel en formeel;Formeel behandeld;10;71,4"),
        QStringLiteral("Informeel en formeel;Nog open, niet formeel;1;"),
        QStringLiteral("Uitkomst (klachten);Naar tevredenheid opgelost;3;23,1"),
        QStringLiteral("Uitkomst (klachten);Gegrond;2;15,4"),
        QStringLiteral("Uitkomst (klachten);Deels gegrond;1;7,7"),
        QStringLiteral("Uitkomst (klachten);Ongegrond;2;15,4"),
        QStringLiteral("Uitkomst (klachten);Geen oordeel;1;7,7"),
        QStringLiteral("Uitkomst (klachten);Niet in behandeling;1;7,7"),
        QStringLiteral("Uitkomst (klachten);Ingetrokken;2;15,4"),
        QStringLiteral("Uitkomst (klachten);Doorverwezen;1;7,7"),
        QStringLiteral("Afhandelingstermijn (schriftelijke klachten);Binnen de termijn;4;50,0"),
        QStringLiteral("Afhandelingstermijn (schriftelijke klachten);Na verdaging;2;25,0"),
        QStringLiteral("Afhandelingstermijn (schriftelijke klachten);Te laat;2;25,0"),
        QStringLiteral(
            "Afhandelingstermijn (schriftelijke klachten);Tijdig (binnen de termijn of na verdaging);6;75,0"),
        QStringLiteral("Tijdig per kwartaal;K1;3;60,0"),
        QStringLiteral("Tijdig per kwartaal;K3;0;0,0"),
        QStringLiteral("Behandelduur;Afgehandelde klachten;13;"),
        QStringLiteral("Behandelduur;Gemiddeld aantal dagen;38,6;"),
        QStringLiteral("Behandelduur;Mediaan aantal dagen;30,0;"),
        QStringLiteral("Ombudsman;Doorgezonden naar de ombudsman;2;"),
        QStringLiteral("Aanbieder;Zorg Plus BV: klachten;2;"),
        QStringLiteral("Aanbieder;Zorg Plus BV: signalen;1;"),
        QStringLiteral("Aanbieder;Zorg Plus BV: (deels) gegrond;1;50,0"),
        QStringLiteral("Aanbieder;Thuiszorg West: klachten;1;"),
        QStringLiteral("Verbetermaatregelen;Ingesteld in het jaar;2;"),
        QStringLiteral("Verbetermaatregelen;Uitgevoerd in het jaar;2;"),
        QStringLiteral("Verbetermaatregelen;Status: Uitgevoerd;2;66,7"),
        QStringLiteral("Verbetermaatregelen;Status: In uitvoering;1;33,3"),
        QStringLiteral("Verbetermaatregel;Training bejegening voor het wijkteam;Structureel, Uitgevoerd;"),
        QStringLiteral("Overgenomen uit vorig jaar;Klachten;3;"),
        QStringLiteral("Overgenomen uit vorig jaar;Signalen;1;"),
        QStringLiteral("Overgenomen uit vorig jaar;Daarvan afgehandeld in het jaar;3;75,0"),
    };
    for (const QString& line : expected) {
        INFO(line.toStdString());
        CHECK(lines.contains(line));
    }
    const QString text = QString::fromUtf8(csv);
    for (const QString& word : YearReportMunicipality::privateWords()) {
        INFO(word.toStdString());
        CHECK_FALSE(text.contains(word, Qt::CaseInsensitive));
    }
}

TEST_CASE("a CSV field holding the separator or a quote is quoted") {
    YearReport r;
    r.year = 2025;
    r.municipality = QStringLiteral("Gemeente \"Aan Zee\"; Noord");
    const QStringList lines = csvLines(ReportExport::csv(r));
    CHECK(lines.contains(QStringLiteral("Algemeen;Gemeente;\"Gemeente \"\"Aan Zee\"\"; Noord\";")));
}

TEST_CASE("the HTML of the 2025 report: title, legal basis, the figures, charts and no personal data") {
    const YearReport r = report2025();
    const QString html = ReportExport::html(r);
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<html lang=\"nl\">")));
    CHECK(html.contains(QStringLiteral("<h1>Klachtenjaarverslag 2025 \u2014 Gemeente Proefstad</h1>")));
    CHECK(html.contains(QStringLiteral("Artikel 9:12a van de Algemene wet bestuursrecht")));
    CHECK(html.contains(QStringLiteral("bijgewerkt tot 15 februari 2026")));
    CHECK(html.contains(QStringLiteral("<th scope=\"row\">Klachten</th><td class=\"n\">15</td>")));
    CHECK(html.contains(QStringLiteral("<th scope=\"row\">Wmo 2015</th><td class=\"n\">6</td><td class=\"n\">40,0%</td>"
                                       "<td class=\"n\">1</td>")));
    CHECK(html.contains(QStringLiteral("14,3% van de afgehandelde klachten werd informeel opgelost")));
    CHECK(html.contains(QStringLiteral("Schriftelijke klachten (art. 9:12a Awb)")));
    CHECK(html.contains(QStringLiteral("75,0% van de afgehandelde schriftelijke klachten werd tijdig afgehandeld")));
    CHECK(html.contains(QStringLiteral("<th scope=\"row\">Na verdaging</th><td class=\"n\">2</td><td "
                                       "class=\"n\">25,0%</td>")));
    CHECK(html.contains(QStringLiteral("<th scope=\"row\">Gemiddelde behandelduur in dagen</th><td "
                                       "class=\"n\">38,6</td>")));
    CHECK(html.contains(QStringLiteral("in 2025 na de behandeling door de gemeente is voorgelegd aan de "
                                       "ombudsman: 2.")));
    CHECK(html.contains(QStringLiteral("<th scope=\"row\">Zorg Plus BV</th><td class=\"n\">2</td><td "
                                       "class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">1</td>")));
    CHECK(html.contains(QStringLiteral("Verbetermaatregelen ingesteld in 2025: 2; uitgevoerd in 2025: 2.")));
    CHECK(html.contains(QStringLiteral("Excuusbrief en herbeoordeling")));
    CHECK(html.contains(QStringLiteral("<th scope=\"row\">Daarvan afgehandeld in 2025</th><td class=\"n\">3</td>")));
    CHECK(html.contains(QStringLiteral("<h2>Begrippen</h2>")));
    // In het kort: the key figures in words, before the tables; sub-rows stand in under their total.
    CHECK(html.indexOf(QStringLiteral("<h2>In het kort</h2>")) < html.indexOf(QStringLiteral("<h2>Aantallen</h2>")));
    CHECK(html.contains(QStringLiteral("<li>75,0% van de afgehandelde schriftelijke klachten is binnen de wettelijke "
                                       "termijn afgehandeld, eventueel na verdaging.</li>")));
    CHECK(html.contains(QStringLiteral("<li>Voorgelegd aan de ombudsman: 2.</li>")));
    CHECK(html.contains(QStringLiteral("<li>Verbetermaatregelen: 2 ingesteld, 2 uitgevoerd.</li>")));
    CHECK(html.contains(QStringLiteral("<th scope=\"row\">\u2002\u2002waarvan mondeling</th>")));
    CHECK(html.count(QStringLiteral("<svg xmlns")) == 5);
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    for (const QString& word : YearReportMunicipality::privateWords()) {
        INFO(word.toStdString());
        CHECK_FALSE(html.contains(word, Qt::CaseInsensitive));
    }
}

TEST_CASE("the print job of the 2025 report: report layout, image places and the five charts with their numbers") {
    const YearReport r = report2025();
    const PrintJob job = reportPrintJob(r);
    CHECK(job.layout == PrintJob::Layout::Report);
    CHECK(job.title == QStringLiteral("Klachtenjaarverslag 2025 \u2014 Gemeente Proefstad"));
    REQUIRE(job.charts.size() == 5);
    for (const ChartData& c : job.charts)
        CHECK(job.html.contains(QStringLiteral("<img src=\"") + c.name + QLatin1Char('"')));
    CHECK_FALSE(job.html.contains(QStringLiteral("<svg")));

    const ChartData& quarters = chart(job.charts, ReportExport::QuartersChart);
    CHECK(quarters.kind == ChartData::Kind::StackedBar);
    CHECK(quarters.categories ==
          QStringList{QStringLiteral("K1"), QStringLiteral("K2"), QStringLiteral("K3"), QStringLiteral("K4")});
    REQUIRE(quarters.series.size() == 5);
    CHECK(quarters.series.at(0) == ChartSeries{QStringLiteral("Wmo 2015"), {4, 0, 0, 2}});
    CHECK(quarters.series.at(1) == ChartSeries{QStringLiteral("Jeugdwet"), {3, 0, 0, 0}});
    CHECK(quarters.series.at(2) == ChartSeries{QStringLiteral("Participatiewet"), {1, 2, 0, 0}});
    CHECK(quarters.series.at(3) == ChartSeries{QStringLiteral("Schuldhulpverlening"), {0, 0, 0, 1}});
    CHECK(quarters.series.at(4) == ChartSeries{QStringLiteral("Overig"), {0, 1, 1, 0}});

    const ChartData& outcomes = chart(job.charts, ReportExport::OutcomesChart);
    CHECK(outcomes.categories.first() == QStringLiteral("Naar tevredenheid opgelost"));
    REQUIRE(outcomes.series.size() == 1);
    CHECK(outcomes.series.first().values == QList<double>{3, 2, 1, 2, 1, 1, 2, 1});

    const ChartData& onTime = chart(job.charts, ReportExport::OnTimeChart);
    CHECK(onTime.valueSuffix == QStringLiteral("%"));
    CHECK(onTime.series.first().values == QList<double>{60, 100, 0, 100});

    const ChartData& informal = chart(job.charts, ReportExport::InformalChart);
    CHECK(informal.kind == ChartData::Kind::Pie);
    CHECK(informal.categories == QStringList{QStringLiteral("Informeel opgelost"),
                                             QStringLiteral("Informeel beëindigd"), QStringLiteral("Formeel")});
    CHECK(informal.series.first().values == QList<double>{2, 2, 10});

    const ChartData& themes = chart(job.charts, ReportExport::ThemesChart);
    CHECK(themes.categories ==
          QStringList{QStringLiteral("Bejegening"), QStringLiteral("Lange wachttijd"), QStringLiteral("Privacy")});
    CHECK(themes.series.first().values == QList<double>{4, 3, 1});

    for (const QString& word : YearReportMunicipality::privateWords()) {
        INFO(word.toStdString());
        CHECK_FALSE(job.html.contains(word, Qt::CaseInsensitive));
        CHECK_FALSE(job.footer.contains(word, Qt::CaseInsensitive));
    }
}

TEST_CASE("the top themes chart stops at ten") {
    YearReport r;
    r.year = 2025;
    for (int i = 0; i < 14; ++i)
        r.byTheme << ReportCount{QString::number(i), QStringLiteral("Thema %1").arg(i), 20 - i, 0};
    const QList<ChartData> charts = ReportExport::charts(r); // chart() returns a reference into it
    const ChartData& themes = chart(charts, ReportExport::ThemesChart);
    CHECK(themes.categories.size() == 10);
    CHECK(themes.series.first().values.first() == 20);
    CHECK(themes.series.first().values.last() == 11);
}

TEST_CASE("names from the municipality's own lists are escaped in the HTML and its charts") {
    YearReport r;
    r.year = 2025;
    r.municipality = QStringLiteral("Gemeente <Test> & Co");
    r.byTheme << ReportCount{QStringLiteral("x"), QStringLiteral("Wachttijd <3 maanden & \"meer\""), 2, 0};
    r.providers << ProviderFigures{QStringLiteral("Zorg & <Welzijn>"), 1, 0, 0, 1};
    const QString html = ReportExport::html(r);
    CHECK(html.contains(QStringLiteral("Gemeente &lt;Test&gt; &amp; Co")));
    CHECK(html.contains(QStringLiteral("Wachttijd &lt;3 maanden &amp; &quot;meer&quot;")));
    CHECK(html.contains(QStringLiteral("Zorg &amp; &lt;Welzijn&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<Test>")));
    CHECK_FALSE(html.contains(QStringLiteral("<3 maanden")));
    CHECK_FALSE(html.contains(QStringLiteral("<Welzijn>")));
    // An empty year still draws every chart (a grey pie, empty bars) instead of failing.
    CHECK(html.count(QStringLiteral("<svg xmlns")) == 5);
    CHECK(html.contains(QStringLiteral("fill=\"#ddd\"")));
}

TEST_CASE("a year without improvement measures says so in words, not as zeros") {
    YearReport empty;
    empty.year = 2030;
    const QString html = ReportExport::html(empty);
    CHECK(html.contains(QStringLiteral("In 2030 zijn geen verbetermaatregelen ingesteld of uitgevoerd.")));
    CHECK_FALSE(html.contains(QStringLiteral("Verbetermaatregelen ingesteld in 2030: 0")));
}
