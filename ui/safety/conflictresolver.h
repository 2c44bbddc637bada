// What the GUI does when an edit of a case is refused because someone else changed it since it was
// loaded (StorageError::Conflict): read who changed it when from the audit trail, show both versions
// (ConflictDialog) and, when the user chooses so, re-apply his own changed fields on top of the
// version in the file as a normal undoable edit. Nothing is ever overwritten without the user seeing it.
#pragma once

#include "domain/case.h"

#include <QDateTime>
#include <QString>

#include <functional>

class CaseNotifier;
class ConflictDialog;
class MunicipalitySession;
class QUndoStack;
class QWidget;

namespace ConflictResolver {
// Runs the dialog; QDialog::exec unless a test passes its own.
using DialogRunner = std::function<void(ConflictDialog&)>;

// Who last changed the case and when, from the audit trail; empty / invalid when it does not say.
struct LastChange {
    QString user;
    QDateTime at;
};
LastChange lastChange(MunicipalitySession& session, qint64 caseId);

// before: the case as the user loaded it; mine: with his edit, refused with a conflict; text: the
// command's name ("Verhaal wijzigen"). Returns true when the user's change is now stored (re-applied
// on the version in the file), false when he kept their version. A StorageError other than a new
// conflict reaches the caller.
bool resolve(QWidget* parent, MunicipalitySession& session, QUndoStack& stack, CaseNotifier& notifier,
             const Case& before, const Case& mine, const QString& text, const DialogRunner& run = {});
} // namespace ConflictResolver
