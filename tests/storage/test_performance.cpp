// Timings on a large municipality file. Hidden ([.]): run with
//   storage_tests "[performance]"
// in a Release build; the limits are generous so that only an algorithmic mistake fails them.
#include "storagetestsupport.h"

#include "storage/caserepository.h"

#include <QElapsedTimer>

namespace {

QList<Case> manyCases(int count) {
    const QStringList themes{QStringLiteral("Privacy"), QStringLiteral("Lange wachttijd"),
                             QStringLiteral("Onheuse bejegening"), QStringLiteral("Bereikbaarheid")};
    QList<Case> cases;
    cases.reserve(count);
    for (int i = 0; i < count; ++i) {
        Case c = intakeCase(d("2015-01-01").addDays(i % 3800), QStringLiteral("Klager %1").arg(i));
        c.story =
            QStringLiteral("Verhaal nummer %1 over de Wmo-voorziening en het wijkteam dat niet terugbelde.").arg(i);
        c.themes = {themes.at(i % 4), themes.at((i + 1) % 4)};
        if (i % 20 != 0) {
            c.phase = Phase::Closed;
            c.outcome = Outcome::ResolvedToSatisfaction;
            c.closedOn = c.received.addDays(10);
        }
        for (int e = 0; e < 4; ++e) {
            c.events << CaseEvent{0,
                                  QDateTime(c.received.addDays(e), QTime(10, e)),
                                  EventKind::ContactMoment,
                                  {},
                                  QStringLiteral("Contactmoment %1 met klager").arg(e)};
        }
        cases << c;
    }
    return cases;
}

} // namespace

TEST_CASE("a file of 100,000 cases is written in seconds and lists its open cases fast", "[.][performance]") {
    // AANTAFEL_PERF_CASES=N runs the same test on a smaller or larger file.
    const int count = qEnvironmentVariableIntValue("AANTAFEL_PERF_CASES") > 0
                          ? qEnvironmentVariableIntValue("AANTAFEL_PERF_CASES")
                          : 100000;
    TempDir dir;
    QString path;
    {
        auto db = newMunicipality(dir);
        path = db->path();
        FixedClock clock(testNow());
        CaseRepository repository(*db, clock, QStringLiteral("Demo"));
        QList<Case> cases = manyCases(count);
        QElapsedTimer timer;
        timer.start();
        repository.insertMany(cases);
        const qint64 insertMs = timer.elapsed();
        WARN("insertMany of " << count << " cases with 4 events each: " << insertMs << " ms");
        CHECK(insertMs < 30000);
    }
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    WARN("open with quick_check: " << timer.elapsed() << " ms");
    FixedClock clock(testNow());
    CaseRepository repository(*db, clock, QStringLiteral("Demo"));

    timer.restart();
    CaseFilter open;
    open.openOnly = true;
    const QList<Case> list = repository.list(open);
    const qint64 listMs = timer.elapsed();
    WARN("list of " << list.size() << " open cases: " << listMs << " ms");
    CHECK(list.size() == count / 20);
    CHECK(listMs < 1000);

    timer.restart();
    qint64 n = 0;
    repository.forEach({}, [&n](const Case&) { ++n; });
    WARN("forEach over " << n << " cases: " << timer.elapsed() << " ms");

    timer.restart();
    const QList<Case> found = repository.search(QStringLiteral("klager 4242"));
    WARN("search: " << found.size() << " found in " << timer.elapsed() << " ms");
}
