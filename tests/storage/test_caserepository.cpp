// Saving and loading cases: every field survives, changes are audited, a stale save is refused,
// and a failed write leaves nothing behind.
#include "storagetestsupport.h"

#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QElapsedTimer>

#include <ctime>

namespace {

struct Fixture {
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    FixedClock clock{testNow()};
    CaseRepository repository{*db, clock, QStringLiteral("Fatima Bakkali")};
    AuditLog audit{*db};
};

QStringList themeNames(Database& db) {
    QStringList names;
    SqlQuery q(db, QStringLiteral("SELECT name FROM themes ORDER BY position"));
    q.exec();
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

TEST_CASE("every field of a case survives a save and a load") {
    BOTH_BACKENDS();
    Fixture f;
    Case original = everyFieldCase();
    f.repository.save(original);
    CHECK(original.id > 0);
    CHECK(original.revision == 1);
    CHECK(original.reference == QStringLiteral("KL-2024-0917"));
    for (const CaseEvent& e : original.events)
        CHECK(e.id > 0);

    const Case loaded = f.repository.load(original.id);
    CHECK(loaded == original);
    CHECK(loaded.events == original.events);
    CHECK(loaded.themes == original.themes);
    CHECK(f.repository.findByReference(QStringLiteral("KL-2024-0917")) == std::optional<Case>(original));
    CHECK_FALSE(f.repository.findByReference(QStringLiteral("KL-2024-0918")).has_value());

    // An unknown theme joins the municipality's list.
    CHECK(f.repository.themes().contains(QStringLiteral("Nieuw thema: 'wachtlijst' \"jeugd\"")));

    // The defaults of an empty case survive too (null dates stay null, empty texts empty).
    Case plain;
    plain.received = d("2025-03-07");
    f.repository.save(plain);
    CHECK(f.repository.load(plain.id) == plain);
}

TEST_CASE("a new case gets the next reference of its year and a create row in the audit trail") {
    BOTH_BACKENDS();
    Fixture f;
    Case first = intakeCase(d("2025-03-07"));
    Case second = intakeCase(d("2025-12-31"));
    Case lastYear = intakeCase(d("2024-12-31"));
    f.repository.save(first);
    f.repository.save(second);
    f.repository.save(lastYear);
    CHECK(first.reference == QStringLiteral("KL-2025-0001"));
    CHECK(second.reference == QStringLiteral("KL-2025-0002"));
    CHECK(lastYear.reference == QStringLiteral("KL-2024-0001"));
    CHECK(f.repository.nextReference(2025) == QStringLiteral("KL-2025-0003"));
    CHECK(f.repository.nextReference(2026) == QStringLiteral("KL-2026-0001"));

    const QList<AuditEntry> trail = f.audit.forCase(first.id);
    REQUIRE(trail.size() == 1);
    CHECK(trail.at(0).action == QStringLiteral("create"));
    CHECK(trail.at(0).newValue == QStringLiteral("KL-2025-0001"));
    CHECK(trail.at(0).user == QStringLiteral("Fatima Bakkali"));
    CHECK(trail.at(0).at == testNow());
}

TEST_CASE("an update writes one audit row per changed field, with the old and the new value") {
    BOTH_BACKENDS();
    Fixture f;
    Case c = intakeCase(d("2025-03-07"));
    f.repository.save(c);
    const qint64 before = f.audit.count();

    f.clock.set(testNow().addDays(2));
    Case edited = f.repository.load(c.id);
    edited.handler = QStringLiteral("Ruud Jansen");
    edited.firstContactOn = d("2025-03-10");
    edited.phase = Phase::Informal;
    edited.themes << QStringLiteral("Lange wachttijd");
    edited.events << CaseEvent{0,
                               QDateTime(d("2025-03-10"), QTime(11, 0)),
                               EventKind::ContactMoment,
                               {},
                               QStringLiteral("Klaagster teruggebeld, afspraak gemaakt.")};
    f.repository.save(edited);
    CHECK(edited.revision == 2);
    REQUIRE(edited.events.size() == 1);
    CHECK(edited.events.at(0).author == QStringLiteral("Fatima Bakkali")); // the repository's user
    CHECK(f.repository.load(c.id) == edited);

    QMap<QString, AuditEntry> rows;
    for (const AuditEntry& e : f.audit.forCase(c.id)) {
        if (e.action != QStringLiteral("create"))
            rows.insert(e.action + QLatin1Char(':') + e.field, e);
    }
    CHECK(f.audit.count() - before == 5);
    CHECK(rows.keys() == QStringList{QStringLiteral("event:contact"), QStringLiteral("update:first_contact_on"),
                                     QStringLiteral("update:handler"), QStringLiteral("update:phase"),
                                     QStringLiteral("update:themes")});
    CHECK(rows[QStringLiteral("update:handler")].oldValue == QStringLiteral("Fatima Bakkali"));
    CHECK(rows[QStringLiteral("update:handler")].newValue == QStringLiteral("Ruud Jansen"));
    CHECK(rows[QStringLiteral("update:first_contact_on")].oldValue.isEmpty());
    CHECK(rows[QStringLiteral("update:first_contact_on")].newValue == QStringLiteral("2025-03-10"));
    CHECK(rows[QStringLiteral("update:phase")].oldValue == QStringLiteral("intake"));
    CHECK(rows[QStringLiteral("update:phase")].newValue == QStringLiteral("informal"));
    CHECK(rows[QStringLiteral("update:themes")].newValue ==
          QStringLiteral("Geen reactie / niet teruggebeld; Lange wachttijd"));
    CHECK(rows[QStringLiteral("event:contact")].newValue == QStringLiteral("Klaagster teruggebeld, afspraak gemaakt."));
    CHECK(rows[QStringLiteral("update:handler")].at == testNow().addDays(2));
    CHECK(f.audit.between(testNow().addDays(1), testNow().addDays(3)).size() == 5);
}

TEST_CASE("judging the parts of a complaint replaces them in order and is audited as one change") {
    BOTH_BACKENDS();
    Fixture f;
    Case c = intakeCase(d("2025-03-07"));
    c.parts = {{QStringLiteral("Niet teruggebeld"), {}, Outcome::None},
               {QStringLiteral("Onheuse bejegening"), {}, Outcome::None}};
    f.repository.save(c);
    CHECK(f.repository.load(c.id).parts == c.parts);

    Case judged = f.repository.load(c.id);
    judged.parts[0].findings = QStringLiteral("Het terugbelverzoek is blijven liggen.");
    judged.parts[0].judgment = Outcome::Upheld;
    judged.parts.removeAt(1);
    judged.parts << ComplaintPart{QStringLiteral("Te laat betaald"), {}, Outcome::Rejected};
    f.repository.save(judged);
    CHECK(f.repository.load(c.id).parts == judged.parts);

    QList<AuditEntry> partRows;
    for (const AuditEntry& e : f.audit.forCase(c.id)) {
        if (e.field == QStringLiteral("parts"))
            partRows << e;
    }
    REQUIRE(partRows.size() == 1);
    CHECK(partRows.at(0).oldValue == QStringLiteral("Niet teruggebeld: none; Onheuse bejegening: none"));
    CHECK(partRows.at(0).newValue == QStringLiteral("Niet teruggebeld: upheld; Te laat betaald: rejected"));

    // The streamed full read (integrity check, exports) sees the same parts.
    QList<ComplaintPart> streamed;
    f.repository.forEachFull([&](const Case& each) {
        if (each.id == c.id)
            streamed = each.parts;
    });
    CHECK(streamed == judged.parts);
}

TEST_CASE("a save over someone else's newer change is refused and the stored case stays theirs") {
    BOTH_BACKENDS();
    Fixture f;
    Case c = intakeCase(d("2025-03-07"));
    f.repository.save(c);
    Case mine = f.repository.load(c.id);
    Case theirs = f.repository.load(c.id);

    theirs.handler = QStringLiteral("Ruud Jansen");
    f.repository.save(theirs);
    const qint64 auditBefore = f.audit.count();

    mine.story = QStringLiteral("Mijn versie van het verhaal.");
    mine.events << CaseEvent{0, testNow(), EventKind::Note, {}, QStringLiteral("Mijn notitie")};
    try {
        f.repository.save(mine);
        FAIL("a stale save was accepted");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Conflict);
        CHECK(e.message().contains(QStringLiteral("intussen door iemand anders gewijzigd")));
    }
    CHECK(mine.revision == 1);
    CHECK(mine.events.at(0).id == 0);
    CHECK(f.repository.load(c.id) == theirs);
    CHECK(f.audit.count() == auditBefore);
}

TEST_CASE("a write that fails half-way leaves no partial case behind") {
    BOTH_BACKENDS();
    Fixture f;
    Case kept = intakeCase(d("2025-03-01"));
    f.repository.save(kept);
    const qint64 casesBefore = f.repository.count();
    const qint64 auditBefore = f.audit.count();
    const QStringList themesBefore = themeNames(*f.db);

    // The case row and its new theme are written first; the second event breaks the kind CHECK.
    Case broken = intakeCase(d("2025-03-07"));
    broken.themes << QStringLiteral("Een thema dat er nog niet was");
    broken.events << CaseEvent{0, testNow(), EventKind::Note, {}, QStringLiteral("goed")}
                  << CaseEvent{0, testNow(), static_cast<EventKind>(99), {}, QStringLiteral("fout")};
    const Case untouched = broken;
    try {
        f.repository.save(broken);
        FAIL("an event with an unknown kind was stored");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Constraint);
    }
    CHECK(broken == untouched);
    CHECK(f.repository.count() == casesBefore);
    CHECK(f.audit.count() == auditBefore);
    CHECK(themeNames(*f.db) == themesBefore);
    CHECK(SqlQuery::scalar(*f.db, QStringLiteral("SELECT count(*) FROM events")).toInt() == 0);
    CHECK(f.repository.nextReference(2025) == QStringLiteral("KL-2025-0002"));

