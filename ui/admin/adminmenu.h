// The Beheer menu of the main window: Gebruikers…, Audittrail…, Bewaartermijn en vernietigen…,
// Inzageverzoek…, Briefsjablonen… (the municipality's own letter templates) and Huislettertype… (the
// font of its letters and PDFs). Each entry is enabled by Permissions
// (the beheerder's, or everybody's on a file without users) and otherwise disabled with the reason as tooltip. Kept out
// of MainWindow so that the window only creates it and tells it the session.
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class CaseNotifier;
class MunicipalitySession;
class QAction;
class QMenu;
class QUndoStack;
class QWidget;

class AdminMenu : public QObject {
    Q_OBJECT
public:
    // Fills menu; dialogs open over window.
    AdminMenu(QMenu* menu, CaseNotifier& notifier, QUndoStack& undo, QWidget* window);

    // The open file's session, nullptr without a file. Updates the entries.
    void setSession(MunicipalitySession* session);
    void updateActions();
    // Folders with copies of the open file besides its default backup folder (the program's setting),
    // for the retention run to reckon with.
    void setBackupFolders(std::function<QStringList()> folders) { m_backupFolders = std::move(folders); }

    QAction* usersAction() const { return m_users; }
    QAction* auditAction() const { return m_audit; }
    QAction* retentionAction() const { return m_retention; }
    QAction* inzageAction() const { return m_inzage; }
    QAction* templatesAction() const { return m_templates; }
    QAction* houseFontAction() const { return m_houseFont; }

    void showUsers();
    void showAudit();
    void showRetention();
    void showInzage();
    void showTemplates();
    void showHouseFont();

signals:
    // Users or roles changed: the window updates its title, actions and open case files.
    void usersChanged();

private:
    QMenu* m_menu;
    CaseNotifier& m_notifier;
    QUndoStack& m_undo;
    QWidget* m_window;
    MunicipalitySession* m_session = nullptr;
    QAction* m_users;
    QAction* m_audit;
    QAction* m_retention;
    QAction* m_inzage;
    QAction* m_templates;
    QAction* m_houseFont;
    std::function<QStringList()> m_backupFolders;
};
