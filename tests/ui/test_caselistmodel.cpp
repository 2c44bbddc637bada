// The case list model and its proxy on real municipality files, offscreen: lazy pages, sorting over
// every case (Dutch collation), the quick filters, search and following the notifier. Every model
// is watched by QAbstractItemModelTester in fatal mode.
#include "testsupport.h"

#include "caselist/caselistmodel.h"
#include "caselist/caselistproxy.h"
#include "casenotifier.h"
#include "demo/demogenerator.h"
#include "session/municipalitysession.h"
#include "storage/municipalityfile.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTest>

#include <limits>

namespace {

const QString Me = QStringLiteral("Sanne de Boer");

struct ListFixture {
    TempDir dir;
    FixedClock clock{d("2026-11-23")};
    std::unique_ptr<MunicipalitySession> session;
    CaseNotifier notifier;

    explicit ListFixture(int demoCases, QList<Case> extra = {}) {
        const QString file = dir.path(QStringLiteral("lijst.aantafel"));
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Lijstdam");
        MunicipalityFile::create(file, settings, QStringLiteral("test"));
        session = std::make_unique<MunicipalitySession>(Database::open(file), clock, Me);
        if (demoCases > 0) {
            DemoOptions options;
            options.cases = demoCases;
            DemoGenerator(session->engine(), clock, 7).populate(session->database(), options);
        }
        if (!extra.isEmpty())
            session->cases().insertMany(extra);
    }
};

Case person(const QString& name, QDate received) {
    Case c;
    c.kind = CaseKind::OralComplaint;
    c.received = received;
    c.klager.name = name;
    c.handler = Me;
    c.story = QStringLiteral("Niemand belde terug.");
    return c;
}

qint64 idOf(MunicipalitySession& session, const QString& klager) {
    for (const Case& c : session.cases().list()) {
        if (c.klager.name == klager)
            return c.id;
    }
    FAIL("no case of " << klager.toStdString());
    return 0;
}

QList<qint64> allIds(CaseListModel& model) {
    model.fetchUpTo(std::numeric_limits<int>::max()); // every page, whatever the count says so far
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.caseIdAt(row);
    return ids;
}

QStringList column(const QAbstractItemModel& model, int col, int role = Qt::DisplayRole) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, col).data(role).toString();
    return values;
}

} // namespace

TEST_CASE("the case list loads a page at a time and tells the total") {
    ListFixture f(450);
    CaseListModel model(*f.session, &f.notifier);
    CaseListProxy proxy(&model);
    // Counted once the first page is shown: until then the list knows it holds more than a page.
    CHECK_FALSE(model.totalIsExact());
    CHECK(model.totalCount() >= CaseListModel::PageSize);
    QTRY_VERIFY(model.totalIsExact());
    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == CaseListModel::PageSize);
    CHECK(proxy.rowCount() == CaseListModel::PageSize);
    CHECK(proxy.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    proxy.fetchMore({});
    REQUIRE(inserted.size() == 1);
    CHECK(inserted.at(0).at(1).toInt() == 200);
    CHECK(inserted.at(0).at(2).toInt() == 399);
    CHECK(proxy.rowCount() == 400);

    // The testers fetch more themselves while they check.
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.fetchUpTo(10000);
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    // Newest first, within a day the latest reference first.
    for (int row = 1; row < model.rowCount(); ++row) {
        const QDate before = model.index(row - 1, CaseListModel::Received).data(CaseListModel::SortRole).toDate();
        const QDate day = model.index(row, CaseListModel::Received).data(CaseListModel::SortRole).toDate();
        CHECK(before >= day);
        if (before == day) {
            CHECK(model.index(row - 1, CaseListModel::Reference).data().toString() >
                  model.index(row, CaseListModel::Reference).data().toString());
        }
    }
    CHECK(model.headerData(CaseListModel::NextDeadline, Qt::Horizontal).toString() ==
          QStringLiteral("Volgende termijn"));
}

