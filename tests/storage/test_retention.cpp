// Retention: which closed cases are due (boundary dates computed by hand), destruction and
// anonymisation of the selection in one transaction, audited, leaving no personal text anywhere in
// the file while the statistics stay as they were.
#include "storagetestsupport.h"

#include "audit/audittrail.h"
#include "privacy/retention.h"
#include "storage/archiverepository.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/sqlquery.h"

#include <QBuffer>

#include <QSqlRecord>

namespace {

struct Fixture {
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    FixedClock clock{QDateTime(d("2030-06-15"), QTime(10, 0))};
    CaseRepository cases{*db, clock, QStringLiteral("fbakkali")};
    Retention retention{*db, clock, QStringLiteral("beheer")};

    Case closed(QDate closedOn, const QString& klager) {
        Case c = intakeCase(closedOn.addDays(-30), klager);
        c.phase = Phase::Closed;
        c.outcome = Outcome::ResolvedToSatisfaction;
        c.closedOn = closedOn;
        cases.save(c);
        return c;
    }
    QStringList dueReferences() {
        QStringList refs;
        for (const RetentionCandidate& c : retention.due())
            refs << c.reference;
        return refs;
    }
    qint64 rows(const QString& sql) { return SqlQuery::scalar(*db, sql).toLongLong(); }
    // A letter as sent (the letters feature writes these; here the row itself is enough).
    void letter(qint64 caseId, const QString& body) {
        SqlQuery q(*db,
                   QStringLiteral("INSERT INTO letters (case_id, type, recipient, letter_date, created_at, author, "
                                  "body) VALUES (?, 'acknowledgement', 'Wilhelmina Zonneveld-Ouwehand', "
                                  "'2024-01-05', '2024-01-05T09:00:00.000Z', 'fbakkali', ?)"));
        q.bind(0, caseId).bind(1, body).exec();
    }
};

// A case with personal data in every place the file can hold it.
Case personal() {
    Case c = everyFieldCase();
    c.reference.clear();
    c.anonymous = false;
    c.klager = {QStringLiteral("Wilhelmina Zonneveld-Ouwehand"), QStringLiteral("Kerkstraat 12\n9999 ZZ Ergens"),
                QStringLiteral("06-11223344"), QStringLiteral("w.zonneveld@example.nl")};
    c.story = QStringLiteral("Mevrouw Zonneveld-Ouwehand vertelt over haar dochter.");
    c.closedOn = d("2024-01-10");
    c.sentToOmbudsman = QDate();
    c.events.append({0, QDateTime(d("2024-01-09"), QTime(9, 0)), EventKind::Note, QStringLiteral("fbakkali"),
                     QStringLiteral("Gebeld met Wilhelmina Zonneveld-Ouwehand op 06-11223344.")});
    c.parts.append({QStringLiteral("Zonneveld-Ouwehand niet teruggebeld"), QStringLiteral("Klopt."), Outcome::Upheld});
    return c;
}

} // namespace

TEST_CASE("closed cases are due once closing day plus five years lies before today") {
    Fixture f;
    // Today 2030-06-15: closed 2025-06-14 is due since 2030-06-14 (yesterday); 2025-06-15 only tomorrow.
    const Case yesterday = f.closed(d("2025-06-14"), QStringLiteral("A"));
    f.closed(d("2025-06-15"), QStringLiteral("B"));
    f.closed(d("2025-06-16"), QStringLiteral("C"));
    const Case older = f.closed(d("2021-02-01"), QStringLiteral("D"));
    Case open = intakeCase(d("2020-01-06"));
    f.cases.save(open);
    CHECK(f.dueReferences() == QStringList{older.reference, yesterday.reference});
    const QList<RetentionCandidate> due = f.retention.due();
    CHECK(due.at(1).dueSince == d("2030-06-14"));
    CHECK(due.at(1).outcome == Outcome::ResolvedToSatisfaction);
    f.clock.set(QDateTime(d("2030-06-16"), QTime(8, 0)));
    CHECK(f.dueReferences().size() == 3);
}

