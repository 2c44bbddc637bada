// The steps of the formal procedure as chapter 9 Awb has them: the hearing per person (9:10), what an
// afdoening needs (9:12 lid 1), the advisory committee (afdeling 9.1.3, 9:16), refusing on a 9:8
// ground that arises later, complaints about contracted providers, reopening after an afdoening, and
// going back to the informal track. The klaagschrift of WorkflowFixture is received on Friday
// 7 March 2025 (handling term: Tue 22 April 2025, see test_lawletters.cpp) and is about P. Jansen.
#include "workflowfixture.h"

#include "workflow/eventtext.h"

#include <QCoreApplication>
#include <QTranslator>

using A = WorkflowAction;

namespace {

TransitionRequest judgment(Outcome outcome, QDate when) {
    TransitionRequest r = TransitionRequest::of(A::Judge, when);
    r.judgment = outcome;
    r.findings = QStringLiteral("Bevindingen.");
    r.conclusions = QStringLiteral("Conclusies.");
    return r;
}

TransitionRequest exception(HearingException which, QDate when, QDate replyTerm = {}) {
    TransitionRequest r = TransitionRequest::of(A::RecordHearingException, when);
    r.exception = which;
    r.replyTerm = replyTerm;
    return r;
}

TransitionRequest respondentHeard(QDate when, RespondentHearing how = RespondentHearing::Heard) {
    TransitionRequest r = TransitionRequest::of(A::RecordHearing, when);
    r.person = HearingPerson::Beklaagde;
    r.respondent = how;
    return r;
}

} // namespace

TEST_CASE_METHOD(WorkflowFixture, "the klager's hearing exception does not release the beklaagde (art. 9:10 lid 1)",
                 "[law][horen]") {
    Case c = inPhase(Phase::Formal);
    step(c, exception(HearingException::KlagerWaived, d("2025-03-20")));
    // The klager waived; P. Jansen must still have had the opportunity to be heard.
    CHECK_FALSE(wf.availableActions(c).contains(A::Judge));
    CHECK(refused(c, judgment(Outcome::Rejected, d("2025-03-21")), d("2025-03-21"))
              .contains(QStringLiteral("P. Jansen")));
    // Given the opportunity, not used: that suffices, and nobody was heard, so no verslag is due.
    step(c, respondentHeard(d("2025-03-24"), RespondentHearing::Declined));
    CHECK(c.respondentHearing == RespondentHearing::Declined);
    CHECK(c.respondentHeardOn == d("2025-03-24"));
    step(c, judgment(Outcome::Rejected, d("2025-03-25")));
    CHECK(c.judgment == Outcome::Rejected);
}

TEST_CASE_METHOD(WorkflowFixture, "a conduct without a named person needs no hearing of a beklaagde", "[law][horen]") {
    Case c = complaint();
    c.subject.employee.clear(); // e.g. "nobody answers the phone at Team Wmo"
    c.subject.department = QStringLiteral("Team Wmo");
    step(c, request(A::StartInformal, d("2025-03-10")));
    step(c, request(A::StartFormal, d("2025-03-14")));
    step(c, exception(HearingException::KlagerWaived, d("2025-03-20")));
    step(c, judgment(Outcome::Upheld, d("2025-03-21")));
}

TEST_CASE_METHOD(WorkflowFixture,
                 "after a hearing a verslag is recorded and sent before the judgment (art. 9:10 lid 3)",
                 "[law][horen]") {
    Case c = inPhase(Phase::Formal);
    CHECK_FALSE(wf.availableActions(c).contains(A::RecordHearingReport)); // nobody heard yet
    step(c, request(A::RecordHearing, d("2025-04-01")));
    step(c, respondentHeard(d("2025-04-01")));
    CHECK(refused(c, judgment(Outcome::Upheld, d("2025-04-02")), d("2025-04-02")).contains(QStringLiteral("verslag")));
    CHECK(refused(c, request(A::RecordHearingReport, d("2025-04-03")), d("2025-04-03"))
              .contains(QStringLiteral("hoorverslag")));
    TransitionRequest report = request(A::RecordHearingReport, d("2025-04-03"));
    report.text = QStringLiteral("Klager en beklaagde gehoord; lezingen verschillen.");
    step(c, report);
    CHECK(c.hearingReportSent == d("2025-04-03"));
    step(c, judgment(Outcome::Upheld, d("2025-04-04")));
}

TEST_CASE_METHOD(WorkflowFixture, "no reply within the term given records that term, after it passed (9:10 lid 2 c)",
                 "[law][horen]") {
    Case c = inPhase(Phase::Formal);
    // Without the term: refused.
    CHECK(refused(c, exception(HearingException::NoReply, d("2025-03-31")), d("2025-03-31"))
              .contains(QStringLiteral("termijn")));
    // The klager had until Fri 28 March 2025: on that day the term still runs.
    CHECK(refused(c, exception(HearingException::NoReply, d("2025-03-28"), d("2025-03-28")), d("2025-03-28"))
              .contains(QStringLiteral("vr 28 mrt 2025")));
    // On Mon 31 March it has passed.
    step(c, exception(HearingException::NoReply, d("2025-03-31"), d("2025-03-28")));
    CHECK(c.hearingReplyTerm == d("2025-03-28"));
    CHECK(c.events.constLast().params.value(QStringLiteral("reply_term")) == QStringLiteral("2025-03-28"));
}

