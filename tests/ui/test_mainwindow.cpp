// The main window on a municipality file, offscreen.
#include "testsupport.h"

#include "deadlines/deadlineengine.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "mainwindow.h"
#include "storage/calendarstore.h"
#include "storage/caserepository.h"
#include "storage/municipalityfile.h"

#include <QLabel>
#include <QTreeWidget>

TEST_CASE("the main window shows the municipality and its open cases with their next deadline")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("venster.aantafel"));
    const FixedClock clock(d("2026-11-23"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Vensterdam");
    qint64 open = 0;
    {
        auto db = MunicipalityFile::create(file, settings, QStringLiteral("test"));
        const HolidayCalendar calendar = CalendarStore(*db).load();
        const DeadlineEngine engine(calendar);
        DemoOptions options;
        options.cases = 60;
        DemoGenerator(engine, clock, 3).populate(*db, options);
        CaseFilter filter;
        filter.openOnly = true;
        open = CaseRepository(*db, clock, QStringLiteral("test")).count(filter);
    }
    REQUIRE(open > 0);

    MainWindow window(Database::open(file), clock);
    CHECK(window.windowTitle().contains(QStringLiteral("Gemeente Vensterdam")));
    auto* tree = window.findChild<QTreeWidget*>();
    REQUIRE(tree);
    CHECK(tree->topLevelItemCount() == open);
    auto* summary = window.findChild<QLabel*>();
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("%1 open van 60").arg(open)));
    bool anyDeadline = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        anyDeadline = anyDeadline || !tree->topLevelItem(i)->text(5).isEmpty();
    CHECK(anyDeadline);
}
