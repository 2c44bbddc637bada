// A file of the version before the law migration migrates to what the law needs recorded without losing
// anything: a judged case with a sent afdoeningsbrief takes that letter's date as its written
// afdoening, an imported case is marked as imported, the timeline's texts stay as they were; and
// aantafel-cli check then reports the cases that break the new rules, without changing the file.
#include "storagetestsupport.h"

#include "cli/cli.h"
#include "cli/clirun.h"
#include "letters/letterstore.h"
#include "storage/caserepository.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"

namespace {

// The migration that adds what chapter 9 needs recorded (migrations.cpp); the file is taken back to
// the version before it.
constexpr int LawMigration = 6;

// What the later migrations (the complete dossier, v7) add, taken away first so that the file is what the
// version before the law migration wrote.
const char* const LaterStatements[] = {"DROP INDEX audit_log_phase",
                                       "DROP INDEX cases_year_report",
                                       "DROP TABLE case_deadlines",
                                       "DROP INDEX cases_closed_on",
                                       "DROP INDEX cases_open_handler",
                                       "DROP INDEX cases_ombudsman_sent",
                                       "DROP INDEX cases_ombudsman_outcome",
                                       "DROP TABLE documents_fts",
                                       "DROP TABLE document_chunks",
                                       "DROP TABLE documents",
                                       "DROP TABLE case_archive",
                                       "ALTER TABLE cases DROP COLUMN ombudsman_kind",
                                       "ALTER TABLE cases DROP COLUMN ombudsman_outcome",
                                       "ALTER TABLE cases DROP COLUMN ombudsman_outcome_on",
                                       "ALTER TABLE letters DROP COLUMN pdf",
                                       "ALTER TABLE letters DROP COLUMN pdf_sha256"};

const char* const LawColumns[] = {"klaagschrift_dated",
                                  "committee_decided_on",
                                  "committee_reason",
                                  "about_regie",
                                  "hearing_reply_term",
                                  "respondent_hearing",
                                  "respondent_heard_on",
                                  "hearing_report",
                                  "hearing_report_sent",
                                  "findings",
                                  "judgment",
                                  "closing_notice_sent",
                                  "history_imported",
                                  "committee_advice_on",
                                  "committee_advice",
                                  "committee_advice_text",
                                  "departure_reasons",
                                  "predecessor"};

Case judgedCase(const char* reference, Outcome outcome) {
    Case c = intakeCase(d("2025-03-07"));
    c.reference = QString::fromLatin1(reference);
    c.kind = CaseKind::WrittenComplaint;
    c.phase = Phase::Closed;
    c.outcome = outcome;
    c.closedOn = d("2025-04-10"); // typed as the closing day by the older version
    c.hearingHeld = d("2025-04-01");
    c.events = {{0, QDateTime(d("2025-04-10"), QTime(10, 0)), EventKind::Decision, QStringLiteral("f.bakkali"),
                 QStringLiteral("Afdoen (oordeel): van Standpunt naar Afgesloten\nOordeel: Ongegrond.")}};
    return c;
}

} // namespace

TEST_CASE("a file from before the law migration migrates, keeping every row, with the afdoening taken from its letter",
          "[law][migration]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    {
        auto db = newMunicipality(dir);
        const FixedClock clock(testNow());
        CaseRepository repository(*db, clock, QStringLiteral("f.bakkali"));
        Case withLetter = judgedCase("KL-2025-0001", Outcome::Rejected);
        Case withoutLetter = judgedCase("KL-2025-0002", Outcome::Upheld);
        Case imported = judgedCase("KL-2025-0003", Outcome::PartlyUpheld);
        imported.events = {{0, QDateTime(d("2025-05-01"), QTime(9, 0)), EventKind::Note, QStringLiteral("f.bakkali"),
                            QStringLiteral("Geïmporteerd uit register.csv (regel 4)")}};
        for (Case* c : {&withLetter, &withoutLetter, &imported})
            repository.save(*c);
        SentLetter letter;
        letter.caseId = withLetter.id;
        letter.type = LetterType::Closing;
        letter.recipient = QStringLiteral("Mevrouw A. Jansen");
        letter.letterDate = d("2025-04-15"); // sent five days after the typed closing day
        letter.html = QStringLiteral("<p>Afdoeningsbrief</p>");
        LetterStore(*db, clock, QStringLiteral("f.bakkali")).insert(letter);
    }
    {
        // Back to what the version before wrote: without the columns of the law migration.
        RawConnection raw(path);
        for (const char* statement : LaterStatements)
            REQUIRE(raw.exec(QString::fromLatin1(statement)) == 0);
        for (const char* column : LawColumns)
            REQUIRE(raw.exec(QStringLiteral("ALTER TABLE cases DROP COLUMN %1").arg(QString::fromLatin1(column))) == 0);
        REQUIRE(raw.exec("ALTER TABLE events DROP COLUMN code") == 0);
        REQUIRE(raw.exec("ALTER TABLE events DROP COLUMN params") == 0);
        REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(LawMigration - 1)) == 0);
    }

    auto db = Database::open(path);
    CHECK(db->schemaVersion() == Migrations::latestVersion());
    CHECK(db->schemaVersion() == Database::CurrentVersion);
    CHECK_FALSE(db->migrationBackupPath().isEmpty());
    const FixedClock clock(testNow());
    CaseRepository repository(*db, clock, QStringLiteral("x"));
    const Case a = *repository.findByReference(QStringLiteral("KL-2025-0001"));
    CHECK(a.closingNoticeSent == d("2025-04-15"));
    CHECK(a.closedOn == d("2025-04-10")); // kept as it was; aantafel-cli check reports the difference
    CHECK(a.judgment == Outcome::Rejected);
    REQUIRE(a.events.size() == 1);
    CHECK(a.events.first().text ==
          QStringLiteral("Afdoen (oordeel): van Standpunt naar Afgesloten\nOordeel: Ongegrond."));
    CHECK(a.events.first().code.isEmpty());
    const Case b = *repository.findByReference(QStringLiteral("KL-2025-0002"));
    CHECK_FALSE(b.closingNoticeSent.isValid());
    CHECK_FALSE(b.historyImported);
    const Case c = *repository.findByReference(QStringLiteral("KL-2025-0003"));
    CHECK(c.historyImported);
    CHECK_FALSE(c.closingNoticeSent.isValid());
    db.reset();

    // aantafel-cli check names what breaks the new rules, and changes nothing.
    const QByteArray before = fileHash(path);
    const CliResult check = runCliOn({QStringLiteral("check"), path}, d("2025-06-01"));
    CHECK(check.code == Cli::Refused);
    CHECK(check.out.contains(
        QStringLiteral("KL-2025-0002: Formeel afgesloten (Gegrond) zonder schriftelijke afdoening")));
    CHECK(check.out.contains(QStringLiteral("KL-2025-0001: Afgesloten op do 10 apr 2025, maar de afdoeningsbrief is "
                                            "van di 15 apr 2025")));
    CHECK_FALSE(check.out.contains(QStringLiteral("KL-2025-0003: Formeel afgesloten")));
    CHECK(fileHash(path) == before);
}
