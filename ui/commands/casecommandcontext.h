// What the undo commands of one stack (case, measure and import commands: undocommand.h) share
// beyond the stack itself, as a child object of that stack (created on first use, gone with the stack):
// - failed(): an undo or redo step that could not be carried out. The commands never show anything
//   themselves: a step that hits a StorageError (typically a conflict: someone else changed the same
//   field, or removed the case) stores nothing, marks its command obsolete so that the stack drops
//   it, and reports here. The signal is queued, so a slot may open a modal message box after the
//   stack has finished its bookkeeping.
// - case ids: redoing an undone registration stores the case anew, possibly under another id (the
//   reference is kept when it is still free). The later commands on the stack find the case through
//   currentId(); views that show the case follow caseRenumbered().
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QUndoStack;

class CaseCommandContext : public QObject {
    Q_OBJECT
public:
    // The context of this stack, created on first use as a child of the stack.
    static CaseCommandContext& of(QUndoStack& stack);

    // The id under which the case first stored (or last known) as caseId is stored now.
    qint64 currentId(qint64 caseId) const { return m_ids.value(caseId, caseId); }

    // For the commands: the case stored as `from` is now stored as `to`.
    void renumber(qint64 from, qint64 to);
    // For the commands: queues failed(what, why).
    void reportFailure(const QString& what, const QString& why);

signals:
    // what: one Dutch sentence naming the step ("„Verhaal wijzigen” kon niet ongedaan worden gemaakt.");
    // why: the StorageError's message.
    void failed(const QString& what, const QString& why);
    void caseRenumbered(qint64 from, qint64 to);

private:
    explicit CaseCommandContext(QUndoStack& stack);

    QHash<qint64, qint64> m_ids;
};
