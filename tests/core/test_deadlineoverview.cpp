// The coordinator's deadline overview on a real municipality file with hand-made cases, "today"
// pinned. Every date below is worked out by hand from the Awb, the Atw and the default policy terms
// (acknowledgement and first contact 5 working days, "deze week" = within 3 working days); the
// comments show the counting. 2025: Goede Vrijdag 18 Apr, Paasmaandag 21 Apr, Bevrijdingsdag Mon 5 May,
// Pinkstermaandag 9 Jun. 2026: Goede Vrijdag 3 Apr, Paasmaandag 6 Apr, Hemelvaart Thu 14 May and the
// decreed Fri 15 May. One file on purpose, longer than most: the tests share the hand-made
// municipality of addEveryKind(), and its dates are easiest to check in one place.
#include "testsupport.h"

#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "overview/deadlineoverview.h"
#include "session/municipalitysession.h"
#include "storage/municipalityfile.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>

namespace {

const QString anna = QStringLiteral("Anna Bakker");
const QString bram = QStringLiteral("Bram de Wit");

// One municipality file in a temporary directory, with a clock the test moves.
struct Municipality {
    TempDir dir;
    FixedClock clock{d("2025-05-08")};
    std::unique_ptr<MunicipalitySession> session;

    Municipality() {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Proefstad");
        const QString user = QStringLiteral("coördinator");
        session = std::make_unique<MunicipalitySession>(
            MunicipalityFile::create(dir.path(QStringLiteral("proefstad.aantafel")), settings, user), clock, user);
    }

    Case add(Case c) {
        session->cases().save(c);
        return c;
    }