TEST_CASE("a case closed on 29 February is due from 28 February five years on") {
    CHECK(Selectielijst::status(Phase::Closed, Outcome::Upheld, d("2024-02-29"), {}, std::nullopt).archiveDate ==
          d("2029-02-28"));
    Fixture f;
    f.clock.set(QDateTime(d("2029-02-28"), QTime(10, 0)));
    f.closed(d("2024-02-29"), QStringLiteral("Schrikkel"));
    CHECK(f.dueReferences().isEmpty());
    f.clock.set(QDateTime(d("2029-03-01"), QTime(10, 0)));
    CHECK(f.dueReferences().size() == 1);
}

TEST_CASE("destroying takes the case with everything and leaves one destroy row with the reference") {
    Fixture f;
    Case gone = personal();
    f.cases.save(gone);
    f.letter(gone.id, QStringLiteral("Geachte mevrouw Zonneveld-Ouwehand,"));
    const Case kept = f.closed(d("2029-01-10"), QStringLiteral("De heer B. de Vries"));
    f.retention.destroy({gone.id});
    CHECK_FALSE(f.cases.findByReference(gone.reference).has_value());
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM events WHERE case_id = %1").arg(gone.id)) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM complaint_parts WHERE case_id = %1").arg(gone.id)) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM letters WHERE case_id = %1").arg(gone.id)) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM case_themes WHERE case_id = %1").arg(gone.id)) == 0);
    CHECK(f.cases.findByReference(kept.reference).has_value());
    CHECK(f.cases.search(QStringLiteral("Zonneveld")).isEmpty());
    AuditFilter filter;
    filter.reference = gone.reference;
    const QList<AuditRow> trail = AuditTrail(*f.db).rows(filter);
    REQUIRE_FALSE(trail.isEmpty());
    CHECK(trail.constLast().entry.action == QStringLiteral("destroy"));
    CHECK(trail.constLast().entry.user == QStringLiteral("beheer"));
    CHECK(trail.constLast().entry.oldValue == gone.reference);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM audit_log WHERE old_value LIKE '%Zonneveld%' OR new_value LIKE "
                                "'%Zonneveld%'")) == 0);
    CHECK_FALSE(readFile(f.db->path()).contains("Zonneveld"));
}

TEST_CASE("a case that is not due is refused and nothing of the selection changes") {
    Fixture f;
    Case due = personal();
    f.cases.save(due);
    const Case stored = f.cases.load(due.id);
    const Case recent = f.closed(d("2029-01-10"), QStringLiteral("De heer B. de Vries"));
    Case open = intakeCase(d("2020-01-06"));
    f.cases.save(open);
    for (qint64 notDue : {recent.id, open.id}) {
        try {
            f.retention.anonymise({due.id, notDue});
            FAIL("a case not due was anonymised");
        } catch (const StorageError& e) {
            CHECK(e.message().contains(QStringLiteral("Er is niets gewijzigd")));
        }
        CHECK_THROWS_AS(f.retention.destroy({due.id, notDue}), StorageError);
    }
    CHECK(f.cases.load(due.id) == stored);
}

