// "Brief van elders vastleggen": a municipality that writes a letter in its own document system
// records it here as sent, with its kind and date. The letter is the same legal act as one sent from
// the program (CaseService::recordLetter): the afdoeningsbrief closes the formal complaint on its date,
// the verdagingsbrief adjourns, the kennisgeving niet-behandelen closes it as not handled. Like a sent
// letter it is final: there is no undo.
//
// OK records the letter; a refusal (the workflow, the user's role, a date in the future) is shown in
// the dialog with its Dutch reason and the dialog stays open, so an accepted dialog has stored the
// letter. Tests fill the fields by objectName ("recordType", "recordDate", "recordGround",
// "recordRecipient", "refusalLabel") and call accept() without exec().
#pragma once

#include "domain/case.h"
#include "letters/lettertype.h"

#include <QDialog>

class MunicipalitySession;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

class RecordLetterDialog : public QDialog {
    Q_OBJECT
public:
    RecordLetterDialog(MunicipalitySession& session, const Case& c, QWidget* parent = nullptr);

    // Preselects a type (the Verdagen and Afdoen buttons), when it is offered.
    void chooseType(LetterType type);
    // The workflow's or the role's reason for refusing the last OK; empty when none was refused.
    QString refusal() const { return m_refusalText; }
    // The case as stored after an accepted dialog.
    const Case& storedCase() const { return m_case; }

    void accept() override;

private:
    void updateGround();

    MunicipalitySession& m_session;
    Case m_case;
    QComboBox* m_type = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_ground = nullptr;
    QLabel* m_groundCaption = nullptr;
    QLineEdit* m_recipient = nullptr;
    QLabel* m_refusal = nullptr;
    QString m_refusalText;
};
