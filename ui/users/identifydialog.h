// "Wie bent u?": shown after opening a file that has users when the operating-system account is
// neither one of them nor linked to one. It explains that the account is not registered and lists
// the users it may claim (Identity::claimable: those no account is linked to yet), none of them
// chosen beforehand; a klachtencoördinator or beheerder also asks for a PIN a beheerder set. The
// check runs before the dialog closes (verify), so a wrong PIN can be typed again. Or the user opens
// the file read-only, which is also what Enter does while nobody is chosen.
#pragma once

#include "users/permissions.h"
#include "users/user.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

class IdentifyDialog : public QDialog {
    Q_OBJECT
public:
    // Checks a choice before the dialog accepts it (Identity::claim); the reason is shown when refused.
    using Verify = std::function<Permission(const User&, const QString& pin)>;

    IdentifyDialog(const QString& account, const QList<User>& users, QWidget* parent = nullptr);

    void setVerify(Verify verify) { m_verify = std::move(verify); }
    // The chosen user once accepted with "Doorgaan"; nullopt for "Alleen lezen".
    std::optional<User> chosen() const;
    QString pin() const;
    QListWidget* list() const { return m_list; }
    QLineEdit* pinField() const { return m_pin; }
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* readOnlyButton() const { return m_readOnly; }
    QString message() const;

    void accept() override;

private:
    std::optional<User> current() const;
    void updateState();

    QList<User> m_users;
    QListWidget* m_list;
    QLabel* m_pinLabel;
    QLineEdit* m_pin;
    QLabel* m_message;
    QPushButton* m_continue;
    QPushButton* m_readOnly;
    Verify m_verify;
};