TEST_CASE("a list of more than 1,000 cases is counted up to 1,000, not through the whole register") {
    // Counting every case of a register of a million costs a pass over an index of all of them; the list
    // counts up to CountLimit and says "more than" until its last page is read.
    ListFixture f(CaseListModel::CountLimit + 50);
    CaseListModel model(*f.session, &f.notifier);
    QTRY_COMPARE(model.totalCount(), qint64(CaseListModel::CountLimit));
    CHECK_FALSE(model.totalIsExact());
    model.fetchUpTo(CaseListModel::CountLimit + 100);
    CHECK(model.totalIsExact());
    CHECK(model.totalCount() == CaseListModel::CountLimit + 50);
}

TEST_CASE("sorting by a header re-queries the whole file, names in Dutch order across pages") {
    // Six names spread over three pages of Mulders: only a sort over every case puts them right.
    QList<Case> cases;
    const QStringList special{QStringLiteral("Ödemiş"), QStringLiteral("van Dijk"), QStringLiteral("Çelik"),
                              QStringLiteral("Dijk"),   QStringLiteral("Celik"),    QStringLiteral("Odemis")};
    for (int i = 0; i < 480; ++i) {
        const QString name =
            i % 80 == 40 ? special.at(i / 80) : QStringLiteral("Mulder %1").arg(i, 3, 10, QLatin1Char('0'));
        cases << person(name, d("2026-01-01").addDays(i % 300));
    }
    ListFixture f(0, cases);
    CaseListModel model(*f.session, &f.notifier);
    // The source's tester first: the proxy's tester fetches more while the source announces a reset.
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CaseListProxy proxy(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    proxy.sort(CaseListModel::Klager, Qt::AscendingOrder);
    CHECK(reset.size() == 1);
    CHECK(model.sortColumn() == CaseListModel::Klager);
    CHECK(proxy.rowCount() < 480); // still lazy
    CHECK(column(proxy, CaseListModel::Klager).mid(0, 4) == QStringList{QStringLiteral("Celik"),
                                                                        QStringLiteral("Çelik"), QStringLiteral("Dijk"),
                                                                        QStringLiteral("Mulder 000")});
    model.fetchUpTo(1000);
    const QStringList names = column(proxy, CaseListModel::Klager);
    CHECK(names.mid(names.size() - 3) ==
          QStringList{QStringLiteral("Odemis"), QStringLiteral("Ödemiş"), QStringLiteral("van Dijk")});
    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    CHECK(std::is_sorted(names.begin(), names.end(), collator));

    proxy.sort(CaseListModel::Klager, Qt::DescendingOrder);
    CHECK(reset.size() == 2);
    CHECK(column(proxy, CaseListModel::Klager).first() == QStringLiteral("van Dijk"));
    CHECK(proxy.sortColumn() == -1); // the proxy itself never reorders

    // Every column sorts without breaking the model, and the same sort twice is no new query.
    for (int col = 0; col < CaseListModel::ColumnCount; ++col) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(col, order);
            model.fetchUpTo(300);
            CHECK(model.sortColumn() == col);
        }
    }
    const qsizetype resets = reset.size();
    proxy.sort(CaseListModel::NextDeadline, Qt::DescendingOrder);
    CHECK(reset.size() == resets);
}

TEST_CASE("received dates and next deadlines are in order over all rows") {
    ListFixture f(300);
    CaseListModel model(*f.session, &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(CaseListModel::Received, Qt::AscendingOrder);
    model.fetchUpTo(1000);
    QList<QDate> received;
    for (int row = 0; row < model.rowCount(); ++row)
        received << model.index(row, CaseListModel::Received).data(CaseListModel::SortRole).toDate();
    CHECK(std::is_sorted(received.begin(), received.end()));

    model.sort(CaseListModel::NextDeadline, Qt::AscendingOrder);
    model.fetchUpTo(1000);
    QList<QDate> due;
    int withoutDeadline = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDate day = model.index(row, 0).data(CaseListModel::DeadlineDueRole).toDate();
        if (!day.isValid())
            ++withoutDeadline;
        else {
            CHECK(withoutDeadline == 0); // cases without a deadline come last
            due << day;
        }
    }
    CHECK(std::is_sorted(due.begin(), due.end()));
    CHECK(!due.isEmpty());
    CHECK(withoutDeadline > 0);
}