    Overview on(const char* today, const OverviewFilter& filter = {}) {
        clock.set(d(today).startOfDay().addSecs(9 * 3600));
        return DeadlineOverview(*session).compute(filter);
    }
};

Case complaint(const char* reference, CaseKind kind, const char* received, const QString& handler,
               PolicyDomain domain = PolicyDomain::Wmo) {
    Case c;
    c.reference = QString::fromLatin1(reference);
    c.kind = kind;
    c.channel = kind == CaseKind::WrittenComplaint ? Channel::Letter : Channel::Phone;
    c.received = d(received);
    c.klager.name = QStringLiteral("Klager van ") + c.reference;
    c.handler = handler;
    c.domain = domain;
    c.phase = Phase::Informal;
    return c;
}

// A written complaint whose acknowledgement and first contact were made on time, so that only the
// terms the test is about remain.
Case underWay(const char* reference, const char* received, const QString& handler,
              PolicyDomain domain = PolicyDomain::Wmo) {
    Case c = complaint(reference, CaseKind::WrittenComplaint, received, handler, domain);
    c.acknowledgementSent = c.received.addDays(1);
    c.firstContactOn = c.received.addDays(1);
    return c;
}

Case resolvedWithFollowUp(const char* reference, const char* closed, const char* followUp, const QString& handler) {
    Case c = complaint(reference, CaseKind::OralComplaint, "2025-03-17", handler);
    c.firstContactOn = d("2025-03-18");
    c.phase = Phase::Closed;
    c.outcome = Outcome::ResolvedToSatisfaction;
    c.satisfactionConfirmation = ConfirmationMethod::Phone;
    c.closedOn = d(closed);
    c.followUpDue = d(followUp);
    return c;
}

// "group due kind reference", one line per row, in the overview's order.
QStringList lines(const Overview& overview) {
    QStringList result;
    for (const OverviewRow& row : overview.rows) {
        result << DeadlineOverview::code(row.group) + QLatin1Char(' ') + row.deadline.due.toString(Qt::ISODate) +
                      QLatin1Char(' ') + DeadlineText::code(row.deadline.kind) + QLatin1Char(' ') + row.reference;
    }
    return result;
}

// Today Thursday 8 May 2025: "deze week" runs over the weekend to Tuesday 13 May (Fri 9, Mon 12,
// Tue 13 are the three working days).
void addEveryKind(Municipality& m) {
    // Ack and first contact: Mon 28 Apr + 5 working days = Tue 29, Wed 30, Thu 1, Fri 2, (Mon 5 May
    // Bevrijdingsdag) Tue 6 May: overdue, the contact was made. Handling: + 6 weeks = Mon 9 Jun,
    // Pinkstermaandag → Tue 10 Jun.
    Case ack = complaint("KL-2025-0001", CaseKind::WrittenComplaint, "2025-04-28", anna);
    ack.firstContactOn = d("2025-04-30");
    m.add(ack);
    // Oral, Fri 2 May + 5 working days = (Mon 5 May) Tue 6 … Mon 12 May: this week. Handling Fri 13 Jun.
    Case contact = complaint("KL-2025-0002", CaseKind::OralComplaint, "2025-05-02", bram, PolicyDomain::Youth);
    contact.phase = Phase::Intake;
    contact.klager.name = QStringLiteral("Mevrouw E. de Jong");
    m.add(contact);
    // Conduct more than a year old (9:8 lid 1 b): Thu 10 Apr + 4 weeks = Thu 8 May, today.
    // Handling + 6 weeks = Thu 22 May.
    Case notice = underWay("KL-2025-0003", "2025-04-10", anna);
    notice.conductDate = d("2024-01-15");
    notice.nonHandlingGround = NonHandlingGround::OlderThanOneYear;
    m.add(notice);
    // Adjourned: Fri 28 Feb + (6 + 4) weeks = Fri 9 May, this week; the 6-week term is superseded.
    Case adjourned = underWay("KL-2025-0004", "2025-02-28", bram, PolicyDomain::Participation);
    adjourned.phase = Phase::Formal;
    adjourned.adjournedOn = d("2025-04-01");
    adjourned.hearingException = HearingException::KlagerWaived;
    m.add(adjourned);
    // Adjourned (Fri 21 Mar) and then consent to Wed 7 May: the agreed date governs, and is past.
    Case agreed = underWay("KL-2025-0005", "2025-01-10", anna);
    agreed.phase = Phase::Formal;
    agreed.adjournedOn = d("2025-02-14");
    agreed.consentReceived = d("2025-03-14");
    agreed.agreedDueDate = d("2025-05-07");
    agreed.hearingPlanned = d("2025-03-20");
    agreed.hearingHeld = d("2025-03-20");
    m.add(agreed);
    // Hearing planned today; handling Thu 3 Apr + 6 weeks = Thu 15 May, just after the window.
    Case hearing = underWay("KL-2025-0006", "2025-04-03", bram, PolicyDomain::DebtAssistance);
    hearing.phase = Phase::Formal;
    hearing.hearingPlanned = d("2025-05-08");
    m.add(hearing);
    // Closed, resolved; the follow-up call of Tue 6 May is still to be made: it stays, overdue.
    m.add(resolvedWithFollowUp("KL-2025-0007", "2025-04-14", "2025-05-06", anna));
    // Closed, resolved, and the call was made: nothing left.
    Case called = resolvedWithFollowUp("KL-2025-0008", "2025-04-14", "2025-05-05", bram);
    called.followUpDone = d("2025-05-05");
    m.add(called);
    // Warme overdracht, check back Tue 13 May: the last day of the window. Unassigned.
    // Handling Mon 28 Apr + 6 weeks → Tue 10 Jun.
    Case referred = complaint("KL-2025-0009", CaseKind::OralComplaint, "2025-04-28", QString());
    referred.phase = Phase::Referred;
    referred.firstContactOn = d("2025-04-29");
    referred.referralProvider = QStringLiteral("Zorggroep Oost");
    referred.referralFollowUp = d("2025-05-13");
    m.add(referred);
    // About a besluit made known Mon 31 Mar: bezwaar until Mon 12 May. Handling Tue 1 Apr + 6 weeks =
    // Tue 13 May. Anonymous and unassigned.
    Case objection =
        complaint("KL-2025-0010", CaseKind::OralComplaint, "2025-04-01", QString(), PolicyDomain::Participation);
    objection.anonymous = true;
    objection.firstContactOn = d("2025-04-02");
    objection.aboutDecisionContent = true;
    objection.decisionPublished = d("2025-03-31");
    m.add(objection);
    // Follow-up call Wed 14 May: the first day after the window.
    m.add(resolvedWithFollowUp("KL-2025-0011", "2025-04-30", "2025-05-14", bram));
    // Judged before its deadlines: only the informational ombudsman term is left, which never shows.
    Case judged = underWay("KL-2025-0012", "2025-02-03", QStringLiteral("Carla Smit"));
    judged.phase = Phase::Closed;
    judged.outcome = Outcome::Rejected;
    judged.hearingHeld = d("2025-03-03");
    judged.closedOn = d("2025-03-10");
    m.add(judged);
    // With a committee, adjourned: Sat 1 Feb + (10 + 4) weeks = Sat 10 May, not moved (Atw art. 4).
    Case committee = underWay("KL-2025-0013", "2025-02-01", anna, PolicyDomain::Youth);
    committee.committee = true;
    committee.phase = Phase::Formal;
    committee.adjournedOn = d("2025-03-20");
    committee.hearingException = HearingException::KlagerWaived;
    m.add(committee);
}

} // namespace

