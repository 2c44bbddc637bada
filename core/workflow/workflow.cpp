#include "workflow.h"

#include "../domain/judgment.h"
#include "domain/isodate.h"

// Names of the actions, the order of the buttons, and applying a transition: the change to the
// case and its timeline entry. The guards live in workflowguards.cpp, the consistency check of
// stored cases in workflowconsistency.cpp, the rendering of the entries in eventtext.cpp.

namespace {

QString letterCode(LetterOrigin origin) {
    switch (origin) {
    case LetterOrigin::None: return QStringLiteral("none");
    case LetterOrigin::Program: return QStringLiteral("program");
    case LetterOrigin::Elsewhere: return QStringLiteral("elsewhere");
    }
    return {};
}

} // namespace

QString Workflow::label(WorkflowAction action) {
    switch (action) {
    case WorkflowAction::StartInformal: return tr("Informeel oplossen");
    case WorkflowAction::ResolveToSatisfaction: return tr("Naar tevredenheid opgelost");
    case WorkflowAction::StartFormal: return tr("Formeel behandelen");
    case WorkflowAction::DeclineToHandle: return tr("Niet in behandeling nemen");
    case WorkflowAction::Refer: return tr("Doorverwijzen (warme overdracht)");
    case WorkflowAction::RecordReferralFeedback: return tr("Terugkoppeling aanbieder vastleggen");
    case WorkflowAction::ResumeInformal: return tr("Terug naar informele aanpak");
    case WorkflowAction::PlanHearing: return tr("Hoorzitting plannen");
    case WorkflowAction::RecordHearing: return tr("Horen vastleggen");
    case WorkflowAction::RecordHearingException: return tr("Afzien van horen klager vastleggen");
    case WorkflowAction::RecordHearingReport: return tr("Hoorverslag vastleggen");
    case WorkflowAction::RecordCommitteeAdvice: return tr("Advies commissie vastleggen");
    case WorkflowAction::Adjourn: return tr("Verdagen");
    case WorkflowAction::RecordConsent: return tr("Instemming met verder uitstel vastleggen");
    case WorkflowAction::Judge: return tr("Oordeel vastleggen");
    case WorkflowAction::Close: return tr("Afdoen");
    case WorkflowAction::ReturnToInformal: return tr("Terug naar informeel (met instemming)");
    case WorkflowAction::Withdraw: return tr("Intrekken");
    case WorkflowAction::Reopen: return tr("Heropenen");
    case WorkflowAction::RecordFirstContact: return tr("Eerste contact vastleggen");
    case WorkflowAction::RecordAcknowledgement: return tr("Ontvangstbevestiging verstuurd");
    case WorkflowAction::RecordFollowUp: return tr("Nabellen vastleggen");
    }
    return {};
}

QString Workflow::code(WorkflowAction action) {
    switch (action) {
    case WorkflowAction::StartInformal: return QStringLiteral("start_informal");
    case WorkflowAction::ResolveToSatisfaction: return QStringLiteral("resolve_to_satisfaction");
    case WorkflowAction::StartFormal: return QStringLiteral("start_formal");
    case WorkflowAction::DeclineToHandle: return QStringLiteral("decline_to_handle");
    case WorkflowAction::Refer: return QStringLiteral("refer");
    case WorkflowAction::RecordReferralFeedback: return QStringLiteral("record_referral_feedback");
    case WorkflowAction::ResumeInformal: return QStringLiteral("resume_informal");
    case WorkflowAction::PlanHearing: return QStringLiteral("plan_hearing");
    case WorkflowAction::RecordHearing: return QStringLiteral("record_hearing");
    case WorkflowAction::RecordHearingException: return QStringLiteral("record_hearing_exception");
    case WorkflowAction::RecordHearingReport: return QStringLiteral("record_hearing_report");
    case WorkflowAction::RecordCommitteeAdvice: return QStringLiteral("record_committee_advice");
    case WorkflowAction::Adjourn: return QStringLiteral("adjourn");
    case WorkflowAction::RecordConsent: return QStringLiteral("record_consent");
    case WorkflowAction::Judge: return QStringLiteral("judge");
    case WorkflowAction::Close: return QStringLiteral("close");
    case WorkflowAction::ReturnToInformal: return QStringLiteral("return_to_informal");
    case WorkflowAction::Withdraw: return QStringLiteral("withdraw");
    case WorkflowAction::Reopen: return QStringLiteral("reopen");
    case WorkflowAction::RecordFirstContact: return QStringLiteral("record_first_contact");
    case WorkflowAction::RecordAcknowledgement: return QStringLiteral("record_acknowledgement");
    case WorkflowAction::RecordFollowUp: return QStringLiteral("record_follow_up");
    }
    return {};
}

