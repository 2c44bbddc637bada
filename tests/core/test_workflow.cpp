// The workflow's transitions and what they store: the paths a complaint takes from Luisteren through
// Oplossen or Standpunt to a closed case, the warme overdracht, verdaging with consent, and the
// timeline each step leaves. Refusals and the (phase × action) table are in test_workflowguards.cpp.
#include "workflowfixture.h"

using A = WorkflowAction;

TEST_CASE_METHOD(WorkflowFixture, "a new complaint is in Luisteren and offers the first steps in button order",
                 "[workflow]") {
    const Case c = complaint();
    CHECK(c.phase == Phase::Intake);
    CHECK(wf.availableActions(c) == QList<A>{A::StartInformal, A::Refer, A::RecordFirstContact,
                                             A::RecordAcknowledgement, A::DeclineToHandle, A::Withdraw});
}

TEST_CASE_METHOD(WorkflowFixture, "intake, informal approach, resolved to satisfaction and the follow-up call",
                 "[workflow]") {
    Case c = complaint(CaseKind::OralComplaint);
    step(c, request(A::StartInformal, d("2025-03-10")));
    CHECK(c.phase == Phase::Informal);
    step(c, request(A::RecordFirstContact, d("2025-03-10")));
    CHECK(c.firstContactOn == d("2025-03-10"));

    TransitionRequest resolve = request(A::ResolveToSatisfaction, d("2025-03-24"));
    resolve.confirmation = ConfirmationMethod::Phone;
    step(c, resolve);
    CHECK(c.phase == Phase::Closed);
    CHECK(c.outcome == Outcome::ResolvedToSatisfaction);
    CHECK(c.closedOn == d("2025-03-24"));
    CHECK(c.satisfactionConfirmation == ConfirmationMethod::Phone);
    // Mon 24 March + 15 working days (no holidays in between) = Mon 14 April.
    CHECK(c.followUpDue == d("2025-04-14"));
    CHECK_FALSE(c.followUpDone.isValid());
    CHECK(wf.availableActions(c) == QList<A>{A::RecordFollowUp, A::Reopen});

    step(c, request(A::RecordFollowUp, d("2025-04-14")));
    CHECK(c.followUpDone == d("2025-04-14"));
    CHECK(wf.availableActions(c) == QList<A>{A::Reopen});

    REQUIRE(c.events.size() == 4);
    CHECK(c.events[0].kind == EventKind::PhaseChange);
    CHECK(c.events[1].kind == EventKind::ContactMoment);
    CHECK(c.events[2].kind == EventKind::PhaseChange);
    CHECK(textOf(c.events[2]).startsWith(QStringLiteral("Naar tevredenheid opgelost: van Oplossen naar Afgesloten")));
    CHECK(c.events[3].kind == EventKind::ContactMoment);
}

TEST_CASE_METHOD(WorkflowFixture, "an agreed date for the follow-up call is kept as given", "[workflow]") {
    Case c = inPhase(Phase::Informal);
    TransitionRequest resolve = request(A::ResolveToSatisfaction, d("2025-03-14"));
    resolve.confirmation = ConfirmationMethod::Letter;
    resolve.followUp = d("2025-05-01");
    step(c, resolve);
    CHECK(c.followUpDue == d("2025-05-01"));
    CHECK(c.satisfactionConfirmation == ConfirmationMethod::Letter);
}

TEST_CASE_METHOD(WorkflowFixture, "a complaint met to satisfaction during the formal procedure closes it (Awb 9:5)",
                 "[workflow]") {
    Case c = inPhase(Phase::Formal);
    TransitionRequest resolve = request(A::ResolveToSatisfaction, d("2025-03-20"));
    resolve.confirmation = ConfirmationMethod::InPerson;
    step(c, resolve);
    CHECK(c.phase == Phase::Closed);
    CHECK(c.outcome == Outcome::ResolvedToSatisfaction);
    // Thu 20 March + 15 working days = Thu 10 April.
    CHECK(c.followUpDue == d("2025-04-10"));
}