TEST_CASE("anonymising removes every personal text from the whole file and keeps what statistics need") {
    Fixture f;
    Case c = personal();
    f.cases.save(c);
    f.letter(c.id, QStringLiteral("Geachte mevrouw Zonneveld-Ouwehand, wij bevestigen uw klacht."));
    Case other = f.closed(d("2024-02-01"), QStringLiteral("De heer B. de Vries"));
    const Case before = f.cases.load(c.id);
    REQUIRE(f.cases.search(QStringLiteral("Zonneveld")).size() == 1);

    f.retention.anonymise({c.id});

    const Case after = f.cases.load(c.id);
    CHECK(after.klager == Person{});
    CHECK(after.representative == Representative{});
    CHECK(after.subject.employee.isEmpty());
    CHECK(after.story.isEmpty());
    CHECK(after.desiredOutcome.isEmpty());
    CHECK(after.conclusions.isEmpty());
    for (const ComplaintPart& p : after.parts)
        CHECK((p.description.isEmpty() && p.findings.isEmpty()));
    for (const CaseEvent& e : after.events)
        CHECK(e.text.isEmpty());
    // What the yearly report counts stays.
    CHECK(after.kind == before.kind);
    CHECK(after.channel == before.channel);
    CHECK(after.received == before.received);
    CHECK(after.closedOn == before.closedOn);
    CHECK(after.domain == before.domain);
    CHECK(after.themes == before.themes);
    CHECK(after.subject.department == before.subject.department);
    CHECK(after.subject.provider == before.subject.provider);
    CHECK(after.phase == before.phase);
    CHECK(after.outcome == before.outcome);
    CHECK(after.handler == before.handler);
    CHECK(after.parts.size() == before.parts.size());
    CHECK(after.parts.at(0).judgment == before.parts.at(0).judgment);
    CHECK(after.events.size() == before.events.size());
    CHECK(after.revision == before.revision + 1);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM letters WHERE case_id = %1").arg(c.id)) == 0);
    // The other case is untouched.
    CHECK(f.cases.load(other.id).klager.name == QStringLiteral("De heer B. de Vries"));

    // Nowhere in any table, full-text index included, and not in the bytes of the file.
    CHECK(f.cases.search(QStringLiteral("Zonneveld")).isEmpty());
    CHECK(f.cases.search(QStringLiteral("11223344")).isEmpty());
    SqlQuery tables(*f.db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    tables.exec();
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    REQUIRE(names.contains(QStringLiteral("letters")));
    for (const QString& table : std::as_const(names)) {
        SqlQuery q(*f.db, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        q.exec();
        while (q.next()) {
            for (int i = 0; i < q.raw().record().count(); ++i) {
                const QByteArray v = q.value(i).toByteArray();
                INFO(table.toStdString() << " column " << i);
                CHECK_FALSE(v.contains("Zonneveld"));
                CHECK_FALSE(v.contains("zonneveld"));
                CHECK_FALSE(v.contains("11223344"));
            }
        }
    }
    const QByteArray bytes = readFile(f.db->path());
    CHECK_FALSE(bytes.contains("Zonneveld"));
    CHECK_FALSE(bytes.contains("zonneveld"));
    CHECK_FALSE(bytes.contains("Kerkstraat"));

    // Recorded, and listed as anonymised from then on.
    AuditFilter filter;
    filter.reference = c.reference;
    CHECK(AuditTrail(*f.db).rows(filter).constLast().entry.action == QStringLiteral("anonymise"));
    bool listed = false;
    for (const RetentionCandidate& due : f.retention.due()) {
        if (due.id == c.id) {
            listed = true;
            CHECK(due.anonymisedOn == d("2030-06-15"));
        }
    }
    CHECK(listed);
}

TEST_CASE("anonymising takes the case's documents with every byte of them") {
    Fixture f;
    Case c = personal();
    f.cases.save(c);
    QByteArray scan = "FOTO-VAN-DE-BRIEF-ZONNEVELD";
    scan += QByteArray(300 * 1024, '\x7f');
    NewDocument d;
    d.caseId = c.id;
    d.name = QStringLiteral("brief Zonneveld.jpg");
    d.kind = DocumentKind::Attachment;
    QBuffer buffer(&scan);
    buffer.open(QIODevice::ReadOnly);
    DocumentRepository(*f.db, f.clock, QStringLiteral("fbakkali")).add(d, buffer, 50 * 1024 * 1024);
    REQUIRE((readFile(f.db->path() + QStringLiteral("-wal")).contains("FOTO-VAN-DE-BRIEF") ||
             readFile(f.db->path()).contains("FOTO-VAN-DE-BRIEF")));
    f.retention.anonymise({c.id});
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM documents WHERE case_id = %1").arg(c.id)) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM document_chunks")) == 0);
    CHECK_FALSE(readFile(f.db->path()).contains("FOTO-VAN-DE-BRIEF"));
    CHECK_FALSE(readFile(f.db->path()).contains("Zonneveld"));
    CHECK(f.cases.load(c.id).outcome == c.outcome); // the case itself stays, for the figures
}