TEST_CASE("every deadline kind lands in its urgency group, sorted by group, date and reference", "[overview]") {
    Municipality m;
    addEveryKind(m);
    const Overview o = m.on("2025-05-08");
    CHECK(o.today == d("2025-05-08"));
    CHECK(o.warningWorkingDays == 3);
    CHECK(lines(o) == QStringList{
                          QStringLiteral("overdue 2025-05-06 acknowledgement KL-2025-0001"),
                          QStringLiteral("overdue 2025-05-06 follow_up KL-2025-0007"),
                          QStringLiteral("overdue 2025-05-07 agreed_delay KL-2025-0005"),
                          QStringLiteral("today 2025-05-08 non_handling_notice KL-2025-0003"),
                          QStringLiteral("today 2025-05-08 hearing KL-2025-0006"),
                          QStringLiteral("this_week 2025-05-09 adjourned_handling KL-2025-0004"),
                          QStringLiteral("this_week 2025-05-10 adjourned_handling KL-2025-0013"),
                          QStringLiteral("this_week 2025-05-12 first_contact KL-2025-0002"),
                          QStringLiteral("this_week 2025-05-12 objection_term KL-2025-0010"),
                          QStringLiteral("this_week 2025-05-13 referral_feedback KL-2025-0009"),
                          QStringLiteral("this_week 2025-05-13 handling KL-2025-0010"),
                          QStringLiteral("later 2025-05-14 follow_up KL-2025-0011"),
                          QStringLiteral("later 2025-05-15 handling KL-2025-0006"),
                          QStringLiteral("later 2025-05-22 handling KL-2025-0003"),
                          QStringLiteral("later 2025-06-10 handling KL-2025-0001"),
                          QStringLiteral("later 2025-06-10 handling KL-2025-0009"),
                          QStringLiteral("later 2025-06-13 handling KL-2025-0002"),
                      });
    CHECK(o.count(UrgencyGroup::Overdue) == 3);
    CHECK(o.count(UrgencyGroup::Today) == 2);
    CHECK(o.count(UrgencyGroup::ThisWeek) == 6);
    CHECK(o.count(UrgencyGroup::Later) == 6);
    CHECK(o.rowsIn(UrgencyGroup::Today).size() == 2);

    // Every kind the engine counts down is there; the ombudsman term only ever informs.
    for (DeadlineKind kind : DeadlineText::allKinds()) {
        INFO(DeadlineText::code(kind).toStdString());
        const bool present = std::any_of(o.rows.cbegin(), o.rows.cend(),
                                         [kind](const OverviewRow& r) { return r.deadline.kind == kind; });
        CHECK(present == (kind != DeadlineKind::OmbudsmanTerm));
    }

    // A row carries the case and the deadline with its basis; details() adds how it was counted.
    const OverviewRow& first = o.rows.constFirst();
    const Deadline details = DeadlineOverview(*m.session).details(first);
    CHECK(first.caseId > 0);
    CHECK(first.klager == QStringLiteral("Klager van KL-2025-0001"));
    CHECK(first.handler == anna);
    CHECK(first.domain == PolicyDomain::Wmo);
    CHECK(first.deadline.status == DeadlineStatus::Overdue);
    CHECK(first.deadline.basis.contains(QStringLiteral("9:6")));
    CHECK(first.deadline.counting.isEmpty()); // not read for every row
    CHECK_FALSE(details.basisText.isEmpty());
    CHECK(details.counting.contains(QStringLiteral("6 mei 2025")));
    CHECK(details.due == first.deadline.due);
    CHECK(details.basis == first.deadline.basis);
    const auto anonymous = std::find_if(o.rows.cbegin(), o.rows.cend(), [](const OverviewRow& r) {
        return r.reference == QStringLiteral("KL-2025-0010");
    });
    REQUIRE(anonymous != o.rows.cend());
    CHECK(anonymous->klager == QStringLiteral("(anoniem)"));
    CHECK(anonymous->handler.isEmpty());
}

