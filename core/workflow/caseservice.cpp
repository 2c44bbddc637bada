#include "caseservice.h"

#include "eventtext.h"

#include "../domain/casecopy.h"
#include "../session/municipalitysession.h"
#include "../storage/storageerror.h"
#include "../storage/transaction.h"

namespace {

TransitionResult permitted(const Permission& p) {
    return p ? TransitionResult::allowed() : TransitionResult::refused(p.reason);
}

// The fields a registration copies onto the new complaint that follows a reopened one.
Case successorOf(const Case& c, QDate received) {
    Case next = caseWith<&Case::kind, &Case::channel, &Case::conductDate, &Case::anonymous, &Case::klager,
                         &Case::representative, &Case::subject, &Case::aboutRegie, &Case::domain, &Case::themes,
                         &Case::story, &Case::desiredOutcome, &Case::handler>(c);
    next.received = received;
    next.predecessor = c.reference;
    return next;
}

} // namespace

CaseService::CaseService(MunicipalitySession& session)
    : m_session(session) {}

void CaseService::registerCase(Case& c, const QString& committeeReason) {
    if (c.id != 0)
        throw StorageError(StorageError::Kind::Invalid, tr("Zaak %1 is al geregistreerd.").arg(c.reference));
    if (const Permission p = m_session.permissions().check(Action::RegisterCase); !p)
        throw StorageError(StorageError::Kind::ReadOnly, p.reason);
    const MunicipalitySettings& settings = m_session.settings();
    if (c.committee && c.kind != CaseKind::WrittenComplaint)
        throw StorageError(
            StorageError::Kind::Invalid,
            tr("Een klachtadviescommissie adviseert alleen over een klaagschrift (afdeling 9.1.3 Awb)."));
    if (c.committee && !settings.committee)
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 heeft geen klachtadviescommissie (zie de instellingen van de gemeente).")
                               .arg(settings.name.isEmpty() ? tr("De gemeente") : settings.name));
    if (c.kind == CaseKind::WrittenComplaint) {
        // Afdeling 9.1.3 applies by the regulation, or by a decision for this case: fixed now, at receipt.
        const bool followsRegulation = c.committee == settings.committee;
        QString reason = committeeReason.trimmed();
        if (reason.isEmpty() && !followsRegulation)
            throw StorageError(
                StorageError::Kind::Invalid,
                tr("Vermeld waarom bij deze klacht %1 (afdeling 9.1.3 Awb); dat ligt vast bij ontvangst.")
                    .arg(c.committee ? tr("wel een klachtadviescommissie adviseert")
                                     : tr("geen klachtadviescommissie adviseert")));
        if (reason.isEmpty())
            reason = c.committee ? tr("Klachtregeling van de gemeente: een klachtadviescommissie adviseert over "
                                      "klaagschriften.")
                                 : tr("Klachtregeling van de gemeente: geen klachtadviescommissie.");
        c.committeeReason = reason;
        c.committeeDecidedOn = m_session.today();
    } else {
        c.committeeReason.clear();
        c.committeeDecidedOn = {};
    }
    m_session.cases().save(c);
}

TransitionResult CaseService::apply(Case& c, const TransitionRequest& request) {
    if (c.id == 0)
        throw StorageError(StorageError::Kind::Invalid, tr("De zaak is nog niet opgeslagen."));
    if (const TransitionResult allowed = permitted(m_session.permissions().checkTransition(request.action, c));
        !allowed)
        return allowed;
    Case work = c;
    const TransitionResult result =
        m_session.workflow().apply(work, request, m_session.clock().now(), m_session.user());
    if (!result)
        return result;
    m_session.cases().save(work);
    c = work;
    return result;
}

TransitionResult CaseService::reopen(Case& c, QDate date, const QString& note, Case* successor) {
    if (!Workflow::closedByDecision(c)) {
        TransitionRequest request = TransitionRequest::of(WorkflowAction::Reopen, date);
        request.note = note;
        return apply(c, request);
    }
    if (const Permission p = m_session.permissions().check(Action::RegisterCase); !p)
        return TransitionResult::refused(p.reason);
    const QDate day = date.isValid() ? date : m_session.today();
    if (day < c.closedOn)
        return TransitionResult::refused(
            tr("De datum ligt voor de afsluiting van de zaak (%1).").arg(TermCalculator::shortDate(c.closedOn)));
    if (day > m_session.today())
        return TransitionResult::refused(tr("De datum ligt in de toekomst."));

    Case next = successorOf(c, day);
    const QDateTime now = m_session.clock().now();
    Transaction transaction(m_session.database());
    if (next.kind == CaseKind::WrittenComplaint) {
        next.committee = c.committee && m_session.settings().committee;
        next.committeeReason = next.committee == m_session.settings().committee
                                   ? QString()
                                   : tr("Zoals bij de eerdere klacht %1.").arg(c.reference);
    }
    CaseEvent link = EventText::reopens(c.reference, day);
    link.at = now;
    link.author = m_session.user();
    link.text = note.trimmed();
    next.events.append(link);
    registerCase(next, next.committeeReason);

    CaseEvent back = EventText::reopenedAs(next.reference, day);
    back.at = now;
    back.author = m_session.user();
    m_session.cases().addEvent(c, back);
    transaction.commit();
    c = m_session.cases().load(c.id);
    if (successor)
        *successor = next;
    return TransitionResult::allowed();
}