TEST_CASE_METHOD(WorkflowFixture, "intake, informal, formal, hearing and a reasoned judgment", "[workflow]") {
    Case c = complaint();
    step(c, request(A::StartInformal, d("2025-03-10")));
    step(c, request(A::RecordAcknowledgement, d("2025-03-10")));
    step(c, request(A::StartFormal, d("2025-03-17")));
    CHECK(c.phase == Phase::Formal);
    CHECK(wf.availableActions(c) == QList<A>{A::ResolveToSatisfaction, A::PlanHearing, A::RecordHearing,
                                             A::RecordHearingException, A::Adjourn, A::ReturnToInformal,
                                             A::RecordFirstContact, A::DeclineToHandle, A::Withdraw});

    // The hearing is planned ahead: a date after today is fine.
    step(c, request(A::PlanHearing, d("2025-04-02")), d("2025-03-18"));
    CHECK(c.hearingPlanned == d("2025-04-02"));
    // The klager and P. Jansen heard on Wed 2 April, the verslag sent on Thu 3 April (9:10).
    heardBoth(c, d("2025-04-02"), d("2025-04-03"));
    CHECK(c.hearingHeld == d("2025-04-02"));
    CHECK(wf.availableActions(c).contains(A::Judge));

    // The judgment is recorded on Mon 14 April; the afdoeningsbrief of Tue 15 April closes the complaint.
    judgeAndClose(c, Outcome::PartlyUpheld, d("2025-04-14"), d("2025-04-15"));
    CHECK(c.phase == Phase::Closed);
    CHECK(c.outcome == Outcome::PartlyUpheld);
    CHECK(c.closedOn == d("2025-04-15"));
    CHECK(c.closingNoticeSent == d("2025-04-15"));
    CHECK(c.acknowledgementSent == d("2025-03-10"));
    CHECK(wf.availableActions(c) == QList<A>{A::Reopen});

    REQUIRE(c.events.size() == 9);
    const QList<EventKind> kinds{EventKind::PhaseChange, EventKind::Letter,   EventKind::PhaseChange,
                                 EventKind::Hearing,     EventKind::Hearing,  EventKind::Hearing,
                                 EventKind::Hearing,     EventKind::Decision, EventKind::Decision};
    for (int i = 0; i < kinds.size(); ++i) {
        INFO("event " << i << ": " << textOf(c.events[i]).toStdString());
        CHECK(c.events[i].kind == kinds[i]);
    }
    CHECK(textOf(c.events[2]).startsWith(QStringLiteral("Formeel behandelen: van Oplossen naar Standpunt")));
    CHECK(textOf(c.events[7]).contains(QStringLiteral("Deels gegrond")));
    CHECK(textOf(c.events[8]).contains(QStringLiteral("afdoeningsbrief")));
    CHECK(wf.consistencyProblems(c).isEmpty());
}

TEST_CASE_METHOD(WorkflowFixture, "a recorded reason not to hear the klager allows the judgment (Awb 9:10 lid 2)",
                 "[workflow]") {
    Case c = inPhase(Phase::Formal, CaseKind::OralComplaint);
    TransitionRequest waived = request(A::RecordHearingException, d("2025-03-18"));
    waived.exception = HearingException::KlagerWaived;
    step(c, waived);
    CHECK(c.hearingException == HearingException::KlagerWaived);
    CHECK(c.events.last().kind == EventKind::Hearing);

    // The exception concerns the klager only: P. Jansen had the opportunity and did not use it.
    TransitionRequest respondent = request(A::RecordHearing, d("2025-03-18"));
    respondent.person = HearingPerson::Beklaagde;
    respondent.respondent = RespondentHearing::Declined;
    step(c, respondent);
    TransitionRequest judge = request(A::Judge, d("2025-03-19"));
    judge.judgment = Outcome::Rejected;
    step(c, judge);
    CHECK(c.judgment == Outcome::Rejected);
    CHECK(c.isOpen()); // recorded, not yet afgedaan: that takes the afdoeningsbrief
    CHECK(c.events.last().kind == EventKind::Decision);
}

