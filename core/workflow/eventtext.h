// The timeline in the reader's language. What the program records in a case's timeline is a
// language-neutral code with parameters (codes and ISO dates): a workflow step ("workflow.<action>"),
// a letter sent from the program or recorded as sent elsewhere ("letter.sent"), the link between a
// reopened complaint and the new one ("case.reopened_as", "case.reopens"), an imported row
// ("import.row"), and what an undo or redo did ("undo.undone", "undo.redone"). EventText renders such
// an entry with the installed translation, so a Dutch municipality's legal record never holds another
// language; what a person typed follows as typed. Entries written before codes existed have text only
// and read as they always did. Letters themselves are not here: they are stored as sent, in Dutch.
#pragma once

#include "../domain/case.h"
#include "../letters/lettertype.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QString>

class EventText {
    Q_DECLARE_TR_FUNCTIONS(EventText)
public:
    // The entry as one text: the rendered record, then (on a new line) what was typed.
    static QString render(const CaseEvent& event);
    // Only the rendered record (empty for a typed entry).
    static QString record(const CaseEvent& event);

    // The entry for a letter sent from the program, or written elsewhere and recorded as sent.
    static CaseEvent letterSent(LetterType type, const QString& recipient, QDate letterDate, LetterOrigin origin);
    // The two ends of a reopening: on the closed case, and on the new complaint that follows it.
    static CaseEvent reopenedAs(const QString& successor, QDate date);
    static CaseEvent reopens(const QString& predecessor, QDate date);
    // A case taken over from an existing register.
    static CaseEvent imported(const QString& fileName, int line);

private:
    static QString workflowRecord(WorkflowAction action, const QMap<QString, QString>& p);
    static QString undoRecord(const QMap<QString, QString>& p);
};