TEST_CASE("the klaagschrift of Friday 7 March 2025 moves through the groups to Tuesday 22 April", "[overview]") {
    // 7 Mar + 6 weeks = Fri 18 Apr, Goede Vrijdag; Sat, Sun, Mon 21 Apr Paasmaandag → Tue 22 Apr.
    // Acknowledgement and first contact (Fri 14 Mar) were made.
    Municipality m;
    const Case c = m.add(underWay("KL-2025-0042", "2025-03-07", anna));
    // Mon 14 Apr: the window is Tue 15, Wed 16, Thu 17.
    CHECK(lines(m.on("2025-04-14")) == QStringList{QStringLiteral("later 2025-04-22 handling KL-2025-0042")});
    // Tue 15 Apr: Wed 16, Thu 17, (Goede Vrijdag, weekend, Paasmaandag) Tue 22: within the window.
    CHECK(lines(m.on("2025-04-15")) == QStringList{QStringLiteral("this_week 2025-04-22 handling KL-2025-0042")});
    // Thu 17 Apr: the very next working day.
    CHECK(lines(m.on("2025-04-17")) == QStringList{QStringLiteral("this_week 2025-04-22 handling KL-2025-0042")});
    CHECK(lines(m.on("2025-04-22")) == QStringList{QStringLiteral("today 2025-04-22 handling KL-2025-0042")});
    const Overview late = m.on("2025-04-23");
    CHECK(lines(late) == QStringList{QStringLiteral("overdue 2025-04-22 handling KL-2025-0042")});
    CHECK(DeadlineOverview(*m.session)
              .details(late.rows.constFirst())
              .counting.contains(QStringLiteral("Goede Vrijdag")));

    // Judged on Thu 17 Apr, before the deadline: the case leaves the overview.
    Case judged = m.session->cases().load(c.id);
    judged.phase = Phase::Closed;
    judged.outcome = Outcome::Upheld;
    judged.hearingHeld = d("2025-04-10");
    judged.closedOn = d("2025-04-17");
    m.session->cases().save(judged);
    CHECK(m.on("2025-04-23").rows.isEmpty());
    CHECK(m.on("2025-04-23").workload.isEmpty());
}

