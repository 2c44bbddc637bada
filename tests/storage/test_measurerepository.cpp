// Improvement measures (verbetermaatregelen): stored with their links to cases, every change
// audited (on the measure and in each linked case's trail), a stale update refused, and the
// overdue measures found for the coordinator.
#include "storagetestsupport.h"

#include "learning/measurerepository.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/sqlquery.h"

#include <QMap>

namespace {

struct Fixture {
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    FixedClock clock{testNow()};
    CaseRepository cases{*db, clock, QStringLiteral("Fatima Bakkali")};
    MeasureRepository measures{*db, clock, QStringLiteral("Fatima Bakkali")};
    AuditLog audit{*db};

    qint64 newCase(const char* received) {
        Case c = intakeCase(d(received));
        cases.save(c);
        return c.id;
    }
};

Measure structural(const QList<qint64>& caseIds) {
    Measure m;
    m.title = QStringLiteral("Terugbelafspraken vastleggen in het zaaksysteem");
    m.description = QStringLiteral("Elke terugbelafspraak krijgt een datum en een eigenaar.");
    m.scope = MeasureScope::Structural;
    m.owner = QStringLiteral("Team Wmo");
    m.due = d("2025-06-30");
    m.caseIds = caseIds;
    return m;
}

QList<AuditEntry> measureRows(AuditLog& audit) {
    QList<AuditEntry> rows;
    for (const AuditEntry& e :
         audit.between(QDateTime(d("2000-01-01"), QTime(0, 0)), QDateTime(d("2100-01-01"), QTime(0, 0)))) {
        if (e.action.startsWith(QLatin1String("measure")))
            rows << e;
    }
    return rows;
}

} // namespace

TEST_CASE("storage codes of scope and status are those the schema accepts") {
    CHECK(MeasureText::code(MeasureScope::Individual) == QStringLiteral("individual"));
    CHECK(MeasureText::code(MeasureScope::Structural) == QStringLiteral("structural"));
    CHECK(MeasureText::code(MeasureStatus::Planned) == QStringLiteral("planned"));
    CHECK(MeasureText::code(MeasureStatus::InProgress) == QStringLiteral("in_progress"));
    CHECK(MeasureText::code(MeasureStatus::Done) == QStringLiteral("done"));
    CHECK(MeasureText::code(MeasureStatus::Cancelled) == QStringLiteral("cancelled"));
    CHECK(MeasureText::label(MeasureStatus::InProgress) == QStringLiteral("In uitvoering"));
    CHECK(MeasureText::label(MeasureScope::Structural) == QStringLiteral("Structureel"));
    for (MeasureStatus s : MeasureText::allStatuses())
        CHECK(MeasureText::statusFromCode(MeasureText::code(s)) == s);
    for (MeasureScope s : MeasureText::allScopes())
        CHECK(MeasureText::scopeFromCode(MeasureText::code(s)) == s);
    CHECK_FALSE(MeasureText::statusFromCode(QStringLiteral("finished")).has_value());
}

TEST_CASE("a structural measure for three cases is stored with its links and audited per case") {
    Fixture f;
    const qint64 a = f.newCase("2025-01-10");
    const qint64 b = f.newCase("2025-02-03");
    const qint64 c = f.newCase("2025-02-20");
    Measure m = structural({c, a, b, a});
    f.measures.save(m);
    CHECK(m.id > 0);
    CHECK(m.revision == 1);
    CHECK(m.createdAt == f.clock.now());
    CHECK(m.caseIds == QList<qint64>{a, b, c});

    const Measure loaded = f.measures.load(m.id);
    CHECK(loaded.title == m.title);
    CHECK(loaded.description == m.description);
    CHECK(loaded.scope == MeasureScope::Structural);
    CHECK(loaded.owner == QStringLiteral("Team Wmo"));
    CHECK(loaded.due == d("2025-06-30"));
    CHECK(loaded.status == MeasureStatus::Planned);
    CHECK(loaded.caseIds == QList<qint64>{a, b, c});
    CHECK(loaded.createdAt == m.createdAt);

    for (qint64 id : {a, b, c}) {
        const QList<Measure> ofCase = f.measures.forCase(id);
        REQUIRE(ofCase.size() == 1);
        CHECK(ofCase.first().id == m.id);
        const QList<AuditEntry> trail = f.audit.forCase(id);
        CHECK(std::any_of(trail.cbegin(), trail.cend(), [&](const AuditEntry& e) {
            return e.action == QLatin1String("measure-link") && e.newValue == m.title;
        }));
    }
    const QList<AuditEntry> rows = measureRows(f.audit);
    CHECK(std::count_if(rows.cbegin(), rows.cend(), [](const AuditEntry& e) { return e.caseId == 0; }) == 1);
    CHECK(rows.size() == 4);
    CHECK(f.measures.references({a, c}).value(a) == f.cases.load(a).reference);
}