    // The same happens to an update: nothing of it is stored.
    Case edit = f.repository.load(kept.id);
    edit.handler = QStringLiteral("Ruud Jansen");
    edit.events << CaseEvent{0, testNow(), static_cast<EventKind>(99), {}, QStringLiteral("fout")};
    CHECK_THROWS_AS(f.repository.save(edit), StorageError);
    CHECK(edit.revision == 1);
    CHECK(f.repository.load(kept.id) == kept);
    CHECK(f.audit.count() == auditBefore);
}

TEST_CASE("a full disk gives a clear message and stores nothing") {
    Fixture f;
    Case small = intakeCase(d("2025-03-01"));
    f.repository.save(small);
    const qint64 auditBefore = f.audit.count();
    const int pages = SqlQuery::scalar(*f.db, QStringLiteral("PRAGMA page_count")).toInt();
    SqlQuery::run(*f.db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));

    Case big = intakeCase(d("2025-03-07"));
    big.story = QString(200000, QLatin1Char('x'));
    const Case untouched = big;
    try {
        f.repository.save(big);
        FAIL("the file grew past its maximum");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::DiskFull);
        CHECK(e.message().contains(QStringLiteral("De schijf is vol; er is niets gewijzigd.")));
        CHECK(e.message().contains(f.db->path()));
    }
    CHECK(big == untouched);
    CHECK(f.repository.count() == 1);
    CHECK(f.audit.count() == auditBefore);

    SqlQuery::run(*f.db, QStringLiteral("PRAGMA max_page_count = 1073741823"));
    f.repository.save(big);
    CHECK(big.reference == QStringLiteral("KL-2025-0002"));
    CHECK(f.repository.load(big.id).story.size() == 200000);
}

