// The workflow's guards: which action is legal in which phase, and every refusal, each of which must
// give a Dutch reason and leave the case exactly as it was (no field changed, no timeline entry).
#include "workflowfixture.h"

#include <map>

using A = WorkflowAction;

namespace {

// A request with every parameter filled in sensibly, so that only the phase and state decide.
TransitionRequest complete(WorkflowAction action, QDate today) {
    TransitionRequest r = TransitionRequest::of(action, today);
    r.confirmation = ConfirmationMethod::Phone;
    r.ground = NonHandlingGround::OpenToAppeal; // 9:8 lid 1 d: possible in every open phase, also formal
    r.noticeSent = today;
    r.judgment = Outcome::Rejected;
    r.provider = QStringLiteral("Zorg Plus");
    r.agreedDueDate = d("2025-07-01");
    r.exception = HearingException::KlagerWaived;
    r.text = QStringLiteral("Verslag of advies.");
    r.findings = QStringLiteral("Bevindingen.");
    r.conclusions = QStringLiteral("Conclusies.");
    r.letter = LetterOrigin::Program;
    return r;
}

} // namespace

TEST_CASE_METHOD(WorkflowFixture, "which action is legal in which phase", "[workflow][guards]") {
    const QDate today = d("2025-03-20");
    const QList<Phase> phases{Phase::Intake, Phase::Informal, Phase::Formal, Phase::Referred, Phase::Closed};
    // One column per phase: Intake, Informal, Formal, Referred, Closed; x = legal.
    // clang-format off
    const std::map<A, const char*> legal{
        {A::StartInformal,          "x...."},
        {A::ResolveToSatisfaction,  ".xx.."},
        {A::Refer,                  "xx..."},
        {A::RecordReferralFeedback, "...x."},
        {A::ResumeInformal,         "...x."},
        {A::StartFormal,            ".x..."},
        {A::PlanHearing,            "....."}, // the Formal sample heard klager and beklaagde already
        {A::RecordHearing,          "....."},
        {A::RecordHearingException, "....."}, // the klager was heard: no exception to record
        {A::RecordHearingReport,    "..x.."}, // the Formal sample heard klager and beklaagde
        {A::RecordCommitteeAdvice,  "....."}, // no sample has a committee
        {A::Judge,                  "..x.."}, // the Formal sample has its hearing and verslag
        {A::Close,                  "....."}, // no sample has a judgment recorded
        {A::Adjourn,                ".xx.."},
        {A::RecordConsent,          "....."}, // no sample is adjourned
        {A::ReturnToInformal,       "..x.."},
        {A::RecordFirstContact,     "xxxx."},
        {A::RecordAcknowledgement,  "xxxx."},
        {A::RecordFollowUp,         "....x"}, // the Closed sample was resolved to satisfaction
        {A::DeclineToHandle,        "xxx.."}, // formal: 9:8 lid 1 d-f only
        {A::Withdraw,               "xxxx."},
        {A::Reopen,                 "....x"},
    };
    // clang-format on
    REQUIRE(legal.size() == size_t(Workflow::allActions().size()));

    for (int p = 0; p < phases.size(); ++p) {
        Case c = inPhase(phases[p]);
        if (phases[p] == Phase::Formal)
            heardBoth(c, d("2025-03-18"), d("2025-03-19"));
        const QList<A> available = wf.availableActions(c);
        for (A action : Workflow::allActions()) {
            const bool expected = legal.at(action)[p] == 'x';
            INFO(EnumText::code(phases[p]).toStdString() << " × " << Workflow::code(action).toStdString());
            CHECK(available.contains(action) == expected);
            const TransitionResult result = wf.check(c, complete(action, today), today);
            INFO(result.reason.toStdString());
            CHECK(result.ok == expected);
        }
    }
}

TEST_CASE_METHOD(WorkflowFixture, "consent to further delay is only offered once the case is adjourned",
                 "[workflow][guards]") {
    for (Phase phase : {Phase::Informal, Phase::Formal}) {
        Case c = inPhase(phase);
        step(c, complete(A::Adjourn, d("2025-03-20")));
        CHECK(wf.availableActions(c).contains(A::RecordConsent));
        CHECK(wf.check(c, complete(A::RecordConsent, d("2025-03-21")), d("2025-03-21")));
    }
}

