// Timings of the privacy features on a large file. Hidden ([.]): run with
//   storage_tests "[privacyperformance]"
// The limits are generous so that only an algorithmic mistake fails them.
#include "storagetestsupport.h"

#include "audit/audittrail.h"
#include "privacy/inzage.h"
#include "privacy/retention.h"
#include "storage/caserepository.h"

#include <QElapsedTimer>

TEST_CASE("retention, audit trail and inzage stay quick on a file of 100,000 cases", "[.][privacyperformance]") {
    TempDir dir;
    auto db = newMunicipality(dir);
    FixedClock clock(QDateTime(d("2026-11-23"), QTime(9, 0)));
    CaseRepository repository(*db, clock, QStringLiteral("demo"));
    QList<Case> cases;
    for (int i = 0; i < 100000; ++i) {
        Case c = intakeCase(d("2012-01-01").addDays(i % 5000), QStringLiteral("Klager %1").arg(i));
        c.story = QStringLiteral("Verhaal nummer %1 over de Wmo-voorziening.").arg(i);
        c.phase = Phase::Closed;
        c.outcome = Outcome::ResolvedToSatisfaction;
        c.closedOn = c.received.addDays(20);
        for (int e = 0; e < 3; ++e)
            c.events << CaseEvent{0,
                                  QDateTime(c.received.addDays(e), QTime(10, e)),
                                  EventKind::ContactMoment,
                                  {},
                                  QStringLiteral("Contact %1 met klager %2").arg(e).arg(i)};
        cases << c;
    }
    repository.insertMany(cases);
    QElapsedTimer t;

    t.start();
    Retention retention(*db, clock, QStringLiteral("beheer"));
    const QList<RetentionCandidate> due = retention.due();
    const qint64 listMs = t.elapsed();
    REQUIRE(due.size() > 1000);
    QList<qint64> batch;
    for (int i = 0; i < 1000; ++i)
        batch << due.at(i).id;
    t.restart();
    retention.anonymise(batch);
    const qint64 anonymiseMs = t.elapsed();
    QList<qint64> destroy;
    for (int i = 1000; i < 2000; ++i)
        destroy << due.at(i).id;
    t.restart();
    retention.destroy(destroy);
    const qint64 destroyMs = t.elapsed();

    AuditTrail trail(*db);
    AuditFilter period;
    period.from = d("2026-11-23");
    period.to = d("2026-11-23");
    period.limit = 500;
    t.restart();
    const qint64 total = trail.count(period);
    const QList<AuditRow> page = trail.rows(period);
    const qint64 pageMs = t.elapsed();
    AuditFilter one;
    one.reference = cases.at(50000).reference;
    t.restart();
    const QList<AuditRow> ofCase = trail.rows(one);
    const qint64 caseMs = t.elapsed();

    Inzage inzage(*db, clock, QStringLiteral("beheer"));
    t.restart();
    const QList<InzageMatch> matches = inzage.find({QStringLiteral("Klager 77777"), {}, {}});
    const qint64 findMs = t.elapsed();

    WARN("due list " << listMs << " ms (" << due.size() << " cases); anonymise 1000: " << anonymiseMs
                     << " ms; destroy 1000: " << destroyMs << " ms; audit page of " << total << ": " << pageMs
                     << " ms; one case: " << caseMs << " ms; inzage find: " << findMs << " ms");
    CHECK(page.size() == 500);
    CHECK(!ofCase.isEmpty());
    CHECK(matches.size() == 1);
    CHECK(listMs < 3000);
    CHECK(anonymiseMs < 30000);
    CHECK(destroyMs < 30000);
    CHECK(pageMs < 3000);
    CHECK(caseMs < 3000);
    CHECK(findMs < 3000);
}
