// The case commands. Each performs its change at once, announces it and pushes a command whose
// first redo() does nothing (the change is already stored); later undo() and redo() steps re-apply
// it in one transaction each and append a timeline note saying what was undone or redone.
//
// Failure of a later step: see casecommandcontext.h. The command catches the StorageError, stores
// nothing, marks itself obsolete (QUndoStack then drops it) and reports through
// CaseCommandContext::failed(); the notifier announces the case so that views show what is stored.
#include "casecommands.h"

#include "casecommandcontext.h"
#include "casestate.h"

#include "casenotifier.h"
#include "deadlines/termcalculator.h"
#include "session/municipalitysession.h"
#include "storage/documentrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "users/permissiongate.h"
#include "workflow/caseservice.h"
#include "workflow/eventtext.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

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
    static QString conflict(const QString& reference, const QStringList& fields) {
        return tr("Zaak %1 is intussen gewijzigd (%2); die wijziging blijft staan.")
            .arg(reference, fields.join(tr(", ")));
    }
    static QString changedSinceRegistration(const QString& reference) {
        return tr("Zaak %1 is na de registratie gewijzigd of aangevuld door een ander; de registratie blijft "
                  "staan.")
            .arg(reference);
    }
    static QString hasDocuments(const QString& reference) {
        return tr("Zaak %1 heeft documenten; die zouden met het ongedaan maken verloren gaan. De registratie blijft "
                  "staan.")
            .arg(reference);
    }
    static QString notStored() { return tr("De zaak is nog niet opgeslagen."); }
    static QString register_() { return tr("Zaak registreren"); }
    static QString phase(const QString& action) { return tr("Fase: %1").arg(action); }
    static QString timeline(const QString& kind) { return tr("Tijdlijn: %1").arg(kind); }
    static QString withReference(const QString& text, const QString& reference) {
        return tr("%1 (%2)").arg(text, reference);
    }
};

QString excerpt(const QString& text) {
    constexpr int Length = 60;
    const QString flat = text.simplified();
    return flat.size() <= Length ? flat : flat.left(Length - 1).trimmed() + QChar(0x2026);
}

// Common to all case commands: the first redo() is skipped, every later step runs in perform(),
// and a StorageError makes the command obsolete and is reported.
class CaseCommand : public QUndoCommand {
public:
    CaseCommand(MunicipalitySession& session, CaseNotifier& notifier, CaseCommandContext& context, qint64 caseId,
                const QString& text, const QString& reference)
        : m_session(session)
        , m_notifier(notifier)
        , m_context(context)
        , m_caseId(caseId) {
        // text() for the timeline note and QUndoView, actionText() (after the newline) for the menu.
        setText(text + u'\n' + Texts::withReference(text, reference));
    }

    void undo() final { step(false); }
    void redo() final {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        step(true);
    }

protected:
    // Re-applies (forward) or reverts the change in one transaction; announces it on success.
    virtual void perform(bool forward) = 0;

    qint64 caseId() const { return m_context.currentId(m_caseId); }
    // The timeline record of an undo or redo: what was undone, as codes (EventText renders it).
    CaseEvent note(bool forward, const QMap<QString, QString>& what) const {
        CaseEvent event;
        event.kind = EventKind::Note;
        event.at = m_session.clock().now();
        event.author = m_session.user();
        event.code = forward ? QStringLiteral("undo.redone") : QStringLiteral("undo.undone");
        event.params = what;
        return event;
    }

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    CaseCommandContext& m_context;

private:
    void step(bool forward) {
        // Inside a macro the stack does not drop an obsolete child; it must not run again.
        if (isObsolete())
            return;
        try {
            perform(forward);
        } catch (const StorageError& e) {
            setObsolete(true);
            m_context.reportFailure(forward ? Texts::redoFailed(text()) : Texts::undoFailed(text()), e.message());
            if (e.kind() == StorageError::Kind::NotFound)
                emit m_notifier.caseRemoved(caseId());
            else
                emit m_notifier.caseChanged(caseId());
        }
    }

    qint64 m_caseId;
    bool m_firstRedo = true;
};

// An edit or a transition: the state before and after, re-applied field by field (casestate.h).
// Consecutive edits of the same field of the same case (arrowing through a list, correcting a name
// twice) merge into one step back to the first state; a transition never merges.
class StateCommand final : public CaseCommand {
public:
    enum class Kind { Edit, Transition };

    StateCommand(MunicipalitySession& session, CaseNotifier& notifier, CaseCommandContext& context, Case before,
                 Case after, const QString& text, Kind kind, QMap<QString, QString> what)
        : CaseCommand(session, notifier, context, after.id, text, after.reference)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_kind(kind)
        , m_what(std::move(what)) {}