TEST_CASE_METHOD(WorkflowFixture, "kennelijk ongegrond excludes a judgment (deels) gegrond (art. 9:10 lid 2 a)",
                 "[law][horen]") {
    Case c = inPhase(Phase::Formal);
    step(c, exception(HearingException::ManifestlyUnfounded, d("2025-03-20")));
    step(c, respondentHeard(d("2025-03-21"), RespondentHearing::Declined));
    for (Outcome upheld : {Outcome::Upheld, Outcome::PartlyUpheld})
        CHECK(refused(c, judgment(upheld, d("2025-03-24")), d("2025-03-24"))
                  .contains(QStringLiteral("kennelijk ongegrond")));
    step(c, judgment(Outcome::Rejected, d("2025-03-24")));
}

TEST_CASE_METHOD(WorkflowFixture, "the afdoening needs findings, a judgment and conclusions (art. 9:12 lid 1)",
                 "[law][afdoening]") {
    Case c = inPhase(Phase::Formal);
    step(c, exception(HearingException::KlagerWaived, d("2025-03-20")));
    step(c, respondentHeard(d("2025-03-21"), RespondentHearing::Declined));
    TransitionRequest close = request(A::Close, d("2025-03-25"));
    close.letter = LetterOrigin::Program;
    // No judgment recorded: Afdoen is not offered at all.
    CHECK_FALSE(wf.availableActions(c).contains(A::Close));
    CHECK(refused(c, close, d("2025-03-25")).contains(QStringLiteral("oordeel")));
    // A judgment alone is not enough: findings and conclusions belong to it.
    TransitionRequest bare = request(A::Judge, d("2025-03-24"));
    bare.judgment = Outcome::Rejected;
    step(c, bare);
    CHECK(wf.availableActions(c).contains(A::Close));
    const QString why = refused(c, close, d("2025-03-25"));
    CHECK(why.contains(QStringLiteral("bevindingen")));
    CHECK(why.contains(QStringLiteral("conclusies")));
    // Per part: each part needs its judgment and its findings.
    c.parts = {{QStringLiteral("Niet teruggebeld"), QString(), Outcome::Rejected}};
    c.conclusions = QStringLiteral("Geen verdere conclusies.");
    CHECK(refused(c, close, d("2025-03-25")).contains(QStringLiteral("klachtonderdeel 1 ontbreken de bevindingen")));
    c.parts[0].findings = QStringLiteral("Wel teruggebeld, blijkt uit het logboek.");
    step(c, close);
    CHECK(c.outcome == Outcome::Rejected);
}

TEST_CASE_METHOD(WorkflowFixture, "the committee advises before the judgment — departing needs reasons (art. 9:16)",
                 "[law][commissie]") {
    Case c = complaint();
    c.committee = true;
    step(c, request(A::StartInformal, d("2025-03-10")));
    step(c, request(A::StartFormal, d("2025-03-14")));
    CHECK(wf.availableActions(c).contains(A::RecordCommitteeAdvice));
    step(c, exception(HearingException::KlagerWaived, d("2025-03-20")));
    step(c, respondentHeard(d("2025-03-21"), RespondentHearing::Declined));
    CHECK_FALSE(wf.availableActions(c).contains(A::Judge)); // no advice yet
    TransitionRequest advice = request(A::RecordCommitteeAdvice, d("2025-04-25"));
    advice.judgment = Outcome::Rejected;
    step(c, advice);
    CHECK(refused(c, judgment(Outcome::Upheld, d("2025-04-28")), d("2025-04-28")).contains(QStringLiteral("9:16")));
    TransitionRequest departing = judgment(Outcome::Upheld, d("2025-04-28"));
    departing.reasons = QStringLiteral("Het college weegt de gevolgen voor de klager zwaarder.");
    step(c, departing);
    CHECK(c.departureReasons == departing.reasons);
    // With a committee the handling term is 10 weeks: Fri 16 May 2025 (no holiday).
    CHECK(engine.handlingTerms(c.received, c.committee).handling.due == d("2025-05-16"));
}

TEST_CASE_METHOD(WorkflowFixture, "refusal on 9:8 lid 1 d-f stays possible in the formal phase", "[law][9:8]") {
    Case c = inPhase(Phase::Formal);
    TransitionRequest a = request(A::DeclineToHandle, d("2025-04-01"));
    a.ground = NonHandlingGround::AlreadyHandled;
    a.noticeSent = d("2025-04-01");
    CHECK(refused(c, a, d("2025-04-01")).contains(QStringLiteral("d-f")));
    TransitionRequest f = a;
    f.ground = NonHandlingGround::CriminalInvestigation;
    step(c, f);
    CHECK(c.outcome == Outcome::NotHandled);
    // The notice is the written end of the handling: ombudsman term from Tue 1 April 2025 → Wed 1 April 2026.
    const std::optional<Deadline> ombudsman = engine.ombudsmanTerm(c, d("2025-04-02"));
    REQUIRE(ombudsman);
    CHECK(ombudsman->due == d("2026-04-01"));
}

