// Removing a case, as undoing its registration does: the case, its timeline and its theme links go,
// in one transaction; the audit trail keeps a "delete" row with the reference.
#include "storagetestsupport.h"

#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

namespace {

struct Fixture {
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    FixedClock clock{testNow()};
    CaseRepository repository{*db, clock, QStringLiteral("Fatima Bakkali")};
    AuditLog audit{*db};

    qint64 rows(const char* table) {
        return SqlQuery::scalar(*db, QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)).toLongLong();
    }
};

} // namespace

TEST_CASE("removing a case takes its timeline and theme links along and leaves a delete row in the audit trail") {
    Fixture f;
    Case keep = intakeCase(d("2025-03-06"), QStringLiteral("De heer B. de Vries"));
    f.repository.save(keep);
    Case c = everyFieldCase();
    c.story = QStringLiteral("Het wijkteam kwam de afspraak over de traplift niet na.");
    f.repository.save(c);
    CaseEvent note;
    note.kind = EventKind::Note;
    note.text = QStringLiteral("Teruggebeld over de traplift.");
    f.repository.addEvent(c.id, note);
    const qint64 eventsBefore = f.rows("events");
    const qint64 linksBefore = f.rows("case_themes");
    REQUIRE(f.repository.search(QStringLiteral("traplift")).size() == 1);

    f.repository.remove(c.id);

    CHECK_THROWS_AS(f.repository.load(c.id), StorageError);
    CHECK_FALSE(f.repository.findByReference(c.reference).has_value());
    CHECK(f.repository.count() == 1);
    CHECK(f.rows("events") == eventsBefore - 4);
    CHECK(f.rows("case_themes") == linksBefore - qint64(c.themes.size()));
    CHECK(f.repository.search(QStringLiteral("traplift")).isEmpty());
    CHECK(f.repository.load(keep.id) == keep);
    // The theme list itself stays: other cases may use the themes.
    for (const QString& theme : c.themes)
        CHECK(f.repository.themes().contains(theme));

    const QList<AuditEntry> trail = f.audit.forCase(c.id);
    REQUIRE_FALSE(trail.isEmpty());
    CHECK(trail.constFirst().action == QStringLiteral("create"));
    const AuditEntry& last = trail.constLast();
    CHECK(last.action == QStringLiteral("delete"));
    CHECK(last.field == QStringLiteral("reference"));
    CHECK(last.oldValue == c.reference);
    CHECK(last.user == QStringLiteral("Fatima Bakkali"));

    // The reference is free again: registering the case anew (redo) may take it back.
    Case again = c;
    again.id = 0;
    again.revision = 0;
    for (CaseEvent& e : again.events)
        e.id = 0;
    f.repository.save(again);
    CHECK(again.reference == c.reference);
}

TEST_CASE("removing a case that does not exist is refused and changes nothing") {
    Fixture f;
    Case c = intakeCase(d("2025-03-07"));
    f.repository.save(c);
    const qint64 auditRows = f.audit.count();
    try {
        f.repository.remove(c.id + 1);
        FAIL("remove of an unknown id did not throw");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::NotFound);
    }
    CHECK(f.audit.count() == auditRows);
    CHECK(f.repository.count() == 1);
}

TEST_CASE("a removal inside a larger transaction is undone when that transaction rolls back") {
    Fixture f;
    Case c = intakeCase(d("2025-03-07"));
    f.repository.save(c);
    {
        Transaction outer(*f.db);
        f.repository.remove(c.id);
        CHECK(f.repository.count() == 0);
    } // no commit
    CHECK(f.repository.load(c.id) == c);
    CHECK(f.audit.forCase(c.id).constLast().action == QStringLiteral("create"));
}