    int id() const override { return m_kind == Kind::Edit ? EditId : -1; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = dynamic_cast<const StateCommand*>(other);
        if (!next || next->id() != EditId || next->caseId() != caseId() || next->text() != text())
            return false;
        m_after = next->m_after;
        if (m_kind == Kind::Edit)
            m_what.insert(QStringLiteral("fields"), CaseState::changedKeys(m_before, m_after).join(QLatin1Char(',')));
        // Back where it started: nothing left to undo (QUndoStack::push drops an obsolete command).
        if (CaseState::same(m_before, m_after))
            setObsolete(true);
        return true;
    }

protected:
    void perform(bool forward) override {
        const Case& from = forward ? m_before : m_after;
        const Case& to = forward ? m_after : m_before;
        const qint64 id = caseId();
        Transaction transaction(m_session.database());
        Case current = m_session.cases().load(id);
        const QStringList clash = CaseState::conflicts(current, from, to);
        if (!clash.isEmpty())
            throw StorageError(StorageError::Kind::Conflict, Texts::conflict(current.reference, clash));
        CaseState::reapply(current, from, to);
        current.events.append(note(forward, m_what));
        m_session.cases().save(current);
        transaction.commit();
        emit m_notifier.caseChanged(id);
    }

private:
    static constexpr int EditId = 0x4154; // "AT"

    Case m_before;
    Case m_after;
    Kind m_kind;
    QMap<QString, QString> m_what;
};

// A registration: undo removes the case (audited), redo stores it anew with its timeline.
class CreateCommand final : public CaseCommand {
public:
    CreateCommand(MunicipalitySession& session, CaseNotifier& notifier, CaseCommandContext& context, Case created)
        : CaseCommand(session, notifier, context, created.id, Texts::register_(), created.reference)
        , m_created(std::move(created)) {}

protected:
    void perform(bool forward) override {
        if (forward)
            restore();
        else
            remove();
    }

private:
    void remove() {
        const qint64 id = caseId();
        Transaction transaction(m_session.database());
        const Case current = m_session.cases().load(id);
        // Only what this user did may go: other people's work on the case is never deleted by an undo.
        bool othersWorkedOnIt = !CaseState::same(current, m_created);
        for (const CaseEvent& e : current.events)
            othersWorkedOnIt = othersWorkedOnIt || e.author != m_session.user();
        if (othersWorkedOnIt)
            throw StorageError(StorageError::Kind::Conflict, Texts::changedSinceRegistration(current.reference));
        // A redo would bring the case back without them: documents are never undone away.
        if (DocumentRepository(m_session.database(), m_session.clock(), m_session.user()).countForCase(id) > 0)
            throw StorageError(StorageError::Kind::Conflict, Texts::hasDocuments(current.reference));
        m_session.cases().remove(id);
        transaction.commit();
        emit m_notifier.caseRemoved(id);
    }

    void restore() {
        const qint64 oldId = caseId();
        Case again = m_created;
        again.id = 0;
        again.revision = 0;
        for (CaseEvent& e : again.events)
            e.id = 0;
        again.events.append(note(true, {{QStringLiteral("what"), QStringLiteral("register")}}));
        Transaction transaction(m_session.database());
        // Someone may have registered a case under the freed reference meanwhile: then a new one.
        if (m_session.cases().findByReference(again.reference))
            again.reference.clear();
        m_session.cases().save(again);
        transaction.commit();
        m_context.renumber(oldId, again.id);
        emit m_notifier.caseAdded(again.id);
    }

    Case m_created;
};

// A timeline entry. The timeline is append-only: undo adds a note that withdraws the entry, redo
// one that reinstates it; neither changes the case's revision, so they never conflict with an edit.
class EventCommand final : public CaseCommand {
public:
    EventCommand(MunicipalitySession& session, CaseNotifier& notifier, CaseCommandContext& context, qint64 caseId,
                 const QString& reference, CaseEvent event)
        : CaseCommand(session, notifier, context, caseId, Texts::timeline(EnumText::label(event.kind).toLower()),
                      reference)
        , m_event(std::move(event)) {}

protected:
    void perform(bool forward) override {
        const qint64 id = caseId();
        CaseEvent event = note(forward, {{QStringLiteral("what"), QStringLiteral("event")},
                                         {QStringLiteral("kind"), EnumText::code(m_event.kind)},
                                         {QStringLiteral("at"), m_event.at.toUTC().toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("excerpt"), excerpt(EventText::render(m_event))}});
        m_session.cases().addEvent(id, event);
        emit m_notifier.caseChanged(id);
    }

private:
    CaseEvent m_event;
};