TEST_CASE_METHOD(WorkflowFixture, "a complaint about a contracted provider is no 9:9 procedure against its employee",
                 "[law][aanbieder]") {
    Case c = complaint();
    c.subject.provider = QStringLiteral("Zorg Plus");
    step(c, request(A::StartInformal, d("2025-03-10")));
    CHECK_FALSE(wf.availableActions(c).contains(A::StartFormal));
    CHECK(refused(c, request(A::StartFormal, d("2025-03-14")), d("2025-03-14")).contains(QStringLiteral("Wkkgz")));
    // A warme overdracht is the way; or the complaint is about the municipality's own regie.
    CHECK(wf.availableActions(c).contains(A::Refer));
    c.aboutRegie = true;
    step(c, request(A::StartFormal, d("2025-03-14")));
}

TEST_CASE_METHOD(WorkflowFixture,
                 "reopening after an afdoening is a new complaint, not the old procedure (9:8 lid 1 a)",
                 "[law][heropenen]") {
    Case c = inPhase(Phase::Formal);
    TransitionRequest decline = request(A::DeclineToHandle, d("2025-04-01"));
    decline.ground = NonHandlingGround::BeforeCourt;
    decline.noticeSent = d("2025-04-01");
    step(c, decline);
    REQUIRE(Workflow::closedByDecision(c));
    CHECK(wf.availableActions(c).contains(A::Reopen)); // the button stays: it starts a new complaint
    CHECK(refused(c, request(A::Reopen, d("2025-05-01")), d("2025-05-01")).contains(QStringLiteral("nieuwe klacht")));
    // After an informal closure the case itself is reopened.
    Case informal = inPhase(Phase::Closed);
    step(informal, request(A::Reopen, d("2025-03-20")));
    CHECK(informal.phase == Phase::Informal);
}

TEST_CASE_METHOD(WorkflowFixture, "back to the informal track only with the klager's agreement, recorded",
                 "[law][informeel]") {
    Case c = inPhase(Phase::Formal);
    CHECK(refused(c, request(A::ReturnToInformal, d("2025-03-20")), d("2025-03-20"))
              .contains(QStringLiteral("ingestemd")));
    TransitionRequest back = request(A::ReturnToInformal, d("2025-03-20"));
    back.confirmation = ConfirmationMethod::Email;
    step(c, back);
    CHECK(c.phase == Phase::Informal);
    CHECK(c.events.constLast().params.value(QStringLiteral("confirmation")) == QStringLiteral("email"));
}

namespace {

// Stands in for an English interface: every EventText and Workflow message comes back marked.
class MarkingTranslator final : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override {
        const QByteArray ctx(context);
        if (ctx == "EventText" || ctx == "Workflow" || ctx == "EnumText")
            return QStringLiteral("EN[") + QString::fromUtf8(source) + u']';
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST_CASE_METHOD(WorkflowFixture, "timeline entries are stored as codes and read in the reader's language",
                 "[law][tijdlijn]") {
    Case c = complaint();
    {
        MarkingTranslator english;
        QCoreApplication::installTranslator(&english);
        TransitionRequest start = request(A::StartInformal, d("2025-03-10"));
        start.note = QStringLiteral("Getypt door de behandelaar.");
        step(c, start);
        QCoreApplication::removeTranslator(&english);
    }
    const CaseEvent& entry = c.events.constLast();
    // What is stored: a code with parameters, and only what the handler typed as text.
    CHECK(entry.code == QStringLiteral("workflow.start_informal"));
    CHECK(entry.params.value(QStringLiteral("from")) == QStringLiteral("intake"));
    CHECK(entry.params.value(QStringLiteral("to")) == QStringLiteral("informal"));
    CHECK(entry.text == QStringLiteral("Getypt door de behandelaar."));
    CHECK_FALSE(entry.text.contains(QStringLiteral("EN[")));
    // Read by a Dutch reader.
    CHECK(EventText::render(entry) ==
          QStringLiteral("Informeel oplossen: van Luisteren naar Oplossen\nGetypt door de behandelaar."));
    // Read by an English reader, the same entry in his language.
    MarkingTranslator english;
    QCoreApplication::installTranslator(&english);
    const QString rendered = EventText::render(entry);
    QCoreApplication::removeTranslator(&english);
    CHECK(rendered.startsWith(QStringLiteral("EN[Informeel oplossen]")));
    // An entry written before codes existed reads as it was.
    const CaseEvent old{1, QDateTime(d("2024-01-02"), QTime(9, 0)), EventKind::Note, QStringLiteral("x"),
                        QStringLiteral("Oude tekst")};
    CHECK(EventText::render(old) == QStringLiteral("Oude tekst"));
}
