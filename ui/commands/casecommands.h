// Undoable edits of cases, in the style of a commands library: each function performs the change
// at once, in one transaction (so a StorageError reaches the caller before anything is pushed),
// announces it on the notifier, and pushes a command onto the stack whose undo reverts it, again in
// one transaction. The timeline is append-only: undoing a transition restores the case's state and
// adds a note saying what was undone, so the history stays truthful.
#pragma once

#include "domain/case.h"
#include "workflow/workflow.h"

#include <QString>

class CaseNotifier;
class MunicipalitySession;
class QUndoStack;

namespace CaseCommands {
// Stores a new case (reference assigned); undo removes it again (audited).
void create(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, Case& c);
// Stores after over before (same id); text names the command in the Bewerken menu ("Verhaal wijzigen").
void edit(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, const Case& before, Case& after,
          const QString& text);
// Applies a workflow transition and stores it. Returns the workflow's verdict; nothing is stored or
// pushed when it refuses.
TransitionResult transition(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, Case& c,
                            const TransitionRequest& request);
// Appends a timeline entry (contact moment, agreement, transfer, note).
void addEvent(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, qint64 caseId,
              CaseEvent& event);
} // namespace CaseCommands
