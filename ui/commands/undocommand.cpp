#include "undocommand.h"

#include "casecommandcontext.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <utility>

namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(CaseCommands)
public:
    static QString undoFailed(const QString& text) {
        return tr("\u201e%1\u201d kon niet ongedaan worden gemaakt.").arg(text);
    }
    static QString redoFailed(const QString& text) {
        return tr("\u201e%1\u201d kon niet opnieuw worden uitgevoerd.").arg(text);
    }
};

} // namespace

UndoCommand::UndoCommand(CaseCommandContext& context, FirstRun& first)
    : m_context(context)
    , m_first(&first) {}

void UndoCommand::execute(QUndoStack& stack, UndoCommand* command, const FirstRun& first) {
    stack.push(command);
    first.rethrow();
}

void UndoCommand::step(bool forward) {
    // Inside a macro the stack does not drop an obsolete child; it must not run again.
    if (isObsolete())
        return;
    FirstRun* first = std::exchange(m_first, nullptr);
    try {
        if (first)
            run();
        else
            perform(forward);
    } catch (const StorageError& e) {
        setObsolete(true);
        if (first) {
            first->error = e;
            return;
        }
        m_context.reportFailure(forward ? Texts::redoFailed(text()) : Texts::undoFailed(text()), e.message());
        reloadAfterFailure(e);
    }
}
