// What sending a letter does, for the GUI and aantafel-cli letter --record alike: in ONE transaction
// it stores the letter as sent (unchangeable), appends the timeline event "Brief verstuurd: <label>
// (aan <recipient>)" and marks the deadline the letter meets:
// - ontvangstbevestiging: acknowledgementSent = letter date (RecordAcknowledgement);
// - verdagingsbrief: the case is adjourned on the letter date (WorkflowAction::Adjourn) unless it
//   already is;
// - kennisgeving niet-behandelen: nonHandlingNoticeSent = letter date.
// A letter whose content check fails is refused; nothing is then written. So is a letter the current
// user may not record (Permissions: his own case, or any case for a klachtencoördinator; the
// kennisgeving niet-behandelen is a formal sign-off): the GUI and aantafel-cli alike.
#pragma once

#include "lettercomposer.h"
#include "letterstore.h"

#include "../domain/case.h"
#include "../users/permissions.h"

#include <QCoreApplication>

class MunicipalitySession;

class LetterSender {
    Q_DECLARE_TR_FUNCTIONS(LetterSender)
public:
    explicit LetterSender(MunicipalitySession& session);

    // Records the composed letter as sent. Throws StorageError (Invalid when the content check
    // fails or the workflow refuses the adjournment, Conflict when the case changed meanwhile) and
    // then leaves the file unchanged. Returns the stored letter; the case as saved is in savedCase.
    SentLetter send(const ComposedLetter& letter, Case* savedCase = nullptr);

    // Whether the session's user may record a letter of this type on case c, with the reason when not.
    static Permission mayRecord(const MunicipalitySession& session, const Case& c, LetterType type);

private:
    MunicipalitySession& m_session;
};
