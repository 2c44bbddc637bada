// The one service through which every entry point changes a case's workflow state: the GUI (through
// its undoable commands), aantafel-cli case, and the letters (LetterSender). Each call asks the
// session's Permissions exactly as the GUI does, applies the step through the Workflow (the single
// authority on what the law allows) and stores the case with its timeline entry and audit rows, in
// one transaction. A refusal stores nothing.
//
// What it adds to the Workflow:
// - registering a case fixes whether afdeling 9.1.3 (klachtadviescommissie) applies, at receipt, with
//   the reason and the day it was decided; afterwards that cannot be edited (editRefusal);
// - a letter that is a legal act applies that act: the afdoeningsbrief closes a formal complaint on
//   its date (Close), the verdagingsbrief adjourns (Adjourn), the kennisgeving niet-behandelen closes
//   as not handled (DeclineToHandle), the ontvangstbevestiging records the acknowledgement — whether
//   sent from the program (LetterSender) or written elsewhere and recorded as sent (recordLetter);
// - reopening a complaint that was closed by a written decision starts a new complaint linked to it
//   (9:8 lid 1 a would otherwise apply); its verdaging, consent and hearing are not carried over.
#pragma once

#include "workflow.h"

#include "../letters/lettertype.h"

#include <QCoreApplication>

class MunicipalitySession;

// What happened to the case when a letter was sent or recorded.
struct LetterAct {
    TransitionResult result;
    bool changed = false;      // a workflow step was applied (the case's state changed)
    bool notPermitted = false; // refused by Permissions rather than by the workflow
};

class CaseService {
    Q_DECLARE_TR_FUNCTIONS(CaseService)
public:
    explicit CaseService(MunicipalitySession& session);

    // Registers the new case c (id 0) and stores it. Permission RegisterCase. The committee decision
    // is fixed now: committee only for a klaagschrift of a municipality that has a klachtadviescommissie;
    // committeeDecidedOn = today, committeeReason = reason, or the municipality's regulation when the
    // case follows it. Throws StorageError (ReadOnly when not permitted, Invalid with the Dutch reason).
    void registerCase(Case& c, const QString& committeeReason = {});

    // Applies one workflow step to the stored case c and stores it; on success c is the case as stored.
    // Permission as Permissions::checkTransition. A Reopen of a case closed by a written decision is
    // refused here with the reason; use reopen(), which handles both kinds of reopening.
    TransitionResult apply(Case& c, const TransitionRequest& request);

    // Reopens the closed case c on date. After a closure without a written decision (resolved,
    // withdrawn, referred) the case itself goes back to the informal phase (Workflow::Reopen) and
    // successor stays untouched. After an afdoening or a 9:8 notice a new complaint is registered
    // (received on date, same klager, subject, domain, themes and kind, linked by predecessor) and
    // returned in successor; the old case keeps its state and gets a timeline entry naming the new one.
    TransitionResult reopen(Case& c, QDate date, const QString& note, Case* successor);

    // Records a letter written outside the program as sent on letterDate, with the legal act it is.
    // ground: for a kennisgeving niet-behandelen whose case has no 9:8 ground recorded.
    TransitionResult recordLetter(Case& c, LetterType type, QDate letterDate,
                                  NonHandlingGround ground = NonHandlingGround::None, const QString& recipient = {});

    // Within the caller's transaction: the permission check and workflow step of a letter of this type
    // on c (in memory; the caller stores c). Used by LetterSender and recordLetter.
    LetterAct applyLetterAct(Case& c, LetterType type, QDate letterDate, LetterOrigin origin,
                             NonHandlingGround ground) const;

    // Why an edit from before to after is not allowed, empty when it is: the workflow state is changed
    // by the workflow only, and whether a committee advises is fixed at receipt. Permissions are not
    // part of this (Permissions::checkEdit).
    static QString editRefusal(const Case& before, const Case& after);

private:
    MunicipalitySession& m_session;
};