LetterAct CaseService::applyLetterAct(Case& c, LetterType type, QDate letterDate, LetterOrigin origin,
                                      NonHandlingGround ground) const {
    LetterAct act;
    std::optional<TransitionRequest> step;
    switch (type) {
    case LetterType::Acknowledgement:
        if (!c.acknowledgementSent.isValid())
            step = TransitionRequest::of(WorkflowAction::RecordAcknowledgement, letterDate);
        break;
    case LetterType::Adjournment:
        if (!c.isAdjourned()) {
            step = TransitionRequest::of(WorkflowAction::Adjourn, letterDate);
            step->letter = origin;
        }
        break;
    case LetterType::Closing:
        step = TransitionRequest::of(WorkflowAction::Close, letterDate);
        step->letter = origin;
        break;
    case LetterType::NonHandlingNotice:
        if (c.isOpen()) {
            // Sending the notice is declining to handle: the case closes as "niet in behandeling".
            step = TransitionRequest::of(WorkflowAction::DeclineToHandle, letterDate);
            step->ground = c.nonHandlingGround != NonHandlingGround::None ? c.nonHandlingGround : ground;
            step->noticeSent = letterDate;
        } else if (!c.nonHandlingNoticeSent.isValid() && c.outcome == Outcome::NotHandled) {
            // No transition left (already closed as not handled): the notice date is bookkeeping.
            c.nonHandlingNoticeSent = letterDate;
            act.changed = true;
        }
        break;
    default: break;
    }
    const WorkflowAction action = step ? step->action : WorkflowAction::RecordAcknowledgement;
    const Permission p =
        step ? m_session.permissions().checkTransition(action, c) : m_session.permissions().check(Action::EditCase, &c);
    if (!p) {
        act.result = TransitionResult::refused(p.reason);
        act.notPermitted = true;
        return act;
    }
    if (step) {
        act.result = m_session.workflow().apply(c, *step, m_session.clock().now(), m_session.user());
        act.changed = act.result.ok;
        return act;
    }
    act.result = TransitionResult::allowed();
    return act;
}

TransitionResult CaseService::recordLetter(Case& c, LetterType type, QDate letterDate, NonHandlingGround ground,
                                           const QString& recipient) {
    if (c.id == 0)
        throw StorageError(StorageError::Kind::Invalid, tr("De zaak is nog niet opgeslagen."));
    const QDate day = letterDate.isValid() ? letterDate : m_session.today();
    if (day > m_session.today())
        return TransitionResult::refused(tr("De brief kan niet in de toekomst zijn verstuurd."));
    if (c.received.isValid() && day < c.received)
        return TransitionResult::refused(tr("De brief kan niet voor de ontvangstdatum zijn verstuurd."));
    if (const QString unfit = LetterTypes::unavailableReason(type, c, m_session.engine(), day); !unfit.isEmpty())
        return TransitionResult::refused(unfit);
    Case work = c;
    const LetterAct act = applyLetterAct(work, type, day, LetterOrigin::Elsewhere, ground);
    if (!act.result)
        return act.result;
    CaseEvent event = EventText::letterSent(type, recipient.trimmed(), day, LetterOrigin::Elsewhere);
    event.at = m_session.clock().now();
    event.author = m_session.user();
    work.events.append(event);
    m_session.cases().save(work);
    c = work;
    return TransitionResult::allowed();
}

QString CaseService::editRefusal(const Case& before, const Case& after) {
    if (before.committee != after.committee || before.committeeDecidedOn != after.committeeDecidedOn ||
        before.committeeReason != after.committeeReason)
        return tr("Of een klachtadviescommissie adviseert, ligt vast bij ontvangst van de klacht (afdeling 9.1.3 "
                  "Awb); het kan daarna niet worden gewijzigd.");
    const bool stateChanged =
        before.phase != after.phase || before.outcome != after.outcome || before.closedOn != after.closedOn ||
        before.satisfactionConfirmation != after.satisfactionConfirmation ||
        before.nonHandlingGround != after.nonHandlingGround ||
        before.nonHandlingNoticeSent != after.nonHandlingNoticeSent || before.adjournedOn != after.adjournedOn ||
        before.consentReceived != after.consentReceived || before.agreedDueDate != after.agreedDueDate ||
        before.hearingHeld != after.hearingHeld || before.hearingException != after.hearingException ||
        before.hearingReplyTerm != after.hearingReplyTerm || before.respondentHearing != after.respondentHearing ||
        before.respondentHeardOn != after.respondentHeardOn || before.hearingReport != after.hearingReport ||
        before.hearingReportSent != after.hearingReportSent || before.judgment != after.judgment ||
        before.closingNoticeSent != after.closingNoticeSent || before.historyImported != after.historyImported ||
        before.committeeAdviceOn != after.committeeAdviceOn || before.committeeAdvice != after.committeeAdvice ||
        before.predecessor != after.predecessor;
    if (stateChanged)
        return tr("Deze gegevens horen bij de stappen van de klachtprocedure en veranderen alleen via die stappen "
                  "(de knoppen van het dossier of aantafel-cli case).");
    return {};
}
