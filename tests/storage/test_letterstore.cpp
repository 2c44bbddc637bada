// Letter storage: a municipality's own template copies over the shipped ones (audited, reset falls
// back), the letters as sent (never changed: the file refuses updates), and the measure titles the
// afdoeningsbrief names.
#include "testsupport.h"

#include "pinnedcomplaint.h"

#include "letters/letterstore.h"
#include "storage/auditlog.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

namespace {

qint64 addMeasure(Database& db, const QString& title, const char* status, const char* createdAt, qint64 caseId) {
    SqlQuery insert(db, QStringLiteral("INSERT INTO measures (title, scope, status, created_at) "
                                       "VALUES (?, 'structural', ?, ?)"));
    insert.bind(0, title).bind(1, QString::fromLatin1(status)).bind(2, QString::fromLatin1(createdAt)).exec();
    const qint64 id = insert.lastInsertId().toLongLong();
    SqlQuery link(db, QStringLiteral("INSERT INTO measure_cases (measure_id, case_id) VALUES (?, ?)"));
    link.bind(0, id).bind(1, caseId).exec();
    return id;
}

} // namespace

TEST_CASE("without an own copy the shipped template applies") {
    TempDir dir;
    LetterSession f(dir);
    LetterStore store(f.session.database(), f.clock, QStringLiteral("f.elamrani"));
    for (LetterType type : LetterTypes::all()) {
        CHECK_FALSE(store.ownTemplate(type));
        CHECK(store.templateFor(type) == LetterStore::shippedTemplate(type));
    }
}

TEST_CASE("a municipality's own template overrides the shipped one until it is reset") {
    TempDir dir;
    LetterSession f(dir);
    Database& db = f.session.database();
    LetterStore store(db, f.clock, QStringLiteral("f.elamrani"));
    const QString own = QStringLiteral("<p>{{aan.aanhef}}</p><p>Wij hebben uw klacht ontvangen.</p>");

    store.saveTemplate(LetterType::Acknowledgement, own);
    CHECK(store.templateFor(LetterType::Acknowledgement) == own);
    const std::optional<OwnTemplate> saved = store.ownTemplate(LetterType::Acknowledgement);
    REQUIRE(saved);
    CHECK(saved->updatedBy == QStringLiteral("f.elamrani"));
    CHECK(saved->updatedAt == f.clock.now());
    CHECK(store.templateFor(LetterType::Closing) == LetterStore::shippedTemplate(LetterType::Closing));

    // Another session sees it: it is in the file.
    LetterStore other(db, f.clock, QStringLiteral("coordinator"));
    CHECK(other.templateFor(LetterType::Acknowledgement) == own);

    store.resetTemplate(LetterType::Acknowledgement);
    CHECK_FALSE(store.ownTemplate(LetterType::Acknowledgement));
    CHECK(store.templateFor(LetterType::Acknowledgement) == LetterStore::shippedTemplate(LetterType::Acknowledgement));

    const QList<AuditEntry> trail = AuditLog(db).between(f.clock.now().addDays(-1), f.clock.now().addDays(1));
    QList<AuditEntry> templateRows;
    for (const AuditEntry& e : trail) {
        if (e.action == QStringLiteral("letter_template"))
            templateRows << e;
    }
    REQUIRE(templateRows.size() == 2);
    CHECK(templateRows.at(0).field == QStringLiteral("ontvangstbevestiging"));
    CHECK(templateRows.at(0).oldValue == LetterStore::shippedTemplate(LetterType::Acknowledgement));
    CHECK(templateRows.at(0).newValue == own);
    CHECK(templateRows.at(1).oldValue == own);
}

