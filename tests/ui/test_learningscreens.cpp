// Not a check but a look: renders the dashboard, the patterns view, the measures overview, a case's
// Leren tab and the measure editor on a demo municipality, one PNG each, with a few measures added
// to a copy of the file. Hidden (tag [.]); on a file made by `aantafel-cli demo`, run
//   AANTAFEL_SCREENSHOT_FILE=/tmp/demo.aantafel AANTAFEL_SCREENSHOT_DIR=/tmp/shots ui_tests "[learningscreens]"
#include "testsupport.h"

#include "casefile/casefilewidget.h"
#include "casenotifier.h"
#include "domain/clock.h"
#include "learning/measureeditor.h"
#include "learning/measurerepository.h"
#include "learning/measuresoverview.h"
#include "learning/patterns.h"
#include "learning/patternsview.h"
#include "overview/deadlineoverviewwidget.h"
#include "report/dashboard.h"
#include "session/municipalitysession.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QTableView>
#include <QUndoStack>

namespace {

void save(QWidget& w, QSize size, const QString& dir, const QString& name) {
    w.resize(size);
    w.show();
    QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE("learning screens of a demo municipality", "[.][learningscreens]") {
    const QString source = qEnvironmentVariable("AANTAFEL_SCREENSHOT_FILE");
    const QString dir = qEnvironmentVariable("AANTAFEL_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    REQUIRE_FALSE(source.isEmpty());
    TempDir temp;
    const QString path = temp.path(QStringLiteral("kopie.aantafel"));
    REQUIRE(QFile::copy(source, path));
    const FixedClock clock(d("2026-11-23"));
    MunicipalitySession session(Database::open(path), clock, QStringLiteral("Fatima Bakkali"));
    CaseNotifier notifier;
    QUndoStack stack;

    // A few measures, as a municipality would have after a year of learning.
    const Patterns patterns(session);
    const QList<RecurringPattern> recurring = patterns.recurring(d("2026-01-01"), d("2026-12-31"));
    MeasureRepository repository(session);
    const struct {
        const char* title;
        MeasureScope scope;
        MeasureStatus status;
        const char* owner;
        const char* due;
    } seeds[] = {
        {"Training klantgericht bejegenen voor het wijkteam", MeasureScope::Structural, MeasureStatus::InProgress,
         "Teamleider Wijkteam Noord", "2026-10-31"},
        {"Terugbelafspraken vastleggen in het klantsysteem", MeasureScope::Structural, MeasureStatus::Done,
         "Klantcontactcentrum", "2026-06-30"},
        {"Beschikkingen Wmo in begrijpelijke taal", MeasureScope::Structural, MeasureStatus::Planned,
         "Afdeling Zorg en Welzijn", "2027-03-01"},
        {"Excuses en herstel van de huishoudelijke hulp", MeasureScope::Individual, MeasureStatus::Done,
         "Fatima Bakkali", "2026-05-15"},
        {"Wachtlijst schuldhulp inzichtelijk maken", MeasureScope::Structural, MeasureStatus::Planned,
         "Team Schuldhulpverlening", "2026-11-01"},
    };
    qint64 firstCase = 0;
    for (int i = 0; i < int(std::size(seeds)); ++i) {
        Measure m;
        m.title = QString::fromUtf8(seeds[i].title);
        m.scope = seeds[i].scope;
        m.status = seeds[i].status;
        m.owner = QString::fromUtf8(seeds[i].owner);
        m.due = d(seeds[i].due);
        if (m.status == MeasureStatus::Done)
            m.doneOn = m.due.addDays(-7);
        if (i < recurring.size())
            m.caseIds = recurring.at(i).caseIds;
        if (m.caseIds.isEmpty())
            m.caseIds =
                patterns.caseIds(PatternDimension::Domain, QStringLiteral("wmo"), d("2026-01-01"), d("2026-03-31"))
                    .mid(0, 1);
        repository.save(m);
        if (!firstCase && !m.caseIds.isEmpty())
            firstCase = m.caseIds.first();
    }

    Dashboard dashboard(session, notifier);
    save(dashboard, QSize(1280, 1100), dir, QStringLiteral("dashboard"));
    PatternsView patternsView(session, notifier, stack);
    patternsView.groupsView()->selectionModel()->select(patternsView.groupsView()->model()->index(1, 0),
                                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    save(patternsView, QSize(1280, 640), dir, QStringLiteral("patterns"));
    patternsView.setDimension(PatternDimension::Department);
    save(patternsView, QSize(1280, 640), dir, QStringLiteral("patterns-afdeling"));
    MeasuresOverview overview(session, notifier, stack);
    save(overview, QSize(1280, 400), dir, QStringLiteral("measures"));
    DeadlineOverviewWidget deadlines(session, notifier, stack);
    save(deadlines, QSize(1280, 800), dir, QStringLiteral("termijnen"));
    if (firstCase) {
        CaseFileWidget file(session, notifier, stack, firstCase);
        file.showTab(CaseFileWidget::Tab::Learning);
        save(file, QSize(1280, 700), dir, QStringLiteral("leren-tab"));
        MeasureEditor editor(session, notifier, stack, repository.forCase(firstCase).first());
        save(editor, editor.sizeHint().expandedTo(QSize(560, 0)), dir, QStringLiteral("measure-editor"));
    }
}
