#include "casecommandcontext.h"

#include <QUndoStack>

CaseCommandContext::CaseCommandContext(QUndoStack& stack)
    : QObject(&stack) {
    setObjectName(QStringLiteral("caseCommandContext"));
}

CaseCommandContext& CaseCommandContext::of(QUndoStack& stack) {
    auto* context = stack.findChild<CaseCommandContext*>(QString(), Qt::FindDirectChildrenOnly);
    if (!context)
        context = new CaseCommandContext(stack);
    return *context;
}

void CaseCommandContext::renumber(qint64 from, qint64 to) {
    if (from == to)
        return;
    // Commands made before and after earlier renumberings all hold some earlier id of the case.
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it) {
        if (it.value() == from)
            it.value() = to;
    }
    m_ids.insert(from, to);
    m_ids.remove(to); // `to` is the current id itself
    emit caseRenumbered(from, to);
}

void CaseCommandContext::reportFailure(const QString& what, const QString& why) {
    QMetaObject::invokeMethod(
        this, [this, what, why] { emit failed(what, why); }, Qt::QueuedConnection);
}
