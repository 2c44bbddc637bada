#include "mainwindow.h"

#include "admin/adminmenu.h"
#include "audit/audittrail.h"
#include "backup/backupactions.h"
#include "casefile/casefilewidget.h"
#include "caselist/caselistwidget.h"
#include "commands/casecommandcontext.h"
#include "commands/casecommands.h"
#include "domain/clock.h"
#include "import/importdialog.h"
#include "intake/intakedialog.h"
#include "intake/mailintakeflow.h"
#include "learning/measuresoverview.h"
#include "learning/patternsview.h"
#include "overview/deadlineoverviewwidget.h"
#include "report/dashboard.h"
#include "report/reportexportdialog.h"
#include "safety/busyindicator.h"
#include "session/municipalitysession.h"
#include "shell/appsettings.h"
#include "shell/bannerbar.h"
#include "shell/municipalitywizard.h"
#include "shell/recentplace.h"
#include "shell/serverconnectdialog.h"
#include "shell/serverlogin.h"
#include "shell/teamwork.h"
#include "shell/welcomepage.h"
#include "storage/fileaccess.h"
#include "storage/municipalityfile.h"
#include "storage/serverlocation.h"
#include "storage/storageerror.h"
#include "storage/storagelocation.h"
#include "users/identifydialog.h"
#include "users/identity.h"
#include "users/permissiongate.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QString RemindersBanner = QStringLiteral("reminders");
const QString BackupBanner = QStringLiteral("backup");
const QString GuestBanner = QStringLiteral("guest");
const QString DamagedBanner = QStringLiteral("damaged");
const QString RestoredBanner = QStringLiteral("restored");
constexpr int FixedTabs = 4; // Zaken, Termijnen, Leren and Dashboard; case files come after them

class Texts {
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    static QString networkShareTip() {
        return tr("Eén persoon tegelijk wijzigt, zonder schrijflogboek; voor een bestand op een netwerkschijf die niet "
                  "als zodanig wordt herkend.");
    }
};

} // namespace

MainWindow::MainWindow(const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_settings(std::make_unique<AppSettings>())
    , m_today(clock.today()) {
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    setAcceptDrops(true); // e-mails dropped on the window become new cases (registerFromMail)
    m_runIntake = [](IntakeDialog& dialog) { return dialog.exec() == QDialog::Accepted; };
    m_askPassword = [this](const ServerLocation& at, const QString& reason) {
        return ServerLogin::askPassword(this, at, reason);
    };
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newFile);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePage::serverRequested, this, &MainWindow::connectToServer);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);
    m_identify = [this](const QString& account, const QList<User>& users) -> std::optional<Identification::Claim> {
        IdentifyDialog dialog(account, users, this);
        // The choice is checked (and the account linked) before the dialog closes: a wrong PIN can be
        // typed again.
        dialog.setVerify([this](const User& user, const QString& pin) {
            try {
                return Identity::claim(*m_session, user, pin);
            } catch (const StorageError& e) {
                return Permission::refuse(e.message());
            }
        });
        dialog.exec();
        if (const std::optional<User> chosen = dialog.chosen())
            return Identification::Claim{*chosen, dialog.pin()};
        return std::nullopt;
    };
    // Where the register is, as a normal widget: a temporary message (a backup made, a case registered) covers it
    // while it shows and then gives the place back, instead of leaving the bar empty.
    m_locationLabel = new QLabel(this);
    m_locationLabel->setObjectName(QStringLiteral("locationLabel"));
    m_locationLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long path never widens the window
    statusBar()->addWidget(m_locationLabel, 1);
    m_presenceLabel = new QLabel(this);
    m_presenceLabel->setObjectName(QStringLiteral("presenceLabel"));
    m_presenceLabel->setContentsMargins(0, 0, 8, 0);
    statusBar()->addPermanentWidget(m_presenceLabel);
    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(separator);
    m_userLabel = new QLabel(this);
    m_userLabel->setAccessibleName(tr("Gebruiker en rol"));
    statusBar()->addPermanentWidget(m_userLabel);

    m_backup = new BackupActions(*m_settings, this);
    connect(m_backup, &BackupActions::status, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_backup, &BackupActions::failed, this, &MainWindow::showError);
    connect(m_backup, &BackupActions::automaticFinished, this, [this](const QString&, const QString& error) {
        if (!error.isEmpty() && m_banners)
            m_banners->show(BackupBanner, BannerBar::Tone::Warning,
                            tr("De automatische reservekopie is niet gemaakt: %1").arg(error));
    });
    connect(m_backup, &BackupActions::restoredWithRetention, this, [this](const QString& text) {
        if (m_banners)
            m_banners->show(RestoredBanner, BannerBar::Tone::Information, text);
    });
    // The automatic copy found the file damaged: as damage met while reading.
    connect(m_backup, &BackupActions::damageFound, this, [this] {
        if (m_session)
            m_session->database().markDamaged();
    });
    buildMenus();
    // An undo or redo that cannot be carried out (someone else changed the case meanwhile) says so.
    connect(&CaseCommandContext::of(m_undo), &CaseCommandContext::failed, this,
            [this](const QString& what, const QString& why) { showError(what, why); });
    m_welcome->setRecentFiles(m_settings->recentFiles());
    updateTitle();
    updateActions();

    // Deadlines depend on the date: when the program stays open overnight, everything recomputes.
    m_dayTimer = new QTimer(this);
    m_dayTimer->setInterval(60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, &MainWindow::checkDayChange);
    m_dayTimer->start();

    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings->windowState());
}