TEST_CASE("an empty own template is refused and the file keeps the old one") {
    TempDir dir;
    LetterSession f(dir);
    LetterStore store(f.session.database(), f.clock, QStringLiteral("f.elamrani"));
    store.saveTemplate(LetterType::Closing, QStringLiteral("<p>eigen</p>"));
    try {
        store.saveTemplate(LetterType::Closing, QStringLiteral("  \n"));
        FAIL("an empty template was accepted");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Invalid);
        CHECK(e.message().contains(QStringLiteral("leeg sjabloon")));
    }
    CHECK(store.templateFor(LetterType::Closing) == QStringLiteral("<p>eigen</p>"));
}

TEST_CASE("a sent letter is stored, listed with its case and never changed") {
    TempDir dir;
    LetterSession f(dir);
    Database& db = f.session.database();
    const Case c = f.store(deVriesComplaint());
    LetterStore store(db, f.clock, QStringLiteral("f.elamrani"));

    SentLetter first{0,
                     c.id,
                     LetterType::Acknowledgement,
                     QStringLiteral("Mevrouw A. de Vries"),
                     d("2025-03-10"),
                     {},
                     {},
                     QStringLiteral("<p>Ontvangstbevestiging</p>"),
                     {},
                     {}};
    SentLetter second = first;
    second.type = LetterType::Closing;
    second.letterDate = d("2025-04-15");
    second.html = QStringLiteral("<p>Afdoeningsbrief</p>");
    store.insert(first);
    store.insert(second);
    CHECK(first.id > 0);
    CHECK(first.author == QStringLiteral("f.elamrani"));
    CHECK(first.createdAt == f.clock.now());

    const QList<SentLetter> letters = store.lettersOf(c.id);
    REQUIRE(letters.size() == 2);
    CHECK(letters.at(0) == first);
    CHECK(letters.at(1) == second);
    CHECK(store.load(second.id) == second);
    CHECK_THROWS_AS(store.load(second.id + 100), StorageError);

    // The file itself refuses to change what was sent.
    CHECK_THROWS_AS(
        SqlQuery::run(db, QStringLiteral("UPDATE letters SET body = 'vervalst' WHERE id = %1").arg(first.id)),
        StorageError);
    CHECK(store.load(first.id).html == QStringLiteral("<p>Ontvangstbevestiging</p>"));

    const QList<AuditEntry> trail = AuditLog(db).forCase(c.id);
    CHECK(std::count_if(trail.cbegin(), trail.cend(),
                        [](const AuditEntry& e) { return e.action == QStringLiteral("letter"); }) == 2);
}

TEST_CASE("a letter without text or date is not stored") {
    TempDir dir;
    LetterSession f(dir);
    const Case c = f.store(deVriesComplaint());
    LetterStore store(f.session.database(), f.clock, QStringLiteral("f.elamrani"));
    SentLetter empty{0, c.id, LetterType::Closing, {}, d("2025-04-15"), {}, {}, {}, {}, {}};
    CHECK_THROWS_AS(store.insert(empty), StorageError);
    CHECK(store.lettersOf(c.id).isEmpty());
}

TEST_CASE("the afdoeningsbrief names the case's measures, not cancelled ones, oldest first") {
    TempDir dir;
    LetterSession f(dir);
    Database& db = f.session.database();
    const Case c = f.store(deVriesComplaint());
    Case other = deVriesComplaint();
    other.reference.clear();
    other = f.store(other);
    addMeasure(db, QStringLiteral("Terugbelafspraken vastleggen"), "in_progress", "2025-04-02T10:00:00.000Z", c.id);
    addMeasure(db, QStringLiteral("Training bejegening"), "planned", "2025-04-01T10:00:00.000Z", c.id);
    addMeasure(db, QStringLiteral("Geschrapt voorstel"), "cancelled", "2025-04-01T09:00:00.000Z", c.id);
    addMeasure(db, QStringLiteral("Over een andere zaak"), "done", "2025-04-01T08:00:00.000Z", other.id);
    LetterStore store(db, f.clock, QStringLiteral("f.elamrani"));
    CHECK(store.measureTitles(c.id) ==
          QStringList{QStringLiteral("Training bejegening"), QStringLiteral("Terugbelafspraken vastleggen")});
}
