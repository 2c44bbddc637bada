// The base of the program's undo commands, by the book of QUndoStack (as Subsurface's command_base):
// a command is built with what to do and pushed, and the stack's first redo() does it (run());
// later redo() and undo() steps re-apply or revert it (perform()), each in one transaction.
//
// A StorageError marks the command obsolete, so that the stack drops it, and stores nothing. On the
// first run it goes to the function that pushed the command (FirstRun, which that function owns:
// the command itself may be gone after push) and from there to its caller; on a later step it is
// reported through CaseCommandContext::failed() (queued), with the name of the step, and the command
// says what the views should reload (reloadAfterFailure()).
#pragma once

#include "storage/storageerror.h"

#include <QUndoCommand>

#include <optional>

class CaseCommandContext;
class QUndoStack;

// What the first redo() tells the function that pushed the command.
struct FirstRun {
    std::optional<StorageError> error;

    // Throws the first run's StorageError, if any.
    void rethrow() const {
        if (error)
            throw *error;
    }
};

class UndoCommand : public QUndoCommand {
public:
    UndoCommand(CaseCommandContext& context, FirstRun& first);

    void undo() final { step(false); }
    void redo() final { step(true); }

    // Pushes the command (its first redo() runs) and throws its first run's StorageError, if any.
    static void execute(QUndoStack& stack, UndoCommand* command, const FirstRun& first);

protected:
    // The change itself, on the first redo(); may throw StorageError, or refuse by setObsolete(true).
    virtual void run() = 0;
    // Re-applies (forward) or reverts the change; announces it on success.
    virtual void perform(bool forward) = 0;
    // After a later step failed: tells the views to show what is stored.
    virtual void reloadAfterFailure(const StorageError& error) = 0;

    CaseCommandContext& m_context;

private:
    void step(bool forward);

    FirstRun* m_first; // until the first redo()
};