// Button order: the next step of the workflow first (Oplossen before Standpunt, the hearing before
// the judgment, the judgment before the afdoening), then managing the term, then bookkeeping, then
// the ways out.
QList<WorkflowAction> Workflow::allActions() {
    using A = WorkflowAction;
    return {A::StartInformal,
            A::ResolveToSatisfaction,
            A::Refer,
            A::RecordReferralFeedback,
            A::ResumeInformal,
            A::StartFormal,
            A::PlanHearing,
            A::RecordHearing,
            A::RecordHearingException,
            A::RecordHearingReport,
            A::RecordCommitteeAdvice,
            A::Judge,
            A::Close,
            A::Adjourn,
            A::RecordConsent,
            A::ReturnToInformal,
            A::RecordFirstContact,
            A::RecordAcknowledgement,
            A::RecordFollowUp,
            A::DeclineToHandle,
            A::Withdraw,
            A::Reopen};
}

std::optional<WorkflowAction> Workflow::actionFromCode(const QString& actionCode) {
    for (WorkflowAction a : allActions()) {
        if (code(a) == actionCode)
            return a;
    }
    return std::nullopt;
}

bool Workflow::needsLetter(WorkflowAction action) {
    return action == WorkflowAction::Adjourn || action == WorkflowAction::Close;
}

QList<WorkflowAction> Workflow::availableActions(const Case& c) const {
    QList<WorkflowAction> result;
    for (WorkflowAction a : allActions()) {
        if (stateRefusal(c, a).isEmpty())
            result.append(a);
    }
    return result;
}

TransitionResult Workflow::check(const Case& c, const TransitionRequest& request, QDate today) const {
    QString why = stateRefusal(c, request.action);
    const QDate date = effectiveDate(request, today);
    if (why.isEmpty())
        why = dateRefusal(c, request, date, today);
    if (why.isEmpty())
        why = parameterRefusal(c, request, date, today);
    return why.isEmpty() ? TransitionResult::allowed() : TransitionResult::refused(why);
}

TransitionResult Workflow::apply(Case& c, const TransitionRequest& request, const QDateTime& now,
                                 const QString& user) const {
    const TransitionResult result = check(c, request, now.date());
    if (!result)
        return result;

    const QDate date = effectiveDate(request, now.date());
    const Case before = c;
    change(c, request, date);

    CaseEvent event;
    event.at = now;
    event.author = user;
    event.kind = eventKind(request.action);
    event.code = QStringLiteral("workflow.") + code(request.action);
    event.params = eventParams(before, c, request, date, now.date());
    event.text = request.note.trimmed();
    c.events.append(event);
    return result;
}

Outcome Workflow::overallJudgment(const Case& c) {
    if (isJudgment(c.judgment))
        return c.judgment;
    if (!c.isOpen() && isJudgment(c.outcome))
        return c.outcome;
    if (c.parts.isEmpty())
        return Outcome::None;
    bool anyUpheld = false, allUpheld = true, allNoJudgment = true;
    for (const ComplaintPart& part : c.parts) {
        if (!isJudgment(part.judgment))
            return Outcome::None;
        anyUpheld = anyUpheld || part.judgment == Outcome::Upheld || part.judgment == Outcome::PartlyUpheld;
        allUpheld = allUpheld && part.judgment == Outcome::Upheld;
        allNoJudgment = allNoJudgment && part.judgment == Outcome::NoJudgment;
    }
    if (allNoJudgment)
        return Outcome::NoJudgment;
    if (allUpheld)
        return Outcome::Upheld;
    return anyUpheld ? Outcome::PartlyUpheld : Outcome::Rejected;
}

bool Workflow::closedByDecision(const Case& c) {
    return !c.isOpen() && (isJudgment(c.outcome) || c.outcome == Outcome::NotHandled);
}

bool Workflow::aboutProviderConduct(const Case& c) {
    return !c.subject.provider.trimmed().isEmpty() && !c.aboutRegie;
}

bool Workflow::anyoneHeard(const Case& c) {
    return c.hearingHeld.isValid() || c.respondentHearing == RespondentHearing::Heard;
}