TEST_CASE_METHOD(WorkflowFixture, "what happened cannot be dated in the future or before receipt",
                 "[workflow][guards]") {
    const QDate today = d("2025-03-20");
    for (Phase phase : {Phase::Intake, Phase::Informal, Phase::Formal, Phase::Referred, Phase::Closed}) {
        Case c = inPhase(phase);
        for (A action : wf.availableActions(c)) {
            INFO(EnumText::code(phase).toStdString() << " × " << Workflow::code(action).toStdString());
            TransitionRequest r = complete(action, d("2025-03-21"));
            r.noticeSent = today;
            if (action != A::PlanHearing)
                CHECK(refused(c, r, today) == QStringLiteral("De datum ligt in de toekomst."));
            r.date = d("2025-03-06");
            r.noticeSent = d("2025-03-07");
            CHECK(refused(c, r, today).contains(QStringLiteral("voor de ontvangstdatum")));
        }
    }
}

TEST_CASE_METHOD(WorkflowFixture, "a hearing may be planned ahead, but not before the complaint came in",
                 "[workflow][guards]") {
    Case c = inPhase(Phase::Formal);
    CHECK(wf.check(c, request(A::PlanHearing, d("2025-06-01")), d("2025-03-20")));
    CHECK(
        refused(c, request(A::PlanHearing, d("2025-03-06")), d("2025-03-20")).contains(QStringLiteral("hoorzitting")));
}

TEST_CASE_METHOD(WorkflowFixture, "a case without a receipt date cannot move", "[workflow][guards]") {
    Case c = complaint();
    c.received = {};
    CHECK(
        refused(c, request(A::StartInformal, d("2025-03-20")), d("2025-03-20")).contains(QStringLiteral("ontvangst")));
}

TEST_CASE_METHOD(WorkflowFixture, "an action outside its phase is refused, naming the phases where it belongs",
                 "[workflow][guards]") {
    Case c = inPhase(Phase::Intake);
    const QString why = refused(c, request(A::StartFormal, d("2025-03-20")), d("2025-03-20"));
    CHECK(why.contains(QStringLiteral("Formeel behandelen")));
    CHECK(why.contains(QStringLiteral("Oplossen")));
    CHECK(why.contains(QStringLiteral("Luisteren")));
    Case referred = inPhase(Phase::Referred);
    refused(referred, complete(A::Judge, d("2025-03-20")), d("2025-03-20"));
    Case informal = inPhase(Phase::Informal);
    refused(informal, request(A::ResumeInformal, d("2025-03-20")), d("2025-03-20"));
    refused(informal, request(A::RecordReferralFeedback, d("2025-03-20")), d("2025-03-20"));
}

TEST_CASE_METHOD(WorkflowFixture, "an informal solution needs to record how the klager confirmed it (Awb 9:5)",
                 "[workflow][guards]") {
    Case c = inPhase(Phase::Informal);
    CHECK(refused(c, request(A::ResolveToSatisfaction, d("2025-03-20")), d("2025-03-20"))
              .contains(QStringLiteral("9:5")));
    TransitionRequest early = complete(A::ResolveToSatisfaction, d("2025-03-20"));
    early.followUp = d("2025-03-19");
    refused(c, early, d("2025-03-20"));
}

TEST_CASE_METHOD(WorkflowFixture, "a signaal has no formal procedure, no verdaging and no acknowledgement",
                 "[workflow][guards]") {
    Case c = inPhase(Phase::Informal, CaseKind::Signal);
    const QList<A> available = wf.availableActions(c);
    CHECK_FALSE(available.contains(A::StartFormal));
    CHECK_FALSE(available.contains(A::Adjourn));
    CHECK_FALSE(available.contains(A::RecordAcknowledgement));
    CHECK(refused(c, request(A::StartFormal, d("2025-03-20")), d("2025-03-20")).contains(QStringLiteral("klacht")));
    CHECK(refused(c, request(A::Adjourn, d("2025-03-20")), d("2025-03-20")).contains(QStringLiteral("signaal")));
    refused(c, request(A::RecordAcknowledgement, d("2025-03-20")), d("2025-03-20"));
    // The informal path stays open to a signaal.
    CHECK(available.contains(A::ResolveToSatisfaction));
}

TEST_CASE_METHOD(WorkflowFixture, "not handling a complaint needs a ground and the written notice (Awb 9:8)",
                 "[workflow][guards]") {
    const QDate today = d("2025-03-20");
    Case c = inPhase(Phase::Informal);
    TransitionRequest r = complete(A::DeclineToHandle, today);
    r.ground = NonHandlingGround::None;
    CHECK(refused(c, r, today).contains(QStringLiteral("9:8")));
    r = complete(A::DeclineToHandle, today);
    r.noticeSent = {};
    CHECK(refused(c, r, today).contains(QStringLiteral("9:8 lid 3")));
    r.noticeSent = d("2025-03-06");
    refused(c, r, today);
    r.noticeSent = d("2025-03-21");
    refused(c, r, today);
    Case formal = inPhase(Phase::Formal);
    r = complete(A::DeclineToHandle, today);
    r.ground = NonHandlingGround::InsufficientWeight; // lid 2: not once the formal procedure runs
    CHECK(refused(formal, r, today).contains(QStringLiteral("d-f")));
}

