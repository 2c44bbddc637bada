// The letter is the legal act: a formal complaint is handled on the day the written afdoening goes out
// (Awb 9:11 lid 1, 9:12 lid 1), a verdaging takes effect with its written notice before the term ends
// (9:11 lid 2), consent to further delay only counts while the running term has not expired (9:11
// lid 3), and the ombudsman term of 9:24 is one date everywhere. Every date below is worked out by
// hand from the articles and the Algemene termijnenwet (Atw).
//
// The klaagschrift of WorkflowFixture is received on Friday 7 March 2025:
//   9:11 lid 1, 6 weeks: Fri 18 Apr 2025 is Goede Vrijdag, Mon 21 Apr tweede Paasdag (Atw art. 1, 3)
//                        → Tue 22 Apr 2025;
//   9:11 lid 2, 6 + 4 = 10 weeks: Fri 16 May 2025, a working day → Fri 16 May 2025.
#include "workflowfixture.h"

using A = WorkflowAction;

namespace {

// Formal from 14 March, both parties heard on 10 April, the verslag sent on 14 April, judged
// "gegrond" with findings and conclusions: everything an afdoening needs except the letter.
Case judged(WorkflowFixture& f) {
    Case c = f.inPhase(Phase::Formal);
    f.step(c, WorkflowFixture::request(A::RecordHearing, d("2025-04-10")));
    TransitionRequest respondent = WorkflowFixture::request(A::RecordHearing, d("2025-04-10"));
    respondent.person = HearingPerson::Beklaagde;
    f.step(c, respondent);
    TransitionRequest report = WorkflowFixture::request(A::RecordHearingReport, d("2025-04-14"));
    report.text = QStringLiteral("Verslag: beide partijen gehoord.");
    f.step(c, report);
    TransitionRequest judge = WorkflowFixture::request(A::Judge, d("2025-04-14"));
    judge.judgment = Outcome::Upheld;
    judge.findings = QStringLiteral("De toezegging is niet nagekomen.");
    judge.conclusions = QStringLiteral("Wij bieden excuses aan.");
    f.step(c, judge);
    return c;
}

TransitionRequest closeWith(QDate letterDate, LetterOrigin origin = LetterOrigin::Program) {
    TransitionRequest r = TransitionRequest::of(A::Close, letterDate);
    r.letter = origin;
    return r;
}

const Deadline& find(const QList<Deadline>& list, DeadlineKind kind) {
    const auto it = std::find_if(list.cbegin(), list.cend(), [kind](const Deadline& dl) { return dl.kind == kind; });
    REQUIRE(it != list.cend());
    return *it;
}

bool has(const QList<Deadline>& list, DeadlineKind kind) {
    return std::any_of(list.cbegin(), list.cend(), [kind](const Deadline& dl) { return dl.kind == kind; });
}

} // namespace

TEST_CASE_METHOD(WorkflowFixture, "recording the judgment does not close a formal complaint (art. 9:12 lid 1)",
                 "[law][afdoening]") {
    Case c = judged(*this);
    CHECK(c.phase == Phase::Formal);
    CHECK(c.isOpen());
    CHECK(c.judgment == Outcome::Upheld);
    CHECK_FALSE(c.closedOn.isValid());
    // Still owed: the handling term of Tue 22 April 2025 runs on.
    const Deadline handling = find(engine.deadlinesFor(c, d("2025-04-23")), DeadlineKind::Handling);
    CHECK(handling.due == d("2025-04-22"));
    CHECK(handling.status == DeadlineStatus::Overdue);
}

TEST_CASE_METHOD(WorkflowFixture, "a formal complaint closes only with its afdoeningsbrief, on the letter's date",
                 "[law][afdoening]") {
    Case c = judged(*this);
    // Without a letter the workflow refuses: the written notice is the act.
    const QString why = refused(c, request(A::Close, d("2025-04-15")), d("2025-04-15"));
    CHECK(why.contains(QStringLiteral("afdoeningsbrief")));

    // Letter dated Tue 15 April 2025 (recorded two days later): closed on the 15th, the letter's date.
    step(c, closeWith(d("2025-04-15")), d("2025-04-17"));
    CHECK(c.phase == Phase::Closed);
    CHECK(c.outcome == Outcome::Upheld);
    CHECK(c.closedOn == d("2025-04-15"));
    CHECK(c.closingNoticeSent == d("2025-04-15"));
    const Deadline handling = find(engine.deadlinesFor(c, d("2025-06-01")), DeadlineKind::Handling);
    CHECK(handling.status == DeadlineStatus::Met);
    CHECK(handling.metOn == d("2025-04-15"));
    CHECK(engine.timeliness(c) == Timeliness::WithinTerm);
}

