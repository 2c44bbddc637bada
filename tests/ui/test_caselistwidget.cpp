// The case list widget offscreen: search with a debounce, Ctrl+F, Enter to open, the count, the empty
// state, saved views per municipality file, accessible names. Hidden tests take the timings on a large
// file and render a screenshot.
#include "testsupport.h"

#include "caselist/caselistmodel.h"
#include "caselist/caselistproxy.h"
#include "caselist/caselistwidget.h"
#include "casenotifier.h"
#include "demo/demogenerator.h"
#include "session/municipalitysession.h"
#include "storage/municipalityfile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {

const QString Me = QStringLiteral("Sanne de Boer");

// Dutch number formatting for the count, as the program installs it; restored afterwards.
struct DutchLocale {
    QLocale before;
    DutchLocale() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }
    ~DutchLocale() { QLocale::setDefault(before); }
};

struct WidgetFixture {
    DutchLocale locale;
    TempDir dir;
    FixedClock clock{d("2026-11-23")};
    std::unique_ptr<MunicipalitySession> session;
    CaseNotifier notifier;
    QSettings settings{dir.path(QStringLiteral("instellingen.ini")), QSettings::IniFormat};

    explicit WidgetFixture(int demoCases, const QString& name = QStringLiteral("bureau")) {
        const QString file = dir.path(name + QStringLiteral(".aantafel"));
        MunicipalityFile::create(file, MunicipalitySettings{}, QStringLiteral("test"));
        session = std::make_unique<MunicipalitySession>(Database::open(file), clock, Me);
        DemoOptions options;
        options.cases = demoCases;
        DemoGenerator(session->engine(), clock, 5).populate(session->database(), options);
    }
    std::unique_ptr<CaseListWidget> widget() {
        auto w = std::make_unique<CaseListWidget>(*session, notifier);
        w->setSettings(&settings);
        w->resize(1200, 700);
        return w;
    }
};

} // namespace

TEST_CASE("the case list shows the count, names every control and opens a case with Enter") {
    WidgetFixture f(1234);
    auto w = f.widget();
    QAbstractItemModelTester tester(w->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // More than the list counts at once (CaseListModel::CountLimit): it says so, until every page is read.
    QTRY_COMPARE(w->countText(), QStringLiteral("Meer dan 1.000 zaken"));
    CHECK(w->searchField()->placeholderText() == QStringLiteral("Zoek in verhaal, notities, namen…"));
    for (QWidget* control : w->findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(control) || qobject_cast<QToolButton*>(control) ||
            qobject_cast<QComboBox*>(control) || qobject_cast<QTableView*>(control)) {
            if (control->parentWidget() == w.get() || control == w->view()) {
                INFO(control->metaObject()->className());
                CHECK(!control->accessibleName().isEmpty());
            }
        }
    }
    CHECK(w->view()->verticalHeader()->sectionResizeMode(0) == QHeaderView::Fixed);
    CHECK(w->view()->isSortingEnabled());

    w->show();
    QApplication::setActiveWindow(w.get());
    REQUIRE(QTest::qWaitForWindowActive(w.get()));
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_F, Qt::ControlModifier);
    CHECK(w->searchField()->hasFocus());

    QSignalSpy activated(w.get(), &CaseListWidget::caseActivated);
    REQUIRE(w->selectCase(w->proxy()->caseIdAt(3)));
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).toLongLong() == w->proxy()->caseIdAt(3));
    CHECK(w->currentCaseId() == w->proxy()->caseIdAt(3));
}

