// A palette change while the program runs (a desktop switched to dark mode): the dashboard's charts,
// the deadline pill and icon, the Termijnen tab, the measure lists, the banners and every status label
// take the new colours as soon as the event loop runs (PaletteStyle), not only what is built after
// the change.
#include "learningfixture.h"
#include "uitestsupport.h"

#include "casefile/deadlinestab.h"
#include "charts/chartview.h"
#include "domain/clock.h"
#include "learning/measurestyle.h"
#include "mainwindow.h"
#include "report/dashboard.h"
#include "session/municipalitysession.h"
#include "shell/bannerbar.h"
#include "shell/deadlinestyle.h"
#include "shell/palettestyle.h"
#include "shell/statepalette.h"
#include "storage/caserepository.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

namespace {

// Every colour StatePalette gives for a palette, as the names a style sheet holds.
QSet<QString> stateColours(const QPalette& palette) {
    const StatePalette state(palette);
    QSet<QString> names;
    for (int role = 0; role <= int(StatePalette::Role::Muted); ++role) {
        const auto r = StatePalette::Role(role);
        names << state.foreground(r).name() << state.background(r).name() << state.accent(r).name();
    }
    return names;
}

// The widgets below root whose style sheet still holds a status colour of the light palette that the
// dark palette does not give.
QStringList staleSheets(QWidget* root, const QSet<QString>& lightOnly) {
    QStringList stale;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        const QString sheet = w->styleSheet();
        for (const QString& colour : lightOnly) {
            if (sheet.contains(colour, Qt::CaseInsensitive))
                stale << QStringLiteral("%1 (%2): %3")
                             .arg(w->objectName(), QLatin1String(w->metaObject()->className()), colour);
        }
    }
    return stale;
}

// The main window on a demo municipality of the given number of cases, shown, on 23 November 2026.
struct DemoWindow {
    explicit DemoWindow(int cases)
        : path(demoMunicipality(dir, QStringLiteral("donker.aantafel"), QStringLiteral("Gemeente Schemer"), cases)) {
        window.resize(1366, 740);
        REQUIRE(window.openFile(path));
        window.show();
    }
    QTabWidget* tabs() {
        auto* tabs = window.findChild<QTabWidget*>();
        REQUIRE(tabs);
        return tabs;
    }

    TempDir dir;
    QString path;
    FixedClock clock{d("2026-11-23")};
    MainWindow window{clock};
};

} // namespace

TEST_CASE("the dashboard's charts follow a switch to a dark palette while the program runs") {
    CaseFileFixture f(d("2026-05-20"));
    storedComplaint(f, "2026-01-12", QStringLiteral("Bejegening"), QStringLiteral("Wijkteam Noord"));
    storedComplaint(f, "2026-04-14", QStringLiteral("Privacy"), QStringLiteral("Burgerzaken"));
    Dashboard dashboard(*f.session, f.notifier);
    dashboard.refresh();
    REQUIRE(dashboard.charts().size() == 5);
    const QColor lightBase = QApplication::palette().color(QPalette::Base);
    for (ChartView* view : dashboard.charts())
        REQUIRE(view->chart()->backgroundBrush().color() == lightBase);

    PaletteScope scope(darkPalette());
    QApplication::processEvents();
    const QColor darkBase = darkPalette().color(QPalette::Base);
    for (ChartView* view : dashboard.charts()) {
        INFO(view->data().name.toStdString());
        CHECK(view->chart()->backgroundBrush().color() == darkBase);
        CHECK(StatePalette::contrastRatio(view->chart()->titleBrush().color(), darkBase) >= 4.5);
    }
}

TEST_CASE("status labels, banners and the deadline pill take the dark palette's colours when it is switched on") {
    QWidget window;
    auto* error = new QLabel(QStringLiteral("Dat ging mis."), &window);
    PaletteStyle::text(error, StatePalette::Role::Error);
    auto* box = new QLabel(QStringLiteral("Let op."), &window);
    PaletteStyle::box(box, StatePalette::Role::Warning, QStringLiteral("6px"));
    auto* pill = new QLabel(QStringLiteral("Afdoening"), &window);
    PaletteStyle::set(pill, [](const StatePalette&) { return DeadlineStyle::pillStyleSheet(DeadlineStatus::Overdue); });
    auto* banners = new BannerBar(&window);
    banners->show(QStringLiteral("readOnly"), BannerBar::Tone::Warning, QStringLiteral("Alleen lezen."));

    const StatePalette light;
    CHECK(error->styleSheet().contains(light.foreground(StatePalette::Role::Error).name()));

    PaletteScope scope(darkPalette());
    QApplication::processEvents();
    const StatePalette dark(darkPalette());
    CHECK(error->styleSheet() == dark.textStyleSheet(StatePalette::Role::Error));
    CHECK(box->styleSheet() ==
          dark.boxStyleSheet(StatePalette::Role::Warning, QStringLiteral("QLabel"), QStringLiteral("6px")));
    CHECK(pill->styleSheet() ==
          dark.boxStyleSheet(StatePalette::Role::Error, QStringLiteral("QLabel"), QStringLiteral("3px 8px")));
    const auto* banner = banners->findChild<QWidget*>(QStringLiteral("banner"));
    REQUIRE(banner);
    CHECK(banner->styleSheet().contains(dark.background(StatePalette::Role::Warning).name()));

    // Cleared, a label no longer follows: the next change leaves it without a sheet.
    PaletteStyle::clear(error);
    QApplication::setPalette(QPalette(QColor(0xf0, 0xf0, 0xf0)));
    QApplication::processEvents();
    CHECK(error->styleSheet().isEmpty());
    CHECK(box->styleSheet() ==
          StatePalette().boxStyleSheet(StatePalette::Role::Warning, QStringLiteral("QLabel"), QStringLiteral("6px")));
}

