// What sending a letter does, for the GUI and aantafel-cli letter --record alike: in ONE transaction
// it stores the letter as sent (unchangeable), appends the timeline entry "letter.sent" (rendered as
// "Brief verstuurd: <label> (aan <recipient>)") and applies the legal act the letter is, through the
// workflow (CaseService::applyLetterAct), with the permission that step needs:
// - ontvangstbevestiging: acknowledgementSent = letter date (RecordAcknowledgement);
// - verdagingsbrief: the case is adjourned on the letter date (WorkflowAction::Adjourn) unless it
//   already is;
// - kennisgeving niet-behandelen: the case closes as not handled (DeclineToHandle), notice = letter date;
// - afdoeningsbrief: the formal complaint closes on the letter date with its judgment (Close).
// A letter whose content check fails, or whose act the workflow refuses, is refused; nothing is then
// written. So is a letter the current user may not record (Permissions: his own case, or any case for
// a klachtencoördinator; the afdoening and the kennisgeving niet-behandelen are a formal sign-off):
// the GUI and aantafel-cli alike.
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
    // With a pdf writer (the entry point's: GUI and aantafel-cli), the letter is drawn as PDF/A first and
    // that file is stored with the letter, with its SHA-256, in the same transaction; a PDF that cannot be
    // drawn leaves everything unchanged (Io).
    SentLetter send(const ComposedLetter& letter, Case* savedCase = nullptr, PdfOutput* pdf = nullptr);

    // Whether the session's user may record a letter of this type on case c, with the reason when not.
    static Permission mayRecord(const MunicipalitySession& session, const Case& c, LetterType type);

private:
    MunicipalitySession& m_session;
};