MainWindow::~MainWindow() {
    closeFile();
}

void MainWindow::buildMenus() {
    buildFileMenu();
    QMenu* edit = menuBar()->addMenu(tr("Be&werken"));
    QAction* undo = m_undo.createUndoAction(this, tr("&Ongedaan maken"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo.createRedoAction(this, tr("O&pnieuw"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    buildCaseMenu();
    buildViewMenu();

    m_admin = new AdminMenu(menuBar()->addMenu(tr("Behee&r")), m_notifier, m_undo, this);
    connect(m_admin, &AdminMenu::usersChanged, this, &MainWindow::rolesChanged);
    m_admin->setBackupFolders([this] {
        // A team server keeps no copies of its own beside the program (its backups are pg_dump's).
        if (!m_session || m_server)
            return QStringList{};
        return QStringList{m_backup->directoryFor(m_session->database().path())};
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Over Aan Tafel"), this, &MainWindow::showAbout);
    help->addAction(tr("Over &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&Bestand"));
    // Tooltips of disabled entries are the explanation (on a team server: what only a file has).
    file->setToolTipsVisible(true);
    QAction* create = file->addAction(tr("&Nieuw gemeentebestand…"), this, &MainWindow::newFile);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = file->addAction(tr("&Openen…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    QAction* server = file->addAction(tr("&Verbinden met teamserver…"), this, &MainWindow::connectToServer);
    server->setObjectName(QStringLiteral("connectToServer"));
    m_recentMenu = file->addMenu(tr("&Recente bestanden"));
    rebuildRecentMenu();
    QAction* importCsv = file->addAction(tr("&Importeren uit CSV…"), this, [this] {
        if (!m_session || m_session->database().isReadOnly())
            return;
        // Importing registers cases: said before the dialog, not after the mapping is made.
        if (!PermissionGate::ask(this, m_session->permissions().check(Action::RegisterCase), tr("Importeren")))
            return;
        ImportDialog dialog(*m_session, m_notifier, m_undo, this);
        dialog.exec();
    });
    m_writeActions << importCsv;
    m_importAction = importCsv;
    QAction* close = file->addAction(tr("Bestand &sluiten"), this, &MainWindow::closeFile);
    m_fileActions << close;
    file->addSeparator();
    QAction* backup = file->addAction(tr("Reservekopie &maken…"), this, [this] {
        if (m_session)
            m_backup->backupNow(*m_session);
    });
    QAction* restore = file->addAction(tr("Reservekopie &terugzetten…"), this, &MainWindow::restoreBackup);
    m_fileActions << backup << restore;
    m_backupAction = backup;
    m_restoreAction = restore;
    m_backupSettingsAction = file->addAction(tr("Reservekopieën &instellen…"), m_backup, &BackupActions::configure);
    // Per file, on this computer: a share that is not recognised as one (or an IT department's wish).
    m_networkShareAction = file->addAction(tr("Behandelen als bestand op een &netwerkschijf"));
    m_networkShareAction->setCheckable(true);
    m_networkShareAction->setToolTip(Texts::networkShareTip());
    connect(m_networkShareAction, &QAction::triggered, this, &MainWindow::toggleNetworkShare);
    m_fileActions << m_networkShareAction;
    QAction* report = file->addAction(tr("&Jaarverslag exporteren…"), this, &MainWindow::exportReport);
    m_fileActions << report;
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Afsluiten"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::buildCaseMenu() {
    QMenu* cases = menuBar()->addMenu(tr("&Zaak"));
    QAction* intake = cases->addAction(tr("&Nieuwe melding…"), this, &MainWindow::newIntake);
    intake->setShortcut(QKeySequence::New);
    m_fileActions << intake;
    m_writeActions << intake;
    m_intakeAction = intake;
    QAction* search = cases->addAction(tr("&Zoeken"), this, [this] {
        if (m_caseList) {
            m_tabs->setCurrentWidget(m_caseList);
            m_caseList->focusSearch();
        }
    });
    search->setShortcut(QKeySequence::Find);
    m_fileActions << search;
    // Ctrl+L belongs to the case file itself (its Brief… button); the menu entry is for finding it.
    QAction* letter = cases->addAction(tr("&Brief schrijven…"), this, [this] {
        if (auto* caseFile = m_tabs ? qobject_cast<CaseFileWidget*>(m_tabs->currentWidget()) : nullptr)
            caseFile->writeLetter();
    });
    m_fileActions << letter;
    QAction* closeTab = cases->addAction(tr("Zaak s&luiten"), this, [this] {
        if (m_tabs)
            closeCaseTab(m_tabs->currentIndex());
    });
    closeTab->setShortcut(QKeySequence::Close);
    m_fileActions << closeTab;
}

// The four tabs by Ctrl+1 … Ctrl+4, and the language.
void MainWindow::buildViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&Beeld"));
    const QString tabs[] = {tr("&Zaken"), tr("&Termijnen"), tr("&Leren"), tr("&Dashboard")};
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    for (int index = 0; index < 4; ++index) {
        QAction* tab = view->addAction(tabs[index], this, [this, index] {
            if (m_tabs)
                m_tabs->setCurrentIndex(index);
        });
        tab->setShortcut(QKeySequence(Qt::CTRL | keys[index]));
        m_fileActions << tab;
    }
    QMenu* language = view->addMenu(tr("T&aal"));
    auto* languages = new QActionGroup(this);
    for (const auto& [code, name] : {std::pair{QStringLiteral("nl"), QStringLiteral("Nederlands")},
                                     {QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = language->addAction(name, this, [this, code = code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(m_settings->language() == code);
        languages->addAction(a);
    }
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        const RecentPlace place(path); // a file, or a team server by URL or connection file
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(place.name()), this,
                                             [this, path] { openFile(path); });
        a->setToolTip(path);
        a->setEnabled(place.available());
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::openFile(const QString& path) {
    if (ServerLocation::isServerLocation(path))
        return openServer(path);
    closeFile();
    OpenOptions options;
    // Several programs write side by side; only under the network-share rules may another be the one
    // writer, and then this window reads (TeamWork's banner says who writes).
    options.readOnlyWhenTaken = true;
    options.user = MunicipalitySession::operatingSystemUser();
    try {
        m_session = std::make_unique<MunicipalitySession>(Database::open(path, options), m_clock,
                                                          MunicipalitySession::operatingSystemUser());
    } catch (const StorageError& e) {
        showError(tr("Bestand niet geopend"), e.message());
        m_settings->addRecentFile(path);
        return false;
    }
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    startSession(path, options);
    return true;
}

bool MainWindow::openServer(const QString& where) {
    ServerLocation location;
    try {
        location = ServerLocation::parse(where);
    } catch (const StorageError& e) {
        showError(tr("Teamserver niet geopend"), e.message());
        return false;
    }
    // The login first (a password asked when ~/.pgpass or Kerberos gives none); it is remembered in this
    // process only, for the session's own connection below.
    bool cancelled = false;
    const ServerProbe::Result result = ServerLogin::connect(location, m_askPassword, &ServerProbe::run, &cancelled);
    if (cancelled)
        return false;
    if (!result.connected || !result.municipality) {
        showError(tr("Teamserver niet geopend"), result.message);
        return false;
    }
    closeFile();
    OpenOptions options;
    try {
        m_session = std::make_unique<MunicipalitySession>(Database::openServer(location, options), m_clock,
                                                          MunicipalitySession::operatingSystemUser());
    } catch (const StorageError& e) {
        m_session.reset();
        showError(tr("Teamserver niet geopend"), e.message());
        return false;
    }
    m_server = location;
    if (QFileInfo(where).isFile())
        m_settings->setLastDirectory(QFileInfo(where).absolutePath());
    startSession(where, options);
    return true;
}

void MainWindow::startSession(const QString& where, const OpenOptions& options) {
    // Queued: damage is met deep inside a view's read; the window reacts once that has unwound.
    m_session->database().setDamageHandler(
        [this] { QMetaObject::invokeMethod(this, &MainWindow::damageFound, Qt::QueuedConnection); });
    const bool readOnly = m_session->database().isReadOnly();
    const bool server = m_session->database().isServer();
    // The place as it was opened: a file, a server's URL or its connection file opens again from the list.
    m_settings->addRecentFile(where);
    rebuildRecentMenu();
    identifyUser(); // the account's own or linked user; "Wie bent u?" only on a writable file
    showWorkspace();
    if (!readOnly) {
        m_busy = std::make_unique<BusyIndicator>(m_session->database(), options.busyTimeoutMs, statusBar());
        // The team server is backed up by the server itself (pg_dump, the IT department's job).
        if (!server)
            m_backup->startAutomatic(where);
    }
    m_team = new TeamWork(*m_session, m_notifier, *m_banners, *m_presenceLabel, m_changeInterval, this);
    connect(m_team, &TeamWork::usersChanged, this, &MainWindow::rolesChanged);
    connect(m_team, &TeamWork::settingsChanged, this, &MainWindow::updateTitle);
    connect(m_team, &TeamWork::applied, this, &MainWindow::showReminders);
    connect(m_team, &TeamWork::reopenRequested, this, [this, where] {
        // Not from inside the banner's own signal: reopening deletes the banner.
        QTimer::singleShot(0, this, [this, where] { openFile(where); });
    });
    m_team->start();
    if (!readOnly && m_session->hasUsers() && !m_session->currentUser()) {
        m_banners->show(GuestBanner, BannerBar::Tone::Warning,
                        server ? tr("Uw login %1 staat niet als gebruiker op deze teamserver; u kunt alleen lezen. "
                                    "Een beheerder kan u toevoegen via Beheer ▸ Gebruikers.")
                                     .arg(m_session->user())
                               : tr("U staat niet als gebruiker in dit bestand en kunt alleen lezen. Een beheerder kan "
                                    "u toevoegen via Beheer ▸ Gebruikers."));
    }
    updateTitle();
    updateActions();
    // After the first paint: the list is there at once, the reminder follows.
    QTimer::singleShot(0, this, &MainWindow::showReminders);
}

ExternalChangeFeed* MainWindow::changeFeed() const {
    return m_team ? m_team->feed() : nullptr;
}

void MainWindow::checkPresence() {
    if (m_team)
        m_team->checkPresence();
}

QString MainWindow::presenceText() const {
    return m_team ? m_team->presenceText() : QString();
}

void MainWindow::toggleNetworkShare(bool on) {
    if (!m_session || m_server)
        return;
    const QString path = m_session->database().path();
    StorageLocation::setForced(path, on ? std::optional<bool>(true) : std::nullopt);
    // The rules are chosen when the file is opened; the automatic copy still reading it would keep
    // its journal from being switched.
    m_backup->waitForAutomatic();
    if (openFile(path) || !on)
        return;
    // Refused under the network rules (the message said why): back to how it was.
    StorageLocation::setForced(path, std::nullopt);
    openFile(path);
}

void MainWindow::showReminders() {
    if (!m_session || !m_banners)
        return;
    OverviewFilter mine;
    mine.handler = m_session->user();
    Overview overview;
    try {
        overview = DeadlineOverview(*m_session).compute(mine);
    } catch (const StorageError&) {
        return; // the Termijnen tab shows the problem; a reminder is no place for it
    }
    const int overdue = overview.count(UrgencyGroup::Overdue);
    const int today = overview.count(UrgencyGroup::Today);
    if (overdue == 0 && today == 0) {
        m_banners->hide(RemindersBanner);
        return;
    }
    QStringList parts;
    if (overdue > 0)
        parts << tr("%n termijn/termijnen te laat", nullptr, overdue);
    if (today > 0)
        parts << tr("%n termijn/termijnen die vandaag verloopt/verlopen", nullptr, today);
    m_banners->show(RemindersBanner, overdue > 0 ? BannerBar::Tone::Attention : BannerBar::Tone::Warning,
                    tr("U heeft %1.").arg(QLocale().createSeparatedList(parts)), tr("Be&kijken"));
}

void MainWindow::showWorkspace() {
    m_workspace = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(6, 6, 6, 6);
    m_banners = new BannerBar(m_workspace);
    m_banners->setVisible(false);
    layout->addWidget(m_banners);
    m_tabs = new QTabWidget(m_workspace);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setAccessibleName(tr("Werkruimte"));
    layout->addWidget(m_tabs, 1);
    m_caseList = new CaseListWidget(*m_session, m_notifier, m_tabs);
    m_tabs->addTab(m_caseList, tr("Zaken"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    connect(m_caseList, &CaseListWidget::caseActivated, this, &MainWindow::openCase);
    showOwnCasesFirst();
    m_overview = new DeadlineOverviewWidget(*m_session, m_notifier, m_undo, m_tabs);
    m_tabs->addTab(m_overview, tr("Termijnen"));
    m_tabs->tabBar()->setTabButton(1, QTabBar::RightSide, nullptr);
    connect(m_overview, &DeadlineOverviewWidget::caseActivated, this, &MainWindow::openCase);
    m_learning = new QTabWidget(m_tabs);
    m_learning->setObjectName(QStringLiteral("learningTabs"));
    m_learning->setAccessibleName(tr("Leren"));
    m_learning->addTab(new PatternsView(*m_session, m_notifier, m_undo, m_learning), tr("&Patronen"));
    m_learning->addTab(new MeasuresOverview(*m_session, m_notifier, m_undo, m_learning), tr("&Maatregelen"));
    m_tabs->addTab(m_learning, tr("Leren"));
    m_tabs->tabBar()->setTabButton(2, QTabBar::RightSide, nullptr);
    m_dashboard = new Dashboard(*m_session, m_notifier, m_tabs);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->tabBar()->setTabButton(3, QTabBar::RightSide, nullptr);
    // A klachtencoördinator watches every deadline: he starts on the Termijnen tab.
    if (m_session->currentUser() && m_session->currentUser()->role == Role::Coordinator)
        m_tabs->setCurrentWidget(m_overview);
    connect(m_banners, &BannerBar::actionTriggered, this, [this](const QString& key) {
        if (key == RemindersBanner) {
            m_overview->showHandler(m_session->user());
            m_tabs->setCurrentWidget(m_overview);
        } else if (key == DamagedBanner) {
            // Queued: the restore closes the workspace that holds this banner.
            QMetaObject::invokeMethod(this, &MainWindow::restoreBackup, Qt::QueuedConnection);
        }
    });
    connect(&m_notifier, &CaseNotifier::dayChanged, this, &MainWindow::showReminders);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeCaseTab);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    const QString location = QDir::toNativeSeparators(m_session->database().path());
    m_locationLabel->setText(location);
    m_locationLabel->setToolTip(location);
}

void MainWindow::showOwnCasesFirst() {
    // A handler starts with his own open cases; someone without cases of his own sees them all.
    CaseFilter own;
    own.handler = m_session->user();
    own.openOnly = true;
    try {
        if (m_session->cases().count(own) == 0)
            return;
    } catch (const StorageError&) {
        return;
    }
    CaseSelection mine;
    mine.mine = true;
    mine.openOnly = true;
    m_caseList->setFilter(mine);
}

void MainWindow::closeFile() {
    if (!m_session)
        return;
    m_undo.clear();
    delete m_team; // before the session it reads and the banners it shows
    m_team = nullptr;
    if (m_workspace) {
        m_stack->removeWidget(m_workspace);
        delete m_workspace; // views first: they refer to the session
        m_workspace = nullptr;
        m_tabs = nullptr;
        m_banners = nullptr;
        m_caseList = nullptr;
        m_overview = nullptr;
        m_learning = nullptr;
        m_dashboard = nullptr;
    }
    m_busy.reset(); // before the connection it watches
    m_session.reset();
    m_server.reset();
    m_welcome->setRecentFiles(m_settings->recentFiles());
    m_stack->setCurrentWidget(m_welcome);
    statusBar()->clearMessage();
    m_locationLabel->clear();
    m_locationLabel->setToolTip({});
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle() {
    if (!m_session) {
        setWindowTitle(tr("Aan Tafel"));
        return;
    }
    const QString name = m_session->settings().name;
    // A file by its name; a team server by its database and host ("klachten op db.gemeente.local").
    const QString file = m_server ? tr("teamserver %1").arg(RecentPlace::serverName(*m_server))
                                  : QFileInfo(m_session->database().path()).fileName();
    const QString shown = name.isEmpty() ? file : name;
    if (m_session->database().isDamaged())
        setWindowTitle(tr("%1 (%2) [beschadigd, alleen lezen] — Aan Tafel").arg(shown, file));
    else if (m_session->database().isReadOnly())
        setWindowTitle(tr("%1 (%2) [alleen lezen] — Aan Tafel").arg(shown, file));
    else
        setWindowTitle(tr("%1 (%2) — Aan Tafel").arg(shown, file));
}

void MainWindow::updateFileOnlyActions() {
    // What only a municipality file has — copies beside it, a restore over it, the network-share rules — is
    // disabled on a team server with the reason as tooltip; "Reservekopie maken…" writes a municipality
    // file from the server instead (BackupActions::backupNow).
    const bool server = m_server.has_value();
    const QString serverBackups =
        tr("De teamserver wordt niet door dit programma gekopieerd: de ICT-afdeling maakt de reservekopieën van de "
           "server (pg_dump) en zet ze zo nodig terug.");
    m_backupAction->setToolTip(server ? tr("Schrijft een gemeentebestand met alles wat op de teamserver staat, "
                                           "bijvoorbeeld om mee te nemen. %1")
                                            .arg(serverBackups)
                                      : QString());
    m_backupSettingsAction->setEnabled(!server);
    m_backupSettingsAction->setToolTip(server ? serverBackups : QString());
    if (server) {
        m_restoreAction->setEnabled(false);
        m_restoreAction->setToolTip(serverBackups);
        m_networkShareAction->setEnabled(false);
        m_networkShareAction->setToolTip(tr("Alleen voor een gemeentebestand: op de teamserver wijzigen collega's "
                                            "tegelijk, zonder netwerkschijf."));
    } else {
        m_networkShareAction->setToolTip(Texts::networkShareTip());
    }
}

void MainWindow::updateActions() {
    const bool writable = m_session && !m_session->database().isReadOnly();
    for (QAction* a : std::as_const(m_fileActions))
        a->setEnabled(m_session != nullptr);
    for (QAction* a : std::as_const(m_writeActions))
        a->setEnabled(writable);
    if (m_session) {
        PermissionGate::apply(m_intakeAction, m_session->permissions().check(Action::RegisterCase), writable);
        PermissionGate::apply(m_importAction, m_session->permissions().check(Action::RegisterCase), writable);
        // A damaged file is exactly what a restore is for, so it stays possible when damage made the
        // file read-only; another program holding the file makes the restore itself refuse.
        PermissionGate::apply(m_restoreAction, m_session->permissions().check(Action::Restore),
                              writable || m_session->database().isDamaged());
    } else {
        m_restoreAction->setEnabled(false);
    }
    m_networkShareAction->setChecked(m_session && !m_server &&
                                     StorageLocation::forcedFor(m_session->database().path()) == true);
    updateFileOnlyActions();
    m_admin->setSession(m_session.get());
    m_userLabel->setText(userText());
}

QString MainWindow::userText() const {
    return m_session ? Identification::describe(*m_session) : QString();
}

void MainWindow::identifyUser() {
    if (const QString error = Identification::identify(*m_session, m_identify); !error.isEmpty())
        showError(tr("Niet aangemeld"), error);
    if (m_team)
        m_team->userIdentified();
}

void MainWindow::damageFound() {
    if (!m_session || !m_banners)
        return;
    m_banners->hide(TeamWork::ReadOnlyBanner);
    m_banners->show(DamagedBanner, BannerBar::Tone::Attention,
                    tr("Dit bestand is beschadigd: bij het lezen is een beschadigd deel gevonden. Het is nu alleen te "
                       "lezen, zodat er niets verloren gaat. Zet een reservekopie terug (Bestand ▸ Reservekopie "
                       "terugzetten)."),
                    tr("Reservekopie &terugzetten…"));
    updateTitle();
    updateActions();
}

void MainWindow::restoreBackup() {
    if (!m_session || m_server)
        return;
    if (!PermissionGate::ask(this, m_session->permissions().check(Action::Restore), tr("Reservekopie terugzetten")))
        return;
    m_backup->setAccount(m_session->user());
    m_backup->restore(
        m_session->database().path(), [this] { closeFile(); }, [this](const QString& path) { return openFile(path); });
}

void MainWindow::rolesChanged() {
    if (!m_session)
        return;
    if (m_banners && (m_session->currentUser() || !m_session->hasUsers()))
        m_banners->hide(GuestBanner);
    updateActions();
    // Open case files and the overview ask the permissions anew.
    emit m_notifier.casesReset();
}

void MainWindow::newFile() {
    MunicipalityWizard wizard(m_settings->lastDirectory(), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const QString path = wizard.filePath();
    try {
        MunicipalityFile::create(path, wizard.settings(), MunicipalitySession::operatingSystemUser());
    } catch (const StorageError& e) {
        showError(tr("Bestand niet aangemaakt"), e.message());
        return;
    }
    openFile(path);
}

void MainWindow::chooseAndOpen() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Gemeentebestand openen"), m_settings->lastDirectory(),
        tr("Aan Tafel-bestanden en teamserververbindingen (*.aantafel *.aantafel-server);;Alle bestanden (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::connectToServer() {
    ServerConnectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.savedPath().isEmpty())
        openFile(dialog.savedPath());
}

void MainWindow::newIntake() {
    if (const qint64 id = registerIntake())
        openCase(id);
}

qint64 MainWindow::registerIntake() {
    if (!m_session || m_session->database().isReadOnly())
        return 0;
    // Said before the dialog, not after the handler has typed the whole complaint.
    if (!PermissionGate::ask(this, m_session->permissions().check(Action::RegisterCase), tr("Nieuwe melding")))
        return 0;
    IntakeDialog dialog(*m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    Case c = dialog.result();
    // A colleague may keep the file busy past the timeout; then nothing is stored and the handler can
    // try again without typing the call in anew.
    for (bool stored = false; !stored;) {
        try {
            // One undo step: the registration and the move to Oplossen that follows it at once.
            m_undo.beginMacro(tr("Nieuwe melding registreren"));
            CaseCommands::create(m_undo, *m_session, m_notifier, c, dialog.committeeReason());
            CaseCommands::transition(m_undo, *m_session, m_notifier, c,
                                     TransitionRequest::of(WorkflowAction::StartInformal, c.received));
            if (dialog.firstContactMadeNow())
                CaseCommands::transition(m_undo, *m_session, m_notifier, c,
                                         TransitionRequest::of(WorkflowAction::RecordFirstContact));
            m_undo.endMacro();
            stored = true;
        } catch (const StorageError& e) {
            m_undo.endMacro();
            if (e.kind() == StorageError::Kind::Locked && c.id == 0 && askRetry(e.message()))
                continue;
            showError(tr("Melding niet opgeslagen"), e.message());
            return 0;
        }
    }
    statusBar()->showMessage(tr("%1 geregistreerd").arg(c.reference), 5000);
    return c.id;
}

namespace {

QStringList droppedMail(const QMimeData* data) {
    QStringList paths;
    if (data && data->hasUrls()) {
        for (const QUrl& url : data->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
    }
    return MailIntakeFlow::mailFiles(paths);
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (m_session && !droppedMail(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QStringList mails = droppedMail(event->mimeData());
    if (!m_session || mails.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    // One message, one complaint: each dropped message opens its own intake.
    for (const QString& path : mails) {
        if (const qint64 id = registerFromMail(path))
            openCase(id);
    }
}

qint64 MainWindow::registerFromMail(const QString& path) {
    if (!m_session)
        return 0;
    const qint64 id = MailIntakeFlow::registerFromFile(
        this, *m_session, m_notifier, path, m_runIntake,
        [this](const QString& title, const QString& message) { showError(title, message); });
    if (id)
        statusBar()->showMessage(tr("%1 geregistreerd uit een e-mail").arg(m_session->cases().load(id).reference),
                                 5000);
    return id;
}

void MainWindow::openCase(qint64 caseId) {
    if (!m_tabs)
        return;
    for (int i = FixedTabs; i < m_tabs->count(); ++i) {
        auto* open = qobject_cast<CaseFileWidget*>(m_tabs->widget(i));
        if (open && open->caseId() == caseId) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    try {
        const Case c = m_session->cases().load(caseId);
        // Who viewed what: every opening of a case file is in the audit trail.
        AuditTrail(m_session->database()).recordView(m_clock.now(), m_session->user(), caseId);
        auto* file = new CaseFileWidget(*m_session, m_notifier, m_undo, caseId, m_tabs);
        const int index = m_tabs->addTab(file, c.reference);
        // The tab follows the case: a reference can change when a registration is undone and redone.
        connect(file, &CaseFileWidget::titleChanged, this, [this, file](const QString& title) {
            if (m_tabs)
                m_tabs->setTabText(m_tabs->indexOf(file), title);
        });
        m_tabs->setTabToolTip(index, c.anonymous ? tr("Anonieme klager") : c.klager.name);
        m_tabs->setCurrentIndex(index);
    } catch (const StorageError& e) {
        showError(tr("Zaak niet geopend"), e.message());
    }
}

void MainWindow::closeCaseTab(int index) {
    if (!m_tabs || index < FixedTabs)
        return;
    QWidget* w = m_tabs->widget(index);
    m_tabs->removeTab(index);
    w->deleteLater();
}

void MainWindow::checkDayChange() {
    const QDate today = m_clock.today();
    if (today == m_today)
        return;
    m_today = today;
    emit m_notifier.dayChanged();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_settings->setWindowLayout(saveGeometry(), saveState());
    closeFile();
    event->accept();
}

bool MainWindow::askRetry(const QString& message) {
    QMessageBox box(QMessageBox::Warning, tr("Melding niet opgeslagen"),
                    message + u"\n\n" + tr("Wat u hebt ingevuld, is bewaard. Nu opnieuw proberen?"),
                    QMessageBox::NoButton, this);
    QPushButton* retry = box.addButton(tr("&Opnieuw proberen"), QMessageBox::AcceptRole);
    box.addButton(tr("Melding &laten vervallen"), QMessageBox::RejectRole);
    box.setDefaultButton(retry);
    box.exec();
    return box.clickedButton() == retry;
}

void MainWindow::showError(const QString& title, const QString& message) {
    QMessageBox::warning(this, title, message);
}

void MainWindow::chooseLanguage(const QString& language) {
    if (language == m_settings->language())
        return;
    m_settings->setLanguage(language);
    QMessageBox::information(this, tr("Taal"),
                             tr("De nieuwe taal wordt gebruikt zodra u Aan Tafel opnieuw start.\n"
                                "The new language is used when you restart Aan Tafel."));
}

void MainWindow::exportReport() {
    if (!m_session)
        return;
    ReportExportDialog dialog(*m_session, this);
    if (m_dashboard)
        dialog.setYear(m_dashboard->year());
    dialog.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("Over Aan Tafel"),
                       tr("<h3>Aan Tafel %1</h3><p>Klachtbehandeling voor gemeenten: eerst samen oplossen, zo nodig "
                          "een standpunt, altijd ervan leren (hoofdstuk 9 Awb).</p><p>Uitgegeven onder de GNU General "
                          "Public License, versie 3 of later. Zonder enige garantie.</p>")
                           .arg(QStringLiteral(AANTAFEL_VERSION)));
}
