// Undoable edits of cases, by the book of QUndoStack: each function checks what it can without
// storage, builds a command holding what to do and pushes it; the stack's first redo() makes the
// change in one transaction (through CaseService and CaseRepository, as the command line does) and
// announces it on the notifier. When that first step fails or is refused nothing is stored and
// nothing stays on the stack: the function throws the StorageError, or returns the refusal. Each
// redo and undo stores through the same repository, so each writes its own audit rows, once. The
// timeline is append-only: undoing a transition restores the case's state and adds a note saying
// what was undone, so the history stays truthful.
//
// Later undo and redo steps re-apply only the fields their command changed (commands/casestate.h).
// A step that fails (StorageError: typically someone else changed the same field meanwhile, or
// removed the case) stores nothing and shows nothing itself: the command marks itself obsolete, so
// QUndoStack drops it, and the failure is reported through CaseCommandContext::of(stack).failed()
// (queued) for the main window to show. Each function first asks the session's Permissions
// (users/permissions.h): a refused change throws StorageError (kind ReadOnly) with the Dutch reason,
// a refused transition comes back as a refused TransitionResult. The commands refer to the session
// and the notifier: clear the stack before the session goes away.
#pragma once

#include "domain/case.h"
#include "workflow/workflow.h"

#include <QDate>
#include <QString>

class CaseNotifier;
class MunicipalitySession;
class QUndoStack;

namespace CaseCommands {
// Stores a new case (reference assigned) through CaseService::registerCase, which fixes whether a
// klachtadviescommissie advises (committeeReason: why, when the case departs from the regulation);
// undo removes it again (audited), unless someone else has worked on it since; redo stores it anew
// with the same reference when still free (its id may change: CaseCommandContext::currentId and
// caseRenumbered). Command text "Zaak registreren".
void create(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, Case& c,
            const QString& committeeReason = {});
// Stores after over before (same id); text names the command in the Bewerken menu ("Verhaal wijzigen").
// When no field changes, nothing is pushed (new timeline entries in after are still stored). A change
// only a workflow step may make, or of the committee decision fixed at receipt, is refused
// (CaseService::editRefusal: StorageError Invalid).
void edit(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, const Case& before, Case& after,
          const QString& text);
// Applies a workflow transition through CaseService::apply and stores it. Returns the verdict; nothing
// is stored or pushed when it refuses. Command text "Fase: Formeel behandelen" for a phase change, else
// the action's label ("Hoorzitting plannen").
TransitionResult transition(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, Case& c,
                            const TransitionRequest& request);
// Reopens a closed case (CaseService::reopen): after a closure without a written decision the case
// itself (a transition, as above); after an afdoening or a 9:8 notice a new linked complaint, returned in
// successor, whose undo removes it again ("Zaak registreren").
TransitionResult reopen(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, Case& c, QDate date,
                        const QString& note, Case* successor = nullptr);
// Appends a timeline entry (contact moment, agreement, transfer, note), timed by the clock and
// attributed to the user unless the event says otherwise. Command text "Tijdlijn: contactmoment"; undo
// and redo add a note that withdraws or reinstates the entry, which itself stays.
void addEvent(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, qint64 caseId, CaseEvent& event);
} // namespace CaseCommands