TEST_CASE("the Termijnen tab and a list of measures recolour their overdue rows after a palette change") {
    Deadline overdue;
    overdue.due = d("2026-03-02");
    overdue.basis = QStringLiteral("art. 9:11 lid 1 Awb");
    overdue.status = DeadlineStatus::Overdue;
    DeadlinesTab tab;
    tab.setDeadlines({overdue}, d("2026-03-10"));
    auto* table = tab.findChild<QTableWidget*>();
    REQUIRE(table);

    QWidget parent;
    QTreeWidget* list = MeasureStyle::list(&parent, QStringLiteral("measures"), QStringLiteral("Maatregelen"),
                                           {QStringLiteral("Maatregel"), QStringLiteral("Streefdatum")}, [](qint64) {});
    Measure late;
    late.id = 4;
    late.title = QStringLiteral("Terugbelnotitie invoeren");
    late.due = d("2026-02-01");
    auto* row = new QTreeWidgetItem(list);
    MeasureStyle::fillRow(row, late, 1, d("2026-03-10"));
    CHECK(MeasureStyle::measureId(row) == 4);
    CHECK(row->foreground(1).color() == StatePalette().foreground(StatePalette::Role::Error));

    PaletteScope scope(darkPalette());
    QApplication::processEvents();
    const StatePalette dark(darkPalette());
    CHECK(table->item(0, DeadlinesTab::StatusColumn)->foreground().color() ==
          dark.foreground(StatePalette::Role::Error));
    CHECK(table->item(0, DeadlinesTab::StatusColumn)->background().color() ==
          dark.background(StatePalette::Role::Error));
    // A dark palette tints the overdue cell (it is not taken for high contrast), readable at 4.5:1.
    const QTableWidgetItem* cell = table->item(0, DeadlinesTab::StatusColumn);
    CHECK(cell->background().color() != darkPalette().color(QPalette::Base));
    CHECK(StatePalette::contrastRatio(cell->foreground().color(), cell->background().color()) >= 4.5);
    CHECK(row->foreground(1).color() == dark.foreground(StatePalette::Role::Error));
}

TEST_CASE("after a switch to a dark palette no widget of the main window keeps a light status colour") {
    DemoWindow demo(60);
    MainWindow& window = demo.window;
    QTabWidget* tabs = demo.tabs();
    for (int i = 0; i < tabs->count(); ++i)
        tabs->setCurrentIndex(i);
    const QList<Case> cases = window.session()->cases().list();
    REQUIRE(cases.size() > 1);
    window.openCase(cases.at(1).id);
    QApplication::processEvents();

    QSet<QString> lightOnly = stateColours(QApplication::palette());
    lightOnly.subtract(stateColours(darkPalette()));
    REQUIRE_FALSE(lightOnly.isEmpty());
    // Status colours are on screen: the check below is not vacuous.
    REQUIRE_FALSE(staleSheets(&window, lightOnly).isEmpty());
    PaletteScope scope(darkPalette());
    QApplication::processEvents();
    CHECK(staleSheets(&window, lightOnly) == QStringList{});
}

// Not a check but a look: the case list and the Termijnen tab of a demo municipality on a dark palette.
// Hidden; run AANTAFEL_SCREENSHOT_DIR=/tmp/shots ui_tests "[darkshots]" (under Xvfb) and look at the PNGs.
TEST_CASE("screenshots of the case list and the deadline overview on a dark palette", "[.][darkshots]") {
    const QString shots = qEnvironmentVariable("AANTAFEL_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(shots);
    PaletteScope scope(darkPalette());
    DemoWindow demo(120);
    const QStringList names{QStringLiteral("zaken"), QStringLiteral("termijnen")};
    for (int i = 0; i < names.size(); ++i) {
        demo.tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        CHECK(demo.window.grab().save(QDir(shots).filePath(QStringLiteral("donker-%1.png").arg(names.at(i)))));
    }
}