TEST_CASE("a save while another program holds the write lock fails as locked after the busy timeout") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    OpenOptions options;
    options.busyTimeoutMs = 300;
    auto db = Database::open(path, options);
    FixedClock clock(testNow());
    CaseRepository repository(*db, clock, QStringLiteral("Fatima Bakkali"));
    const qint64 auditBefore = AuditLog(*db).count();

    RawConnection other(path);
    REQUIRE(other.exec("BEGIN IMMEDIATE; INSERT INTO settings (key, value) VALUES ('ander', 'programma');") == 0);
    Case c = intakeCase(d("2025-03-07"));
    QElapsedTimer timer;
    timer.start();
    try {
        repository.save(c);
        FAIL("saved while another program held the lock");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Locked);
        CHECK(e.message().contains(QStringLiteral("in gebruik")));
    }
    CHECK(timer.elapsed() >= 250);
    CHECK(c.id == 0);
    CHECK(c.reference.isEmpty());
    REQUIRE(other.exec("ROLLBACK;") == 0);

    CHECK(repository.count() == 0);
    CHECK(AuditLog(*db).count() == auditBefore);
    repository.save(c); // and once the other program is done, it works
    CHECK(c.reference == QStringLiteral("KL-2025-0001"));
}

TEST_CASE("insertMany numbers the cases of each year sequentially and audits each one") {
    BOTH_BACKENDS();
    Fixture f;
    Case existing = intakeCase(d("2025-01-10"));
    f.repository.save(existing); // KL-2025-0001
    QList<Case> batch;
    for (int i = 0; i < 30; ++i) {
        Case c = intakeCase(i % 3 == 0 ? d("2024-06-01").addDays(i) : d("2025-02-01").addDays(i));
        c.events << CaseEvent{0,
                              QDateTime(c.received, QTime(9, 30)),
                              EventKind::ContactMoment,
                              {},
                              QStringLiteral("Eerste contact %1").arg(i)};
        c.themes << QStringLiteral("Privacy");
        batch << c;
    }
    Case imported = intakeCase(d("2024-03-03"));
    imported.reference = QStringLiteral("KL-2024-0050");
    batch.insert(5, imported);
    const qint64 auditBefore = f.audit.count();
    f.repository.insertMany(batch);

    QStringList of2024;
    QStringList of2025;
    QSet<QString> all;
    for (const Case& c : batch) {
        CHECK(c.id > 0);
        CHECK(c.revision == 1);
        CHECK(c.events.size() <= 1);
        all.insert(c.reference);
        if (c.reference != QStringLiteral("KL-2024-0050"))
            (c.received.year() == 2024 ? of2024 : of2025) << c.reference;
    }
    CHECK(all.size() == batch.size());
    CHECK(of2024.first() == QStringLiteral("KL-2024-0051"));
    CHECK(of2024.last() == QStringLiteral("KL-2024-0060"));
    CHECK(of2025.first() == QStringLiteral("KL-2025-0002"));
    CHECK(of2025.last() == QStringLiteral("KL-2025-0021"));
    for (int i = 1; i < of2025.size(); ++i)
        CHECK(of2025.at(i).right(4).toInt() == of2025.at(i - 1).right(4).toInt() + 1);
    CHECK(f.audit.count() - auditBefore == batch.size());
    CHECK(f.repository.load(batch.at(7).id) == batch.at(7));
    CHECK(batch.at(7).events.at(0).author == QStringLiteral("Fatima Bakkali"));
}

