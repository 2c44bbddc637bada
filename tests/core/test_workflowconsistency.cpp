// The consistency check of stored cases (aantafel-cli check): whatever the workflow produces is
// consistent, and each deliberately broken case yields exactly the one problem that was put in.
#include "workflowfixture.h"

#include <functional>

using A = WorkflowAction;

TEST_CASE_METHOD(WorkflowFixture, "every case the workflow produces is consistent", "[workflow][consistency]") {
    for (Phase phase : {Phase::Intake, Phase::Informal, Phase::Formal, Phase::Referred, Phase::Closed})
        for (CaseKind kind : {CaseKind::Signal, CaseKind::OralComplaint, CaseKind::WrittenComplaint}) {
            if (phase == Phase::Formal && kind == CaseKind::Signal)
                continue;
            INFO(EnumText::code(phase).toStdString() << " " << EnumText::code(kind).toStdString());
            CHECK(wf.consistencyProblems(inPhase(phase, kind)).isEmpty());
        }

    Case c = inPhase(Phase::Formal);
    TransitionRequest adjourn = request(A::Adjourn, d("2025-04-15"));
    adjourn.letter = LetterOrigin::Program;
    step(c, adjourn);
    TransitionRequest consent = request(A::RecordConsent, d("2025-05-12"));
    consent.agreedDueDate = d("2025-06-13");
    step(c, consent);
    step(c, request(A::Withdraw, d("2025-05-20")));
    CHECK(wf.consistencyProblems(c).isEmpty());
}

TEST_CASE_METHOD(WorkflowFixture, "a deliberately broken case shows the one problem that was put in",
                 "[workflow][consistency]") {
    // Heard on Tue 18 March, verslag sent Wed 19 March, judged Thu 20 March, afdoeningsbrief Fri 21 March.
    Case judged = inPhase(Phase::Formal);
    heardBoth(judged, d("2025-03-18"), d("2025-03-19"));
    judgeAndClose(judged, Outcome::Upheld, d("2025-03-20"), d("2025-03-21"));

    Case declined = inPhase(Phase::Informal);
    TransitionRequest decline = request(A::DeclineToHandle, d("2025-03-20"));
    decline.ground = NonHandlingGround::OpenToObjection;
    decline.noticeSent = d("2025-03-20");
    step(declined, decline);

    Case referredAndClosed = inPhase(Phase::Referred);
    step(referredAndClosed, request(A::RecordReferralFeedback, d("2025-03-20")));

    Case adjourned = inPhase(Phase::Formal);
    TransitionRequest adjournment = request(A::Adjourn, d("2025-03-20"));
    adjournment.letter = LetterOrigin::Elsewhere;
    step(adjourned, adjournment);

    struct Breakage {
        const char* what;
        Case start;
        std::function<void(Case&)> breakIt;
        const char* expected; // a word of the problem line
    };
    const QList<Breakage> breakages{
        {"no reference", complaint(), [](Case& c) { c.reference.clear(); }, "zaaknummer"},
        {"no receipt date", complaint(), [](Case& c) { c.received = {}; }, "ontvangstdatum"},
        {"closed without outcome", inPhase(Phase::Closed), [](Case& c) { c.outcome = Outcome::None; },
         "zonder uitkomst"},
        {"closed without closing date", inPhase(Phase::Closed), [](Case& c) { c.closedOn = {}; }, "afsluitdatum"},
        {"open with an outcome", inPhase(Phase::Informal), [](Case& c) { c.outcome = Outcome::Withdrawn; },
         "Ingetrokken"},
        {"open with a closing date", inPhase(Phase::Informal), [](Case& c) { c.closedOn = d("2025-03-20"); },
         "afsluitdatum"},
        {"closed before it was received", inPhase(Phase::Closed), [](Case& c) { c.closedOn = d("2025-03-01"); },
         "voor de ontvangstdatum"},
        {"not handled without ground", declined, [](Case& c) { c.nonHandlingGround = NonHandlingGround::None; },
         "grond"},
        {"not handled without notice", declined, [](Case& c) { c.nonHandlingNoticeSent = {}; }, "9:8 lid 3"},
        {"resolved without the klager's confirmation", inPhase(Phase::Closed),
         [](Case& c) { c.satisfactionConfirmation = ConfirmationMethod::None; }, "9:5"},
        {"judged without hearing or exception", judged, [](Case& c) { c.hearingHeld = {}; }, "9:10"},
        {"judged signaal", judged, [](Case& c) { c.kind = CaseKind::Signal; }, "signaal"},
        {"judged without a written afdoening", judged, [](Case& c) { c.closingNoticeSent = {}; },
         "zonder schriftelijke afdoening"},
        {"closed on another day than the afdoeningsbrief", judged, [](Case& c) { c.closedOn = d("2025-03-20"); },
         "op de dag van de brief"},
        {"heard without a verslag", judged, [](Case& c) { c.hearingReport.clear(); }, "hoorverslag"},
        {"judged upheld although manifestly unfounded", judged,
         [](Case& c) {
             c.hearingHeld = {};
             c.hearingException = HearingException::ManifestlyUnfounded;
         },
         "kennelijk ongegrond"},
        {"formal procedure against a provider's employee", inPhase(Phase::Formal),
         [](Case& c) { c.subject.provider = QStringLiteral("Zorg Plus"); }, "aanbieder"},
        {"verdaging after the handling term (Tue 22 April 2025)", adjourned,
         [](Case& c) { c.adjournedOn = d("2025-04-24"); }, "na het einde van de afhandelingstermijn"},
        {"referred without provider", inPhase(Phase::Referred), [](Case& c) { c.referralProvider.clear(); },
         "aanbieder"},
        {"referred without check-back date", inPhase(Phase::Referred), [](Case& c) { c.referralFollowUp = {}; },
         "terugkoppeling"},
        {"referred outcome without feedback", referredAndClosed, [](Case& c) { c.referralFeedback = {}; },
         "terugkoppeling"},
        {"consent without verdaging", inPhase(Phase::Informal),
         [](Case& c) {
             c.consentReceived = d("2025-03-20");
             c.agreedDueDate = d("2025-06-01");
         },
         "verdaging"},
        {"consent without agreed date", adjourned, [](Case& c) { c.consentReceived = d("2025-03-20"); },
         "afgesproken datum"},
        {"adjourned signaal", inPhase(Phase::Informal, CaseKind::Signal),
         [](Case& c) { c.adjournedOn = d("2025-03-20"); }, "signaal"},
        {"formal signaal", inPhase(Phase::Informal, CaseKind::Signal), [](Case& c) { c.phase = Phase::Formal; },
         "signaal"},
    };

    for (const Breakage& b : breakages) {
        INFO(b.what);
        REQUIRE(wf.consistencyProblems(b.start).isEmpty());
        Case broken = b.start;
        b.breakIt(broken);
        const QStringList problems = wf.consistencyProblems(broken);
        INFO(problems.join(u'|').toStdString());
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(QString::fromUtf8(b.expected)));
    }
}

TEST_CASE_METHOD(WorkflowFixture, "a case broken in several ways lists every problem", "[workflow][consistency]") {
    Case c = inPhase(Phase::Closed);
    c.reference.clear();
    c.outcome = Outcome::NotHandled;
    CHECK(wf.consistencyProblems(c).size() == 3); // no reference, no ground, no notice
}
