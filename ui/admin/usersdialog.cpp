#include "usersdialog.h"

#include "usereditdialog.h"

#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, LoginColumn, RoleColumn, ActiveColumn, ColumnCount };
}

UsersDialog::UsersDialog(MunicipalitySession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Toevoegen…"), this))
    , m_edit(new QPushButton(tr("&Wijzigen…"), this))
    , m_deactivate(new QPushButton(tr("&Deactiveren"), this)) {
    setWindowTitle(tr("Gebruikers"));
    m_editor = [this](User& user, bool isNew) {
        UserEditDialog dialog(user, isNew, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        user = dialog.user();
        return true;
    };
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("usersError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { background-color: #fde8e8; color: #7a1010; border: 1px solid "
                                          "#c62828; border-radius: 4px; padding: 4px; }"));
    m_error->setAccessibleName(tr("Melding"));
    m_error->hide();
    m_table->setHorizontalHeaderLabels({tr("Naam"), tr("Inlognaam"), tr("Rol"), tr("Actief")});
    m_table->setAccessibleName(tr("Gebruikers"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    for (QPushButton* b : {m_add, m_edit, m_deactivate})
        b->setAutoDefault(false);
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
    side->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("&Sluiten"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addLayout(middle, 1);
    layout->addWidget(close);
    resize(640, 400);
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
    m_intro->setText(
        m_users.isEmpty()
            ? tr("Dit bestand heeft nog geen gebruikers: iedereen mag alles. Zodra u de eerste gebruiker "
                 "toevoegt, gelden de rollen; die eerste gebruiker wordt altijd beheerder, zodat iemand de "
                 "gebruikers kan blijven beheren.")
            : tr("Wie met dit bestand werkt en in welke rol. De inlognaam is het account waarmee iemand "
                 "zich bij de computer aanmeldt. Gebruikers worden niet verwijderd, alleen "
                 "gedeactiveerd: de audittrail noemt hen."));
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User& u = m_users.at(row);
        const QStringList cells{u.name, u.login, RoleText::label(u.role), u.active ? tr("ja") : tr("nee")};
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