TEST_CASE("typing in the search field queries once, after a short pause") {
    WidgetFixture f(300);
    auto w = f.widget();
    QSignalSpy reset(w->model(), &QAbstractItemModel::modelReset);
    QTest::keyClicks(w->searchField(), QStringLiteral("wijkteam"));
    CHECK(reset.isEmpty()); // nothing yet while typing
    CHECK(w->model()->filter().words.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(reset.size(), 1, 2000);
    CHECK(w->model()->filter().words == QStringLiteral("wijkteam"));
    CHECK(w->model()->totalCount() > 0);
    CHECK(w->model()->totalCount() < 300);

    // Nothing found: the empty state says so, the count says 0.
    w->searchField()->setText(QStringLiteral("qqqxyzzy"));
    QTest::keyClick(w->searchField(), Qt::Key_Return); // Enter searches at once
    CHECK(w->model()->totalCount() == 0);
    CHECK(w->countText() == QStringLiteral("0 zaken"));
    const auto labels = w->view()->viewport()->findChildren<QLabel*>();
    REQUIRE(labels.size() == 1);
    CHECK(labels.first()->text().contains(QStringLiteral("Geen zaken gevonden")));
    CHECK(!labels.first()->isHidden());

    QTest::keyClick(w->searchField(), Qt::Key_Escape); // clears the search
    QTRY_COMPARE(w->model()->totalCount(), qint64(300));
    CHECK(labels.first()->isHidden());
}

TEST_CASE("the quick filter controls combine into one filter") {
    WidgetFixture f(300);
    auto w = f.widget();
    CaseSelection filter;
    filter.openOnly = true;
    filter.domain = PolicyDomain::Youth;
    filter.mine = true;
    w->setFilter(filter);
    CHECK(w->filter() == filter);
    CHECK(w->model()->filter() == filter);
    for (int row = 0; row < w->proxy()->rowCount(); ++row) {
        const QModelIndex index = w->proxy()->index(row, 0);
        CHECK(index.data(CaseListModel::DomainRole).toInt() == int(PolicyDomain::Youth));
        CHECK(index.data(CaseListModel::PhaseRole).toInt() != int(Phase::Closed));
        CHECK(w->proxy()->index(row, CaseListModel::Handler).data().toString() == Me);
    }
}

TEST_CASE("a saved view keeps filter, search and order per municipality file") {
    WidgetFixture f(200);
    {
        auto w = f.widget();
        CaseSelection filter;
        filter.openOnly = true;
        filter.phase = Phase::Informal;
        filter.words = QStringLiteral("wmo");
        w->setFilter(filter);
        w->view()->sortByColumn(CaseListModel::Klager, Qt::AscendingOrder);
        w->saveCurrentView(QStringLiteral("Informeel Wmo"));
        w->setFilter({});
        w->view()->sortByColumn(CaseListModel::Received, Qt::DescendingOrder);
    }
    auto w = f.widget();
    CHECK(w->model()->filter().isDefault());
    const QList<SavedView> views = w->savedViews().all();
    REQUIRE(views.size() == 1);
    CHECK(views.first().name == QStringLiteral("Informeel Wmo"));
    REQUIRE(w->applySavedView(QStringLiteral("informeel wmo"))); // names ignore case
    CHECK(w->model()->filter().openOnly);
    CHECK(w->model()->filter().phase == Phase::Informal);
    CHECK(w->model()->filter().words == QStringLiteral("wmo"));
    CHECK(w->searchField()->text() == QStringLiteral("wmo"));
    CHECK(w->model()->sortColumn() == CaseListModel::Klager);
    CHECK(w->model()->sortOrder() == Qt::AscendingOrder);
    CHECK(w->view()->horizontalHeader()->sortIndicatorSection() == CaseListModel::Klager);

    // Another file does not see the view.
    CHECK(SavedViews(f.dir.path(QStringLiteral("ander.aantafel")), &f.settings).all().isEmpty());
    CHECK(f.settings.value(QStringLiteral("caseList/savedViewsVersion")).toInt() == SavedViews::Version);

    w->deleteSavedView(QStringLiteral("Informeel Wmo"));
    CHECK(w->savedViews().all().isEmpty());
    CHECK_FALSE(w->applySavedView(QStringLiteral("Informeel Wmo")));
}

TEST_CASE("the case list on a large file", "[.][performance]") {
    // AANTAFEL_BIG_FILE=/tmp/big.aantafel (aantafel-cli demo … --cases 100000), Release build.
    const QString path = qEnvironmentVariable("AANTAFEL_BIG_FILE");
    if (path.isEmpty())
        return;
    const SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    MunicipalitySession session(Database::open(path), clock, Me);
    const qint64 opened = timer.restart();
    CaseNotifier notifier;
    CaseListWidget w(session, notifier);
    const qint64 constructed = timer.elapsed();
    WARN("file opened in " << opened << " ms; widget constructed with " << w.proxy()->rowCount() << " of "
                           << w.model()->totalCount() << " rows in " << constructed << " ms");
    for (const char* words : {"traplift", "wijkteam terugbellen", "jansen", "zorg", "de"}) {
        CaseSelection filter;
        filter.words = QString::fromUtf8(words);
        timer.restart();
        w.setFilter(filter);
        WARN("search '" << words << "': " << w.model()->totalCount() << " cases, " << timer.elapsed() << " ms");
    }
    for (int col = 0; col < CaseListModel::ColumnCount; ++col) {
        w.setFilter({});
        timer.restart();
        w.proxy()->sort(col, Qt::AscendingOrder);
        WARN("sort column " << col << ": " << timer.elapsed() << " ms");
    }
    CaseSelection overdue;
    overdue.overdueOnly = true;
    timer.restart();
    w.setFilter(overdue);
    WARN("te laat: " << w.model()->totalCount() << " cases, " << timer.elapsed() << " ms");
}

TEST_CASE("a screenshot of the case list", "[.][screenshot]") {
    // AANTAFEL_SCREENSHOT=/tmp/lijst.png; AANTAFEL_SCREENSHOT_FILTER=empty|overdue for other states.
    const QString target = qEnvironmentVariable("AANTAFEL_SCREENSHOT");
    if (target.isEmpty())
        return;
    WidgetFixture f(400);
    auto w = f.widget();
    w->resize(1280, 640);
    const QString state = qEnvironmentVariable("AANTAFEL_SCREENSHOT_FILTER");
    CaseSelection filter;
    if (state == QLatin1String("empty"))
        filter.words = QStringLiteral("qqqxyzzy");
    if (state == QLatin1String("overdue"))
        filter.openOnly = true;
    w->setFilter(filter);
    if (state == QLatin1String("overdue"))
        w->view()->sortByColumn(CaseListModel::NextDeadline, Qt::AscendingOrder);
    w->show();
    QTest::qWait(50);
    w->selectCase(w->proxy()->caseIdAt(2));
    REQUIRE(w->grab().save(target));
}

TEST_CASE("the current case stays selected when the list refreshes around it") {
    WidgetFixture f(300);
    auto w = f.widget();
    const qint64 chosen = w->proxy()->caseIdAt(4);
    REQUIRE(w->selectCase(chosen));
    QSignalSpy current(w.get(), &CaseListWidget::currentCaseChanged);
    QSignalSpy refreshed(w->model(), &CaseListModel::refreshed);

    Case added;
    added.received = f.clock.today();
    added.klager.name = QStringLiteral("Nieuwe Klager");
    f.session->cases().save(added);
    emit f.notifier.caseAdded(added.id);
    REQUIRE(refreshed.wait(2000));
    CHECK(w->currentCaseId() == chosen);
    CHECK(w->proxy()->rowOf(chosen) == 5);

    emit f.notifier.casesReset();
    REQUIRE(refreshed.wait(2000));
    CHECK(w->currentCaseId() == chosen);
    // Another order puts it elsewhere, maybe beyond the first page: it is loaded and kept.
    for (int column : {int(CaseListModel::Klager), int(CaseListModel::Handler), int(CaseListModel::Received)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            w->view()->sortByColumn(column, order);
            CHECK(w->currentCaseId() == chosen);
        }
    }
    CaseSelection otherDomain;
    otherDomain.domain = w->proxy()->index(w->proxy()->rowOf(chosen), 0).data(CaseListModel::DomainRole).toInt() ==
                                 int(PolicyDomain::Youth)
                             ? PolicyDomain::Wmo
                             : PolicyDomain::Youth;
    w->setFilter(otherDomain);
    CHECK(w->currentCaseId() != chosen);
    CHECK(current.size() == 1); // only now did the current case change
}

namespace {

// The rows of the arrow in the right-hand part of a header section: how many dark pixels each has,
// top to bottom.
QList<int> arrowRows(const QImage& image, const QRect& section) {
    QList<int> rows;
    const QColor ground = image.pixelColor(section.left() + 2, section.top() + 2);
    for (int y = section.top() + 2; y < section.bottom() - 1; ++y) {
        int dark = 0;
        for (int x = section.right() - 24; x < section.right() - 2; ++x) {
            if (image.pixelColor(x, y).lightness() < ground.lightness() - 60)
                ++dark;
        }
        if (dark > 0)
            rows << dark;
    }
    return rows;
}

} // namespace

TEST_CASE("the Ontvangen header's arrow points down while the list is newest first, up when oldest first") {
    WidgetFixture f(10);
    auto w = f.widget();
    w->show();
    auto* view = w->findChild<QTableView*>();
    REQUIRE(view);
    QHeaderView* header = view->horizontalHeader();
    REQUIRE(header->sortIndicatorSection() == CaseListModel::Received);
    REQUIRE(header->sortIndicatorOrder() == Qt::DescendingOrder);
    const auto section = [header] {
        return QRect(header->sectionViewportPosition(CaseListModel::Received), 0,
                     header->sectionSize(CaseListModel::Received), header->height());
    };
    QList<int> rows = arrowRows(header->grab().toImage(), section());
    REQUIRE(rows.size() >= 3);
    CHECK(rows.first() > rows.last()); // wide at the top: pointing down

    header->setSortIndicator(CaseListModel::Received, Qt::AscendingOrder);
    rows = arrowRows(header->grab().toImage(), section());
    REQUIRE(rows.size() >= 3);
    CHECK(rows.first() < rows.last()); // pointing up
}