TEST_CASE_METHOD(WorkflowFixture, "an afdoeningsbrief the day after the term is late in the figures",
                 "[law][afdoening]") {
    Case c = judged(*this);
    // Due Tue 22 April 2025; the letter of Wed 23 April is one day late.
    step(c, closeWith(d("2025-04-23"), LetterOrigin::Elsewhere));
    CHECK(c.closedOn == d("2025-04-23"));
    CHECK(find(engine.deadlinesFor(c, d("2025-04-23")), DeadlineKind::Handling).status == DeadlineStatus::MetLate);
    CHECK(engine.timeliness(c) == Timeliness::Late);
}

TEST_CASE("a judged case of an older file without a written afdoening is not handled on time", "[law][afdoening]") {
    HolidayCalendar cal;
    DeadlineEngine engine(cal);
    Case c = WorkflowFixture::complaint();
    c.phase = Phase::Closed;
    c.outcome = Outcome::Rejected;
    c.closedOn = d("2025-04-01"); // typed as the closing day, but no afdoeningsbrief recorded
    c.hearingHeld = d("2025-03-28");
    // Counted from the letter, which never came: late, and the handling term (Tue 22 April) stays owed.
    CHECK(engine.timeliness(c) == Timeliness::Late);
    CHECK(find(engine.deadlinesFor(c, d("2025-04-23")), DeadlineKind::Handling).status == DeadlineStatus::Overdue);
    // An imported history closed without a letter here counts from its closing day.
    c.historyImported = true;
    CHECK(engine.timeliness(c) == Timeliness::WithinTerm);
}

TEST_CASE_METHOD(WorkflowFixture,
                 "a verdaging takes effect only with its letter, before the term ends (art. 9:11 lid 2)",
                 "[law][verdaging]") {
    Case c = inPhase(Phase::Formal);
    // No letter: refused, the case untouched.
    CHECK(
        refused(c, request(A::Adjourn, d("2025-04-15")), d("2025-04-15")).contains(QStringLiteral("verdagingsbrief")));
    // A letter dated Wed 23 April 2025 comes a day after the term of Tue 22 April ended: refused.
    TransitionRequest late = request(A::Adjourn, d("2025-04-23"));
    late.letter = LetterOrigin::Elsewhere;
    CHECK(refused(c, late, d("2025-04-23")).contains(QStringLiteral("di 22 apr 2025")));
    // On the last day, Tue 22 April, with the letter: adjourned to Fri 16 May 2025 (10 weeks).
    TransitionRequest inTime = request(A::Adjourn, d("2025-04-22"));
    inTime.letter = LetterOrigin::Program;
    step(c, inTime);
    const QList<Deadline> list = engine.deadlinesFor(c, d("2025-04-23"));
    CHECK(find(list, DeadlineKind::Handling).status == DeadlineStatus::Superseded);
    CHECK(find(list, DeadlineKind::AdjournedHandling).due == d("2025-05-16"));
    CHECK(c.events.constLast().code == QStringLiteral("workflow.adjourn"));
    CHECK(c.events.constLast().params.value(QStringLiteral("due")) == QStringLiteral("2025-05-16"));
}

TEST_CASE("a verdaging recorded after the term ended does not count (older files)", "[law][verdaging]") {
    HolidayCalendar cal;
    DeadlineEngine engine(cal);
    Case c = WorkflowFixture::complaint();
    c.phase = Phase::Formal;
    c.adjournedOn = d("2025-04-24"); // two days after Tue 22 April 2025
    const QList<Deadline> list = engine.deadlinesFor(c, d("2025-04-25"));
    CHECK_FALSE(has(list, DeadlineKind::AdjournedHandling));
    CHECK(find(list, DeadlineKind::Handling).status == DeadlineStatus::Overdue);
    Workflow wf(engine);
    c.reference = QStringLiteral("KL-2025-0007");
    CHECK(wf.consistencyProblems(c).join(u'\n').contains(QStringLiteral("na het einde van de afhandelingstermijn")));
}

TEST_CASE_METHOD(WorkflowFixture, "consent to further delay only before the running term expires (art. 9:11 lid 3)",
                 "[law][instemming]") {
    Case c = inPhase(Phase::Formal);
    TransitionRequest adjourn = request(A::Adjourn, d("2025-04-15"));
    adjourn.letter = LetterOrigin::Program;
    step(c, adjourn);
    // The adjourned term ends Fri 16 May 2025. Consent that comes in on Mon 19 May is too late.
    TransitionRequest late = request(A::RecordConsent, d("2025-05-19"));
    late.agreedDueDate = d("2025-06-13");
    const QString why = refused(c, late, d("2025-05-19"));
    CHECK(why.contains(QStringLiteral("vr 16 mei 2025")));
    CHECK(why.contains(QStringLiteral("9:24 lid 1 b")));
    // The case is late and the ombudsman term runs from the day handling should have ended:
    // Fri 16 May 2025 + 1 year = Sat 16 May 2026 (no Atw extension for a year, art. 4).
    const std::optional<Deadline> ombudsman = engine.ombudsmanTerm(c, d("2025-05-19"));
    REQUIRE(ombudsman);
    CHECK(ombudsman->due == d("2026-05-16"));
    CHECK(ombudsman->basis == QStringLiteral("art. 9:24 lid 1 b Awb"));

    // Consent received on the last day, Fri 16 May (recorded the Monday after): it counts.
    TransitionRequest inTime = request(A::RecordConsent, d("2025-05-16"));
    inTime.agreedDueDate = d("2025-06-13");
    step(c, inTime, d("2025-05-19"));
    const QList<Deadline> list = engine.deadlinesFor(c, d("2025-05-19"));
    CHECK(find(list, DeadlineKind::AgreedDelay).due == d("2025-06-13"));
    CHECK(find(list, DeadlineKind::AdjournedHandling).status == DeadlineStatus::Superseded);
}

