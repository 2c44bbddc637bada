// Asks for what one workflow action needs before it is applied: how the klager confirmed a
// solution, the Awb 9:8 ground, the provider of a warme overdracht, the hearing date, the 9:10 lid 2
// exception, the adjourned date (shown with its counting), the agreed new date, the judgment, or
// just the date and an optional note. Dates default to today and computed dates (follow-up call,
// check back with the provider) to the municipality's policy terms.
//
// OK checks the request with the workflow (Workflow::check). A refusal is shown in the dialog with
// its Dutch reason and the dialog stays open, so an accepted dialog always holds a request the
// workflow allowed when it was asked. The dialog stores nothing.
//
// Tests fill the fields by objectName ("dateEdit", "noteEdit", "confirmationCombo", "followUpEdit",
// "groundCombo", "noticeSentEdit", "providerEdit", "exceptionCombo", "agreedDueDateEdit",
// "judgment_<outcome code>", "refusalLabel", "adjournInfo") and call accept() without exec().
#pragma once

#include "domain/case.h"
#include "workflow/workflow.h"

#include <QDialog>

class MunicipalitySession;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class TransitionDialog : public QDialog {
    Q_OBJECT
public:
    TransitionDialog(MunicipalitySession& session, const Case& c, WorkflowAction action, QWidget* parent = nullptr);

    WorkflowAction action() const { return m_action; }
    // The request as the fields say now.
    TransitionRequest request() const;
    // The workflow's reason for refusing the last OK; empty when none was refused.
    QString refusal() const { return m_refusalText; }

    void accept() override;

private:
    void buildFields(QFormLayout* form);
    QString introduction() const;
    QString dateLabel() const;
    QDate defaultDate() const;
    void updateComputedDates();

    MunicipalitySession& m_session;
    const Case m_case;
    const WorkflowAction m_action;

    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QComboBox* m_confirmation = nullptr;
    QComboBox* m_ground = nullptr;
    QDateEdit* m_noticeSent = nullptr;
    QLineEdit* m_provider = nullptr;
    QDateEdit* m_followUp = nullptr;
    bool m_followUpTouched = false;
    bool m_computing = false;
    QComboBox* m_exception = nullptr;
    QDateEdit* m_agreedDueDate = nullptr;
    QButtonGroup* m_judgment = nullptr;
    QLabel* m_refusal = nullptr;
    QString m_refusalText;
};