TEST_CASE_METHOD(WorkflowFixture, "every judgment of art. 9:12 Awb closes the case with that outcome, by its letter",
                 "[workflow]") {
    for (Outcome judgment : {Outcome::Upheld, Outcome::PartlyUpheld, Outcome::Rejected, Outcome::NoJudgment}) {
        Case c = inPhase(Phase::Formal);
        heardBoth(c, d("2025-03-18"), d("2025-03-19"));
        judgeAndClose(c, judgment, d("2025-03-20"), d("2025-03-21"));
        CHECK(c.outcome == judgment);
        CHECK(c.phase == Phase::Closed);
        CHECK(c.closedOn == d("2025-03-21"));
    }
}

TEST_CASE_METHOD(WorkflowFixture, "warme overdracht to the provider complained about, followed up until feedback",
                 "[workflow]") {
    Case c = complaint();
    c.subject.provider = QStringLiteral("Thuiszorg De Linde");
    step(c, request(A::Refer, d("2025-03-10")));
    CHECK(c.phase == Phase::Referred);
    CHECK(c.referralProvider == QStringLiteral("Thuiszorg De Linde"));
    // Mon 10 March + 10 working days = Mon 24 March.
    CHECK(c.referralFollowUp == d("2025-03-24"));
    CHECK(c.events.last().kind == EventKind::Transfer);
    CHECK(textOf(c.events.last()).contains(QStringLiteral("Thuiszorg De Linde")));
    CHECK(wf.availableActions(c) == QList<A>{A::RecordReferralFeedback, A::ResumeInformal, A::RecordFirstContact,
                                             A::RecordAcknowledgement, A::Withdraw});

    step(c, request(A::RecordReferralFeedback, d("2025-03-21")));
    CHECK(c.phase == Phase::Closed);
    CHECK(c.outcome == Outcome::Referred);
    CHECK(c.referralFeedback == d("2025-03-21"));
    CHECK(c.closedOn == d("2025-03-21"));
    CHECK(c.events.last().kind == EventKind::Transfer);
    CHECK(wf.consistencyProblems(c).isEmpty());
}

TEST_CASE_METHOD(WorkflowFixture, "the check-back after a referral skips Goede Vrijdag and Paasmaandag", "[workflow]") {
    Case c = complaint();
    c.received = d("2025-04-14");
    TransitionRequest refer = request(A::Refer, d("2025-04-15"));
    refer.provider = QStringLiteral("Zorg Plus"); // the request names the provider: it wins over the subject's
    c.subject.provider = QStringLiteral("Andere aanbieder");
    step(c, refer);
    CHECK(c.referralProvider == QStringLiteral("Zorg Plus"));
    // Tue 15 April + 10 working days: 16, 17, (18 Goede Vrijdag, 21 Paasmaandag), 22, 23, 24, 25, 28, 29, 30,
    // 1 May.
    CHECK(c.referralFollowUp == d("2025-05-01"));
}

TEST_CASE_METHOD(WorkflowFixture, "an agreed check-back date after a referral is kept as given", "[workflow]") {
    Case c = complaint();
    TransitionRequest refer = request(A::Refer, d("2025-03-10"));
    refer.provider = QStringLiteral("Zorg Plus");
    refer.followUp = d("2025-03-12");
    step(c, refer);
    CHECK(c.referralFollowUp == d("2025-03-12"));
}

TEST_CASE_METHOD(WorkflowFixture, "when the provider does not solve it the gemeente resumes the informal approach",
                 "[workflow]") {
    Case c = inPhase(Phase::Referred);
    step(c, request(A::ResumeInformal, d("2025-03-20")));
    CHECK(c.phase == Phase::Informal);
    CHECK(c.outcome == Outcome::None);
    CHECK(c.referralProvider == QStringLiteral("Zorg Plus")); // history kept
    CHECK(c.events.last().kind == EventKind::PhaseChange);
    CHECK(textOf(c.events.last())
              .startsWith(QStringLiteral("Terug naar informele aanpak: van Warme overdracht naar Oplossen")));
    CHECK(wf.consistencyProblems(c).isEmpty());
}