TEST_CASE("updating a measure bumps the revision, audits each changed field and refuses a stale copy") {
    Fixture f;
    const qint64 a = f.newCase("2025-01-10");
    Measure m = structural({a});
    f.measures.save(m);
    Measure stale = m;

    m.status = MeasureStatus::Done;
    m.doneOn = d("2025-05-01");
    m.result = QStringLiteral("Sinds mei geen klachten meer over terugbellen.");
    f.measures.save(m);
    CHECK(m.revision == 2);
    CHECK(f.measures.load(m.id).status == MeasureStatus::Done);
    CHECK(f.measures.load(m.id).doneOn == d("2025-05-01"));

    const QList<AuditEntry> trail = f.audit.forCase(a);
    QStringList fields;
    for (const AuditEntry& e : trail) {
        if (e.action == QLatin1String("measure-update"))
            fields << e.field;
    }
    const QString prefix = QString::number(m.id) + QLatin1Char(':');
    CHECK(fields == QStringList{prefix + QStringLiteral("status"), prefix + QStringLiteral("result"),
                                prefix + QStringLiteral("done_on")});

    stale.title = QStringLiteral("Iets anders");
    try {
        f.measures.save(stale);
        FAIL("a stale save was accepted");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Conflict);
        CHECK(e.message().contains(QStringLiteral("intussen door iemand anders gewijzigd")));
    }
    CHECK(stale.revision == 1);
    CHECK(f.measures.load(m.id).title == m.title);

    Measure quick = structural({});
    quick.status = MeasureStatus::Done;
    f.measures.save(quick);
    CHECK(quick.doneOn == f.clock.today());
    CHECK(f.measures.load(quick.id).doneOn == f.clock.today());
}

TEST_CASE("linking and unlinking cases leaves the revision alone and is idempotent") {
    Fixture f;
    const qint64 a = f.newCase("2025-01-10");
    const qint64 b = f.newCase("2025-01-11");
    Measure m = structural({a});
    f.measures.save(m);
    f.measures.link(m.id, b);
    f.measures.link(m.id, b);
    CHECK(f.measures.load(m.id).caseIds == QList<qint64>{a, b});
    CHECK(f.measures.load(m.id).revision == 1);
    // An edit made from a copy loaded before the link still saves, and keeps the link.
    m.owner = QStringLiteral("Afdeling Klantcontact");
    f.measures.save(m);
    CHECK(m.caseIds == QList<qint64>{a, b});

    f.measures.unlink(m.id, a);
    f.measures.unlink(m.id, a);
    CHECK(f.measures.load(m.id).caseIds == QList<qint64>{b});
    CHECK(f.measures.forCase(a).isEmpty());
    const QList<AuditEntry> trail = f.audit.forCase(a);
    CHECK(std::count_if(trail.cbegin(), trail.cend(),
                        [](const AuditEntry& e) { return e.action == QLatin1String("measure-unlink"); }) == 1);
}

TEST_CASE("a measure without a title or for an unknown case is refused and nothing is written") {
    Fixture f;
    Measure untitled = structural({});
    untitled.title = QStringLiteral("   ");
    CHECK_THROWS_AS(f.measures.save(untitled), StorageError);
    CHECK(untitled.id == 0);

    Measure orphan = structural({4242});
    try {
        f.measures.save(orphan);
        FAIL("a link to a missing case was accepted");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::NotFound);
    }
    CHECK(orphan.id == 0);
    CHECK(f.measures.all().isEmpty());
    CHECK(measureRows(f.audit).isEmpty());
    CHECK_THROWS_AS(f.measures.load(1), StorageError);
    CHECK_THROWS_AS(f.measures.link(1, 1), StorageError);
}