void Workflow::change(Case& c, const TransitionRequest& request, QDate date) const {
    switch (request.action) {
    case WorkflowAction::StartInformal:
    case WorkflowAction::ResumeInformal:
    case WorkflowAction::ReturnToInformal: c.phase = Phase::Informal; break;
    case WorkflowAction::StartFormal: c.phase = Phase::Formal; break;
    case WorkflowAction::ResolveToSatisfaction:
        c.outcome = Outcome::ResolvedToSatisfaction;
        c.satisfactionConfirmation = request.confirmation;
        c.followUpDue = satisfactionFollowUpFor(request, date);
        c.followUpDone = {};
        c.closedOn = date;
        c.phase = Phase::Closed;
        break;
    case WorkflowAction::DeclineToHandle:
        c.outcome = Outcome::NotHandled;
        c.nonHandlingGround = request.ground;
        c.nonHandlingNoticeSent = request.noticeSent;
        c.closedOn = date;
        c.phase = Phase::Closed;
        break;
    case WorkflowAction::Refer:
        c.referralProvider = referralProviderFor(c, request);
        c.referralFollowUp = referralFollowUpFor(request, date);
        c.referralFeedback = {};
        c.phase = Phase::Referred;
        break;
    case WorkflowAction::RecordReferralFeedback:
        c.referralFeedback = date;
        c.outcome = Outcome::Referred;
        c.closedOn = date;
        c.phase = Phase::Closed;
        break;
    case WorkflowAction::PlanHearing: c.hearingPlanned = date; break;
    case WorkflowAction::RecordHearing:
        if (request.person == HearingPerson::Beklaagde) {
            c.respondentHearing = request.respondent;
            c.respondentHeardOn = date;
        } else {
            c.hearingHeld = date;
        }
        break;
    case WorkflowAction::RecordHearingException:
        c.hearingException = request.exception;
        c.hearingReplyTerm = request.exception == HearingException::NoReply ? request.replyTerm : QDate();
        break;
    case WorkflowAction::RecordHearingReport:
        c.hearingReport = request.text.trimmed();
        c.hearingReportSent = date;
        break;
    case WorkflowAction::RecordCommitteeAdvice:
        c.committeeAdviceOn = date;
        c.committeeAdvice = request.judgment;
        c.committeeAdviceText = request.text.trimmed();
        break;
    case WorkflowAction::Adjourn: c.adjournedOn = date; break;
    case WorkflowAction::RecordConsent:
        // The first consent is the one that had to come in before the adjourned term ended; a later one
        // only moves the agreed date (it came in before the previous agreed date, see the guards).
        if (!c.consentReceived.isValid())
            c.consentReceived = date;
        c.agreedDueDate = request.agreedDueDate;
        break;
    case WorkflowAction::Judge:
        c.judgment = request.judgment;
        if (!request.findings.trimmed().isEmpty())
            c.findings = request.findings.trimmed();
        if (!request.conclusions.trimmed().isEmpty())
            c.conclusions = request.conclusions.trimmed();
        if (!request.reasons.trimmed().isEmpty())
            c.departureReasons = request.reasons.trimmed();
        break;
    case WorkflowAction::Close:
        c.outcome = overallJudgment(c);
        if (!isJudgment(c.judgment))
            c.judgment = c.outcome;
        c.closedOn = date;
        c.closingNoticeSent = date;
        c.phase = Phase::Closed;
        break;
    case WorkflowAction::Withdraw:
        c.outcome = Outcome::Withdrawn;
        c.closedOn = date;
        c.phase = Phase::Closed;
        break;
    case WorkflowAction::Reopen:
        c.outcome = Outcome::None;
        c.closedOn = {};
        c.satisfactionConfirmation = ConfirmationMethod::None;
        c.nonHandlingGround = NonHandlingGround::None;
        c.followUpDue = {};
        c.followUpDone = {};
        c.phase = Phase::Informal;
        break;
    case WorkflowAction::RecordFirstContact: c.firstContactOn = date; break;
    case WorkflowAction::RecordAcknowledgement: c.acknowledgementSent = date; break;
    case WorkflowAction::RecordFollowUp: c.followUpDone = date; break;
    }
}