TEST_CASE_METHOD(WorkflowFixture, "a complaint about conduct more than a year old is not handled, with notice",
                 "[workflow]") {
    Case c = complaint(); // received Fri 2025-03-07: one year before filing is 2024-03-07
    c.conductDate = d("2024-03-06");
    TransitionRequest decline = request(A::DeclineToHandle, d("2025-03-20"));
    decline.ground = NonHandlingGround::OlderThanOneYear;
    decline.noticeSent = d("2025-03-20");
    step(c, decline);
    CHECK(c.phase == Phase::Closed);
    CHECK(c.outcome == Outcome::NotHandled);
    CHECK(c.nonHandlingGround == NonHandlingGround::OlderThanOneYear);
    CHECK(c.nonHandlingNoticeSent == d("2025-03-20"));
    CHECK(c.closedOn == d("2025-03-20"));
    CHECK(c.events.last().kind == EventKind::Decision);
    CHECK(textOf(c.events.last()).contains(QStringLiteral("9:8 lid 1 b")));
    CHECK(wf.consistencyProblems(c).isEmpty());
}

TEST_CASE_METHOD(WorkflowFixture, "a complaint in the informal approach may still be declined on another ground",
                 "[workflow]") {
    Case c = inPhase(Phase::Informal);
    TransitionRequest decline = request(A::DeclineToHandle, d("2025-03-20"));
    decline.ground = NonHandlingGround::AlreadyHandled;
    decline.noticeSent = d("2025-03-19");
    step(c, decline);
    CHECK(c.outcome == Outcome::NotHandled);
    CHECK(c.nonHandlingNoticeSent == d("2025-03-19"));
    CHECK(c.closedOn == d("2025-03-20"));
}

TEST_CASE_METHOD(WorkflowFixture, "verdaging before the term ends, then further delay with written consent",
                 "[workflow]") {
    Case c = inPhase(Phase::Formal);
    CHECK_FALSE(wf.availableActions(c).contains(A::RecordConsent));
    TransitionRequest adjourn = request(A::Adjourn, d("2025-04-15"));
    adjourn.letter = LetterOrigin::Program; // the verdagingsbrief (9:11 lid 2)
    step(c, adjourn);
    CHECK(c.adjournedOn == d("2025-04-15"));
    CHECK(c.phase == Phase::Formal);
    CHECK(c.events.last().kind == EventKind::Agreement);
    CHECK(textOf(c.events.last()).contains(TermCalculator::shortDate(d("2025-05-16")))); // the adjourned term
    CHECK_FALSE(wf.availableActions(c).contains(A::Adjourn));
    CHECK(wf.availableActions(c).contains(A::RecordConsent));

    // The adjourned term: received Fri 7 March + 10 weeks = Fri 16 May; the agreed date must be later.
    TransitionRequest consent = request(A::RecordConsent, d("2025-05-12"));
    consent.agreedDueDate = d("2025-06-13");
    step(c, consent);
    CHECK(c.consentReceived == d("2025-05-12"));
    CHECK(c.agreedDueDate == d("2025-06-13"));
    CHECK(c.events.last().kind == EventKind::Agreement);

    // Consent may be given again before the agreed date, for a later one; the first consent (before the
    // adjourned term ended) is what keeps the term valid, so its date stays.
    consent = request(A::RecordConsent, d("2025-06-10"));
    consent.agreedDueDate = d("2025-06-27");
    step(c, consent);
    CHECK(c.consentReceived == d("2025-05-12"));
    CHECK(c.agreedDueDate == d("2025-06-27"));
    CHECK(wf.consistencyProblems(c).isEmpty());
}

