#include "lettersender.h"

#include "../session/municipalitysession.h"
#include "../storage/storageerror.h"
#include "../storage/transaction.h"

LetterSender::LetterSender(MunicipalitySession& session)
    : m_session(session) {}

Permission LetterSender::mayRecord(const MunicipalitySession& session, const Case& c, LetterType type) {
    const Permissions& permissions = session.permissions();
    switch (type) {
    case LetterType::NonHandlingNotice:
        // Sending the notice on an open case declines to handle it (a formal sign-off).
        if (c.isOpen() && (c.phase == Phase::Intake || c.phase == Phase::Informal))
            return permissions.checkTransition(WorkflowAction::DeclineToHandle, c);
        return permissions.check(Action::EditCase, &c);
    case LetterType::Adjournment:
        if (!c.isAdjourned())
            return permissions.checkTransition(WorkflowAction::Adjourn, c);
        return permissions.check(Action::EditCase, &c);
    default: return permissions.check(Action::EditCase, &c);
    }
}

SentLetter LetterSender::send(const ComposedLetter& letter, Case* savedCase) {
    if (!letter.mayFinalise())
        throw StorageError(
            StorageError::Kind::Invalid,
            tr("De brief kan niet worden verstuurd:\n%1").arg(letter.check.missing.join(QLatin1Char('\n'))));
    Database& db = m_session.database();
    const QDateTime now = m_session.clock().now();
    Transaction transaction(db);
    Case c = m_session.cases().load(letter.caseId);
    if (const Permission p = mayRecord(m_session, c, letter.type); !p)
        throw StorageError(StorageError::Kind::ReadOnly, p.reason);
    if (c.revision != letter.caseRevision)
        throw StorageError(StorageError::Kind::Conflict,
                           tr("De zaak is gewijzigd nadat de brief werd opgesteld; stel de brief opnieuw op."));

    // The deadline the letter meets, through the workflow where a transition exists.
    const auto apply = [&](TransitionRequest request) {
        const TransitionResult result = m_session.workflow().apply(c, request, now, m_session.user());
        if (!result)
            throw StorageError(StorageError::Kind::Invalid, result.reason);
    };
    bool changed = false;
    switch (letter.type) {
    case LetterType::Acknowledgement:
        if (!c.acknowledgementSent.isValid()) {
            apply(TransitionRequest::of(WorkflowAction::RecordAcknowledgement, letter.letterDate));
            changed = true;
        }
        break;
    case LetterType::Adjournment:
        if (!c.isAdjourned()) {
            apply(TransitionRequest::of(WorkflowAction::Adjourn, letter.letterDate));
            changed = true;
        }
        break;
    case LetterType::NonHandlingNotice:
        if (c.isOpen() && (c.phase == Phase::Intake || c.phase == Phase::Informal)) {
            // Sending the notice is declining to handle: the case closes as "niet in behandeling".
            TransitionRequest request = TransitionRequest::of(WorkflowAction::DeclineToHandle, letter.letterDate);
            request.ground = c.nonHandlingGround != NonHandlingGround::None ? c.nonHandlingGround : letter.ground;
            request.noticeSent = letter.letterDate;
            apply(request);
            changed = true;
        } else if (!c.nonHandlingNoticeSent.isValid()) {
            // No transition left (already closed as not handled): the notice date is bookkeeping.
            c.nonHandlingNoticeSent = letter.letterDate;
            changed = true;
        }
        break;
    default: break;
    }

    CaseEvent event;
    event.at = now;
    event.kind = EventKind::Letter;
    event.author = m_session.user();
    event.text = tr("Brief verstuurd: %1 (aan %2)").arg(LetterTypes::label(letter.type), letter.recipient);
    if (changed) {
        // A transition that is itself a letter (the acknowledgement) gets the letter's entry instead of its
        // own, so that the timeline says it once.
        if (!c.events.isEmpty() && c.events.last().id == 0 && c.events.last().kind == EventKind::Letter)
            c.events.last().text = event.text;
        else
            c.events.append(event);
        m_session.cases().save(c);
    } else {
        m_session.cases().addEvent(c.id, event);
        c.events.append(event);
    }

    SentLetter sent;
    sent.caseId = c.id;
    sent.type = letter.type;
    sent.recipient = letter.recipient;
    sent.letterDate = letter.letterDate;
    sent.html = letter.html;
    LetterStore(db, m_session.clock(), m_session.user()).insert(sent);
    transaction.commit();
    if (savedCase)
        *savedCase = c;
    return sent;
}
