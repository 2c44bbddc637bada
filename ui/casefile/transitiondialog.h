// Asks for what one workflow action needs before it is applied: how the klager confirmed a
// solution (or agreed to go back to the informal approach), the Awb 9:8 ground (in the formal phase
// only lid 1 d-f), the provider of a warme overdracht, the hearing date, who was heard (the klager, or
// the beklaagde heard or given the opportunity), the 9:10 lid 2 exception with the reply term it
// needs, the verslag, the committee's advice, the adjourned date (shown with its counting), the
// agreed new date, the judgment with findings, conclusions and the reasons for departing from the
// advice, or just the date and an optional note. Dates default to today and computed dates (follow-up call,
// check back with the provider) to the municipality's policy terms.
//
// OK checks the request with the workflow (Workflow::check). A refusal is shown in the dialog with
// its Dutch reason and the dialog stays open, so an accepted dialog always holds a request the
// workflow allowed when it was asked. The dialog stores nothing.
//
// Tests fill the fields by objectName ("dateEdit", "noteEdit", "confirmationCombo", "followUpEdit",
// "groundCombo", "noticeSentEdit", "providerEdit", "exceptionCombo", "replyTermEdit",
// "agreedDueDateEdit", "judgment_<outcome code>", "advice_<outcome code>", "personKlager",
// "personBeklaagde", "declinedCheck", "reportEdit", "adviceEdit", "findingsEdit", "conclusionsEdit",
// "reasonsEdit", "refusalLabel", "adjournInfo") and call accept() without exec().
#pragma once

#include "domain/case.h"
#include "workflow/workflow.h"

#include <QDialog>

class MunicipalitySession;
class QButtonGroup;
class QCheckBox;
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
    // The four judgments as radio buttons (objectName prefix + outcome code), in a row of the form.
    QButtonGroup* judgmentChoices(QFormLayout* form, const QString& caption, const QString& prefix);

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
    QButtonGroup* m_person = nullptr;
    QCheckBox* m_declined = nullptr;
    QDateEdit* m_replyTerm = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPlainTextEdit* m_findings = nullptr;
    QPlainTextEdit* m_conclusions = nullptr;
    QPlainTextEdit* m_reasons = nullptr;
    QLabel* m_refusal = nullptr;
    QString m_refusalText;
};
