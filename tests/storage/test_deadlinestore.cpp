// The next deadlines stored with every case (DeadlineStore, table case_deadlines): the rows of a
// hand-made municipality worked out by hand, and for every kind of write the stored rows equal the
// engine's. 2025: Goede Vrijdag 18 Apr, Paasmaandag 21 Apr, Koningsdag Sat 26 Apr, Bevrijdingsdag
// Mon 5 May, Hemelvaart Thu 29 May and the decreed Fri 30 May, Pinkstermaandag 9 Jun. The default
// policy terms: acknowledgement and first contact within 5 working days.
#include "storagetestsupport.h"

#include "demo/demogenerator.h"
#include "import/importer.h"
#include "session/municipalitysession.h"
#include "storage/calendarstore.h"
#include "storage/caserepository.h"
#include "storage/deadlinestore.h"
#include "storage/integritycheck.h"
#include "storage/municipalityfile.h"
#include "storage/municipalitysettings.h"
#include "storage/sqlquery.h"

#include <QFile>

namespace {

struct Municipality {
    TempDir dir;
    FixedClock clock{d("2025-05-08")};
    QString path = dir.path(QStringLiteral("proefstad.aantafel"));
    std::unique_ptr<MunicipalitySession> session;

    Municipality() {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Proefstad");
        session =
            std::make_unique<MunicipalitySession>(MunicipalityFile::create(path, settings, user()), clock, user());
    }
    static QString user() { return QStringLiteral("coördinator"); }

    Case add(Case c) {
        session->cases().save(c);
        return c;
    }
    // What the file holds for the case and what the engine says it must hold, in one order.
    QList<StoredDeadline> stored(const Case& c) { return DeadlineStore(session->database()).stored(c.id); }
    QList<StoredDeadline> expected(qint64 id) {
        QList<StoredDeadline> list = DeadlineStore::expected(session->engine(), session->cases().load(id));
        std::sort(list.begin(), list.end(), [](const StoredDeadline& a, const StoredDeadline& b) {
            return a.due != b.due ? a.due < b.due : a.kind < b.kind;
        });
        return list;
    }
    // Every case of the file agrees with the engine (what aantafel-cli check verifies).
    QStringList differences() { return DeadlineStore(session->database()).verify(); }
};

Case complaint(const char* reference, CaseKind kind, const char* received, Phase phase = Phase::Informal) {
    Case c;
    c.reference = QString::fromLatin1(reference);
    c.kind = kind;
    c.channel = kind == CaseKind::WrittenComplaint ? Channel::Letter : Channel::Phone;
    c.received = d(received);
    c.klager.name = QStringLiteral("Klager van ") + c.reference;
    c.handler = QStringLiteral("Anna Bakker");
    c.phase = phase;
    return c;
}

// A written complaint whose acknowledgement and first contact were made, so that the terms the row is
// about remain.
Case underWay(const char* reference, const char* received, Phase phase = Phase::Formal) {
    Case c = complaint(reference, CaseKind::WrittenComplaint, received, phase);
    c.acknowledgementSent = c.received.addDays(1);
    c.firstContactOn = c.received.addDays(1);
    return c;
}

QStringList lines(std::initializer_list<const char*> texts) {
    QStringList result;
    for (const char* t : texts)
        result << QString::fromUtf8(t);
    return result;
}

// "kind due basis [next]" per stored row.
QStringList text(const QList<StoredDeadline>& rows) {
    QStringList result;
    for (const StoredDeadline& r : rows) {
        result << DeadlineText::code(r.kind) + QLatin1Char(' ') + r.due.toString(Qt::ISODate) + QLatin1Char(' ') +
                      r.basis + (r.next ? QStringLiteral(" next") : QString());
    }
    return result;
}

} // namespace

