// The state of a case as the undo commands see it: every field except its identity (id, reference),
// its timeline (append-only: undo adds a note instead), its revision and its complaint parts (no
// window edits them; an undo or redo leaves them as stored, also when someone changed them meanwhile).
// Undoing or redoing a command moves only the fields that command changed, so that a change made
// meanwhile to another field (by another window or another user) survives, and a change to the same
// field is detected instead of silently overwritten.
#pragma once

#include "domain/case.h"

#include <QCoreApplication>
#include <QStringList>

// One field in which two versions of a case differ, with each version's value as the user reads it.
struct FieldDifference {
    QString name;
    QString left;
    QString right;
};

class CaseState {
    Q_DECLARE_TR_FUNCTIONS(CaseState)
public:
    // Dutch names of the state fields in which a and b differ, in declaration order.
    static QStringList differences(const Case& a, const Case& b);
    static bool same(const Case& a, const Case& b) { return differences(a, b).isEmpty(); }
    // The stable keys (CaseFields) of the fields in which a and b differ, for a timeline record.
    static QStringList changedKeys(const Case& a, const Case& b);
    // The fields that changed from `from` to `to` but in which current holds neither value: someone
    // changed them since. Empty when the step can be taken.
    static QStringList conflicts(const Case& current, const Case& from, const Case& to);
    // Gives current to's value in every field in which from and to differ.
    static void reapply(Case& current, const Case& from, const Case& to);
    // The fields in which a and b differ, with their values as text (ui/safety/conflictdialog.h).
    static QList<FieldDifference> compare(const Case& a, const Case& b);
};
