// Overdue measures where the coordinator looks (the Termijnen tab), and the Leren and Dashboard tabs
// of the main window with their menu entries.
#include "learningfixture.h"

#include "learning/measurerepository.h"
#include "learning/overduemeasureslist.h"
#include "mainwindow.h"
#include "overview/deadlineoverviewwidget.h"
#include "report/dashboard.h"

#include <QMenuBar>
#include <QTabWidget>
#include <QTreeWidget>

TEST_CASE("the Termijnen tab lists the measures past their due date and opens one to edit") {
    CaseFileFixture f(d("2026-05-04"));
    const Case c = storedComplaint(f, "2026-03-02", QStringLiteral("Bejegening"), QStringLiteral("Wijkteam Noord"));
    Measure late;
    late.title = QStringLiteral("Training bejegening");
    late.owner = QStringLiteral("Teamleider Noord");
    late.due = d("2026-04-30");
    late.caseIds = {c.id};
    MeasureRepository(*f.session).save(late);
    Measure onTime = late;
    onTime.id = 0;
    onTime.title = QStringLiteral("Folder herschrijven");
    onTime.due = d("2026-06-30");
    MeasureRepository(*f.session).save(onTime);

    DeadlineOverviewWidget overview(*f.session, f.notifier, f.stack);
    overview.refresh();
    OverdueMeasuresList* measures = overview.overdueMeasures();
    REQUIRE(measures);
    CHECK_FALSE(measures->isHidden());
    QTreeWidget* list = measures->list();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(OverdueMeasuresList::TitleColumn) == QStringLiteral("Training bejegening"));
    CHECK(list->topLevelItem(0)->text(OverdueMeasuresList::DueColumn) == QStringLiteral("30-04-2026 — te laat"));
    CHECK(list->topLevelItem(0)->text(OverdueMeasuresList::CasesColumn) == QStringLiteral("1 zaak"));

    measures->setEditorRunner(savingAs(QStringLiteral("Training bejegening"), {}, MeasureStatus::Done));
    CHECK(measures->openMeasure(late.id));
    overview.refresh();
    CHECK(measures->isHidden());
}

TEST_CASE("the main window has Leren and Dashboard tabs, reached from the Beeld menu") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("venster.aantafel"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Vensterdam");
    MunicipalityFile::create(path, settings, QStringLiteral("test"));
    const FixedClock clock(d("2026-05-04"));
    MainWindow window(clock);
    REQUIRE(window.openFile(path));
    auto* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs);
    REQUIRE(tabs->count() == 4);
    CHECK(tabs->tabText(2) == QStringLiteral("Leren"));
    CHECK(tabs->tabText(3) == QStringLiteral("Dashboard"));
    CHECK(qobject_cast<Dashboard*>(tabs->widget(3)));
    auto* learning = qobject_cast<QTabWidget*>(tabs->widget(2));
    REQUIRE(learning);
    CHECK(learning->count() == 2);

    QStringList view;
    QStringList file;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* a : menu->menu()->actions()) {
            if (menu->text() == QStringLiteral("&Beeld"))
                view << a->text();
            if (menu->text() == QStringLiteral("&Bestand"))
                file << a->text();
        }
    }
    CHECK(view.contains(QStringLiteral("&Leren")));
    CHECK(view.contains(QStringLiteral("&Dashboard")));
    CHECK(file.contains(QStringLiteral("&Jaarverslag exporteren…")));
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* a : menu->menu()->actions()) {
            if (a->text() == QStringLiteral("&Dashboard"))
                a->trigger();
        }
    }
    CHECK(tabs->currentIndex() == 3);
}
