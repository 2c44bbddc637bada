#include "importcommand.h"

#include "casecommandcontext.h"
#include "undocommand.h"

#include "casenotifier.h"
#include "import/importer.h"
#include "session/municipalitysession.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    static QString import() { return tr("Register importeren"); }
    static QString withFile(const QString& text, const QString& fileName) { return tr("%1 (%2)").arg(text, fileName); }
    static QString workedOn(const QString& reference) {
        return tr("Zaak %1 is na de import gewijzigd of aangevuld; de geïmporteerde zaken blijven staan.")
            .arg(reference);
    }
};

struct ImportOutcome : FirstRun {
    int count = 0;
    ImportRun run;
};

class ImportUndoCommand final : public UndoCommand {
public:
    ImportUndoCommand(MunicipalitySession& session, CaseNotifier& notifier, CaseCommandContext& context,
                      ImportOutcome& first, const Importer& importer, const ImportRun& run, bool skipInvalid,
                      const QString& fileName)
        : UndoCommand(context, first)
        , m_session(session)
        , m_notifier(notifier)
        , m_out(&first)
        , m_importer(importer)
        , m_pristine(run)
        , m_skipInvalid(skipInvalid) {
        setText(Texts::import() + u'\n' + Texts::withFile(Texts::import(), fileName));
    }

protected:
    void run() override {
        importAnew();
        m_out->count = int(m_stored.cases.size());
        m_out->run = m_stored;
    }

    void perform(bool forward) override {
        if (forward)
            importAnew();
        else
            remove();
    }

    void reloadAfterFailure(const StorageError&) override { emit m_notifier.casesReset(); }

private:
    void importAnew() {
        ImportRun run = m_pristine;
        m_importer.commit(m_session, run, m_skipInvalid);
        m_stored = run;
        emit m_notifier.casesReset();
    }

    void remove() {
        Transaction transaction(m_session.database());
        for (const ImportedRow& row : std::as_const(m_stored.cases)) {
            const Case current = m_session.cases().load(row.c.id);
            // Someone's work on an imported case is never undone away: then every case stays.
            if (current.revision != row.c.revision || current.events.size() != row.c.events.size())
                throw StorageError(StorageError::Kind::Conflict, Texts::workedOn(current.reference));
            m_session.cases().remove(row.c.id);
        }
        transaction.commit();
        emit m_notifier.casesReset();
    }

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    ImportOutcome* m_out; // during the first redo() only
    Importer m_importer;
    ImportRun m_pristine; // as the dry run left it: nothing stored
    ImportRun m_stored;   // as last imported, with the cases' ids
    bool m_skipInvalid;
};

} // namespace

namespace ImportCommand {

int commit(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, const Importer& importer,
           ImportRun& run, bool skipInvalid, const QString& fileName) {
    ImportOutcome first;
    UndoCommand::execute(stack,
                         new ImportUndoCommand(session, notifier, CaseCommandContext::of(stack), first, importer, run,
                                               skipInvalid, fileName),
                         first);
    run = first.run;
    return first.count;
}

} // namespace ImportCommand
