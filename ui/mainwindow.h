// The main window: one municipality at a time, in a file or on a team server (PostgreSQL), worked on the same
// way; what only a file has (its copies, the network-share rules) is disabled on a server with the reason.
// Without a municipality it shows the welcome page;
// with one, a banner strip (read-only, reminders) above tabs: the case list, the Termijnen overview,
// Leren (patterns and measures), the dashboard, and one tab per opened case file. It owns the session,
// the undo stack, the notifier that every view listens to and the feed that feeds colleagues' changes
// into it (several windows and programs write in one file at once). Menus carry every command with its
// shortcut.
#pragma once

#include "casenotifier.h"
#include "shell/serverlogin.h"
#include "storage/serverlocation.h"
#include "users/identification.h"
#include "users/user.h"

#include <QDate>
#include <QMainWindow>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

class BackupActions;
class AdminMenu;
class BannerBar;
class BusyIndicator;
class CaseListWidget;
class Dashboard;
class DeadlineOverviewWidget;
class Clock;
class ExternalChangeFeed;
class IntakeDialog;
class MunicipalitySession;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTimer;
class TeamWork;
class WelcomePage;
class AppSettings;
struct OpenOptions;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a municipality file, or a municipality on a team server (a postgresql:// URL or an .aantafel-server
    // connection file: openServer); shows a clear message and returns false when it cannot.
    bool openFile(const QString& path);
    // The team server the window works on; nullopt for a file (or none).
    const std::optional<ServerLocation>& server() const { return m_server; }
    // How a password for the team server is asked when ~/.pgpass or Kerberos gives none (ServerLogin);
    // tests answer themselves.
    void setPasswordQuestion(ServerLogin::AskPassword ask) { m_askPassword = std::move(ask); }
    void closeFile();
    bool hasFile() const { return m_session != nullptr; }
    MunicipalitySession* session() { return m_session.get(); }
    CaseNotifier& notifier() { return m_notifier; }
    QUndoStack& undoStack() { return m_undo; }
    BannerBar* banners() { return m_banners; }
    BackupActions* backups() { return m_backup; }

    // Opens (or brings forward) the case file of this case.
    void openCase(qint64 caseId);
    // Registers a new case from the intake dialog's result; returns its id, 0 when nothing was stored.
    qint64 registerIntake();
    // An e-mail file (.eml, .msg) dropped on the window: the intake dialog filled in from it, then the case
    // with the message and its attachments as documents (intake/mailintakeflow.h). Returns the new case's
    // id, 0 when nothing was registered. Tests replace how the dialog is run.
    qint64 registerFromMail(const QString& path);
    using IntakeRunner = std::function<bool(IntakeDialog&)>;
    void setIntakeRunner(IntakeRunner runner) { m_runIntake = std::move(runner); }

    // Users and roles. "Wie bent u?": asked after opening a file with users that neither knows the
    // operating-system account nor has it linked; returns the chosen user (and PIN), nullopt to read
    // only. The default shows IdentifyDialog, which claims the user before it closes; tests replace it.
    using Identify = Identification::Ask;
    void setIdentify(Identify identify) { m_identify = std::move(identify); }
    AdminMenu* adminMenu() const { return m_admin; }
    // "Fatima Bakkali · klachtencoördinator" in the status bar.
    QString userText() const;
    // Who else has the file open, as the status bar says it ("Ook geopend door …"); empty when nobody.
    QString presenceText() const;
    // How often colleagues' changes are looked for (ms); tests shorten it. Applies to the next open.
    void setChangeInterval(int ms) { m_changeInterval = ms; }
    ExternalChangeFeed* changeFeed() const;
    // Looks at once at who has the file open and, under the network rules, who writes.
    void checkPresence();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildFileMenu();
    void buildCaseMenu();
    void buildViewMenu();
    void rebuildRecentMenu();
    void showWorkspace();
    void showOwnCasesFirst();
    void updateTitle();
    void updateActions();
    void newFile();
    void chooseAndOpen();
    // "Verbinden met teamserver…": the connection dialog, then the saved connection file is opened.
    void connectToServer();
    // A postgresql:// URL or a .aantafel-server file: signs in (asking for a password when the server wants
    // one that ~/.pgpass does not hold), then opens the municipality there as a file is opened.
    bool openServer(const QString& location);
    // What follows opening, for a file and a server alike: the workspace, the colleagues' changes, the banners.
    void startSession(const QString& where, const OpenOptions& options);
    void updateFileOnlyActions();
    void newIntake();
    void checkDayChange();
    void showReminders();
    void closeCaseTab(int index);
    void showError(const QString& title, const QString& message);
    // After a registration found the file busy past the timeout (nothing stored): try again?
    bool askRetry(const QString& message);
    void showAbout();
    void chooseLanguage(const QString& language);
    void identifyUser();
    // A damaged page was met while reading: read-only from now on, with a banner to restore a copy.
    void damageFound();
    void restoreBackup();
    void rolesChanged();
    void exportReport();
    void toggleNetworkShare(bool on);

    const Clock& m_clock;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MunicipalitySession> m_session;
    std::unique_ptr<BusyIndicator> m_busy; // "Bezig…" while a write waits for another user
    BackupActions* m_backup = nullptr;     // reservekopieën: automatic on open, File menu
    CaseNotifier m_notifier;
    QUndoStack m_undo;
    QDate m_today;

    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcome = nullptr;
    QWidget* m_workspace = nullptr;
    BannerBar* m_banners = nullptr;
    QTabWidget* m_tabs = nullptr;
    CaseListWidget* m_caseList = nullptr;
    DeadlineOverviewWidget* m_overview = nullptr;
    QTabWidget* m_learning = nullptr; // Patronen and Maatregelen
    Dashboard* m_dashboard = nullptr;
    QMenu* m_recentMenu = nullptr;
    QTimer* m_dayTimer = nullptr;
    TeamWork* m_team = nullptr; // colleagues' changes → m_notifier; who else has the file open
    int m_changeInterval = 1500;
    QAction* m_networkShareAction = nullptr;
    QLabel* m_locationLabel = nullptr;
    QLabel* m_presenceLabel = nullptr;
    QList<QAction*> m_fileActions;  // enabled only with a file open
    QList<QAction*> m_writeActions; // enabled only when the file is writable
    QAction* m_intakeAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_backupSettingsAction = nullptr;
    std::optional<ServerLocation> m_server; // the team server of the open session
    ServerLogin::AskPassword m_askPassword;
    AdminMenu* m_admin = nullptr;
    QLabel* m_userLabel = nullptr;
    Identify m_identify;
    IntakeRunner m_runIntake;
};