TEST_CASE("insertMany is all or nothing") {
    BOTH_BACKENDS();
    Fixture f;
    QList<Case> batch{intakeCase(d("2025-01-02")), intakeCase(d("2025-01-03")), intakeCase(d("2025-01-04"))};
    batch[1].reference = QStringLiteral("KL-2025-0009"); // the same reference twice: the batch is refused
    batch[2].reference = QStringLiteral("KL-2025-0009");
    const QList<Case> untouched = batch;
    CHECK_THROWS_AS(f.repository.insertMany(batch), StorageError);
    CHECK(batch == untouched);
    CHECK(f.repository.count() == 0);
}

TEST_CASE("the case list filters, sorts newest first and pages, without stories but with themes") {
    BOTH_BACKENDS();
    Fixture f;
    QList<Case> batch;
    for (int i = 0; i < 40; ++i) {
        Case c = intakeCase(d("2025-01-01").addDays(i), QStringLiteral("Klager %1").arg(i));
        c.klager.phone = QStringLiteral("06-1234");
        c.handler = i % 2 ? QStringLiteral("Ruud Jansen") : QStringLiteral("Fatima Bakkali");
        c.domain = i % 4 == 0 ? PolicyDomain::Youth : PolicyDomain::Wmo;
        if (i % 5 == 0) {
            c.phase = Phase::Closed;
            c.outcome = Outcome::Withdrawn;
            c.closedOn = c.received.addDays(3);
        }
        c.themes = {QStringLiteral("Privacy"), QStringLiteral("Bereikbaarheid")};
        batch << c;
    }
    f.repository.insertMany(batch);

    const QList<Case> open = f.repository.list(CaseFilter{true, {}, {}, {}, -1, 0});
    CHECK(open.size() == 32);
    CHECK(f.repository.count(CaseFilter{true, {}, {}, {}, -1, 0}) == 32);
    for (int i = 1; i < open.size(); ++i)
        CHECK(open.at(i - 1).received >= open.at(i).received);
    for (const Case& c : open) {
        CHECK(c.isOpen());
        CHECK(c.story.isEmpty());
        CHECK(c.klager.phone.isEmpty());
        CHECK(c.events.isEmpty());
        CHECK_FALSE(c.klager.name.isEmpty());
        CHECK(c.themes == QStringList{QStringLiteral("Privacy"), QStringLiteral("Bereikbaarheid")});
    }

    CaseFilter page;
    page.limit = 10;
    page.offset = 10;
    const QList<Case> second = f.repository.list(page);
    REQUIRE(second.size() == 10);
    CHECK(second.first().received == d("2025-01-30"));

    CaseFilter ruud;
    ruud.handler = QStringLiteral("Ruud Jansen");
    ruud.domain = PolicyDomain::Wmo;
    CHECK(f.repository.count(ruud) == 20);
    CaseFilter closed;
    closed.phase = Phase::Closed;
    CHECK(f.repository.count(closed) == 8);
    CHECK(f.repository.count() == 40);

    qint64 visited = 0;
    f.repository.forEach({}, [&](const Case& c) {
        ++visited;
        CHECK(c.themes.size() == 2);
    });
    CHECK(visited == 40);
}