TEST_CASE_METHOD(WorkflowFixture, "the one-year ground is refused when the conduct is not more than a year old",
                 "[workflow][guards]") {
    const QDate today = d("2025-03-20");
    Case c = complaint(); // received Fri 2025-03-07
    TransitionRequest r = complete(A::DeclineToHandle, today);
    r.ground = NonHandlingGround::OlderThanOneYear;

    SECTION("conduct on 7 March 2024 is exactly one year before filing: not more than a year") {
        c.conductDate = d("2024-03-07");
        CHECK(refused(c, r, today).contains(QStringLiteral("9:8 lid 1 b")));
    }
    SECTION("recent conduct") {
        c.conductDate = d("2025-02-14");
        refused(c, r, today);
    }
    SECTION("conduct date unknown") {
        c.conductDate = {};
        CHECK(refused(c, r, today).contains(QStringLiteral("onbekend")));
    }
    SECTION("one day earlier, 6 March 2024, is more than a year") {
        c.conductDate = d("2024-03-06");
        CHECK(wf.check(c, r, today));
    }
}

TEST_CASE_METHOD(WorkflowFixture, "a warme overdracht needs a provider and a check-back not before the transfer",
                 "[workflow][guards]") {
    const QDate today = d("2025-03-20");
    Case c = complaint();
    c.subject.provider = QStringLiteral("   ");
    TransitionRequest r = request(A::Refer, today);
    r.provider = QStringLiteral("  ");
    CHECK(refused(c, r, today).contains(QStringLiteral("aanbieder")));
    r.provider = QStringLiteral("Zorg Plus");
    r.followUp = d("2025-03-19");
    refused(c, r, today);
    Case formal = inPhase(Phase::Formal);
    refused(formal, complete(A::Refer, today), today);
}

TEST_CASE_METHOD(WorkflowFixture, "verdaging after the handling term has ended is refused (Awb 9:11 lid 2)",
                 "[workflow][guards]") {
    SECTION("the day after Tue 22 April") {
        Case c = inPhase(Phase::Formal);
        const QString why = refused(c, complete(A::Adjourn, d("2025-04-23")), d("2025-04-23"));
        CHECK(why.contains(TermCalculator::shortDate(d("2025-04-22"))));
        CHECK(why.contains(QStringLiteral("9:11 lid 2")));
    }
    SECTION("without a committee the ten weeks do not apply") {
        Case c = inPhase(Phase::Informal);
        CHECK(
            refused(c, complete(A::Adjourn, d("2025-05-16")), d("2025-05-16")).contains(QStringLiteral("9:11 lid 2")));
    }
    SECTION("a second verdaging needs the klager's consent instead") {
        Case c = inPhase(Phase::Informal);
        step(c, complete(A::Adjourn, d("2025-04-01")));
        CHECK(
            refused(c, complete(A::Adjourn, d("2025-04-02")), d("2025-04-02")).contains(QStringLiteral("9:11 lid 3")));
    }
    SECTION("nothing to adjourn in Luisteren") {
        Case c = complaint();
        refused(c, request(A::Adjourn, d("2025-03-20")), d("2025-03-20"));
    }
}

TEST_CASE_METHOD(WorkflowFixture, "consent to further delay needs a verdaging and a date after the current one",
                 "[workflow][guards]") {
    const QDate today = d("2025-05-12");
    Case c = inPhase(Phase::Formal);
    TransitionRequest r = request(A::RecordConsent, today);
    r.agreedDueDate = d("2025-06-13");
    CHECK(refused(c, r, today).contains(QStringLiteral("verdaagd")));

    step(c, complete(A::Adjourn, d("2025-04-15")));
    r.agreedDueDate = {};
    refused(c, r, today);
    // The adjourned term ends Fri 16 May 2025 (7 March + 10 weeks): the agreed date must be later.
    r.agreedDueDate = d("2025-05-16");
    CHECK(refused(c, r, today).contains(TermCalculator::shortDate(d("2025-05-16"))));
    r.agreedDueDate = d("2025-05-09");
    refused(c, r, today);

    r.agreedDueDate = d("2025-06-13");
    step(c, r);
    r.date = d("2025-05-20");
    CHECK(refused(c, r, d("2025-05-20")).contains(TermCalculator::shortDate(d("2025-06-13"))));

    TransitionRequest withdraw = request(A::Withdraw, d("2025-05-21"));
    step(c, withdraw);
    r.agreedDueDate = d("2025-07-01");
    refused(c, r, d("2025-05-22"));
}