TEST_CASE("overdue measures are due before today and neither done nor cancelled") {
    Fixture f; // today is 2025-03-07
    const auto add = [&](const char* title, const char* due, MeasureStatus status, MeasureScope scope,
                         const QString& owner) {
        Measure m;
        m.title = QString::fromLatin1(title);
        m.due = due ? d(due) : QDate();
        m.status = status;
        m.scope = scope;
        m.owner = owner;
        f.measures.save(m);
        return m.id;
    };
    const QString wmo = QStringLiteral("Team Wmo");
    const QString jeugd = QStringLiteral("Team Jeugd");
    const qint64 late = add("te laat", "2025-03-06", MeasureStatus::InProgress, MeasureScope::Structural, wmo);
    const qint64 older = add("ouder en te laat", "2025-01-15", MeasureStatus::Planned, MeasureScope::Individual, jeugd);
    add("vandaag", "2025-03-07", MeasureStatus::Planned, MeasureScope::Individual, wmo);
    add("uitgevoerd", "2025-02-01", MeasureStatus::Done, MeasureScope::Structural, wmo);
    add("vervallen", "2025-02-01", MeasureStatus::Cancelled, MeasureScope::Structural, wmo);
    const qint64 undated = add("zonder datum", nullptr, MeasureStatus::Planned, MeasureScope::Structural, jeugd);

    QList<qint64> overdue;
    for (const Measure& m : f.measures.overdue(f.clock.today()))
        overdue << m.id;
    CHECK(overdue == QList<qint64>{older, late});
    CHECK(f.measures.countOverdue(f.clock.today()) == 2);
    CHECK(f.measures.load(late).isOverdue(f.clock.today()));
    CHECK_FALSE(f.measures.load(undated).isOverdue(f.clock.today()));

    CHECK(f.measures.all().size() == 6);
    CHECK(f.measures.all().last().id == undated); // without a due date last
    MeasureFilter structuralOfWmo;
    structuralOfWmo.scope = MeasureScope::Structural;
    structuralOfWmo.owner = wmo;
    CHECK(f.measures.all(structuralOfWmo).size() == 3);
    MeasureFilter planned;
    planned.status = MeasureStatus::Planned;
    CHECK(f.measures.all(planned).size() == 3);
}

TEST_CASE("removing a measure or a case removes the links, not the audit trail") {
    Fixture f;
    const qint64 a = f.newCase("2025-01-10");
    const qint64 b = f.newCase("2025-01-11");
    Measure m = structural({a, b});
    f.measures.save(m);
    f.cases.remove(b);
    CHECK(f.measures.load(m.id).caseIds == QList<qint64>{a});

    f.measures.remove(m.id);
    CHECK(f.measures.all().isEmpty());
    CHECK(f.measures.forCase(a).isEmpty());
    CHECK(SqlQuery::scalar(*f.db, QStringLiteral("SELECT count(*) FROM measure_cases")).toInt() == 0);
    const QList<AuditEntry> trail = f.audit.forCase(a);
    CHECK(std::any_of(trail.cbegin(), trail.cend(),
                      [](const AuditEntry& e) { return e.action == QLatin1String("measure-delete"); }));
    CHECK_THROWS_AS(f.measures.remove(m.id), StorageError);
}

TEST_CASE("the measures of a year are those created in it by the local date or done in it, with their links") {
    BOTH_BACKENDS();
    const DutchTime dutch; // Amsterdam: UTC+1 in winter, so the first hour of a year is the year before in UTC
    Fixture f;
    const qint64 a = f.newCase("2024-12-10");
    const qint64 b = f.newCase("2024-12-11");
    const auto add = [&](const char* title, const char* day, QTime time, const QList<qint64>& caseIds) {
        f.clock.set(QDateTime(d(day), time));
        Measure m = structural(caseIds);
        m.title = QString::fromUtf8(title);
        f.measures.save(m);
        return m;
    };
    const auto finish = [&](Measure m, MeasureStatus status, const char* on) {
        f.clock.set(QDateTime(d(on), QTime(10, 0)));
        m.status = status;
        m.doneOn = d(on);
        f.measures.save(m);
        return m.id;
    };
    add("31 december 2024, 23.59 uur", "2024-12-31", QTime(23, 59), {a});
    const qint64 firstHour = add("1 januari 2025, 0.30 uur (in UTC nog 2024)", "2025-01-01", QTime(0, 30), {a, b}).id;
    const qint64 lastHour = add("31 december 2025, 23.30 uur", "2025-12-31", QTime(23, 30), {b}).id;
    add("1 januari 2026, 0.15 uur (in UTC nog 2025)", "2026-01-01", QTime(0, 15), {});
    const qint64 doneIn2025 =
        finish(add("2023, uitgevoerd in 2025", "2023-05-01", QTime(9, 0), {a}), MeasureStatus::Done, "2025-06-01");
    finish(add("2023, uitgevoerd in 2024", "2023-05-02", QTime(9, 0), {b}), MeasureStatus::Done, "2024-12-31");
    finish(add("2023, vervallen in 2025", "2023-05-03", QTime(9, 0), {}), MeasureStatus::Cancelled, "2025-03-01");

    MeasureFilter of2025;
    of2025.year = 2025;
    QMap<qint64, QList<qint64>> links;
    for (const Measure& m : f.measures.all(of2025))
        links.insert(m.id, m.caseIds);
    CHECK(links.keys() == QList<qint64>{firstHour, lastHour, doneIn2025});
    CHECK(links.value(firstHour) == QList<qint64>{a, b});
    CHECK(links.value(lastHour) == QList<qint64>{b});
    CHECK(links.value(doneIn2025) == QList<qint64>{a});
    CHECK(f.measures.all().size() == 7);
}