EventKind Workflow::eventKind(WorkflowAction action) {
    switch (action) {
    case WorkflowAction::Judge:
    case WorkflowAction::Close:
    case WorkflowAction::RecordCommitteeAdvice:
    case WorkflowAction::DeclineToHandle: return EventKind::Decision;
    case WorkflowAction::PlanHearing:
    case WorkflowAction::RecordHearing:
    case WorkflowAction::RecordHearingException:
    case WorkflowAction::RecordHearingReport: return EventKind::Hearing;
    case WorkflowAction::RecordFirstContact:
    case WorkflowAction::RecordFollowUp: return EventKind::ContactMoment;
    case WorkflowAction::RecordAcknowledgement: return EventKind::Letter;
    case WorkflowAction::Refer:
    case WorkflowAction::RecordReferralFeedback: return EventKind::Transfer;
    case WorkflowAction::Adjourn:
    case WorkflowAction::RecordConsent: return EventKind::Agreement;
    case WorkflowAction::StartInformal:
    case WorkflowAction::ResolveToSatisfaction:
    case WorkflowAction::StartFormal:
    case WorkflowAction::ResumeInformal:
    case WorkflowAction::ReturnToInformal:
    case WorkflowAction::Withdraw:
    case WorkflowAction::Reopen: return EventKind::PhaseChange;
    }
    return EventKind::Note;
}

// The parameters EventText renders: codes and ISO dates only, plus the provider's name.
QMap<QString, QString> Workflow::eventParams(const Case& before, const Case& after, const TransitionRequest& request,
                                             QDate date, QDate recordedOn) const {
    QMap<QString, QString> p;
    p.insert(QStringLiteral("date"), IsoDate::text(date));
    if (before.phase != after.phase) {
        p.insert(QStringLiteral("from"), EnumText::code(before.phase));
        p.insert(QStringLiteral("to"), EnumText::code(after.phase));
        // A phase change recorded afterwards says when it took effect.
        if (date != recordedOn)
            p.insert(QStringLiteral("effective"), IsoDate::text(date));
    }
    switch (request.action) {
    case WorkflowAction::ResolveToSatisfaction:
        p.insert(QStringLiteral("confirmation"), EnumText::code(after.satisfactionConfirmation));
        p.insert(QStringLiteral("follow_up"), IsoDate::text(after.followUpDue));
        break;
    case WorkflowAction::ReturnToInformal:
        p.insert(QStringLiteral("confirmation"), EnumText::code(request.confirmation));
        break;
    case WorkflowAction::DeclineToHandle:
        p.insert(QStringLiteral("ground"), EnumText::code(after.nonHandlingGround));
        p.insert(QStringLiteral("notice"), IsoDate::text(after.nonHandlingNoticeSent));
        break;
    case WorkflowAction::Refer:
        p.insert(QStringLiteral("provider"), after.referralProvider);
        p.insert(QStringLiteral("follow_up"), IsoDate::text(after.referralFollowUp));
        break;
    case WorkflowAction::RecordReferralFeedback: p.insert(QStringLiteral("provider"), after.referralProvider); break;
    case WorkflowAction::RecordHearing:
        p.insert(QStringLiteral("person"),
                 request.person == HearingPerson::Beklaagde ? QStringLiteral("beklaagde") : QStringLiteral("klager"));
        if (request.person == HearingPerson::Beklaagde)
            p.insert(QStringLiteral("respondent"), EnumText::code(after.respondentHearing));
        break;
    case WorkflowAction::RecordHearingException:
        p.insert(QStringLiteral("exception"), EnumText::code(after.hearingException));
        if (after.hearingReplyTerm.isValid())
            p.insert(QStringLiteral("reply_term"), IsoDate::text(after.hearingReplyTerm));
        break;
    case WorkflowAction::RecordCommitteeAdvice:
        p.insert(QStringLiteral("advice"), EnumText::code(after.committeeAdvice));
        break;
    case WorkflowAction::RecordConsent: p.insert(QStringLiteral("agreed"), IsoDate::text(after.agreedDueDate)); break;
    case WorkflowAction::Adjourn:
        p.insert(QStringLiteral("due"),
                 IsoDate::text(m_engine.handlingTerms(after.received, after.committee).handlingExtended.due));
        p.insert(QStringLiteral("letter"), letterCode(request.letter));
        break;
    case WorkflowAction::Judge: p.insert(QStringLiteral("judgment"), EnumText::code(after.judgment)); break;
    case WorkflowAction::Close:
        p.insert(QStringLiteral("judgment"), EnumText::code(after.outcome));
        p.insert(QStringLiteral("letter"), letterCode(request.letter));
        break;
    case WorkflowAction::Reopen: p.insert(QStringLiteral("previous"), EnumText::code(before.outcome)); break;
    default: break;
    }
    return p;
}
