// The case list follows the CaseNotifier: new, changed and removed cases are patched into the loaded
// rows (no reset, so the view keeps selection and scroll position), a reset reloads what was loaded,
// a new day recomputes the deadlines.
#include "testsupport.h"

#include "caselist/caselistmodel.h"
#include "caselist/caselistproxy.h"
#include "casenotifier.h"
#include "demo/demogenerator.h"
#include "session/municipalitysession.h"
#include "shell/deadlinestyle.h"
#include "storage/municipalityfile.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

namespace {

struct RefreshFixture {
    TempDir dir;
    FixedClock clock{d("2026-11-23")};
    std::unique_ptr<MunicipalitySession> session;
    CaseNotifier notifier;
    std::unique_ptr<CaseListModel> model;
    std::unique_ptr<CaseListProxy> proxy;
    std::unique_ptr<QAbstractItemModelTester> tester;

    explicit RefreshFixture(int demoCases) {
        const QString file = dir.path(QStringLiteral("verversen.aantafel"));
        MunicipalityFile::create(file, MunicipalitySettings{}, QStringLiteral("test"));
        session = std::make_unique<MunicipalitySession>(Database::open(file), clock, QStringLiteral("Sanne de Boer"));
        if (demoCases > 0) {
            DemoOptions options;
            options.cases = demoCases;
            DemoGenerator(session->engine(), clock, 11).populate(session->database(), options);
        }
    }
    void open() {
        model = std::make_unique<CaseListModel>(*session, &notifier);
        proxy = std::make_unique<CaseListProxy>(model.get());
        tester = std::make_unique<QAbstractItemModelTester>(proxy.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    // The notifications are applied once the event loop turns.
    void settle() {
        QSignalSpy refreshed(model.get(), &CaseListModel::refreshed);
        REQUIRE(refreshed.wait(2000));
    }
};

Case newCase(const QString& klager, QDate received) {
    Case c;
    c.received = received;
    c.klager.name = klager;
    c.handler = QStringLiteral("Sanne de Boer");
    return c;
}

} // namespace

TEST_CASE("a case added elsewhere appears where it belongs, without a reset") {
    RefreshFixture f(250);
    f.open();
    QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
    Case c = newCase(QStringLiteral("Nieuwe Klager"), f.clock.today());
    f.session->cases().save(c);
    emit f.notifier.caseAdded(c.id);
    f.settle();
    CHECK(reset.isEmpty());
    REQUIRE(inserted.size() == 1);
    // Newest first, and within today the latest reference first.
    CHECK(inserted.at(0).at(1).toInt() == 0);
    CHECK(inserted.at(0).at(2).toInt() == 0);
    CHECK(f.model->caseIdAt(0) == c.id);
    CHECK(f.model->totalCount() == 251);
    CHECK(f.model->rowCount() == 251); // the model tester had loaded every page
}

TEST_CASE("a changed case is re-read in place — one that moves is removed and inserted again") {
    RefreshFixture f(250);
    f.open();
    QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(f.model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);

    Case c = f.session->cases().load(f.model->caseIdAt(5));
    c.handler = QStringLiteral("Kevin Jansen");
    f.session->cases().save(c);
    // Several notifications in one turn of the event loop are applied together.
    emit f.notifier.caseChanged(c.id);
    emit f.notifier.caseChanged(c.id);
    f.settle();
    CHECK(reset.isEmpty());
    CHECK(inserted.isEmpty());
    CHECK(removed.isEmpty());
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).value<QModelIndex>().row() == 5);
    CHECK(f.model->index(5, CaseListModel::Handler).data().toString() == QStringLiteral("Kevin Jansen"));

    f.proxy->sort(CaseListModel::Klager, Qt::AscendingOrder);
    reset.clear();
    Case moving = f.session->cases().load(f.model->caseIdAt(10));
    moving.klager.name = QStringLiteral("Aaltje Aardema");
    moving.anonymous = false;
    f.session->cases().save(moving);
    emit f.notifier.caseChanged(moving.id);
    f.settle();
    CHECK(reset.isEmpty());
    CHECK(removed.size() == 1);
    CHECK(inserted.size() == 1);
    CHECK(f.model->caseIdAt(0) == moving.id);
    CHECK(f.model->rowOf(moving.id) == 0);
}

TEST_CASE("a case that leaves the filter or the file leaves the list") {
    RefreshFixture f(250);
    f.open();
    CaseSelection open;
    open.openOnly = true;
    f.model->setFilter(open);
    const qint64 total = f.model->totalCount();
    REQUIRE(total > 3);
    QSignalSpy removed(f.model.get(), &QAbstractItemModel::rowsRemoved);

    Case c = f.session->cases().load(f.model->caseIdAt(1));
    c.phase = Phase::Closed;
    c.outcome = Outcome::Withdrawn;
    c.closedOn = f.clock.today();
    f.session->cases().save(c);
    emit f.notifier.caseChanged(c.id);
    f.settle();
    CHECK(removed.size() == 1);
    CHECK(f.model->rowOf(c.id) == -1);
    CHECK(f.model->totalCount() == total - 1);

    const qint64 gone = f.model->caseIdAt(0);
    SqlQuery::run(f.session->database(), QStringLiteral("DELETE FROM cases WHERE id = %1").arg(gone));
    emit f.notifier.caseRemoved(gone);
    f.settle();
    CHECK(removed.size() == 2);
    CHECK(f.model->rowOf(gone) == -1);
    CHECK(f.model->totalCount() == total - 2);
}