TEST_CASE("the stored next deadlines of every phase, worked out by hand", "[deadlinestore]") {
    Municipality m;
    struct Row {
        Case c;
        QStringList rows;
    };
    QList<Row> table;
    // Intake, written, received Fri 7 Mar 2025, nothing done yet. Acknowledgement and first contact
    // (policy): + 5 working days = Mon 10 … Fri 14 Mar; the acknowledgement comes first in the engine's
    // order and is the next one. Handling (9:11 lid 1): + 6 weeks = Fri 18 Apr Goede Vrijdag, Atw art. 1
    // → Sat, Sun, Mon 21 Apr Paasmaandag → Tue 22 Apr.
    table << Row{complaint("KL-2025-0001", CaseKind::WrittenComplaint, "2025-03-07", Phase::Intake),
                 lines({"acknowledgement 2025-03-14 policy next", "first_contact 2025-03-14 policy",
                        "handling 2025-04-22 law"})};
    // Oral, informal, received Mon 28 Apr, contacted: handling by analogy, + 6 weeks = Mon 9 Jun
    // Pinkstermaandag → Tue 10 Jun.
    Case informal = complaint("KL-2025-0002", CaseKind::OralComplaint, "2025-04-28");
    informal.firstContactOn = d("2025-04-30");
    table << Row{informal, lines({"handling 2025-06-10 analogy next"})};
    // Verdaging notified Tue 1 Apr, before the 6 weeks ended (Fri 11 Apr): 9:11 lid 2, received Fri 28 Feb
    // + (6 + 4) weeks = Fri 9 May; the ordinary term is superseded and not stored.
    Case adjourned = underWay("KL-2025-0003", "2025-02-28");
    adjourned.adjournedOn = d("2025-04-01");
    adjourned.hearingException = HearingException::KlagerWaived;
    table << Row{adjourned, lines({"adjourned_handling 2025-05-09 law next"})};
    // Committee (afdeling 9.1.3), received Sat 1 Feb, verdaging Thu 20 Mar (within the 10 weeks):
    // + (10 + 4) weeks = Sat 10 May, not moved (Atw art. 4: more than twelve weeks).
    Case committee = underWay("KL-2025-0004", "2025-02-01");
    committee.committee = true;
    committee.adjournedOn = d("2025-03-20");
    committee.hearingException = HearingException::KlagerWaived;
    table << Row{committee, lines({"adjourned_handling 2025-05-10 law next"})};
    // Consent to further delay (9:11 lid 3): received Fri 10 Jan, verdaging Fri 14 Feb (before Fri 21 Feb),
    // consent Fri 14 Mar (before the adjourned Fri 21 Mar), agreed Wed 7 May.
    Case agreed = underWay("KL-2025-0005", "2025-01-10");
    agreed.adjournedOn = d("2025-02-14");
    agreed.consentReceived = d("2025-03-14");
    agreed.agreedDueDate = d("2025-05-07");
    agreed.hearingPlanned = d("2025-03-20");
    agreed.hearingHeld = d("2025-03-20");
    table << Row{agreed, lines({"agreed_delay 2025-05-07 law next"})};
    // Niet-behandelen (9:8 lid 1 b recorded as the ground): the notice (9:8 lid 3) received Thu 10 Apr
    // + 4 weeks = Thu 8 May; handling + 6 weeks = Thu 22 May.
    Case notice = underWay("KL-2025-0006", "2025-04-10", Phase::Informal);
    notice.conductDate = d("2024-01-15");
    notice.nonHandlingGround = NonHandlingGround::OlderThanOneYear;
    table << Row{notice, lines({"non_handling_notice 2025-05-08 law next", "handling 2025-05-22 law"})};
    // Closed as not handled, notice sent: nothing owed (the ombudsman term is only informational).
    Case declined = notice;
    declined.reference = QStringLiteral("KL-2025-0007");
    declined.phase = Phase::Closed;
    declined.outcome = Outcome::NotHandled;
    declined.nonHandlingNoticeSent = d("2025-05-01");
    declined.closedOn = d("2025-05-01");
    table << Row{declined, QStringList()};
    // Hearing planned Thu 8 May (9:10); handling received Thu 3 Apr + 6 weeks = Thu 15 May.
    Case hearing = underWay("KL-2025-0008", "2025-04-03");
    hearing.hearingPlanned = d("2025-05-08");
    table << Row{hearing, lines({"hearing 2025-05-08 law next", "handling 2025-05-15 law"})};
    // Closed, resolved to satisfaction (9:5), the "hoe gaat het nu?" call of Tue 6 May still to make.
    Case resolved = complaint("KL-2025-0009", CaseKind::OralComplaint, "2025-03-17", Phase::Closed);
    resolved.firstContactOn = d("2025-03-18");
    resolved.outcome = Outcome::ResolvedToSatisfaction;
    resolved.closedOn = d("2025-04-14");
    resolved.followUpDue = d("2025-05-06");
    table << Row{resolved, lines({"follow_up 2025-05-06 policy next"})};
    // The same after the call: nothing.
    Case called = resolved;
    called.reference = QStringLiteral("KL-2025-0010");
    called.followUpDone = d("2025-05-05");
    table << Row{called, QStringList()};
    // Judged and the afdoening sent: nothing.
    Case judged = underWay("KL-2025-0011", "2025-02-03", Phase::Closed);
    judged.outcome = Outcome::Rejected;
    judged.hearingHeld = d("2025-03-03");
    judged.closingNoticeSent = d("2025-03-10");
    judged.closedOn = d("2025-03-10");
    table << Row{judged, QStringList()};
    // A signal owes no terms.
    table << Row{complaint("KL-2025-0012", CaseKind::Signal, "2025-04-01"), QStringList()};
    // About a besluit made known Mon 31 Mar: bezwaar (6:7) + 6 weeks = Mon 12 May, stored but never the
    // next one (the term runs for the klager); handling received Tue 1 Apr + 6 weeks = Tue 13 May.
    Case objection = complaint("KL-2025-0013", CaseKind::OralComplaint, "2025-04-01");
    objection.firstContactOn = d("2025-04-02");
    objection.aboutDecisionContent = true;
    objection.decisionPublished = d("2025-03-31");
    table << Row{objection, lines({"objection_term 2025-05-12 law", "handling 2025-05-13 analogy next"})};
    // Warme overdracht, check back Tue 13 May (policy); handling + 6 weeks from Mon 28 Apr = Tue 10 Jun.
    Case referred = complaint("KL-2025-0014", CaseKind::OralComplaint, "2025-04-28", Phase::Referred);
    referred.firstContactOn = d("2025-04-29");
    referred.referralProvider = QStringLiteral("Zorggroep Oost");
    referred.referralFollowUp = d("2025-05-13");
    table << Row{referred, lines({"referral_feedback 2025-05-13 policy next", "handling 2025-06-10 analogy"})};

    for (Row& row : table) {
        const Case saved = m.add(row.c);
        INFO(saved.reference.toStdString());
        CHECK(text(m.stored(saved)) == row.rows);
        CHECK(m.stored(saved) == m.expected(saved.id));
    }
    CHECK(m.differences().isEmpty());

    // The counting days travel along for the warning about years without decreed days: the
    // acknowledgement counts working days from the day after receipt, the handling term from its nominal
    // end (Fri 18 Apr); a fixed date (the agreed delay) depends on none.
    const QList<StoredDeadline> first = m.stored(*m.session->cases().findByReference(QStringLiteral("KL-2025-0001")));
    REQUIRE(first.size() == 3);
    CHECK(first.at(0).calendarFrom == d("2025-03-08"));
    CHECK(first.at(2).calendarFrom == d("2025-04-18"));
    CHECK_FALSE(
        m.stored(*m.session->cases().findByReference(QStringLiteral("KL-2025-0005"))).at(0).calendarFrom.isValid());
}