QString transitionText(const Case& before, const Case& after, const TransitionRequest& request) {
    const QString action = Workflow::label(request.action);
    return before.phase != after.phase ? Texts::phase(action) : action;
}

QString referenceOf(MunicipalitySession& session, qint64 caseId) {
    const std::optional<Case> c = [&]() -> std::optional<Case> {
        try {
            return session.cases().load(caseId);
        } catch (const StorageError&) {
            return std::nullopt;
        }
    }();
    return c ? c->reference : QString();
}

} // namespace

namespace CaseCommands {

void create(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, Case& c,
            const QString& committeeReason) {
    // Permission, the committee decision fixed at receipt, and the save: the same service as the
    // command line.
    CaseService(session).registerCase(c, committeeReason);
    const Case created = c;
    emit notifier.caseAdded(created.id);
    stack.push(new CreateCommand(session, notifier, CaseCommandContext::of(stack), created));
}

void edit(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, const Case& beforeRef, Case& after,
          const QString& text) {
    // A copy: the caller's `before` is often the view's own case, which the announcement below reloads.
    const Case before = beforeRef;
    if (after.id == 0 || after.id != before.id)
        throw StorageError(StorageError::Kind::Invalid, Texts::notStored());
    const bool newEntries =
        std::any_of(after.events.cbegin(), after.events.cend(), [](const CaseEvent& e) { return e.id == 0; });
    const bool changed = !CaseState::same(before, after);
    if (!changed && !newEntries)
        return;
    PermissionGate::require(session.permissions().checkEdit(before, after));
    if (const QString why = CaseService::editRefusal(before, after); !why.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, why);
    session.cases().save(after);
    const Case stored = after;
    emit notifier.caseChanged(stored.id);
    // New timeline entries alone leave nothing to undo: the timeline is append-only.
    if (changed)
        stack.push(new StateCommand(
            session, notifier, CaseCommandContext::of(stack), before, stored, text, StateCommand::Kind::Edit,
            {{QStringLiteral("what"), QStringLiteral("edit")},
             {QStringLiteral("fields"), CaseState::changedKeys(before, stored).join(QLatin1Char(','))}}));
}

TransitionResult transition(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, Case& c,
                            const TransitionRequest& request) {
    if (c.id == 0)
        throw StorageError(StorageError::Kind::Invalid, Texts::notStored());
    const Case before = c;
    Case work = c;
    // Permission, the workflow's guards and the save: the same service as the command line.
    const TransitionResult result = CaseService(session).apply(work, request);
    if (!result)
        return result;
    c = work;
    emit notifier.caseChanged(work.id);
    const bool phaseChange = before.phase != work.phase;
    stack.push(new StateCommand(session, notifier, CaseCommandContext::of(stack), before, work,
                                transitionText(before, work, request), StateCommand::Kind::Transition,
                                {{QStringLiteral("what"), QStringLiteral("transition")},
                                 {QStringLiteral("action"), Workflow::code(request.action)},
                                 {QStringLiteral("phase"), phaseChange ? QStringLiteral("1") : QStringLiteral("0")}}));
    return result;
}

TransitionResult reopen(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, Case& c, QDate date,
                        const QString& note, Case* successor) {
    if (!Workflow::closedByDecision(c)) {
        TransitionRequest request = TransitionRequest::of(WorkflowAction::Reopen, date);
        request.note = note;
        return transition(stack, session, notifier, c, request);
    }
    Case next;
    const TransitionResult result = CaseService(session).reopen(c, date, note, &next);
    if (!result)
        return result;
    emit notifier.caseChanged(c.id);
    emit notifier.caseAdded(next.id);
    // Undo removes the new complaint again (the old case's record of the reopening stays: append-only).
    stack.push(new CreateCommand(session, notifier, CaseCommandContext::of(stack), next));
    if (successor)
        *successor = next;
    return result;
}

void addEvent(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, qint64 caseId,
              CaseEvent& event) {
    if (session.permissions().restricted()) {
        const Case c = session.cases().load(caseId);
        PermissionGate::require(session.permissions().check(Action::EditCase, &c));
    }
    CaseEvent work = event;
    if (!work.at.isValid())
        work.at = session.clock().now();
    if (work.author.isEmpty())
        work.author = session.user();
    session.cases().addEvent(caseId, work);
    event = work;
    emit notifier.caseChanged(caseId);
    stack.push(
        new EventCommand(session, notifier, CaseCommandContext::of(stack), caseId, referenceOf(session, caseId), work));
}

} // namespace CaseCommands
