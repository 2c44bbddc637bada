#include "conflictresolver.h"

#include "commands/casecommands.h"
#include "commands/casestate.h"
#include "conflictdialog.h"
#include "session/municipalitysession.h"
#include "storage/auditlog.h"
#include "storage/storageerror.h"

namespace ConflictResolver {

LastChange lastChange(MunicipalitySession& session, qint64 caseId) {
    const QList<AuditEntry> entries = AuditLog(session.database()).forCase(caseId);
    // Timeline entries do not change the case's revision, so they never cause a conflict.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->action != QLatin1String("event"))
            return {it->user, it->at};
    }
    return {};
}

bool resolve(QWidget* parent, MunicipalitySession& session, QUndoStack& stack, CaseNotifier& notifier,
             const Case& before, const Case& mine, const QString& text, const DialogRunner& run) {
    // A third user may change the case while the dialog is open: then it is shown again, up to date.
    for (int round = 0; round < 5; ++round) {
        const Case theirs = session.cases().load(mine.id);
        const LastChange last = lastChange(session, mine.id);
        ConflictDialog dialog(before, mine, theirs, last.user, last.at, parent);
        if (run)
            run(dialog);
        else
            dialog.exec();
        if (dialog.choice() != ConflictDialog::Choice::Reapply || !dialog.canReapply())
            return false;
        Case merged = theirs;
        CaseState::reapply(merged, before, mine);
        for (const CaseEvent& e : mine.events) {
            if (e.id == 0)
                merged.events.append(e);
        }
        try {
            CaseCommands::edit(stack, session, notifier, theirs, merged, text);
            return true;
        } catch (const StorageError& e) {
            if (e.kind() != StorageError::Kind::Conflict)
                throw;
        }
    }
    return false;
}

} // namespace ConflictResolver
