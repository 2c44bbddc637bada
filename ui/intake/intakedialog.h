// The fast intake: one dialog, usable with the keyboard alone, in which a handler registers what
// a resident tells on the phone, at the desk or in a letter, in under a minute. While typing, the
// intake flags (Awb 9:8 lid 1 b, bezwaar against a besluit, 9:7, 9:6) and the handling term that
// will apply are shown live. "Registreren" (Enter on the default button, or Ctrl+Enter anywhere)
// validates and accepts; "Annuleren" (Esc) asks before throwing typed text away.
//
// The dialog does not save. After exec() returns Accepted, result() is the new case (phase Intake,
// no id or reference) for CaseCommands::create(), followed by the StartInformal transition and,
// when firstContactMadeNow(), RecordFirstContact dated today.
//
// The inputs carry object names for tests and callers: channelCombo, kindCombo, receivedDateEdit,
// firstContactCheck, klagerName, anonymousCheck, klagerAddress, klagerPhone, klagerEmail,
// representativeCheck, representativeName, representativeRole, storyEdit, desiredOutcomeEdit,
// conductDateEdit, departmentEdit, employeeEdit, providerEdit, jointArrangementEdit, domainCombo,
// themeSearch, themeList, handlerEdit, committeeCheck, committeeReasonEdit, decisionContentCheck,
// decisionDateEdit, klaagschriftDatedEdit, regieCheck, flagsPanel, messageLabel; mailDocuments when filled
// from an e-mail (fillFromMail).
#pragma once

#include "intakesuggestions.h"

#include "documents/mailintake.h"

#include "domain/case.h"

#include <QDialog>

class DateField;
class FlagPanel;
class MunicipalitySession;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QListWidget;
class QPushButton;
class ThemePicker;

class IntakeDialog : public QDialog {
    Q_OBJECT
public:
    explicit IntakeDialog(MunicipalitySession& session, QWidget* parent = nullptr);

    // The case as filled in (also before acceptance: the flags are computed from it). Hides
    // QDialog::result(); use exec()'s return value for the dialog code.
    Case result() const;
    // The call or visit that is being registered was the first personal contact with the klager
    // (policy term), so the caller records RecordFirstContact for today. Never for a signaal.
    bool firstContactMadeNow() const;
    // Why this klaagschrift departs from the municipality's regulation on the klachtadviescommissie
    // (CaseCommands::create fixes the decision at receipt); empty when it follows the regulation.
    QString committeeReason() const;

    // The Dutch problems that keep the dialog from accepting, in field order; empty when fine.
    QStringList problems() const;

    void accept() override;
    void reject() override;

    // Fills the dialog from an e-mail (MailIntake::draft: klager from the sender, received date from the
    // message's Date, channel e-mail, the story from subject and body) and lists the documents the
    // registration will add: the message itself (always), then each attachment, ticked, except images
    // shown inside the body. The window title names the message.
    void fillFromMail(const MailMessage& mail);
    // The attachments (indexes into MailMessage::attachments) still ticked.
    QList<int> chosenAttachments() const;

protected:
    // Registering is explicit: Enter in a field registers nothing; Ctrl+Enter or the button does.
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* buildCaseColumn();
    QWidget* buildClassificationColumn();
    void setTabOrderChain();
    void connectRules();

    void onChannelChanged();
    void onKindChanged();
    void onAnonymousToggled(bool anonymous);
    void updateDateHint(const DateField* field, QLabel* hint);
    void refreshFlags();
    struct Problem {
        QWidget* field; // where the cursor goes to fix it
        QString text;
    };
    QList<Problem> collectProblems() const;
    void showProblems(const QList<Problem>& problems);

    MunicipalitySession& m_session;
    QDate m_today;
    IntakeSuggestions m_suggestions;
    Case m_pristine;                   // the case as the dialog opened, to know whether anything was filled in
    bool m_kindChosen = false;         // the user picked the kind: channel changes no longer suggest one
    bool m_firstContactChosen = false; // likewise for the first-contact checkbox
    bool m_suggesting = false;         // the dialog itself is changing a field
    bool m_committeePreferred = false; // the committee box as set for a klaagschrift (unticked otherwise)

    QComboBox* m_channel = nullptr;
    QComboBox* m_kind = nullptr;
    DateField* m_received = nullptr;
    QLabel* m_receivedHint = nullptr;
    QCheckBox* m_firstContact = nullptr;

    QCheckBox* m_anonymous = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QCheckBox* m_hasRepresentative = nullptr;
    QWidget* m_representativeRow = nullptr;
    QLineEdit* m_representativeName = nullptr;
    QLineEdit* m_representativeRole = nullptr;

    QPlainTextEdit* m_story = nullptr;
    QPlainTextEdit* m_desiredOutcome = nullptr;
    DateField* m_conduct = nullptr;
    QLabel* m_conductHint = nullptr;
    QWidget* m_datedRow = nullptr; // only for a klaagschrift
    DateField* m_dated = nullptr;  // its dagtekening (art. 9:4 lid 2)

    QLineEdit* m_department = nullptr;
    QLineEdit* m_employee = nullptr;
    QLineEdit* m_provider = nullptr;
    QCheckBox* m_regie = nullptr; // about the municipality's own regie over the provider
    QLineEdit* m_jointArrangement = nullptr;

    QComboBox* m_domain = nullptr;
    ThemePicker* m_themes = nullptr;
    QLineEdit* m_handler = nullptr;
    QCheckBox* m_committee = nullptr;
    QLineEdit* m_committeeReason = nullptr; // shown when the klaagschrift departs from the regulation
    QCheckBox* m_aboutDecision = nullptr;
    QWidget* m_decisionRow = nullptr;
    DateField* m_decisionDate = nullptr;
    QLabel* m_decisionHint = nullptr;

    FlagPanel* m_flags = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_register = nullptr;
    QPushButton* m_cancel = nullptr;
    QList<QWidget*> m_markedFields;         // shown with a red frame until the problem is solved
    QListWidget* m_mailDocuments = nullptr; // only when filled from an e-mail (object name mailDocuments)
};