TEST_CASE_METHOD(WorkflowFixture, "an oral complaint cannot be judged before the klager was heard",
                 "[workflow][guards]") {
    Case c = inPhase(Phase::Formal, CaseKind::OralComplaint);
    CHECK_FALSE(wf.availableActions(c).contains(A::Judge));
    CHECK(refused(c, complete(A::Judge, d("2025-03-20")), d("2025-03-20")).contains(QStringLiteral("9:10")));
    // Planning the hearing is not hearing.
    step(c, request(A::PlanHearing, d("2025-03-25")), d("2025-03-20"));
    refused(c, complete(A::Judge, d("2025-03-20")), d("2025-03-20"));
    TransitionRequest noException = request(A::RecordHearingException, d("2025-03-20"));
    refused(c, noException, d("2025-03-20"));
}

TEST_CASE_METHOD(WorkflowFixture, "only gegrond, deels gegrond, ongegrond or geen oordeel is a judgment",
                 "[workflow][guards]") {
    Case c = inPhase(Phase::Formal);
    heardBoth(c, d("2025-03-18"), d("2025-03-19"));
    for (Outcome o :
         {Outcome::None, Outcome::ResolvedToSatisfaction, Outcome::NotHandled, Outcome::Withdrawn, Outcome::Referred}) {
        TransitionRequest r = request(A::Judge, d("2025-03-20"));
        r.judgment = o;
        INFO(EnumText::code(o).toStdString());
        CHECK(refused(c, r, d("2025-03-20")).contains(QStringLiteral("9:12")));
    }
}

TEST_CASE_METHOD(WorkflowFixture, "a closed case only moves by reopening, and an open one cannot be reopened",
                 "[workflow][guards]") {
    const QDate today = d("2025-03-20");
    Case closed = inPhase(Phase::Closed);
    for (A action : {A::Withdraw, A::RecordFirstContact, A::RecordAcknowledgement, A::RecordConsent}) {
        INFO(Workflow::code(action).toStdString());
        CHECK(refused(closed, complete(action, today), today).contains(QStringLiteral("afgesloten")));
    }
    CHECK(refused(closed, complete(A::StartInformal, today), today).contains(QStringLiteral("Afgesloten")));
    Case open = inPhase(Phase::Informal);
    CHECK(refused(open, request(A::Reopen, today), today).contains(QStringLiteral("open")));
}

TEST_CASE_METHOD(WorkflowFixture, "first contact and acknowledgement are recorded once", "[workflow][guards]") {
    const QDate today = d("2025-03-20");
    Case c = inPhase(Phase::Informal);
    step(c, request(A::RecordFirstContact, d("2025-03-11")));
    step(c, request(A::RecordAcknowledgement, d("2025-03-11")));
    CHECK(
        refused(c, request(A::RecordFirstContact, today), today).contains(TermCalculator::shortDate(d("2025-03-11"))));
    refused(c, request(A::RecordAcknowledgement, today), today);
}

TEST_CASE_METHOD(WorkflowFixture, "the follow-up call belongs to a case resolved to satisfaction, and happens once",
                 "[workflow][guards]") {
    const QDate today = d("2025-04-04");
    Case c = inPhase(Phase::Closed);
    step(c, request(A::RecordFollowUp, today));
    refused(c, request(A::RecordFollowUp, today), today);

    Case noDate = inPhase(Phase::Closed);
    noDate.followUpDue = {};
    refused(noDate, request(A::RecordFollowUp, today), today);

    Case withdrawn = inPhase(Phase::Informal);
    step(withdrawn, request(A::Withdraw, d("2025-03-20")));
    refused(withdrawn, request(A::RecordFollowUp, today), today);
}

TEST_CASE_METHOD(WorkflowFixture, "check() judges like apply() and never changes the case", "[workflow][guards]") {
    Case c = inPhase(Phase::Formal);
    const Case before = c;
    CHECK_FALSE(wf.check(c, complete(A::Judge, d("2025-03-20")), d("2025-03-20")));
    CHECK(wf.check(c, complete(A::RecordHearing, d("2025-03-20")), d("2025-03-20")));
    CHECK(c == before);
}
