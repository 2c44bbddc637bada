#include "identifydialog.h"

#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

IdentifyDialog::IdentifyDialog(const QString& account, const QList<User>& users, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
    , m_list(new QListWidget(this))
    , m_pinLabel(new QLabel(tr("&PIN:"), this))
    , m_pin(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_continue(new QPushButton(tr("&Doorgaan"), this))
    , m_readOnly(new QPushButton(tr("&Alleen lezen"), this)) {
    setWindowTitle(tr("Wie bent u?"));
    auto* intro = new QLabel(
        tr("<p>Uw account <b>%1</b> staat niet als gebruiker in dit gemeentebestand.</p>"
           "<p>Kies wie u bent om verder te werken in uw rol. Uw account wordt dan aan die gebruiker gekoppeld en de "
           "audittrail legt de keuze vast. Alleen gebruikers aan wie nog geen account is gekoppeld staan hier; voor "
           "een "
           "klachtencoördinator of beheerder is de PIN nodig die een beheerder instelde.</p>"
           "<p>Of open het bestand om alleen te lezen. Een beheerder kan uw account ook koppelen via Beheer ▸ "
           "Gebruikers.</p>")
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
    // Nobody is chosen beforehand: one Enter must never make anyone somebody else.
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("PIN"));
    m_pinLabel->setBuddy(m_pin);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Melding"));
    PaletteStyle::text(m_message, StatePalette::Role::Error);
    m_message->hide();
    m_readOnly->setDefault(true);
    m_continue->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_continue, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_readOnly, QDialogButtonBox::RejectRole);
    connect(m_continue, &QPushButton::clicked, this, &IdentifyDialog::accept);
    connect(m_readOnly, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &IdentifyDialog::updateState);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (current() && !current()->isElevated())
            accept();
        else
            m_pin->setFocus();
    });
    connect(m_pin, &QLineEdit::returnPressed, this, [this] {
        if (current())
            accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_pinLabel);
    layout->addWidget(m_pin);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, 420);
    updateState();
}

std::optional<User> IdentifyDialog::current() const {
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const User& u : m_users) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}

void IdentifyDialog::updateState() {
    const std::optional<User> u = current();
    m_continue->setEnabled(u.has_value());
    const bool pin = u && u->isElevated();
    m_pinLabel->setVisible(pin);
    m_pin->setVisible(pin);
    if (!pin)
        m_pin->clear();
    m_message->hide();
}

void IdentifyDialog::accept() {
    const std::optional<User> u = current();
    if (!u)
        return; // nothing chosen: only "Alleen lezen" closes the dialog
    if (m_verify) {
        if (const Permission p = m_verify(*u, pin()); !p) {
            m_message->setText(p.reason);
            m_message->show();
            m_pin->selectAll();
            return;
        }
    }
    QDialog::accept();
}

std::optional<User> IdentifyDialog::chosen() const {
    if (result() != QDialog::Accepted)
        return std::nullopt;
    return current();
}

QString IdentifyDialog::pin() const {
    return m_pin->text();
}

QString IdentifyDialog::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}