TEST_CASE("each quick filter and their combinations show exactly the matching cases") {
    ListFixture f(400);
    CaseListModel model(*f.session, &f.notifier);
    CaseListProxy proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Case> all = f.session->cases().list();
    auto expect = [&](const CaseSelection& filter, const std::function<bool(const Case&)>& accepts) {
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const bool changes = !(filter == model.filter());
        proxy.setCaseFilter(filter);
        CHECK(reset.size() == (changes ? 1 : 0));
        QList<qint64> expected;
        for (const Case& c : all) {
            if (accepts(c))
                expected << c.id;
        }
        QList<qint64> shown = allIds(model);
        std::sort(shown.begin(), shown.end());
        std::sort(expected.begin(), expected.end());
        CHECK(shown == expected);
        return expected.size();
    };
    const QDate today = f.clock.today();
    auto overdue = [&](const Case& c) {
        const auto next = CaseQuery::nextDeadline(f.session->engine(), c, today);
        return next && next->status == DeadlineStatus::Overdue;
    };
    CaseSelection filter;
    filter.mine = true;
    CHECK(expect(filter, [](const Case& c) { return c.handler == Me; }) > 0);
    model.setMyNames({QStringLiteral("sboer"), QStringLiteral("Petra Verhoeven")});
    CHECK(allIds(model).size() == std::count_if(all.begin(), all.end(), [](const Case& c) {
              return c.handler == QStringLiteral("Petra Verhoeven");
          }));
    model.setMyNames({Me});
    filter = {};
    filter.openOnly = true;
    CHECK(expect(filter, [](const Case& c) { return c.isOpen(); }) > 0);
    filter.domain = PolicyDomain::Youth;
    CHECK(expect(filter, [](const Case& c) { return c.isOpen() && c.domain == PolicyDomain::Youth; }) > 0);
    filter = {};
    filter.phase = Phase::Informal;
    CHECK(expect(filter, [](const Case& c) { return c.phase == Phase::Informal; }) > 0);
    filter = {};
    filter.overdueOnly = true;
    CHECK(expect(filter, overdue) > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.index(row, CaseListModel::NextDeadline).data(CaseListModel::DeadlineStatusRole).toInt() ==
              int(DeadlineStatus::Overdue));
    }
    filter.mine = true;
    expect(filter, [&](const Case& c) { return c.handler == Me && overdue(c); });
    expect({}, [](const Case&) { return true; });
}

TEST_CASE("search finds a case by a word of its story and by a word of a timeline note") {
    Case story = person(QStringLiteral("Ayşe Çelik"), d("2026-02-01"));
    story.story = QStringLiteral("Het hek aan het Zwanenburgpad staat al weken open.");
    Case other = person(QStringLiteral("Jan Jansen"), d("2026-02-02"));
    ListFixture f(120, {story, other});
    const qint64 storyId = idOf(*f.session, story.klager.name);
    const qint64 otherId = idOf(*f.session, other.klager.name);
    CaseEvent note{0,
                   QDateTime(d("2026-02-03"), QTime(11, 0)),
                   EventKind::Note,
                   {},
                   QStringLiteral("Klager vraagt naar de parkeerontheffing")};
    f.session->cases().addEvent(otherId, note);

    CaseListModel model(*f.session, &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CaseSelection filter;
    filter.words = QStringLiteral("zwanenb");
    model.setFilter(filter);
    CHECK(allIds(model) == QList<qint64>{storyId});
    filter.words = QStringLiteral("parkeerontheffing");
    model.setFilter(filter);
    CHECK(allIds(model) == QList<qint64>{otherId});
    filter.words = QStringLiteral("celik zwanenburgpad");
    model.setFilter(filter);
    CHECK(allIds(model) == QList<qint64>{storyId});
    filter.words = QStringLiteral("xyzzy");
    model.setFilter(filter);
    CHECK(model.totalCount() == 0);
    CHECK(model.rowCount() == 0);
}
