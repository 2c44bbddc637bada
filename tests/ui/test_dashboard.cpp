// The dashboard and the report export: the five charts of the year from core's report, each saved
// as PNG; the yearly report written as PDF, HTML and CSV from the dialog; errors in Dutch.
#include "learningfixture.h"
#include "uitestsupport.h"

#include "charts/chartbuilder.h"
#include "charts/chartview.h"
#include "report/dashboard.h"
#include "report/reportexportdialog.h"
#include "shell/statepalette.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QTabWidget>
#include <QTranslator>

namespace {

void fill(CaseFileFixture& f) {
    storedComplaint(f, "2026-01-12", QStringLiteral("Bejegening"), QStringLiteral("Wijkteam Noord"));
    storedComplaint(f, "2026-02-03", QStringLiteral("Bejegening"), QStringLiteral("Wijkteam Noord"));
    storedComplaint(f, "2026-04-14", QStringLiteral("Privacy"), QStringLiteral("Burgerzaken"));
}

QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("the dashboard draws the five charts of the chosen year and their key figures") {
    CaseFileFixture f(d("2026-05-20"));
    fill(f);
    Dashboard dashboard(*f.session, f.notifier);
    dashboard.refresh();
    CHECK(dashboard.year() == 2026);
    const QList<ChartView*> charts = dashboard.charts();
    REQUIRE(charts.size() == 5);
    QStringList names;
    for (ChartView* chart : charts) {
        names << chart->data().name;
        CHECK_FALSE(chart->chart()->title().isEmpty());
    }
    CHECK(names == QStringList{QStringLiteral("chart-quarters"), QStringLiteral("chart-outcomes"),
                               QStringLiteral("chart-ontime"), QStringLiteral("chart-informal"),
                               QStringLiteral("chart-themes")});
    // Three complaints in 2026: the quarters chart has data, so it draws series.
    CHECK_FALSE(charts.first()->chart()->series().isEmpty());
    CHECK(dashboard.report().complaints == 3);
    CHECK(dashboard.keyFigures().contains(QStringLiteral("<b>3</b> klachten")));

    dashboard.setYear(2025);
    CHECK(dashboard.report().complaints == 0);
    CHECK(charts.first()->chart()->title().contains(QStringLiteral("geen gegevens")));
}

TEST_CASE("a dashboard chart saves as a PNG file") {
    CaseFileFixture f(d("2026-05-20"));
    fill(f);
    Dashboard dashboard(*f.session, f.notifier);
    dashboard.refresh();
    const QString path = f.dir.path(QStringLiteral("thema.png"));
    CHECK(dashboard.charts().at(4)->savePng(path, QSize(640, 360)).isEmpty());
    QImageReader reader(path);
    CHECK(reader.format() == "png");
    CHECK(reader.size() == QSize(1280, 720));
}

TEST_CASE("the yearly report is exported as PDF, HTML and CSV from the dialog") {
    CaseFileFixture f(d("2026-05-20"));
    fill(f);
    ReportExportDialog dialog(*f.session);
    dialog.setYear(2026);

    dialog.setFormat(ReportExportDialog::Format::Pdf);
    CHECK(dialog.path().endsWith(QStringLiteral("klachtenjaarverslag-2026.pdf")));
    const QString pdf = f.dir.path(QStringLiteral("verslag.pdf"));
    dialog.setPath(pdf);
    CHECK(dialog.write().isEmpty());
    CHECK(dialog.successText().contains(QStringLiteral("verslag.pdf")));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Klachtenjaarverslag 2026")));
    CHECK(text.contains(QStringLiteral("pagina 1 van")));

    dialog.setFormat(ReportExportDialog::Format::Html);
    const QString html = f.dir.path(QStringLiteral("verslag.html"));
    dialog.setPath(html);
    CHECK(dialog.write().isEmpty());
    QFile htmlFile(html);
    REQUIRE(htmlFile.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(htmlFile.readAll());
    CHECK(htmlText.contains(QStringLiteral("Klachtenjaarverslag 2026")));
    CHECK(htmlText.contains(QStringLiteral("<svg")));

    dialog.setFormat(ReportExportDialog::Format::Csv);
    const QString csv = f.dir.path(QStringLiteral("verslag.csv"));
    dialog.setPath(csv);
    CHECK(dialog.write().isEmpty());
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.readAll().startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("a report that cannot be written says why in Dutch and leaves no file") {
    CaseFileFixture f(d("2026-05-20"));
    ReportExportDialog dialog(*f.session);
    dialog.setFormat(ReportExportDialog::Format::Pdf);
    const QString path = f.dir.path(QStringLiteral("bestaat-niet/verslag.pdf"));
    dialog.setPath(path);
    CHECK(dialog.write().startsWith(QStringLiteral("Het verslag kon niet worden opgeslagen in")));
    CHECK_FALSE(QFile::exists(path));
    dialog.setFormat(ReportExportDialog::Format::Csv);
    dialog.setPath(f.dir.path(QStringLiteral("bestaat-niet/verslag.csv")));
    CHECK(dialog.write().startsWith(QStringLiteral("Het verslag kon niet worden opgeslagen in")));
}

TEST_CASE("in a dark palette the dashboard's charts are dark, with readable text and visible series") {
    CaseFileFixture f(d("2026-05-20"));
    fill(f);
    for (const QPalette& palette : {QApplication::palette(), darkPalette()}) {
        PaletteScope scope(palette);
        Dashboard dashboard(*f.session, f.notifier);
        dashboard.refresh();
        const QColor base = palette.color(QPalette::Base);
        for (ChartView* view : dashboard.charts()) {
            INFO(view->data().name.toStdString() << (base.lightness() < 128 ? " dark" : " light"));
            QChart* chart = view->chart();
            CHECK(chart->backgroundBrush().color() == base);
            CHECK(StatePalette::contrastRatio(chart->titleBrush().color(), base) >= 4.5);
            CHECK(StatePalette::contrastRatio(chart->legend()->labelColor(), base) >= 4.5);
            for (QAbstractAxis* axis : chart->axes())
                CHECK(StatePalette::contrastRatio(axis->labelsColor(), base) >= 4.5);
            for (QAbstractSeries* series : chart->series()) {
                if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                    for (QBarSet* set : bars->barSets())
                        CHECK(StatePalette::contrastRatio(set->color(), base) >= (base.lightness() < 128 ? 3.0 : 1.0));
                }
                if (auto* pie = qobject_cast<QPieSeries*>(series)) {
                    for (QPieSlice* slice : pie->slices()) {
                        CHECK(StatePalette::contrastRatio(slice->color(), base) >=
                              (base.lightness() < 128 ? 3.0 : 1.0));
                        if (slice->isLabelVisible())
                            CHECK(StatePalette::contrastRatio(slice->labelColor(), slice->color()) >= 3.0);
                    }
                }
            }
        }
    }
}

TEST_CASE("a dashboard chart saved as PNG on a dark desktop stays in print colours") {
    CaseFileFixture f(d("2026-05-20"));
    fill(f);
    PaletteScope scope(darkPalette());
    Dashboard dashboard(*f.session, f.notifier);
    dashboard.refresh();
    ChartView* view = dashboard.charts().first();
    CHECK(view->chart()->backgroundBrush().color() == darkPalette().color(QPalette::Base));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kwartalen.png"));
    REQUIRE(view->savePng(path, QSize(400, 300)).isEmpty());
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.pixelColor(2, 2) == QColor(Qt::white));
}

// Not run by default: people run it to look at the dashboard in Dutch and English, light and dark, at
// the size of a laptop's window: ui_tests "[.screenshot]" writes /tmp/aantafel-shots/dashboard-*.png.
// The English catalogue is the one the build made (build/<preset>/translations).
TEST_CASE("screenshots of the dashboard in Dutch and English, light and dark", "[.screenshot]") {
    TempDir dir;
    const QString path =
        demoMunicipality(dir, QStringLiteral("dashboard.aantafel"), QStringLiteral("Gemeente Telbaar"), 400, 1);
    const FixedClock clock(d("2026-11-23"));
    QDir().mkpath(QStringLiteral("/tmp/aantafel-shots"));
    QTranslator english;
    REQUIRE(english.load(QCoreApplication::applicationDirPath() + QStringLiteral("/../translations/aantafel_en.qm")));
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        if (language == QLatin1String("en")) {
            QCoreApplication::installTranslator(&english);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        }
        for (const auto& [name, palette] : {std::pair{QStringLiteral("light"), QApplication::palette()},
                                            std::pair{QStringLiteral("dark"), darkPalette()}}) {
            PaletteScope scope(palette);
            MunicipalitySession session(Database::open(path), clock, QStringLiteral("test"));
            CaseNotifier notifier;
            Dashboard dashboard(session, notifier);
            dashboard.resize(1366, 700);
            dashboard.show();
            dashboard.refresh();
            QApplication::processEvents();
            dashboard.grab().save(QStringLiteral("/tmp/aantafel-shots/dashboard-%1-%2.png").arg(language, name));
        }
    }
    QCoreApplication::removeTranslator(&english);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

TEST_CASE("no dashboard chart is cut off when its tab is shown at a laptop's window size") {
    CaseFileFixture f(d("2026-05-20"));
    fill(f);
    // As in the main window: the dashboard is a tab page, refreshed when it is first shown.
    QTabWidget tabs;
    tabs.addTab(new QWidget, QStringLiteral("Zaken"));
    auto* dashboard = new Dashboard(*f.session, f.notifier);
    tabs.addTab(dashboard, QStringLiteral("Dashboard"));
    tabs.resize(1366, 700);
    tabs.show();
    QApplication::processEvents();
    tabs.setCurrentWidget(dashboard);
    QApplication::processEvents();
    for (ChartView* chart : dashboard->charts()) {
        INFO(chart->data().name.toStdString());
        CHECK(chart->minimumHeight() >= ChartBuilder::preferredHeight(chart->data(), 280));
        CHECK(chart->height() >= chart->minimumHeight());
    }
}