TEST_CASE("a save that moves a deadline moves the stored one in the same transaction", "[deadlinestore]") {
    Municipality m;
    Case c = m.add(complaint("KL-2025-0001", CaseKind::WrittenComplaint, "2025-03-07", Phase::Intake));
    // The acknowledgement goes out: the first contact (Fri 14 Mar) is next.
    c.acknowledgementSent = d("2025-03-10");
    m.session->cases().save(c);
    CHECK(text(m.stored(c)) == lines({"first_contact 2025-03-14 policy next", "handling 2025-04-22 law"}));
    // A save that fails (a stale revision) leaves the stored rows as they were.
    Case stale = c;
    stale.revision -= 1;
    stale.firstContactOn = d("2025-03-11");
    CHECK_THROWS_AS(m.session->cases().save(stale), StorageError);
    CHECK(text(m.stored(c)) == lines({"first_contact 2025-03-14 policy next", "handling 2025-04-22 law"}));
    // Closing the case clears them; removing it leaves nothing behind.
    c.firstContactOn = d("2025-03-11");
    c.phase = Phase::Closed;
    c.outcome = Outcome::Withdrawn;
    c.closedOn = d("2025-03-20");
    m.session->cases().save(c);
    CHECK(m.stored(c).isEmpty());
    Case other = m.add(complaint("KL-2025-0002", CaseKind::WrittenComplaint, "2025-03-07", Phase::Intake));
    REQUIRE(m.stored(other).size() == 3);
    m.session->cases().remove(other.id);
    CHECK(SqlQuery::scalar(m.session->database(), QStringLiteral("SELECT count(*) FROM case_deadlines")).toInt() == 0);
    CHECK(m.differences().isEmpty());
}

