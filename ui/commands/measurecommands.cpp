#include "measurecommands.h"

#include "casecommandcontext.h"
#include "undocommand.h"

#include "casenotifier.h"
#include "learning/measure.h"
#include "learning/measurerepository.h"
#include "learning/measurestore.h"
#include "session/municipalitysession.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(MeasureCommands)
public:
    static QString create() { return tr("Maatregel vastleggen"); }
    static QString change() { return tr("Maatregel wijzigen"); }
    static QString withTitle(const QString& text, const QString& title) {
        return tr("%1 (\u201c%2\u201d)").arg(text, title);
    }
    static QString changedSince(const QString& title) {
        return tr("De verbetermaatregel \u201c%1\u201d is intussen door iemand anders gewijzigd; die wijziging "
                  "blijft staan.")
            .arg(title);
    }
};

struct MeasureRun : FirstRun {
    Measure stored;
};

class MeasureCommand final : public UndoCommand {
public:
    MeasureCommand(MunicipalitySession& session, CaseNotifier& notifier, CaseCommandContext& context, MeasureRun& first,
                   Measure edited)
        : UndoCommand(context, first)
        , m_session(session)
        , m_notifier(notifier)
        , m_out(&first)
        , m_created(edited.id == 0)
        , m_after(std::move(edited)) {
        const QString text = m_created ? Texts::create() : Texts::change();
        // text() for the failure message and QUndoView, actionText() (after the newline) for the menu.
        setText(text + u'\n' + Texts::withTitle(text, m_after.title));
    }

protected:
    void run() override {
        if (!m_created)
            m_before = MeasureRepository(m_session).load(m_after.id);
        MeasureStore::save(m_session, m_notifier, m_after);
        m_out->stored = m_after;
    }

    void perform(bool forward) override {
        if (m_created)
            forward ? createAgain() : remove();
        else
            store(forward ? m_after : m_before);
    }

    void reloadAfterFailure(const StorageError&) override { emit m_notifier.measuresChanged(); }

private:
    // The fields and links of `state`, over the measure as this command last stored it.
    void store(const Measure& state) {
        Measure work = state;
        work.id = m_after.id;
        work.revision = m_after.revision;
        MeasureStore::save(m_session, m_notifier, work);
        m_after.revision = work.revision;
    }

    void remove() {
        MeasureRepository repository(m_session);
        Transaction transaction(m_session.database());
        const Measure current = repository.load(m_after.id);
        if (current.revision != m_after.revision || current.caseIds != m_after.caseIds)
            throw StorageError(StorageError::Kind::Conflict, Texts::changedSince(current.title));
        repository.remove(m_after.id);
        transaction.commit();
        emit m_notifier.measuresChanged();
    }

    void createAgain() {
        Measure again = m_after;
        again.id = 0;
        again.revision = 0;
        again.createdAt = {};
        MeasureStore::save(m_session, m_notifier, again);
        m_after = again;
    }

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    MeasureRun* m_out; // during the first redo() only
    bool m_created;
    Measure m_before; // an existing measure as it was stored before the change
    Measure m_after;  // after the change; its id and revision as this command last stored it
};

} // namespace

namespace MeasureCommands {

void save(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, Measure& edited) {
    MeasureRun first;
    UndoCommand::execute(stack, new MeasureCommand(session, notifier, CaseCommandContext::of(stack), first, edited),
                         first);
    edited = first.stored;
}

} // namespace MeasureCommands
