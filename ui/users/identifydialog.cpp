#include "identifydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

IdentifyDialog::IdentifyDialog(const QString& account, const QList<User>& users, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
    , m_list(new QListWidget(this))
    , m_continue(new QPushButton(tr("&Doorgaan"), this))
    , m_readOnly(new QPushButton(tr("&Alleen lezen"), this)) {
    setWindowTitle(tr("Wie bent u?"));
    auto* intro = new QLabel(tr("<p>Uw account <b>%1</b> staat niet als gebruiker in dit gemeentebestand.</p>"
                                "<p>Kies wie u bent om verder te werken in uw rol; de audittrail legt vast dat u "
                                "deze keuze vanaf dit account maakte. Of open het bestand om alleen te lezen.</p>"
                                "<p>Een beheerder kan uw account toevoegen via Beheer ▸ Gebruikers.</p>")
                                 .arg(account.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto* label = new QLabel(tr("&Gebruiker:"), this);
    label->setBuddy(m_list);
    m_list->setAccessibleName(tr("Gebruikers"));
    for (const User& u : m_users) {
        auto* item =
            new QListWidgetItem(tr("%1 (%2) — %3").arg(u.displayName(), u.login, RoleText::label(u.role)), m_list);
        item->setData(Qt::UserRole, u.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_continue->setDefault(true);
    m_continue->setEnabled(m_list->count() > 0);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_continue, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_readOnly, QDialogButtonBox::RejectRole);
    connect(m_continue, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_readOnly, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(480, 360);
}

std::optional<User> IdentifyDialog::chosen() const {
    if (result() != QDialog::Accepted || !m_list->currentItem())
        return std::nullopt;
    const qint64 id = m_list->currentItem()->data(Qt::UserRole).toLongLong();
    for (const User& u : m_users) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}