TEST_CASE("the decreed day after Hemelvaart 2026 moves the deadline and widens the window", "[overview]") {
    // Thu 2 Apr 2026 + 6 weeks = Thu 14 May, Hemelvaartsdag; Fri 15 May made equal by decree; weekend
    // → Mon 18 May.
    Municipality m;
    m.add(underWay("KL-2026-0007", "2026-04-02", bram));
    // Fri 8 May: the window is Mon 11, Tue 12, Wed 13.
    CHECK(lines(m.on("2026-05-08")) == QStringList{QStringLiteral("later 2026-05-18 handling KL-2026-0007")});
    // Mon 11 May: Tue 12, Wed 13, (Hemelvaart, decreed day, weekend) Mon 18.
    const Overview o = m.on("2026-05-11");
    CHECK(lines(o) == QStringList{QStringLiteral("this_week 2026-05-18 handling KL-2026-0007")});
    CHECK(DeadlineOverview(*m.session).details(o.rows.constFirst()).counting.contains(QStringLiteral("18 mei 2026")));
}

TEST_CASE("adjournment replaces the handling term, and consent replaces the adjourned one", "[overview]") {
    // Fri 7 Mar 2025: handling Tue 22 Apr; adjourned Fri 16 May (10 weeks, an ordinary Friday).
    Municipality m;
    Case c = underWay("KL-2025-0042", "2025-03-07", anna);
    c.phase = Phase::Formal;
    c.hearingPlanned = d("2025-05-20");
    c = m.add(c);
    CHECK(lines(m.on("2025-04-14")) == QStringList{QStringLiteral("later 2025-04-22 handling KL-2025-0042"),
                                                   QStringLiteral("later 2025-05-20 hearing KL-2025-0042")});

    Case adjourned = m.session->cases().load(c.id);
    adjourned.adjournedOn = d("2025-04-14");
    m.session->cases().save(adjourned);
    // Wed 14 May: the window is Thu 15, Fri 16, Mon 19; the hearing on Tue 20 is later.
    CHECK(lines(m.on("2025-05-14")) ==
          QStringList{QStringLiteral("this_week 2025-05-16 adjourned_handling KL-2025-0042"),
                      QStringLiteral("later 2025-05-20 hearing KL-2025-0042")});

    Case consented = m.session->cases().load(c.id);
    consented.consentReceived = d("2025-05-12");
    consented.agreedDueDate = d("2025-06-13");
    m.session->cases().save(consented);
    CHECK(lines(m.on("2025-05-14")) == QStringList{QStringLiteral("later 2025-05-20 hearing KL-2025-0042"),
                                                   QStringLiteral("later 2025-06-13 agreed_delay KL-2025-0042")});
    // Past the agreed date it is late, whatever the adjourned term said.
    CHECK(lines(m.on("2025-06-16")) == QStringList{QStringLiteral("overdue 2025-05-20 hearing KL-2025-0042"),
                                                   QStringLiteral("overdue 2025-06-13 agreed_delay KL-2025-0042")});
}

TEST_CASE("the warning window is the municipality's setting in working days", "[overview]") {
    Municipality m;
    addEveryKind(m);
    MunicipalitySettings settings = m.session->settings();
    settings.terms.warningWorkingDays = 1;
    m.session->saveSettings(settings);
    // Thu 8 May with one working day: only Fri 9 May is "deze week"; Sat 10 May is later.
    const Overview o = m.on("2025-05-08");
    CHECK(o.warningWorkingDays == 1);
    CHECK(lines(o).contains(QStringLiteral("this_week 2025-05-09 adjourned_handling KL-2025-0004")));
    CHECK(o.count(UrgencyGroup::ThisWeek) == 1);
    CHECK(lines(o).contains(QStringLiteral("later 2025-05-10 adjourned_handling KL-2025-0013")));
}