TEST_CASE("the open-case list reads the partial index, not the whole table") {
    Fixture f;
    SqlQuery plan(*f.db, QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM cases AS c WHERE phase <> 'closed' "
                                        "ORDER BY received DESC, reference"));
    plan.exec();
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    INFO(steps.join(QStringLiteral(" / ")).toStdString());
    CHECK(steps.join(QLatin1Char(' ')).contains(QStringLiteral("cases_open")));
    CHECK_FALSE(steps.join(QLatin1Char(' ')).contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("a timeline entry can be added on its own and is audited") {
    BOTH_BACKENDS();
    Fixture f;
    Case c = intakeCase(d("2025-03-07"));
    f.repository.save(c);
    CaseEvent call{0, {}, EventKind::ContactMoment, {}, QStringLiteral("Teruggebeld, geen gehoor.")};
    f.repository.addEvent(c.id, call);
    CHECK(call.id > 0);
    CHECK(call.author == QStringLiteral("Fatima Bakkali"));
    CHECK(call.at == testNow());
    const Case loaded = f.repository.load(c.id);
    CHECK(loaded.events == QList<CaseEvent>{call});
    CHECK(loaded.revision == c.revision); // appending to the timeline does not conflict with an open edit
    CHECK(f.audit.forCase(c.id).last().action == QStringLiteral("event"));
    CaseEvent orphan{0, {}, EventKind::Note, {}, QStringLiteral("x")};
    CHECK_THROWS_AS(f.repository.addEvent(c.id + 1000, orphan), StorageError);
}

TEST_CASE("several stores can write in one transaction, and roll back together") {
    BOTH_BACKENDS();
    Fixture f;
    {
        Transaction outer(*f.db);
        Case a = intakeCase(d("2025-03-07"));
        Case b = intakeCase(d("2025-03-08"));
        f.repository.save(a);
        f.repository.save(b);
        CHECK(b.reference == QStringLiteral("KL-2025-0002"));
        // no commit: both saves go
    }
    CHECK(f.repository.count() == 0);
    {
        Transaction outer(*f.db);
        Case a = intakeCase(d("2025-03-07"));
        f.repository.save(a);
        Case stale = a;
        stale.revision = 7;
        CHECK_THROWS_AS(f.repository.save(stale), StorageError); // the inner failure rolls back only itself
        outer.commit();
    }
    CHECK(f.repository.count() == 1);
}

TEST_CASE("themes are kept once, case-insensitively, in the municipality's order") {
    BOTH_BACKENDS();
    Fixture f;
    const QStringList before = f.repository.themes();
    CHECK(before.first() == QStringLiteral("Van het kastje naar de muur"));
    f.repository.addTheme(QStringLiteral("privacy"));
    CHECK(f.repository.themes() == before);
    f.repository.addTheme(QStringLiteral("Afval en reiniging"));
    CHECK(f.repository.themes().last() == QStringLiteral("Afval en reiniging"));

    Case c = intakeCase(d("2025-03-07"));
    c.themes = {QStringLiteral(" PRIVACY "), QStringLiteral("Privacy"), QString()};
    f.repository.save(c);
    CHECK(c.themes == QStringList{QStringLiteral("Privacy")});
    CHECK(f.repository.load(c.id).themes == c.themes);
}

TEST_CASE("a handler can save cases while walking the case list") {
    BOTH_BACKENDS();
    Fixture f;
    QList<Case> batch;
    for (int i = 0; i < 600; ++i)
        batch << intakeCase(d("2025-01-01").addDays(i % 90));
    f.repository.insertMany(batch);
    int saved = 0;
    f.repository.forEach(CaseFilter{true, {}, {}, {}, -1, 0}, [&](const Case& listed) {
        if (listed.id % 7 != 0)
            return;
        Case full = f.repository.load(listed.id);
        full.handler = QStringLiteral("Ruud Jansen");
        f.repository.save(full);
        ++saved;
    });
    CaseFilter ruud;
    ruud.handler = QStringLiteral("Ruud Jansen");
    CHECK(saved > 0);
    CHECK(f.repository.count(ruud) == saved);
}

TEST_CASE("timeline moments keep their instant across the change to and from summer time") {
    BOTH_BACKENDS();
    DutchTime dutch;
    Fixture f;
    Case c = intakeCase(d("2025-03-28"));
    const QList<QDateTime> moments{
        QDateTime(d("2025-03-30"), QTime(1, 30)), // winter time, just before the change
        QDateTime(d("2025-03-30"), QTime(3, 30)), // summer time, an hour later in real time
        QDateTime(d("2025-10-26"), QTime(1, 15)), // summer time
        QDateTime(d("2025-10-26"), QTime(3, 45)), // winter time again
        QDateTime(d("2025-10-26"), QTime(23, 59, 59, 999)),
    };
    for (const QDateTime& at : moments)
        c.events << CaseEvent{0, at, EventKind::Note, {}, at.toString(Qt::ISODate)};
    f.repository.save(c);
    CHECK(f.repository.load(c.id) == c);

    QStringList stored;
    SqlQuery q(*f.db, QStringLiteral("SELECT at FROM events ORDER BY id"));
    q.exec();
    while (q.next())
        stored << q.value(0).toString();
    CHECK(stored == QStringList{QStringLiteral("2025-03-30T00:30:00.000Z"), QStringLiteral("2025-03-30T01:30:00.000Z"),
                                QStringLiteral("2025-10-25T23:15:00.000Z"), QStringLiteral("2025-10-26T02:45:00.000Z"),
                                QStringLiteral("2025-10-26T22:59:59.999Z")});
}

TEST_CASE("a large import is searchable at once, and later saves keep the search index up to date") {
    Fixture f;
    QList<Case> batch;
    for (int i = 0; i < 150; ++i) {
        Case c = intakeCase(d("2025-01-01").addDays(i % 60), QStringLiteral("Klager%1").arg(i));
        c.events << CaseEvent{0, testNow(), EventKind::Note, {}, QStringLiteral("notitie%1").arg(i)};
        batch << c;
    }
    const auto triggers = [&] {
        return SqlQuery::scalar(*f.db, QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM "
                                                      "sqlite_schema WHERE type = 'trigger' ORDER BY name)"))
            .toString();
    };
    const QString triggersBefore = triggers();
    f.repository.insertMany(batch);
    CHECK(f.repository.search(QStringLiteral("klager42")).size() == 1);
    CHECK(f.repository.search(QStringLiteral("notitie149")).size() == 1);
    CHECK(f.repository.search(QStringLiteral("huishoudelijke")).size() == 150);

    Case later = intakeCase(d("2025-04-01"), QStringLiteral("Nakomer"));
    f.repository.save(later);
    CHECK(f.repository.search(QStringLiteral("nakomer")).size() == 1);

    // A failing import leaves the index and its triggers as they were.
    QList<Case> failing = batch;
    for (Case& c : failing)
        c.id = 0;
    failing.last().received = QDate(); // refused only after the other cases were written
    CHECK_THROWS_AS(f.repository.insertMany(failing), StorageError);
    CHECK(triggers() == triggersBefore);
    CHECK(f.repository.search(QStringLiteral("huishoudelijke")).size() == 151);
    Case afterwards = intakeCase(d("2025-04-02"), QStringLiteral("Laatkomer"));
    f.repository.save(afterwards);
    CHECK(f.repository.search(QStringLiteral("laatkomer")).size() == 1);
    CHECK(SqlQuery::scalar(*f.db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}