TEST_CASE("a new decreed day and new policy terms move every stored deadline with them", "[deadlinestore]") {
    Municipality m;
    // Received Thu 25 Mar 2027. Acknowledgement and first contact + 5 working days: Fri 26 Mar Goede
    // Vrijdag and Mon 29 Mar Paasmaandag do not count: Tue 30, Wed 31, Thu 1, Fri 2, Mon 5 Apr.
    // Handling + 6 weeks = Thu 6 May Hemelvaart → Fri 7 May decreed → Mon 10 May.
    Case c = m.add(complaint("KL-2027-0001", CaseKind::WrittenComplaint, "2027-03-25", Phase::Intake));
    CHECK(text(m.stored(c)) == lines({"acknowledgement 2027-04-05 policy next", "first_contact 2027-04-05 policy",
                                      "handling 2027-05-10 law"}));
    // Without the decreed Fri 7 May the handling term ends that Friday.
    CalendarStore(m.session->database()).removeDecreedDay(d("2027-05-07"), Municipality::user());
    CHECK(text(m.stored(c)).last() == QStringLiteral("handling 2027-05-07 law"));
    // A decreed Tue 30 Mar: Wed 31, Thu 1, Fri 2, Mon 5, Tue 6 Apr.
    CalendarStore(m.session->database()).addDecreedDay(d("2027-03-30"), QStringLiteral("proef"), Municipality::user());
    CHECK(text(m.stored(c)) == lines({"acknowledgement 2027-04-06 policy next", "first_contact 2027-04-06 policy",
                                      "handling 2027-05-07 law"}));
    // Seven working days for the acknowledgement: … Tue 6, Wed 7, Thu 8 Apr; the first contact is next.
    MunicipalitySettings settings = MunicipalitySettingsStore(m.session->database()).load();
    settings.terms.acknowledgementWorkingDays = 7;
    m.session->saveSettings(settings);
    CHECK(text(m.stored(c)) == lines({"first_contact 2027-04-06 policy next", "acknowledgement 2027-04-08 policy",
                                      "handling 2027-05-07 law"}));
    CHECK(m.differences().isEmpty());
}

TEST_CASE("aantafel-cli check reports a stored deadline that differs from the engine's", "[deadlinestore]") {
    Municipality m;
    const Case c = m.add(complaint("KL-2025-0001", CaseKind::WrittenComplaint, "2025-03-07", Phase::Intake));
    const Case closed = m.add([] {
        Case x = underWay("KL-2025-0002", "2025-02-03", Phase::Closed);
        x.outcome = Outcome::Withdrawn;
        x.closedOn = d("2025-02-20");
        return x;
    }());
    // What the check says of the hand-made cases otherwise (their workflow) stays as it is.
    const QStringList before = IntegrityCheck::run(m.session->database(), m.session->workflow());
    CHECK(m.differences().isEmpty());
    // Another program moves the handling term and gives the closed case a deadline.
    SqlQuery::run(m.session->database(),
                  QStringLiteral("UPDATE case_deadlines SET due = '2025-04-25' WHERE kind = 'handling'"));
    SqlQuery::run(m.session->database(), QStringLiteral("INSERT INTO case_deadlines (case_id, kind, due, basis, next) "
                                                        "VALUES (%1, 'handling', '2025-03-17', 'law', 1)")
                                             .arg(closed.id));
    QStringList problems = IntegrityCheck::run(m.session->database(), m.session->workflow());
    for (const QString& known : before)
        problems.removeOne(known);
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).startsWith(QStringLiteral("KL-2025-0001: de opgeslagen termijnen wijken af")));
    CHECK(problems.at(0).contains(QStringLiteral("handling 2025-04-25")));
    CHECK(problems.at(0).contains(QStringLiteral("handling 2025-04-22")));
    CHECK(problems.at(1).startsWith(QStringLiteral("KL-2025-0002: er zijn termijnen opgeslagen")));
    // Saving the case again puts its rows right.
    Case again = m.session->cases().load(c.id);
    m.session->cases().save(again);
    CHECK(m.differences().size() == 1);
}

TEST_CASE("a file from before the stored deadlines is filled when it is migrated", "[deadlinestore]") {
    TempDir dir;
    // Build the older file by hand: version 7 had no case_deadlines.
    {
        FixedClock clock{d("2025-05-08")};
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Oud");
        auto db = MunicipalityFile::create(dir.path(QStringLiteral("v7.aantafel")), settings, QStringLiteral("x"));
        CaseRepository cases(*db, clock, QStringLiteral("x"));
        Case a = complaint("KL-2025-0001", CaseKind::WrittenComplaint, "2025-03-07", Phase::Intake);
        cases.save(a);
        Case b = complaint("KL-2025-0002", CaseKind::OralComplaint, "2025-04-28");
        cases.save(b);
    }
    {
        RawConnection raw(dir.path(QStringLiteral("v7.aantafel")));
        REQUIRE(
            raw.exec("DROP TABLE case_deadlines; DROP INDEX cases_closed_on; DROP INDEX cases_open_handler; "
                     "DROP INDEX cases_ombudsman_sent; DROP INDEX cases_ombudsman_outcome; DROP INDEX audit_log_phase; "
                     "DROP INDEX cases_year_report; PRAGMA user_version = 7") == 0);
    }
    auto db = Database::open(dir.path(QStringLiteral("v7.aantafel")));
    CHECK(db->schemaVersion() == Database::CurrentVersion);
    // The klaagschrift: acknowledgement, first contact, handling; the oral complaint: first contact, handling.
    CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT count(*) FROM case_deadlines")).toInt() == 5);
    CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'case_deadlines_fill'"))
              .toInt() == 0);
    CHECK(DeadlineStore(*db).verify().isEmpty());
}