TEST_CASE("the overview filters by handler, domain, kind and window", "[overview]") {
    Municipality m;
    addEveryKind(m);

    OverviewFilter byHandler;
    byHandler.handler = bram;
    CHECK(lines(m.on("2025-05-08", byHandler)) ==
          QStringList{QStringLiteral("today 2025-05-08 hearing KL-2025-0006"),
                      QStringLiteral("this_week 2025-05-09 adjourned_handling KL-2025-0004"),
                      QStringLiteral("this_week 2025-05-12 first_contact KL-2025-0002"),
                      QStringLiteral("later 2025-05-14 follow_up KL-2025-0011"),
                      QStringLiteral("later 2025-05-15 handling KL-2025-0006"),
                      QStringLiteral("later 2025-06-13 handling KL-2025-0002")});
    OverviewFilter nobody;
    nobody.handler = QStringLiteral("Bram"); // exact names only
    CHECK(m.on("2025-05-08", nobody).rows.isEmpty());

    OverviewFilter wmo;
    wmo.domain = PolicyDomain::Wmo;
    CHECK(lines(m.on("2025-05-08", wmo)) ==
          QStringList{QStringLiteral("overdue 2025-05-06 acknowledgement KL-2025-0001"),
                      QStringLiteral("overdue 2025-05-06 follow_up KL-2025-0007"),
                      QStringLiteral("overdue 2025-05-07 agreed_delay KL-2025-0005"),
                      QStringLiteral("today 2025-05-08 non_handling_notice KL-2025-0003"),
                      QStringLiteral("this_week 2025-05-13 referral_feedback KL-2025-0009"),
                      QStringLiteral("later 2025-05-14 follow_up KL-2025-0011"),
                      QStringLiteral("later 2025-05-22 handling KL-2025-0003"),
                      QStringLiteral("later 2025-06-10 handling KL-2025-0001"),
                      QStringLiteral("later 2025-06-10 handling KL-2025-0009")});

    OverviewFilter handling;
    handling.kinds = {DeadlineKind::AgreedDelay, DeadlineKind::Handling, DeadlineKind::AdjournedHandling,
                      DeadlineKind::Handling};
    CHECK(lines(m.on("2025-05-08", handling)) ==
          QStringList{QStringLiteral("overdue 2025-05-07 agreed_delay KL-2025-0005"),
                      QStringLiteral("this_week 2025-05-09 adjourned_handling KL-2025-0004"),
                      QStringLiteral("this_week 2025-05-10 adjourned_handling KL-2025-0013"),
                      QStringLiteral("this_week 2025-05-13 handling KL-2025-0010"),
                      QStringLiteral("later 2025-05-15 handling KL-2025-0006"),
                      QStringLiteral("later 2025-05-22 handling KL-2025-0003"),
                      QStringLiteral("later 2025-06-10 handling KL-2025-0001"),
                      QStringLiteral("later 2025-06-10 handling KL-2025-0009"),
                      QStringLiteral("later 2025-06-13 handling KL-2025-0002")});

    // Within 0 days: what is late and what is due today. Overdue rows are never cut off.
    OverviewFilter now;
    now.withinDays = 0;
    CHECK(lines(m.on("2025-05-08", now)) ==
          QStringList{QStringLiteral("overdue 2025-05-06 acknowledgement KL-2025-0001"),
                      QStringLiteral("overdue 2025-05-06 follow_up KL-2025-0007"),
                      QStringLiteral("overdue 2025-05-07 agreed_delay KL-2025-0005"),
                      QStringLiteral("today 2025-05-08 non_handling_notice KL-2025-0003"),
                      QStringLiteral("today 2025-05-08 hearing KL-2025-0006")});
    // Calendar days, the last one included: 8 May + 5 = Tue 13 May, + 6 = Wed 14 May.
    OverviewFilter five;
    five.withinDays = 5;
    CHECK(m.on("2025-05-08", five).rows.size() == 11);
    OverviewFilter six;
    six.withinDays = 6;
    const Overview sixDays = m.on("2025-05-08", six);
    CHECK(sixDays.rows.size() == 12);
    CHECK(lines(sixDays).constLast() == QStringLiteral("later 2025-05-14 follow_up KL-2025-0011"));

    // Filters combine.
    OverviewFilter combined;
    combined.handler = anna;
    combined.kinds = {DeadlineKind::FollowUp, DeadlineKind::Acknowledgement};
    combined.withinDays = 0;
    CHECK(lines(m.on("2025-05-08", combined)) ==
          QStringList{QStringLiteral("overdue 2025-05-06 acknowledgement KL-2025-0001"),
                      QStringLiteral("overdue 2025-05-06 follow_up KL-2025-0007")});
}

