#include "workflow.h"

// Names of the actions, the order of the buttons, and applying a transition: the change to the
// case and its timeline entry. The guards live in workflowguards.cpp, the consistency check of
// stored cases in workflowconsistency.cpp.

namespace {

bool isPhaseChange(const Case& before, const Case& after) {
    return before.phase != after.phase;
}

} // namespace

QString Workflow::label(WorkflowAction action) {
    switch (action) {
    case WorkflowAction::StartInformal: return tr("Informeel oplossen");
    case WorkflowAction::ResolveToSatisfaction: return tr("Opgelost naar tevredenheid");
    case WorkflowAction::StartFormal: return tr("Formeel behandelen");
    case WorkflowAction::DeclineToHandle: return tr("Niet in behandeling nemen");
    case WorkflowAction::Refer: return tr("Doorverwijzen (warme overdracht)");
    case WorkflowAction::RecordReferralFeedback: return tr("Terugkoppeling aanbieder vastleggen");
    case WorkflowAction::ResumeInformal: return tr("Terug naar informele aanpak");
    case WorkflowAction::PlanHearing: return tr("Hoorzitting plannen");
    case WorkflowAction::RecordHearing: return tr("Hoorzitting vastleggen");
    case WorkflowAction::RecordHearingException: return tr("Afzien van horen vastleggen");
    case WorkflowAction::Adjourn: return tr("Verdagen");
    case WorkflowAction::RecordConsent: return tr("Instemming met verder uitstel vastleggen");
    case WorkflowAction::Judge: return tr("Afdoen (oordeel)");
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
    case WorkflowAction::Adjourn: return QStringLiteral("adjourn");
    case WorkflowAction::RecordConsent: return QStringLiteral("record_consent");
    case WorkflowAction::Judge: return QStringLiteral("judge");
    case WorkflowAction::Withdraw: return QStringLiteral("withdraw");
    case WorkflowAction::Reopen: return QStringLiteral("reopen");
    case WorkflowAction::RecordFirstContact: return QStringLiteral("record_first_contact");
    case WorkflowAction::RecordAcknowledgement: return QStringLiteral("record_acknowledgement");
    case WorkflowAction::RecordFollowUp: return QStringLiteral("record_follow_up");
    }
    return {};
}

// Button order: the next step of the workflow first (Oplossen before Standpunt, the hearing before
// the judgment), then managing the term, then bookkeeping, then the ways out.
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
            A::Judge,
            A::Adjourn,
            A::RecordConsent,
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
    event.text = eventText(before, c, request, date, now.date());
    if (!request.note.trimmed().isEmpty())
        event.text += u'\n' + request.note.trimmed();
    c.events.append(event);
    return result;
}

void Workflow::change(Case& c, const TransitionRequest& request, QDate date) const {
    switch (request.action) {
    case WorkflowAction::StartInformal:
    case WorkflowAction::ResumeInformal: c.phase = Phase::Informal; break;
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
    case WorkflowAction::RecordHearing: c.hearingHeld = date; break;
    case WorkflowAction::RecordHearingException: c.hearingException = request.exception; break;
    case WorkflowAction::Adjourn: c.adjournedOn = date; break;
    case WorkflowAction::RecordConsent:
        c.consentReceived = date;
        c.agreedDueDate = request.agreedDueDate;
        break;
    case WorkflowAction::Judge:
        c.outcome = request.judgment;
        c.closedOn = date;
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
    case WorkflowAction::DeclineToHandle: return EventKind::Decision;
    case WorkflowAction::PlanHearing:
    case WorkflowAction::RecordHearing:
    case WorkflowAction::RecordHearingException: return EventKind::Hearing;
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
    case WorkflowAction::Withdraw:
    case WorkflowAction::Reopen: return EventKind::PhaseChange;
    }
    return EventKind::Note;
}

QString Workflow::eventText(const Case& before, const Case& after, const TransitionRequest& request, QDate date,
                            QDate recordedOn) const {
    QString text = label(request.action);
    if (isPhaseChange(before, after))
        text += tr(": van %1 naar %2").arg(EnumText::label(before.phase), EnumText::label(after.phase));
    else
        text += tr(": %1").arg(TermCalculator::shortDate(date));

    QString detail;
    switch (request.action) {
    case WorkflowAction::ResolveToSatisfaction:
        detail = tr("Bevestiging door de klager: %1. Nabellen op %2.")
                     .arg(EnumText::label(after.satisfactionConfirmation).toLower(),
                          TermCalculator::shortDate(after.followUpDue));
        break;
    case WorkflowAction::DeclineToHandle:
        detail =
            tr("%1. Schriftelijke kennisgeving verstuurd op %2.")
                .arg(EnumText::label(after.nonHandlingGround), TermCalculator::shortDate(after.nonHandlingNoticeSent));
        break;
    case WorkflowAction::Refer:
        detail = tr("Aanbieder: %1. Terugkoppeling navragen op %2.")
                     .arg(after.referralProvider, TermCalculator::shortDate(after.referralFollowUp));
        break;
    case WorkflowAction::RecordReferralFeedback:
        detail = tr("Terugkoppeling van %1 ontvangen.").arg(after.referralProvider);
        break;
    case WorkflowAction::RecordHearingException: detail = EnumText::label(after.hearingException) + u'.'; break;
    case WorkflowAction::RecordConsent:
        detail =
            tr("Nieuwe afdoeningsdatum: %1 (art. 9:11 lid 3 Awb).").arg(TermCalculator::shortDate(after.agreedDueDate));
        break;
    case WorkflowAction::Adjourn:
        detail = tr("Verdaging gemeld (art. 9:11 lid 2 Awb); nieuwe afdoeningsdatum: %1.")
                     .arg(TermCalculator::shortDate(
                         m_engine.handlingTerms(after.received, after.committee).handlingExtended.due));
        break;
    case WorkflowAction::Judge: detail = tr("Oordeel: %1.").arg(EnumText::label(after.outcome)); break;
    case WorkflowAction::Reopen: detail = tr("Eerdere uitkomst: %1.").arg(EnumText::label(before.outcome)); break;
    default: break;
    }
    // A phase change recorded afterwards says when it took effect.
    if (isPhaseChange(before, after) && date != recordedOn)
        detail = (detail.isEmpty() ? QString() : detail + u' ') + tr("Per %1.").arg(TermCalculator::shortDate(date));
    if (!detail.isEmpty())
        text += u'\n' + detail;
    return text;
}
