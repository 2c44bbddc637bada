// The dialog for one improvement measure (verbetermaatregel): title, description, individual or
// structural, owner, due date, status, result and the cases it is linked to (added by reference).
// OK stores everything in one transaction, as one undoable step (MeasureCommands); a refusal (empty title, unknown
// case, someone else changed the measure meanwhile) is shown in the dialog, which then stays open.
#pragma once

#include "learning/measure.h"

#include <QDialog>
#include <QMap>

#include <functional>

class CaseNotifier;
class QUndoStack;
class MunicipalitySession;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

class MeasureEditor;
// Runs an editor and says whether it was accepted (stored). Views default to exec(); tests fill the
// fields and call accept() instead.
using MeasureEditorRunner = std::function<bool(MeasureEditor&)>;

class MeasureEditor : public QDialog {
    Q_OBJECT
public:
    // measure.id == 0 makes a new measure (e.g. pre-linked to the cases it comes from).
    MeasureEditor(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack, const Measure& measure,
                  QWidget* parent = nullptr);

    // The measure as the fields say now.
    Measure edited() const;
    // The measure as stored by the last successful accept().
    const Measure& stored() const { return m_measure; }
    // Links a case by its reference; returns false (and says why in the dialog) when there is none.
    bool linkReference(const QString& reference);
    QString errorText() const;
    // Runs the editor with runner, or exec() when runner is empty.
    static bool run(const MeasureEditorRunner& runner, MeasureEditor& editor);
    // Loads a stored measure and runs the editor on it over parent; a measure that cannot be loaded
    // (removed meanwhile, file busy) is reported in a message box. True when it was saved.
    static bool openStored(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack, qint64 measureId,
                           const MeasureEditorRunner& runner, QWidget* parent);

public slots:
    void accept() override;

private:
    void suggestOwners();
    QHBoxLayout* buildCaseLinks();
    void addLink(qint64 caseId, const QString& reference);
    void unlinkSelected();
    void statusChosen();
    void showError(const QString& text);

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    QUndoStack& m_stack;
    Measure m_measure;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_scope;
    QLineEdit* m_owner;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QComboBox* m_status;
    QPlainTextEdit* m_result;
    QListWidget* m_cases;
    QLineEdit* m_reference;
    QPushButton* m_unlink;
    QLabel* m_error;
};
