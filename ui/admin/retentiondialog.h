// Beheer ▸ Bewaartermijn en vernietigen: the closed cases whose retention period by the Selectielijst
// gemeenten 2020 has passed (privacy/retention.h, privacy/selectielijst.h), each with the result that
// set its term, to select and destroy or anonymise. A confirmation says how many cases and that it cannot be undone;
// the change is one transaction and recorded in the audit trail (RetentionRun). Not on the undo stack, on purpose:
// destruction is final. Afterwards it names every reservekopie made before the run — those still hold
// what was destroyed — and offers to scrub them (the same destruction applied to each) or delete them;
// a run that a reader kept from emptying the write-ahead log says so.
#pragma once

#include "privacy/retention.h"
#include "privacy/retentioncopies.h"

#include <QDialog>

#include <functional>

class CaseNotifier;
class MunicipalitySession;
class QLabel;
class QPushButton;
class QTableWidget;

class RetentionDialog : public QDialog {
    Q_OBJECT
public:
    // Asks the user to confirm a question (title, text); tests replace it.
    using Confirm = std::function<bool(const QString&, const QString&)>;
    // What to do with the copies made before a run: scrub, delete, or leave them for now; tests replace it.
    enum class CopiesChoice { Later, Scrub, Delete };
    using ChooseForCopies = std::function<CopiesChoice(const QList<RetentionCopy>&)>;

    RetentionDialog(MunicipalitySession& session, CaseNotifier& notifier, QWidget* parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setChooseForCopies(ChooseForCopies choose) { m_chooseForCopies = std::move(choose); }
    // Other folders with copies of the file (the program's chosen backup folder).
    void setBackupFolders(QStringList folders) { m_backupFolders = std::move(folders); }
    QTableWidget* table() const { return m_table; }
    const QList<RetentionCandidate>& candidates() const { return m_candidates; }
    // Checks the rows of these cases (and unchecks the others).
    void select(const QList<qint64>& caseIds);
    QList<qint64> selectedIds() const;
    // Destroy or anonymise the checked cases after confirmation; false when nothing happened.
    bool destroySelected();
    bool anonymiseSelected();
    QString message() const;
    // True once cases were destroyed or anonymised: the undo history still holds their old text and
    // must be cleared (the main window does).
    bool erased() const { return m_erased; }

private:
    CopiesChoice askAboutCopies(const QList<RetentionCopy>& copies);
    void setUpTable();
    void refresh();
    void updateButtons();
    bool run(bool destroy);
    void handleCopies(const QList<RetentionCopy>& copies);

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    Confirm m_confirm;
    ChooseForCopies m_chooseForCopies;
    QStringList m_backupFolders;
    QList<RetentionCandidate> m_candidates;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_all;
    QPushButton* m_destroy;
    QPushButton* m_anonymise;
    QLabel* m_message;
    bool m_erased = false;
};