TEST_CASE_METHOD(WorkflowFixture, "the adjournment may be notified on the last day of the term", "[workflow]") {
    SECTION("six weeks: Goede Vrijdag and Paasmaandag move the end to Tue 22 April") {
        Case c = inPhase(Phase::Informal);
        TransitionRequest adjourn = request(A::Adjourn, d("2025-04-22"));
        adjourn.letter = LetterOrigin::Elsewhere;
        step(c, adjourn);
        CHECK(c.adjournedOn == d("2025-04-22"));
    }
    SECTION("with a klachtadviescommissie: ten weeks, Fri 16 May") {
        Case c = inPhase(Phase::Formal);
        c.committee = true;
        TransitionRequest adjourn = request(A::Adjourn, d("2025-05-16"));
        adjourn.letter = LetterOrigin::Program;
        step(c, adjourn);
        CHECK(c.adjournedOn == d("2025-05-16"));
    }
}

TEST_CASE_METHOD(WorkflowFixture, "a complaint can be withdrawn in every open phase", "[workflow]") {
    for (Phase phase : {Phase::Intake, Phase::Informal, Phase::Formal, Phase::Referred}) {
        Case c = inPhase(phase);
        step(c, request(A::Withdraw, d("2025-03-20")));
        CHECK(c.phase == Phase::Closed);
        CHECK(c.outcome == Outcome::Withdrawn);
        CHECK(c.closedOn == d("2025-03-20"));
        CHECK(c.events.last().kind == EventKind::PhaseChange);
    }
}

TEST_CASE_METHOD(WorkflowFixture, "reopening clears the outcome but keeps the letters sent and the timeline",
                 "[workflow]") {
    SECTION("after an informal solution") {
        Case c = inPhase(Phase::Closed);
        c.acknowledgementSent = d("2025-03-10");
        const qsizetype eventsBefore = c.events.size();
        step(c, request(A::Reopen, d("2025-04-01")));
        CHECK(c.phase == Phase::Informal);
        CHECK(c.outcome == Outcome::None);
        CHECK_FALSE(c.closedOn.isValid());
        CHECK(c.satisfactionConfirmation == ConfirmationMethod::None);
        CHECK_FALSE(c.followUpDue.isValid());
        CHECK_FALSE(c.followUpDone.isValid());
        CHECK(c.acknowledgementSent == d("2025-03-10"));
        CHECK(c.events.size() == eventsBefore + 1);
        CHECK(textOf(c.events.last()).startsWith(QStringLiteral("Heropenen: van Afgesloten naar Oplossen")));
        CHECK(textOf(c.events.last()).contains(QStringLiteral("Naar tevredenheid opgelost")));
        CHECK(wf.consistencyProblems(c).isEmpty());
    }
    SECTION("after a decision not to handle it the case stays closed: reopening is a new complaint") {
        Case c = inPhase(Phase::Informal);
        TransitionRequest decline = request(A::DeclineToHandle, d("2025-03-20"));
        decline.ground = NonHandlingGround::InsufficientWeight;
        decline.noticeSent = d("2025-03-20");
        step(c, decline);
        CHECK(
            refused(c, request(A::Reopen, d("2025-03-25")), d("2025-03-25")).contains(QStringLiteral("nieuwe klacht")));
        CHECK(c.nonHandlingGround == NonHandlingGround::InsufficientWeight);
        CHECK(wf.consistencyProblems(c).isEmpty());
    }
}

TEST_CASE_METHOD(WorkflowFixture, "first contact and acknowledgement are bookkeeping without a phase change",
                 "[workflow]") {
    Case c = inPhase(Phase::Informal);
    step(c, request(A::RecordFirstContact, d("2025-03-11")));
    step(c, request(A::RecordAcknowledgement, d("2025-03-12")));
    CHECK(c.phase == Phase::Informal);
    CHECK(c.firstContactOn == d("2025-03-11"));
    CHECK(c.acknowledgementSent == d("2025-03-12"));
    CHECK(c.events[c.events.size() - 2].kind == EventKind::ContactMoment);
    CHECK(c.events.last().kind == EventKind::Letter);
    CHECK_FALSE(wf.availableActions(c).contains(A::RecordFirstContact));
    CHECK_FALSE(wf.availableActions(c).contains(A::RecordAcknowledgement));
}