TEST_CASE("the workload shows open cases, overdue cases and the nearest deadline per handler", "[overview]") {
    Municipality m;
    addEveryKind(m);
    const Overview o = m.on("2025-05-08");
    // Carla's only case is closed and owes nothing: she is not in the list. The unassigned come last.
    REQUIRE(o.workload.size() == 3);
    const HandlerWorkload& a = o.workload.at(0);
    CHECK(a.handler == anna);
    CHECK(a.label == anna);
    CHECK(a.openCases == 4); // 0001, 0003, 0005, 0013 (0007 is closed, its call still due)
    CHECK(a.overdueCases == 3);
    CHECK(a.overdueDeadlines == 3);
    REQUIRE(a.nearest);
    CHECK(a.nearest->reference == QStringLiteral("KL-2025-0001"));
    CHECK(a.nearest->deadline.kind == DeadlineKind::Acknowledgement);

    const HandlerWorkload& b = o.workload.at(1);
    CHECK(b.handler == bram);
    CHECK(b.openCases == 3); // 0002, 0004, 0006
    CHECK(b.overdueCases == 0);
    REQUIRE(b.nearest);
    CHECK(b.nearest->reference == QStringLiteral("KL-2025-0006"));
    CHECK(b.nearest->deadline.kind == DeadlineKind::Hearing);

    const HandlerWorkload& none = o.workload.at(2);
    CHECK(none.handler.isEmpty());
    CHECK(none.label == QStringLiteral("(niet toegewezen)"));
    CHECK(none.openCases == 2); // 0009, 0010
    CHECK(none.overdueCases == 0);
    REQUIRE(none.nearest);
    CHECK(none.nearest->deadline.kind == DeadlineKind::ObjectionTerm);

    // The kinds narrow the rows, not the open cases.
    OverviewFilter calls;
    calls.kinds = {DeadlineKind::FollowUp};
    const Overview c = m.on("2025-05-08", calls);
    REQUIRE(c.workload.size() == 3);
    CHECK(c.workload.at(0).openCases == 4);
    CHECK(c.workload.at(0).overdueCases == 1);
    CHECK(c.workload.at(1).nearest->reference == QStringLiteral("KL-2025-0011"));
    CHECK(c.workload.at(2).openCases == 2);
    CHECK_FALSE(c.workload.at(2).nearest.has_value());
}

TEST_CASE("a handler whose only work is a follow-up call is in the workload, with or without a window", "[overview]") {
    Municipality m;
    addEveryKind(m);
    const QString dirk = QStringLiteral("Dirk Smit");
    // Closed and resolved; the call of Tue 20 May is still to be made, after a window of two days.
    m.add(resolvedWithFollowUp("KL-2025-0020", "2025-05-01", "2025-05-20", dirk));
    OverviewFilter twoDays;
    twoDays.withinDays = 2;
    for (const Overview& o : {m.on("2025-05-08"), m.on("2025-05-08", twoDays)}) {
        const auto it = std::find_if(o.workload.cbegin(), o.workload.cend(),
                                     [&dirk](const HandlerWorkload& w) { return w.handler == dirk; });
        REQUIRE(it != o.workload.cend());
        CHECK(it->openCases == 0);
        CHECK(it->overdueCases == 0);
    }
    // Without a window the call is a row, and the nearest deadline of its handler.
    const Overview all = m.on("2025-05-08");
    const auto dirkOf = std::find_if(all.workload.cbegin(), all.workload.cend(),
                                     [&dirk](const HandlerWorkload& w) { return w.handler == dirk; });
    REQUIRE(dirkOf->nearest);
    CHECK(dirkOf->nearest->reference == QStringLiteral("KL-2025-0020"));
}

