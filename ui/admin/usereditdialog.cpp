#include "usereditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Opslaan"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuleren"));
    const auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_login->text().trimmed().isEmpty());
    };
    connect(m_login, &QLineEdit::textChanged, this, validate);
    validate();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