TEST_CASE_METHOD(WorkflowFixture, "without a date a transition happens today", "[workflow]") {
    Case c = complaint();
    step(c, request(A::StartInformal), d("2025-03-12"));
    step(c, request(A::RecordFirstContact), d("2025-03-12"));
    CHECK(c.firstContactOn == d("2025-03-12"));
}

TEST_CASE_METHOD(WorkflowFixture, "every step is on the timeline with its author, time and note", "[workflow]") {
    Case c = complaint();
    TransitionRequest start = request(A::StartInformal);
    start.note = QStringLiteral("Klager wil vooral dat de hulp weer op dinsdag komt.");
    const QDateTime now(d("2025-03-10"), QTime(14, 30));
    REQUIRE(wf.apply(c, start, now, QStringLiteral("m.bakker")));
    REQUIRE(c.events.size() == 1);
    const CaseEvent e = c.events.first(); // a copy: later appends may move the list
    CHECK(e.at == now);
    CHECK(e.author == QStringLiteral("m.bakker"));
    CHECK(e.kind == EventKind::PhaseChange);
    CHECK(e.text == QStringLiteral("Klager wil vooral dat de hulp weer op dinsdag komt.")); // only what was typed
    CHECK(e.code == QStringLiteral("workflow.start_informal"));
    CHECK(textOf(e) == QStringLiteral("Informeel oplossen: van Luisteren naar Oplossen\n"
                                      "Klager wil vooral dat de hulp weer op dinsdag komt."));

    // Recorded afterwards: the text says from when the change applies; the earlier event is untouched.
    REQUIRE(wf.apply(c, request(A::StartFormal, d("2025-03-14")), QDateTime(d("2025-03-17"), QTime(9, 0)),
                     QStringLiteral("j.smit")));
    REQUIRE(c.events.size() == 2);
    CHECK(c.events.first() == e);
    CHECK(c.events[1].author == QStringLiteral("j.smit"));
    CHECK(textOf(c.events[1]).startsWith(QStringLiteral("Formeel behandelen: van Oplossen naar Standpunt\n")));
    CHECK(textOf(c.events[1]).contains(TermCalculator::shortDate(d("2025-03-14"))));
}

TEST_CASE_METHOD(WorkflowFixture, "the hearing and bookkeeping steps name their date on the timeline", "[workflow]") {
    Case c = inPhase(Phase::Formal);
    step(c, request(A::PlanHearing, d("2025-04-02")), d("2025-03-18"));
    CHECK(textOf(c.events.last()) ==
          QStringLiteral("Hoorzitting plannen: ") + TermCalculator::shortDate(d("2025-04-02")));
}

TEST_CASE("every workflow action has a Dutch label and a stable code", "[workflow]") {
    QStringList codes, labels;
    for (WorkflowAction a : Workflow::allActions()) {
        CHECK_FALSE(Workflow::label(a).isEmpty());
        CHECK(Workflow::actionFromCode(Workflow::code(a)) == a);
        codes.append(Workflow::code(a));
        labels.append(Workflow::label(a));
    }
    CHECK(codes.size() == 22);
    CHECK(codes.removeDuplicates() == 0);
    CHECK(labels.removeDuplicates() == 0);
    CHECK(Workflow::code(A::StartFormal) == QStringLiteral("start_formal"));
    CHECK(Workflow::code(A::RecordFollowUp) == QStringLiteral("record_follow_up"));
    CHECK(Workflow::label(A::StartFormal) == QStringLiteral("Formeel behandelen"));
    CHECK(Workflow::label(A::Refer) == QStringLiteral("Doorverwijzen (warme overdracht)"));
    CHECK(Workflow::label(A::Judge) == QStringLiteral("Oordeel vastleggen"));
    CHECK(Workflow::label(A::Close) == QStringLiteral("Afdoen"));
    CHECK_FALSE(Workflow::actionFromCode(QStringLiteral("afdoen")).has_value());
}
