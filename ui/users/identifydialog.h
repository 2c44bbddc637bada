// "Wie bent u?": shown after opening a file that has users when the operating-system account is not
// one of them. It explains that the account is not registered and lists the active users to work
// on as; or the user opens the file read-only. The choice holds for this session only.
#pragma once

#include "users/user.h"

#include <QDialog>

#include <optional>

class QListWidget;
class QPushButton;

class IdentifyDialog : public QDialog {
    Q_OBJECT
public:
    IdentifyDialog(const QString& account, const QList<User>& users, QWidget* parent = nullptr);

    // The chosen user once accepted with "Doorgaan"; nullopt for "Alleen lezen".
    std::optional<User> chosen() const;
    QListWidget* list() const { return m_list; }
    QPushButton* readOnlyButton() const { return m_readOnly; }

private:
    QList<User> m_users;
    QListWidget* m_list;
    QPushButton* m_continue;
    QPushButton* m_readOnly;
};