TEST_CASE("a generated municipality and an import store exactly the engine's deadlines", "[deadlinestore]") {
    // The demo writes through the bulk insert that the import uses too: every phase, verdaging,
    // committee, niet-behandelen, informal and closed cases of the demo municipality.
    Municipality m;
    DemoOptions options;
    options.cases = 1500;
    options.seed = 11;
    DemoGenerator(m.session->engine(), m.clock, options.seed).populate(m.session->database(), options);
    CHECK(m.differences().isEmpty());
    const int rows =
        SqlQuery::scalar(m.session->database(), QStringLiteral("SELECT count(*) FROM case_deadlines")).toInt();
    CHECK(rows > 100);
    for (const char* kind : {"acknowledgement", "first_contact", "handling", "adjourned_handling", "follow_up"}) {
        INFO(kind);
        CHECK(
            SqlQuery::scalar(
                m.session->database(),
                QStringLiteral("SELECT count(*) FROM case_deadlines WHERE kind = '%1'").arg(QString::fromLatin1(kind)))
                .toInt() > 0);
    }
    // Every case that may owe a deadline has exactly one next deadline or none at all.
    CHECK(SqlQuery::scalar(m.session->database(), QStringLiteral("SELECT count(*) FROM (SELECT case_id FROM "
                                                                 "case_deadlines GROUP BY case_id HAVING "
                                                                 "sum(next) > 1)"))
              .toInt() == 0);
}

TEST_CASE("the next deadline of every case reads back with its case field for field as it was stored",
          "[deadlinestore]") {
    Municipality m;
    // Received Fri 7 Mar 2025, acknowledged Mon 10 Mar: the first contact is due five working days
    // after receipt (Mon 10 … Fri 14 Mar, policy) and is next; the handling term, six weeks (art. 9:11
    // lid 1 Awb), ends on Fri 18 Apr, Goede Vrijdag (Atw art. 3 lid 2), then Sat, Sun, and Mon 21 Apr,
    // Paasmaandag: it runs on to Tue 22 Apr (Atw art. 1).
    Case c = complaint("KL-2025-0001", CaseKind::WrittenComplaint, "2025-03-07", Phase::Intake);
    c.acknowledgementSent = d("2025-03-10");
    c = m.add(c);
    const QList<StoredDeadline> stored = m.stored(c);
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(1).kind == DeadlineKind::Handling);
    CHECK(stored.at(1).due == d("2025-04-22"));
    CHECK(stored.at(1).basis == QStringLiteral("law"));
    CHECK_FALSE(stored.at(1).next);
    CHECK(stored.at(1).calendarFrom.isValid());

    // A closed case owes nothing: it reads with no next deadline.
    const Case closed = m.add([] {
        Case x = underWay("KL-2025-0002", "2025-02-03", Phase::Closed);
        x.outcome = Outcome::Withdrawn;
        x.closedOn = d("2025-02-20");
        return x;
    }());
    REQUIRE(m.stored(closed).isEmpty());

    // Read with its case in one query (aantafel-cli list), newest first.
    QList<std::pair<QString, std::optional<StoredDeadline>>> read;
    m.session->cases().forEachWithNextDeadline({}, CaseRow::Scope::Summary,
                                               [&read](const Case& any, const std::optional<StoredDeadline>& next) {
                                                   read.append({any.reference, next});
                                               });
    REQUIRE(read.size() == 2);
    CHECK(read.at(0).first == c.reference);
    CHECK(read.at(1).first == closed.reference);
    CHECK_FALSE(read.at(1).second.has_value());
    REQUIRE(read.at(0).second.has_value());
    const StoredDeadline& first = *read.at(0).second;
    CHECK(first.kind == DeadlineKind::FirstContact);
    CHECK(first.due == d("2025-03-14"));
    CHECK(first.basis == QStringLiteral("policy"));
    CHECK(first.next);
    // Every field, the counting day included, as stored() and the engine give it.
    CHECK(first == stored.at(0));
    CHECK(stored == m.expected(c.id));
}