TEST_CASE("each case is due by its own Selectielijst result: one year, five, ten, or never") {
    Fixture f; // today 2030-06-15
    const auto closedWith = [&](QDate closedOn, Outcome outcome, QDate ombudsman = {}) {
        Case c = intakeCase(closedOn.addDays(-30), QStringLiteral("X"));
        c.phase = Phase::Closed;
        c.outcome = outcome;
        c.closedOn = closedOn;
        c.sentToOmbudsman = ombudsman;
        f.cases.save(c);
        return c;
    };
    // Withdrawn 2029-06-14: 13.2, one year, archive date 2030-06-14: due.
    const Case withdrawn = closedWith(d("2029-06-14"), Outcome::Withdrawn);
    // Not handled 2029-06-15: 13.1.4, archive date 2030-06-15 is today: not yet.
    closedWith(d("2029-06-15"), Outcome::NotHandled);
    // Upheld 2025-06-14: 13.1, five years: due since 2030-06-14.
    const Case upheld = closedWith(d("2025-06-14"), Outcome::Upheld);
    // Same, but the klager went to the ombudsman: 13.1.2, until 2035-06-14.
    const Case ombudsman = closedWith(d("2025-06-14"), Outcome::Upheld, d("2025-09-01"));
    // Rejected 2021-01-05, kept for good by the beheerder (13.1.3).
    const Case kept = closedWith(d("2021-01-05"), Outcome::Rejected);
    ArchiveRepository(*f.db, f.clock, QStringLiteral("beheer"))
        .set(kept.id, ArchiveResult::AffectsKeptCase, QStringLiteral("Leidde tot een beleidswijziging"),
             ArchiveResult::Handled);

    const QList<RetentionCandidate> due = f.retention.due();
    QStringList refs;
    for (const RetentionCandidate& c : due)
        refs << c.reference;
    CHECK(refs == QStringList{upheld.reference, withdrawn.reference});
    CHECK(due.at(0).result == ArchiveResult::Handled);
    CHECK(due.at(0).dueSince == d("2030-06-14"));
    CHECK(due.at(1).result == ArchiveResult::Aborted);
    CHECK(due.at(1).dueSince == d("2030-06-14"));
    CHECK_THROWS_AS(f.retention.destroy({ombudsman.id}), StorageError);
    CHECK_THROWS_AS(f.retention.destroy({kept.id}), StorageError);
    f.clock.set(QDateTime(d("2035-06-15"), QTime(9, 0)));
    bool ombudsmanDue = false;
    for (const RetentionCandidate& c : f.retention.due()) {
        ombudsmanDue = ombudsmanDue || c.id == ombudsman.id;
        CHECK(c.id != kept.id);
    }
    CHECK(ombudsmanDue);
}

TEST_CASE("retention takes the words that only the erased cases held out of the team server's list of words") {
    // On the team server a search looks a word start up in search_words, which the writes fill; a name that only
    // a destroyed or anonymised case held must not stay there (AVG). The file's index loses the words with the
    // rows; on both, the search no longer finds the case by them.
    BOTH_BACKENDS();
    Fixture f;
    Case destroyed = f.closed(d("2024-01-10"), QStringLiteral("Wilhelmina Zonneveld-Ouwehand"));
    destroyed.events.append({0, QDateTime(d("2024-01-09"), QTime(9, 0)), EventKind::Note, QStringLiteral("fbakkali"),
                             QStringLiteral("Teruggebeld aan de Quakkelaarsteeg.")});
    f.cases.save(destroyed);
    const Case anonymised = f.closed(d("2024-02-10"), QStringLiteral("Bartholomeus Zonneveld"));
    const Case kept = f.closed(d("2029-01-10"), QStringLiteral("Pieter Zonneveld")); // not due until 2034
    f.retention.destroy({destroyed.id});
    f.retention.anonymise({anonymised.id});

    if (BackendScope::current() == SqlBackend::PostgreSQL) {
        QStringList words;
        SqlQuery q(*f.db, QStringLiteral("SELECT word FROM search_words WHERE word IN ('wilhelmina', 'zonneveld', "
                                         "'ouwehand', 'quakkelaarsteeg', 'bartholomeus', 'pieter') ORDER BY word"));
        q.exec();
        while (q.next())
            words << q.value(0).toString();
        CHECK(words == QStringList{QStringLiteral("pieter"), QStringLiteral("zonneveld")});
    }
    for (const char* gone : {"ouwehand", "quakk", "bartholomeus", "wilhel"})
        CHECK(f.cases.search(QString::fromLatin1(gone)).isEmpty());
    const QList<Case> found = f.cases.search(QStringLiteral("zonnev"));
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == kept.id);
}
