#include "usereditdialog.h"

#include "shell/dialogbuttons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

UserEditDialog::UserEditDialog(const User& user, bool isNew, QWidget* parent)
    : QDialog(parent)
    , m_user(user)
    , m_login(new QLineEdit(user.login, this))
    , m_name(new QLineEdit(user.name, this))
    , m_role(new QComboBox(this))
    , m_active(new QCheckBox(tr("A&ctief: mag met dit bestand werken"), this)) {
    setWindowTitle(isNew ? tr("Gebruiker toevoegen") : tr("Gebruiker wijzigen"));
    m_login->setAccessibleName(tr("Inlognaam"));
    m_login->setToolTip(tr("De naam van het account waarmee deze persoon zich bij de computer aanmeldt."));
    m_name->setAccessibleName(tr("Naam"));
    m_role->setAccessibleName(tr("Rol"));
    for (Role role : RoleText::all())
        m_role->addItem(RoleText::label(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(user.role)));
    m_active->setChecked(user.active);
    auto* form = new QFormLayout;
    form->addRow(tr("&Inlognaam:"), m_login);
    form->addRow(tr("&Naam:"), m_name);
    form->addRow(tr("&Rol:"), m_role);
    form->addRow(QString(), m_active);
    auto* buttons = DialogButtons::confirm(this, tr("&Opslaan"));
    const auto validate = [this, buttons] {
        DialogButtons::confirmButton(buttons)->setEnabled(!m_login->text().trimmed().isEmpty());
    };
    connect(m_login, &QLineEdit::textChanged, this, validate);
    validate();
    auto* layout = new QFormLayout(this);
    layout->addRow(form);
    layout->addRow(buttons);
    setMinimumWidth(420);
}

User UserEditDialog::user() const {
    User u = m_user;
    u.login = m_login->text().trimmed();
    u.name = m_name->text().simplified();
    u.role = Role(m_role->currentData().toInt());
    u.active = m_active->isChecked();
    return u;
}