TEST_CASE("the overview of a generated municipality equals the engine's pending deadlines of every case",
          "[overview]") {
    // Guards compute(), which reads the deadlines stored with the cases: they are the pending deadlines
    // of every open case and pending follow-up call, with the engine's basis and warning.
    TempDir dir;
    const FixedClock clock(d("2026-11-23"));
    const QString user = QStringLiteral("demo");
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Voorbeeld");
    MunicipalitySession session(MunicipalityFile::create(dir.path(QStringLiteral("demo.aantafel")), settings, user),
                                clock, user);
    DemoOptions options;
    options.cases = 1500;
    options.seed = 11;
    DemoGenerator(session.engine(), clock, options.seed).populate(session.database(), options);

    QStringList expected;
    for (const Case& c : session.cases().list()) {
        if (!c.isOpen() && c.outcome != Outcome::ResolvedToSatisfaction)
            continue;
        for (const Deadline& dl : session.engine().deadlinesFor(c, clock.today())) {
            if (dl.isPending()) {
                expected << c.reference + QLatin1Char(' ') + DeadlineText::code(dl.kind) + QLatin1Char(' ') +
                                dl.due.toString(Qt::ISODate) + QLatin1Char(' ') + DeadlineText::code(dl.status) +
                                QLatin1Char(' ') + dl.basis + QLatin1Char(' ') + dl.warning;
            }
        }
    }
    QStringList actual;
    const Overview o = DeadlineOverview(session).compute();
    for (const OverviewRow& r : o.rows) {
        actual << r.reference + QLatin1Char(' ') + DeadlineText::code(r.deadline.kind) + QLatin1Char(' ') +
                      r.deadline.due.toString(Qt::ISODate) + QLatin1Char(' ') + DeadlineText::code(r.deadline.status) +
                      QLatin1Char(' ') + r.deadline.basis + QLatin1Char(' ') + r.deadline.warning;
    }
    CHECK(std::is_sorted(o.rows.cbegin(), o.rows.cend(), [](const OverviewRow& a, const OverviewRow& b) {
        return a.group != b.group ? a.group < b.group : a.deadline.due < b.deadline.due;
    }));
    REQUIRE(expected.size() > 100);
    expected.sort();
    actual.sort();
    CHECK(actual == expected);
    CHECK(std::any_of(o.rows.cbegin(), o.rows.cend(),
                      [](const OverviewRow& r) { return r.deadline.kind == DeadlineKind::FollowUp; }));

    // build() from the cases at hand gives the same overview as compute() from the file.
    CHECK(lines(DeadlineOverview::build(session.cases().list(), session.engine(), clock.today())) == lines(o));
}

TEST_CASE("the overview of 100,000 cases takes well under a second", "[.benchmark]") {
    // AANTAFEL_DUE_FILE=path measures an existing file (aantafel-cli demo f --cases 100000), else one
    // is generated here (about a minute in a Debug build). Run in a Release build.
    const FixedClock clock(d("2026-11-23"));
    const QString user = QStringLiteral("demo");
    TempDir dir;
    QString path = qEnvironmentVariable("AANTAFEL_DUE_FILE");
    if (path.isEmpty()) {
        path = dir.path(QStringLiteral("groot.aantafel"));
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Voorbeeld");
        MunicipalitySession session(MunicipalityFile::create(path, settings, user), clock, user);
        DemoOptions options;
        options.cases = 100000;
        DemoGenerator(session.engine(), clock, options.seed).populate(session.database(), options);
    }
    OpenOptions readOnly;
    readOnly.readOnly = true;
    MunicipalitySession session(Database::open(path, readOnly), clock, user);
    const DeadlineOverview overview(session);
    qint64 best = std::numeric_limits<qint64>::max();
    Overview o;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        o = overview.compute();
        best = std::min(best, timer.elapsed());
    }
    WARN("overview of " << session.cases().count() << " cases: " << o.rows.size() << " deadlines in " << best
                        << " ms (best of 3)");
    CHECK(o.rows.size() > 1000);
    CHECK(best < 1000);
}
