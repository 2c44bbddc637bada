#include "usersdialog.h"

#include "shell/dialogbuttons.h"
#include "shell/palettestyle.h"
#include "shell/recordtable.h"
#include "shell/statepalette.h"

#include "usereditdialog.h"

#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, LoginColumn, RoleColumn, ActiveColumn, AccountsColumn, PinColumn, ColumnCount };
}

UsersDialog::UsersDialog(MunicipalitySession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Toevoegen…"), this))
    , m_edit(new QPushButton(tr("&Wijzigen…"), this))
    , m_deactivate(new QPushButton(tr("&Deactiveren"), this))
    , m_link(new QPushButton(tr("Account &koppelen…"), this))
    , m_pin(new QPushButton(tr("&PIN instellen…"), this)) {
    setWindowTitle(tr("Gebruikers"));
    m_editor = [this](User& user, bool isNew) {
        UserEditDialog dialog(user, isNew, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        user = dialog.user();
        return true;
    };
    m_askText = [this](const QString& title, const QString& label, bool secret) -> std::optional<QString> {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, title, label, secret ? QLineEdit::Password : QLineEdit::Normal, {}, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("usersError"));
    PaletteStyle::box(m_error, StatePalette::Role::Error, QStringLiteral("4px"));
    m_error->setAccessibleName(tr("Melding"));
    m_error->hide();
    RecordTable::setUp(m_table,
                       {tr("Naam"), tr("Inlognaam"), tr("Rol"), tr("Actief"), tr("Gekoppelde accounts"), tr("PIN")},
                       tr("Gebruikers"), true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (QPushButton* b : {m_add, m_edit, m_deactivate, m_link, m_pin})
        b->setAutoDefault(false);
    m_link->setAccessibleName(tr("Account koppelen of ontkoppelen"));
    m_link->setToolTip(tr("Een computeraccount dat niet de inlognaam is, werkt dan als deze gebruiker."));
    m_pin->setAccessibleName(tr("PIN instellen"));
    m_pin->setToolTip(tr("Met deze PIN kan een onbekend account zich in 'Wie bent u?' als deze klachtencoördinator of "
                         "beheerder aanmelden. Leeg laten verwijdert de PIN."));
    connect(m_link, &QPushButton::clicked, this, &UsersDialog::linkAccount);
    connect(m_pin, &QPushButton::clicked, this, &UsersDialog::setPin);
    m_add->setAccessibleName(tr("Gebruiker toevoegen"));
    m_edit->setAccessibleName(tr("Gebruiker wijzigen"));
    m_deactivate->setAccessibleName(tr("Gebruiker deactiveren"));
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersDialog::editSelected);
    connect(m_deactivate, &QPushButton::clicked, this, &UsersDialog::deactivateSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &UsersDialog::editSelected);

    auto* side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_deactivate);
    side->addSpacing(12);
    side->addWidget(m_link);
    side->addWidget(m_pin);
    side->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto* close = DialogButtons::close(this, tr("&Sluiten"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addLayout(middle, 1);
    layout->addWidget(close);
    resize(820, 420);
    // On a team server the server signs people in by their login: no linked accounts, no PIN to claim with.
    const bool server = m_session.database().isServer();
    m_link->setVisible(!server);
    m_pin->setVisible(!server);
    m_table->setColumnHidden(AccountsColumn, server);
    m_table->setColumnHidden(PinColumn, server);
    refresh();
}

void UsersDialog::refresh() {
    const qint64 selectedId = selected() ? selected()->id : 0;
    try {
        m_users = m_session.users().list();
    } catch (const StorageError& e) {
        m_users.clear();
        m_lastError = e.message();
    }
    if (m_session.database().isServer()) {
        m_intro->setText(m_users.isEmpty()
                             ? tr("Deze gemeente op de teamserver heeft nog geen gebruikers: wat een login mag, "
                                  "bepaalt de server. De eerste gebruiker die u toevoegt, wordt beheerder.")
                             : tr("Wie met deze gemeente op de teamserver werkt en in welke rol. De inlognaam is de "
                                  "login op de server: toevoegen, wijzigen en deactiveren geeft die login de rol op "
                                  "de server of neemt hem af. Gebruikers worden niet verwijderd, alleen "
                                  "gedeactiveerd: de audittrail noemt hen."));
    } else {
        m_intro->setText(
            m_users.isEmpty()
                ? tr("Dit bestand heeft nog geen gebruikers: iedereen mag alles. Zodra u de eerste gebruiker "
                     "toevoegt, gelden de rollen; die eerste gebruiker wordt altijd beheerder, zodat iemand de "
                     "gebruikers kan blijven beheren.")
                : tr("Wie met dit bestand werkt en in welke rol. De inlognaam is het account waarmee iemand "
                     "zich bij de computer aanmeldt. Gebruikers worden niet verwijderd, alleen "
                     "gedeactiveerd: de audittrail noemt hen."));
    }
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User& u = m_users.at(row);
        QStringList accounts;
        try {
            accounts = m_session.users().accountsOf(u.id);
        } catch (const StorageError&) {
        }
        const QStringList cells{u.name,
                                u.login,
                                RoleText::label(u.role),
                                u.active ? tr("ja") : tr("nee"),
                                accounts.join(QStringLiteral(", ")),
                                u.hasPin ? tr("ingesteld") : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, u.id);
            if (!u.active)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        if (u.id == selectedId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

std::optional<User> UsersDialog::selected() const {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.constFirst()->data(Qt::UserRole).toLongLong();
    for (const User& u : m_users) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}

void UsersDialog::updateButtons() {
    const std::optional<User> u = selected();
    m_edit->setEnabled(u.has_value());
    m_deactivate->setEnabled(u && u->active);
    m_link->setEnabled(u && u->active);
    m_pin->setEnabled(u && u->active);
}

void UsersDialog::linkAccount() {
    const std::optional<User> u = selected();
    if (!u)
        return;
    const std::optional<QString> account =
        m_askText(tr("Account koppelen"),
                  tr("Computeraccount dat als %1 werkt (een account dat al gekoppeld is, wordt ontkoppeld):")
                      .arg(u->displayName()),
                  false);
    if (!account || account->trimmed().isEmpty())
        return;
    const bool linked = m_session.users().accountsOf(u->id).contains(account->trimmed(), Qt::CaseInsensitive);
    store([&] {
        if (linked)
            m_session.users().unlink(*account, u->id);
        else
            m_session.users().link(*account, u->id);
    });
}

void UsersDialog::setPin() {
    const std::optional<User> u = selected();
    if (!u)
        return;
    const std::optional<QString> pin =
        m_askText(tr("PIN instellen"),
                  tr("Nieuwe PIN voor %1 (minstens 4 tekens; leeg verwijdert de PIN):").arg(u->displayName()), true);
    if (!pin)
        return;
    store([&] { m_session.users().setPin(u->id, *pin); });
}

bool UsersDialog::store(const std::function<void()>& change) {
    try {
        change();
        m_lastError.clear();
    } catch (const StorageError& e) {
        m_lastError = e.message();
        m_error->setText(e.message());
        m_error->show();
        return false;
    }
    m_error->hide();
    m_session.reloadUsers();
    refresh();
    emit usersChanged();
    return true;
}

void UsersDialog::addUser() {
    User u;
    const bool first = m_users.isEmpty();
    if (first) {
        u.login = m_session.user();
        u.role = Role::Admin;
    }
    if (!m_editor(u, true))
        return;
    store([&] { m_session.users().add(u); });
}

void UsersDialog::editSelected() {
    std::optional<User> u = selected();
    if (!u || !m_editor(*u, false))
        return;
    store([&] { m_session.users().update(*u); });
}

void UsersDialog::deactivateSelected() {
    const std::optional<User> u = selected();
    if (!u)
        return;
    store([&] { m_session.users().deactivate(u->id); });
}