TEST_CASE("casesReset reloads as many rows as were loaded") {
    RefreshFixture f(450);
    f.open();
    CaseListModel model(*f.session, &f.notifier); // no tester here: it would load every page
    model.fetchUpTo(400);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(&model, &CaseListModel::refreshed);
    emit f.notifier.casesReset();
    REQUIRE(refreshed.wait(2000));
    CHECK(reset.size() == 1);
    CHECK(model.rowCount() == 400);
    QTRY_COMPARE(model.totalCount(), qint64(450)); // counted once the first page is shown
    QTRY_COMPARE(f.model->totalCount(), qint64(450));
}

TEST_CASE("the case list tints an urgent next deadline and leaves one further away in the view's colours") {
    RefreshFixture f(0);
    // Today is Monday 23 November; the warning window is 3 working days (to Thursday 26 November).
    // Received today: first personal contact is due five working days later, Monday 30 November: open.
    Case fresh = newCase(QStringLiteral("Frits Vers"), d("2026-11-23"));
    f.session->cases().save(fresh);
    // Received Tuesday 17 November: contact due Tuesday 24 November, within the window: due soon.
    Case soon = newCase(QStringLiteral("Sam Spoed"), d("2026-11-17"));
    f.session->cases().save(soon);
    f.open();

    const QModelIndex open = f.model->index(f.model->rowOf(fresh.id), CaseListModel::NextDeadline);
    REQUIRE(open.data(CaseListModel::DeadlineStatusRole).toInt() == int(DeadlineStatus::Open));
    CHECK_FALSE(open.data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(open.data(Qt::BackgroundRole).isValid());

    const QModelIndex urgent = f.model->index(f.model->rowOf(soon.id), CaseListModel::NextDeadline);
    REQUIRE(urgent.data(CaseListModel::DeadlineStatusRole).toInt() == int(DeadlineStatus::DueSoon));
    CHECK(urgent.data(Qt::ForegroundRole).value<QBrush>().color() ==
          DeadlineStyle::foreground(DeadlineStatus::DueSoon));
    CHECK(urgent.data(Qt::BackgroundRole).value<QBrush>().color() ==
          DeadlineStyle::background(DeadlineStatus::DueSoon));
}

TEST_CASE("the next day turns a deadline due today into an overdue one") {
    RefreshFixture f(0);
    // Received on Monday 16 November; first personal contact is due five working days later.
    Case c = newCase(QStringLiteral("Wim Wachter"), d("2026-11-16"));
    f.session->cases().save(c);
    Case later = newCase(QStringLiteral("Lotte Later"), d("2026-11-20"));
    f.session->cases().save(later);
    f.open();
    CaseSelection overdue;
    overdue.overdueOnly = true;
    CaseListModel late(*f.session, &f.notifier);
    late.setFilter(overdue);
    CHECK(late.totalCount() == 0);

    const int row = f.model->rowOf(c.id);
    const QModelIndex cell = f.model->index(row, CaseListModel::NextDeadline);
    CHECK(cell.data(CaseListModel::DeadlineStatusRole).toInt() == int(DeadlineStatus::DueToday));
    CHECK(cell.data(CaseListModel::DeadlineDueRole).toDate() == d("2026-11-23"));
    CHECK(cell.data(Qt::DecorationRole).canConvert<QIcon>());
    CHECK(cell.data(Qt::BackgroundRole).isValid());
    const auto next = f.session->engine().nextDeadline(c, f.clock.today());
    REQUIRE(next);
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(DeadlineText::label(next->kind).toHtmlEscaped()));
    CHECK(tip.contains(next->basis.toHtmlEscaped()));
    CHECK(tip.contains(next->counting.toHtmlEscaped()));
    CHECK(tip.contains(QStringLiteral("2026")));

    QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy lateRefreshed(&late, &CaseListModel::refreshed);
    f.clock.set(QDateTime(d("2026-11-24"), QTime(8, 30)));
    emit f.notifier.dayChanged();
    f.settle();
    if (lateRefreshed.isEmpty())
        REQUIRE(lateRefreshed.wait(2000));
    CHECK(!changed.isEmpty());
    CHECK(cell.data(CaseListModel::DeadlineStatusRole).toInt() == int(DeadlineStatus::Overdue));
    CHECK(cell.data().toString().contains(QStringLiteral("Te laat")));
    CHECK(late.totalCount() == 1);
    CHECK(late.caseIdAt(0) == c.id);
}
