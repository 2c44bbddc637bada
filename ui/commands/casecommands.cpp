// The case commands (undocommand.h): each function checks what it can without storage, builds a
// command holding what to do and pushes it; the stack's first redo() makes the change through the
// same service as the command line (CaseService, CaseRepository), later undo() and redo() steps
// re-apply it field by field in one transaction each and append a timeline note saying what was
// undone or redone. Every step stores through CaseRepository, so each writes its own audit rows, once.
// A first run that is refused marks the command obsolete (push drops it) and the function returns
// the refusal; a failed later step is reported, and the notifier announces the case so that views
// show what is stored.
#include "casecommands.h"

#include "casecommandcontext.h"
#include "casestate.h"
#include "undocommand.h"

#include "casenotifier.h"
#include "deadlines/termcalculator.h"
#include "i18n/languages.h"
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
#include <functional>
#include <optional>
#include <utility>

namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(CaseCommands)
public:
    static QString conflict(const QString& reference, const QStringList& fields) {
        return tr("Zaak %1 is intussen gewijzigd (%2); die wijziging blijft staan.")
            .arg(reference, Languages::locale().createSeparatedList(fields));
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

// What the first redo() of a case command tells the function that pushed it, beyond its error.
struct CaseRun : FirstRun {
    TransitionResult result = TransitionResult::allowed(); // a refusal made the command obsolete
    Case stored;
    CaseEvent event;
};

// Common to all case commands: the case they work on (followed through renumberings), their name in
// the Bewerken menu, and the timeline note of an undo or redo.
class CaseCommand : public UndoCommand {
public:
    CaseCommand(MunicipalitySession& session, CaseNotifier& notifier, CaseCommandContext& context, CaseRun& first,
                qint64 caseId, const QString& text, const QString& reference)
        : UndoCommand(context, first)
        , m_session(session)
        , m_notifier(notifier)
        , m_out(&first)
        , m_caseId(caseId) {
        name(text, reference);
    }

protected:
    // For run(): where the first run tells what it stored (valid during the first redo() only).
    CaseRun& out() { return *m_out; }

    void reloadAfterFailure(const StorageError& error) override {
        if (error.kind() == StorageError::Kind::NotFound)
            emit m_notifier.caseRemoved(caseId());
        else
            emit m_notifier.caseChanged(caseId());
    }

    qint64 caseId() const { return m_context.currentId(m_caseId); }
    void setCaseId(qint64 id) { m_caseId = id; }
    // text() for the timeline note and QUndoView, actionText() (after the newline) for the menu.
    void name(const QString& text, const QString& reference) {
        setText(text + u'\n' + Texts::withReference(text, reference));
    }
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

private:
    CaseRun* m_out;
    qint64 m_caseId;
};

// An edit or a transition: the state before and after, re-applied field by field (casestate.h).
class StateCommand : public CaseCommand {
public:
    StateCommand(MunicipalitySession& session, CaseNotifier& notifier, CaseCommandContext& context, CaseRun& first,
                 Case before, const QString& text, QMap<QString, QString> what)
        : CaseCommand(session, notifier, context, first, before.id, text, before.reference)
        , m_before(std::move(before))
        , m_what(std::move(what)) {}

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

    // The case as the first run stored it.
    void done(const Case& stored) {
        m_after = stored;
        out().stored = stored;
        emit m_notifier.caseChanged(stored.id);
    }

    Case m_before;
    Case m_after;
    QMap<QString, QString> m_what;
};

// An edit: stores the case as edited, with the revision it was loaded with (a colleague's change
// since is a Conflict for the caller, ui/safety/conflictresolver.h). Consecutive edits of the same
// field of the same case (arrowing through a list, correcting a name twice) merge into one step
// back to the first state.
class EditCommand final : public StateCommand {
public:
    EditCommand(MunicipalitySession& session, CaseNotifier& notifier, CaseCommandContext& context, CaseRun& first,
                Case before, Case after, const QString& text)
        : StateCommand(session, notifier, context, first, std::move(before), text,
                       {{QStringLiteral("what"), QStringLiteral("edit")}})
        , m_edited(std::move(after)) {
        m_what.insert(QStringLiteral("fields"), CaseState::changedKeys(m_before, m_edited).join(QLatin1Char(',')));
    }

    int id() const override { return EditId; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = dynamic_cast<const EditCommand*>(other);
        // A command whose first run failed is obsolete: push asks to merge it all the same.
        if (!next || next->isObsolete() || next->caseId() != caseId() || next->text() != text())
            return false;
        m_after = next->m_after;
        m_what.insert(QStringLiteral("fields"), CaseState::changedKeys(m_before, m_after).join(QLatin1Char(',')));
        // Back where it started: nothing left to undo (QUndoStack::push drops an obsolete command).
        if (CaseState::same(m_before, m_after))
            setObsolete(true);
        return true;
    }

protected:
    void run() override {
        m_session.cases().save(m_edited);
        done(m_edited);
    }

private:
    static constexpr int EditId = 0x4154; // "AT"

    Case m_edited; // as the caller edited it, until stored
};

// A workflow transition through CaseService::apply (permission, the workflow's guards, the save).
// Never merges.
class TransitionCommand final : public StateCommand {
public:
    TransitionCommand(MunicipalitySession& session, CaseNotifier& notifier, CaseCommandContext& context, CaseRun& first,
                      Case before, const TransitionRequest& request)
        : StateCommand(session, notifier, context, first, std::move(before), Workflow::label(request.action),
                       {{QStringLiteral("what"), QStringLiteral("transition")},
                        {QStringLiteral("action"), Workflow::code(request.action)}})
        , m_request(request) {}

protected:
    void run() override {
        Case work = m_before;
        out().result = CaseService(m_session).apply(work, m_request);
        if (!out().result) {
            setObsolete(true);
            return;
        }
        const bool phaseChange = m_before.phase != work.phase;
        m_what.insert(QStringLiteral("phase"), phaseChange ? QStringLiteral("1") : QStringLiteral("0"));
        const QString action = Workflow::label(m_request.action);
        name(phaseChange ? Texts::phase(action) : action, work.reference);
        done(work);
    }

private:
    TransitionRequest m_request;
};

// A registration: the first run registers the case (or a reopened complaint's successor), undo
// removes it (audited), redo stores it anew with its timeline.
class CreateCommand final : public CaseCommand {
public:
    // How the first run registers the case; it returns the refusal, if any, and the case as stored.
    using Registration = std::function<TransitionResult(Case& created)>;

    CreateCommand(MunicipalitySession& session, CaseNotifier& notifier, CaseCommandContext& context, CaseRun& first,
                  Registration registration)
        : CaseCommand(session, notifier, context, first, 0, Texts::register_(), QString())
        , m_registration(std::move(registration)) {}

protected:
    void run() override {
        // Called once, within the function that pushed the command: what it captured is alive.
        const Registration registration = std::exchange(m_registration, {});
        Case created;
        out().result = registration(created);
        if (!out().result) {
            setObsolete(true);
            return;
        }
        m_created = created;
        setCaseId(created.id);
        name(Texts::register_(), created.reference);
        out().stored = created;
        emit m_notifier.caseAdded(created.id);
    }

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

    Registration m_registration;
    Case m_created;
};

// A timeline entry. The timeline is append-only: undo adds a note that withdraws the entry, redo
// one that reinstates it; neither changes the case's revision, so they never conflict with an edit.
class EventCommand final : public CaseCommand {
public:
    EventCommand(MunicipalitySession& session, CaseNotifier& notifier, CaseCommandContext& context, CaseRun& first,
                 qint64 caseId, const QString& reference, CaseEvent event)
        : CaseCommand(session, notifier, context, first, caseId, Texts::timeline(EnumText::label(event.kind).toLower()),
                      reference)
        , m_event(std::move(event)) {}

protected:
    void run() override {
        m_session.cases().addEvent(caseId(), m_event);
        out().event = m_event;
        emit m_notifier.caseChanged(caseId());
    }

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
    CaseRun first;
    // Permission, the committee decision fixed at receipt, and the save: the same service as the
    // command line.
    UndoCommand::execute(stack,
                         new CreateCommand(session, notifier, CaseCommandContext::of(stack), first,
                                           [&session, &c, &committeeReason](Case& created) {
                                               created = c;
                                               CaseService(session).registerCase(created, committeeReason);
                                               return TransitionResult::allowed();
                                           }),
                         first);
    c = first.stored;
}

void edit(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, const Case& beforeRef, Case& after,
          const QString& text) {
    // A copy: the caller's `before` is often the view's own case, which the announcement reloads.
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
    if (!changed) {
        // New timeline entries alone leave nothing to undo: the timeline is append-only.
        session.cases().save(after);
        emit notifier.caseChanged(after.id);
        return;
    }
    CaseRun first;
    UndoCommand::execute(
        stack, new EditCommand(session, notifier, CaseCommandContext::of(stack), first, before, after, text), first);
    after = first.stored;
}

TransitionResult transition(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, Case& c,
                            const TransitionRequest& request) {
    if (c.id == 0)
        throw StorageError(StorageError::Kind::Invalid, Texts::notStored());
    CaseRun first;
    UndoCommand::execute(
        stack, new TransitionCommand(session, notifier, CaseCommandContext::of(stack), first, c, request), first);
    if (first.result)
        c = first.stored;
    return first.result;
}

TransitionResult reopen(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, Case& c, QDate date,
                        const QString& note, Case* successor) {
    if (!Workflow::closedByDecision(c)) {
        TransitionRequest request = TransitionRequest::of(WorkflowAction::Reopen, date);
        request.note = note;
        return transition(stack, session, notifier, c, request);
    }
    // Undo removes the new complaint again (the old case's record of the reopening stays: append-only).
    CaseRun first;
    Case old = c;
    UndoCommand::execute(stack,
                         new CreateCommand(session, notifier, CaseCommandContext::of(stack), first,
                                           [&session, &notifier, &old, date, &note](Case& next) {
                                               const TransitionResult result =
                                                   CaseService(session).reopen(old, date, note, &next);
                                               if (result)
                                                   emit notifier.caseChanged(old.id);
                                               return result;
                                           }),
                         first);
    if (!first.result)
        return first.result;
    c = old;
    if (successor)
        *successor = first.stored;
    return first.result;
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
    CaseRun first;
    UndoCommand::execute(stack,
                         new EventCommand(session, notifier, CaseCommandContext::of(stack), first, caseId,
                                          referenceOf(session, caseId), work),
                         first);
    event = first.event;
}

} // namespace CaseCommands
