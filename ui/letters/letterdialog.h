// Writing a letter from the case file: the handler picks one of the letters that fit the case now
// (LetterTypes::availableFor), sees it merged in an editor and may change the text; a panel beside
// it lists, while he types, the required elements that are missing and the placeholders that could
// not be filled. Voorbeeld, Afdrukken and Opslaan als PDF draw what is on screen with the letter
// layout. "Definitief verzenden" is refused (disabled, with the reason) while anything required is
// missing; otherwise, after the handler confirms that a sent letter cannot be changed, it stores the
// letter, its timeline entry and the deadline it meets in one transaction (LetterSender) and
// announces the change on the notifier. A sent letter is final, so there is no undo: the dialog
// then shows the stored version, read-only, for printing.
//
// Tests drive it by objectName: "letterTypes", "letterDate", "letterEditor", "letterIssues",
// "letterSend", "letterStatus", "letterMessage", "letterFontNote" (shown when the municipality's house
// font is not installed on this computer, so the letter uses the bundled one), and replace the confirmation
// (setConfirm) and the file dialog (outputBar()->setFileChooser).
#pragma once

#include "letters/letterstore.h"
#include "letters/lettertype.h"

#include "domain/case.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class CaseNotifier;
class LetterCheckPanel;
class LetterDraft;
class LetterOutputBar;
class MunicipalitySession;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTextEdit;
class QTimer;

class LetterDialog : public QDialog {
    Q_OBJECT
public:
    // Asks the handler a yes/no question; the default shows a QMessageBox.
    using Confirm = std::function<bool(QWidget* parent, const QString& title, const QString& question)>;

    LetterDialog(MunicipalitySession& session, CaseNotifier& notifier, const Case& c, QWidget* parent = nullptr);
    ~LetterDialog() override;

    // The letter types offered for the case on the letter date, in procedure order.
    QList<LetterType> offeredTypes() const;
    std::optional<LetterType> currentType() const;
    void chooseType(LetterType type);
    void setLetterDate(QDate date);

    QTextEdit* editor() const { return m_editor; }
    LetterOutputBar* outputBar() const { return m_output; }
    QPushButton* sendButton() const { return m_send; }
    // Checks the edited text now instead of after the short pause in typing.
    void checkNow();
    QStringList missing() const;
    QStringList flagged() const;
    // Why Definitief verzenden is disabled; empty when it is enabled.
    QString sendBlockedReason() const;
    // The error shown in the dialog (a refused send, a PDF that could not be written), if any.
    QString message() const;

    // Definitief verzenden: confirmation, then LetterSender. True when the letter was stored.
    bool send();
    std::optional<SentLetter> sentLetter() const { return m_sent; }

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Sluiten, Esc: asks first when the handler edited a letter he has not sent.
    void reject() override;

private:
    QWidget* buildChoicePane();
    QWidget* buildTextPane();
    QHBoxLayout* buildBottomBar();
    void connectEdits();
    bool mayDiscardEdits();
    void fillTypes();
    void compose();
    void showDraft();
    void updateChecks();
    void showMessage(const QString& text);
    QString confirmationText() const;
    QString suggestedFileName() const;

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    Case m_case;
    std::unique_ptr<LetterDraft> m_draft;
    std::optional<SentLetter> m_sent;
    Confirm m_confirm;
    bool m_loading = false;
    int m_draftRow = -1; // the row of the type the draft was composed for

    QListWidget* m_types = nullptr;
    QDateEdit* m_date = nullptr;
    QTextEdit* m_editor = nullptr;
    LetterCheckPanel* m_check = nullptr;
    QLabel* m_message = nullptr;
    LetterOutputBar* m_output = nullptr;
    QPushButton* m_send = nullptr;
    QTimer* m_checkTimer = nullptr;
};
