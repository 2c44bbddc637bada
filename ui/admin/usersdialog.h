// Beheer ▸ Gebruikers: the users of the municipality file with their role, for the beheerder to add,
// change and deactivate. Every change is stored at once (UserRepository: one transaction, audited);
// a refused change (a login taken, the last beheerder) is shown with its reason above the list and
// stores nothing.
// On a file without users it explains the bootstrapping rule: the first user becomes beheerder.
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

    explicit UsersDialog(MunicipalitySession& session, QWidget* parent = nullptr);

    void setEditor(Editor editor) { m_editor = std::move(editor); }
    QTableWidget* table() const { return m_table; }
    // The user of the selected row, if any.
    std::optional<User> selected() const;
    void addUser();
    void editSelected();
    void deactivateSelected();
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
    QList<User> m_users;
    QLabel* m_intro;
    QLabel* m_error;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_deactivate;
    QString m_lastError;
};
