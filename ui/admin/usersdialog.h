// Beheer ▸ Gebruikers: the users of the municipality file with their role, for the beheerder to add,
// change and deactivate. Every change is stored at once (UserRepository: one transaction, audited);
// a refused change (a login taken, the last beheerder) is shown with its reason above the list and
// stores nothing.
// On a file without users it explains the bootstrapping rule: the first user becomes beheerder.
// Per user the beheerder also links operating-system accounts (an account that is not the login works
// as that user, and "aantafel-cli --as" is allowed for it) and sets a PIN, with which an unknown
// account may claim a klachtencoördinator or beheerder in "Wie bent u?" (users/identity.h).
#pragma once

#include "users/user.h"

#include <QDialog>

#include <functional>

class MunicipalitySession;
class QLabel;
class QPushButton;
class QTableWidget;

class UsersDialog : public QDialog {
    Q_OBJECT
public:
    // Edits a user in a form and says whether it was accepted; tests replace it.
    using Editor = std::function<bool(User&, bool isNew)>;
    // Asks for a line of text (title, label, hidden while typed); nullopt when cancelled. Tests replace it.
    using AskText = std::function<std::optional<QString>(const QString& title, const QString& label, bool secret)>;

    explicit UsersDialog(MunicipalitySession& session, QWidget* parent = nullptr);

    void setEditor(Editor editor) { m_editor = std::move(editor); }
    void setAskText(AskText ask) { m_askText = std::move(ask); }
    QTableWidget* table() const { return m_table; }
    // The user of the selected row, if any.
    std::optional<User> selected() const;
    void addUser();
    void editSelected();
    void deactivateSelected();
    // Links an account to the selected user, or (when it is linked already) unlinks it.
    void linkAccount();
    // Sets or (with an empty PIN) removes the selected user's PIN.
    void setPin();
    // The last refusal shown, empty when the last change succeeded.
    QString lastError() const { return m_lastError; }

signals:
    // The users changed: the session's current user and permissions may have too.
    void usersChanged();

private:
    void refresh();
    void updateButtons();
    bool store(const std::function<void()>& change);

    MunicipalitySession& m_session;
    Editor m_editor;
    AskText m_askText;
    QList<User> m_users;
    QLabel* m_intro;
    QLabel* m_error;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_deactivate;
    QPushButton* m_link;
    QPushButton* m_pin;
    QString m_lastError;
};