TEST_CASE("consent received after the term stays late in every figure (older files)", "[law][instemming]") {
    HolidayCalendar cal;
    DeadlineEngine engine(cal);
    Case c = WorkflowFixture::complaint();
    c.adjournedOn = d("2025-04-15");
    c.consentReceived = d("2025-05-20"); // after the adjourned term ended on Fri 16 May 2025
    c.agreedDueDate = d("2025-06-13");
    c.phase = Phase::Closed;
    c.outcome = Outcome::Withdrawn;
    c.closedOn = d("2025-06-02");
    // Closed on Mon 2 June 2025: after 16 May, and the late consent does not rescue it.
    CHECK(engine.timeliness(c) == Timeliness::Late);
    CHECK_FALSE(has(engine.deadlinesFor(c, d("2025-06-02")), DeadlineKind::AgreedDelay));
    Workflow wf(engine);
    CHECK(wf.consistencyProblems(c).join(u'\n').contains(QStringLiteral("de klacht blijft te laat")));
}

TEST_CASE_METHOD(WorkflowFixture, "one ombudsman term: from the afdoening, or from the end of the handling term (9:24)",
                 "[law][ombudsman]") {
    Case open = inPhase(Phase::Formal);
    // On the last day of the term (Tue 22 April 2025) no term runs for the ombudsman yet.
    CHECK_FALSE(engine.ombudsmanTerm(open, d("2025-04-22")));
    // The day after, without an afdoening: Tue 22 April 2025 + 1 year = Wed 22 April 2026 (lid 1 b).
    std::optional<Deadline> b = engine.ombudsmanTerm(open, d("2025-04-23"));
    REQUIRE(b);
    CHECK(b->due == d("2026-04-22"));
    CHECK(b->basis == QStringLiteral("art. 9:24 lid 1 b Awb"));
    CHECK(b->status == DeadlineStatus::Informational);
    // The deadline list shows both the overdue handling and that date.
    const QList<Deadline> list = engine.deadlinesFor(open, d("2025-04-23"));
    CHECK(find(list, DeadlineKind::Handling).status == DeadlineStatus::Overdue);
    CHECK(find(list, DeadlineKind::OmbudsmanTerm).due == d("2026-04-22"));

    // With the afdoeningsbrief of Tue 15 April 2025: Wed 15 April 2026 (lid 1 a), the date the letter names.
    Case c = judged(*this);
    step(c, closeWith(d("2025-04-15")));
    const std::optional<Deadline> a = engine.ombudsmanTerm(c, d("2025-06-01"));
    REQUIRE(a);
    CHECK(a->due == d("2026-04-15"));
    CHECK(a->basis == QStringLiteral("art. 9:24 lid 1 a Awb"));
    CHECK(engine.ombudsmanTermAfter(d("2025-04-15")).due == a->due);
}

TEST_CASE_METHOD(WorkflowFixture, "conduct older than a year is a choice, not an overdue deadline (art. 9:8 lid 1 b)",
                 "[law][oud]") {
    // Received Fri 7 March 2025; one year before filing is 7 March 2024; conduct on 6 March 2024 is older.
    Case c = complaint();
    c.conductDate = d("2024-03-06");
    REQUIRE(TermCalculator::conductOlderThanOneYear(c.conductDate, c.received));
    step(c, request(A::StartInformal, d("2025-03-10")));
    // Long after the 9:8 lid 3 date (Fri 4 April 2025): still nothing overdue for it.
    const QList<Deadline> list = engine.deadlinesFor(c, d("2025-04-10"));
    CHECK_FALSE(has(list, DeadlineKind::NonHandlingNotice));
    const std::optional<Deadline> next = engine.nextDeadline(c, d("2025-04-10"));
    REQUIRE(next);
    CHECK(next->kind != DeadlineKind::NonHandlingNotice);
    // Choosing refusal records the ground with its notice; only then the 9:8 lid 3 term shows, met.
    TransitionRequest decline = request(A::DeclineToHandle, d("2025-03-20"));
    decline.ground = NonHandlingGround::OlderThanOneYear;
    decline.noticeSent = d("2025-03-20");
    step(c, decline, d("2025-04-10"));
    CHECK(find(engine.deadlinesFor(c, d("2025-04-10")), DeadlineKind::NonHandlingNotice).status == DeadlineStatus::Met);
}
