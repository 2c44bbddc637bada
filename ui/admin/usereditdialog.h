// The form for one user: login (the operating-system account), name, role and whether he is active.
#pragma once

#include "users/user.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

class UserEditDialog : public QDialog {
    Q_OBJECT
public:
    UserEditDialog(const User& user, bool isNew, QWidget* parent = nullptr);
    User user() const;

private:
    User m_user;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    QCheckBox* m_active;
};
