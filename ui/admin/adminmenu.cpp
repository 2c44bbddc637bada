#include "adminmenu.h"

#include "auditview.h"
#include "housefontdialog.h"
#include "inzagedialog.h"
#include "letters/templateeditor.h"
#include "retentiondialog.h"
#include "usersdialog.h"

#include "casenotifier.h"
#include "session/municipalitysession.h"
#include "users/permissiongate.h"

#include <QMenu>
#include <QUndoStack>

AdminMenu::AdminMenu(QMenu* menu, CaseNotifier& notifier, QUndoStack& undo, QWidget* window)
    : QObject(window)
    , m_menu(menu)
    , m_notifier(notifier)
    , m_undo(undo)
    , m_window(window) {
    m_users = menu->addAction(tr("&Gebruikers…"), this, &AdminMenu::showUsers);
    m_audit = menu->addAction(tr("&Audittrail…"), this, &AdminMenu::showAudit);
    m_retention = menu->addAction(tr("&Bewaartermijn en vernietigen…"), this, &AdminMenu::showRetention);
    m_inzage = menu->addAction(tr("&Inzageverzoek…"), this, &AdminMenu::showInzage);
    menu->addSeparator();
    m_templates = menu->addAction(tr("Brief&sjablonen…"), this, &AdminMenu::showTemplates);
    m_houseFont = menu->addAction(tr("&Huislettertype…"), this, &AdminMenu::showHouseFont);
    // Tooltips of disabled entries are the explanation: show them in the menu.
    menu->setToolTipsVisible(true);
    updateActions();
}

void AdminMenu::setSession(MunicipalitySession* session) {
    m_session = session;
    updateActions();
}

void AdminMenu::updateActions() {
    const struct {
        QAction* action;
        Action what;
    } entries[] = {{m_users, Action::ManageUsers},         {m_audit, Action::ViewAudit},
                   {m_retention, Action::ManageRetention}, {m_inzage, Action::Inzage},
                   {m_templates, Action::ManageTemplates}, {m_houseFont, Action::ManageSettings}};
    for (const auto& e : entries) {
        if (!m_session)
            e.action->setEnabled(false);
        else
            PermissionGate::apply(e.action, m_session->permissions().check(e.what));
    }
}

void AdminMenu::showUsers() {
    if (!m_session ||
        !PermissionGate::ask(m_window, m_session->permissions().check(Action::ManageUsers), tr("Gebruikers")))
        return;
    UsersDialog dialog(*m_session, m_window);
    connect(&dialog, &UsersDialog::usersChanged, this, &AdminMenu::usersChanged);
    dialog.exec();
    updateActions();
}

void AdminMenu::showAudit() {
    if (!m_session ||
        !PermissionGate::ask(m_window, m_session->permissions().check(Action::ViewAudit), tr("Audittrail")))
        return;
    AuditView view(*m_session, m_window);
    view.exec();
}

void AdminMenu::showRetention() {
    if (!m_session || !PermissionGate::ask(m_window, m_session->permissions().check(Action::ManageRetention),
                                           tr("Bewaartermijn en vernietigen")))
        return;
    RetentionDialog dialog(*m_session, m_notifier, m_window);
    if (m_backupFolders)
        dialog.setBackupFolders(m_backupFolders());
    dialog.exec();
    // The undo history holds the removed text (and steps on cases that are gone): it goes too.
    if (dialog.erased())
        m_undo.clear();
}

void AdminMenu::showInzage() {
    if (!m_session ||
        !PermissionGate::ask(m_window, m_session->permissions().check(Action::Inzage), tr("Inzageverzoek")))
        return;
    InzageDialog dialog(*m_session, m_window);
    dialog.exec();
}

void AdminMenu::showTemplates() {
    if (!m_session ||
        !PermissionGate::ask(m_window, m_session->permissions().check(Action::ManageTemplates), tr("Briefsjablonen")))
        return;
    TemplateEditor editor(*m_session, m_window);
    editor.exec();
}

void AdminMenu::showHouseFont() {
    if (!m_session ||
        !PermissionGate::ask(m_window, m_session->permissions().check(Action::ManageSettings), tr("Huislettertype")))
        return;
    HouseFontDialog dialog(*m_session, m_notifier, m_window);
    dialog.exec();
}
