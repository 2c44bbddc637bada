// The main window on a team server (PostgreSQL): opened by its URL or connection file exactly as a user opens
// it (the login, then the municipality), it shows the case list, a case file, Termijnen, Leren and the
// dashboard; a case registered through the intake dialog is stored on the server; a colleague's change (another
// connection) appears without a refresh; what only a file has is disabled with the reason. Needs the test
// cluster (AANTAFEL_TEST_POSTGRESQL); skipped without it.
#include "server/servertestsupport.h"
#include "uitestsupport.h"

#include "casebuilder.h"

#include "admin/adminmenu.h"
#include "admin/usersdialog.h"
#include "backup/backupactions.h"
#include "casefile/casefilewidget.h"
#include "caselist/caselistwidget.h"
#include "casenotifier.h"
#include "domain/clock.h"
#include "intake/intakedialog.h"
#include "mainwindow.h"
#include "overview/deadlineoverviewwidget.h"
#include "safety/conflictdialog.h"
#include "session/externalchangefeed.h"
#include "session/municipalitysession.h"
#include "shell/appsettings.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace {

// A municipality on the test cluster with a beheerder (Bea), a klachtbehandelaar (Jan) and a
// klachtencoördinator (Kees), added as users by IT's superuser through the program's user store, which gives
// their logins the server roles. Only case workers write cases: the beheerder's server role may not.
struct ServerMunicipality {
    ScratchDatabase scratch;
    QString beheerder = scratch.login(QStringLiteral("bea"));
    QString handler = scratch.login(QStringLiteral("jan"));
    QString coordinator = scratch.login(QStringLiteral("kees"));

    ServerMunicipality() {
        scratch.initialise(QStringLiteral("Gemeente Serverdam"));
        scratch.addUsers({{.login = beheerder, .name = QStringLiteral("Bea Beheer"), .role = Role::Admin},
                          {.login = handler, .name = QStringLiteral("Jan Janssen"), .role = Role::Handler},
                          {.login = coordinator, .name = QStringLiteral("Kees Klacht"), .role = Role::Coordinator}});
    }
};

QAction* menuAction(MainWindow& window, const QString& text) {
    for (QAction* a : window.menuBar()->findChildren<QAction*>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

Case colleaguesCase(const QString& klager) {
    return CaseBuilder::phoneComplaint(d("2026-11-23"), klager);
}

} // namespace

TEST_CASE("the main window opens a municipality on the team server, registers a case and sees a colleague's") {
    SKIP_WITHOUT_TEST_SERVER();
    ServerMunicipality m;
    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    bool passwordAsked = false;
    window.setPasswordQuestion([&](const ServerLocation&, const QString&) -> std::optional<QString> {
        passwordAsked = true; // the test cluster trusts its socket: a question here is a fault
        return std::nullopt;
    });
    window.resize(1400, 860);
    const QString url = m.scratch.as(m.handler).url();
    REQUIRE(window.openFile(url));
    window.show();
    CHECK_FALSE(passwordAsked);
    REQUIRE(window.server());
    CHECK(window.session()->database().isServer());
    CHECK(window.session()->user() == m.handler); // the server's login, not the operating-system account
    CHECK(window.userText() == QStringLiteral("Jan Janssen · klachtbehandelaar"));
    CHECK(window.windowTitle() ==
          QStringLiteral("Gemeente Serverdam (teamserver %1 op deze computer) — Aan Tafel").arg(m.scratch.name()));
    CHECK(AppSettings().recentFiles().value(0) == url);
    auto* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs);
    CHECK(tabs->count() == 4); // Zaken, Termijnen, Leren and Dashboard
    CHECK(window.changeFeed());

    // A call registered through the intake dialog is on the server and in the list.
    bool seen = false;
    answerIntake({.klager = QStringLiteral("Mevrouw S. Erver"),
                  .story = QStringLiteral("De container is al twee weken niet geleegd.")},
                 &seen);
    const qint64 id = window.registerIntake();
    CHECK(seen);
    REQUIRE(id > 0);
    const QString reference = window.session()->cases().load(id).reference;
    CHECK(reference.startsWith(QStringLiteral("KL-2026-")));
    {
        auto other = Database::openServer(m.scratch.location());
        CaseRepository cases(*other, clock, QStringLiteral("it"));
        CHECK(cases.load(id).klager.name == QStringLiteral("Mevrouw S. Erver"));
        CHECK(cases.load(id).handler == m.handler);
    }
    CHECK(QTest::qWaitFor([&] { return listShows(window, reference); }, 2000));
    shoot(window, QStringLiteral("server-list.png"));

    // A colleague (Kees, his own connection) registers a case and changes the one open in the window.
    window.openCase(id);
    auto* caseFile = window.findChild<CaseFileWidget*>();
    REQUIRE(caseFile);
    auto* story = caseFile->findChild<QPlainTextEdit*>(QStringLiteral("storyEdit"));
    REQUIRE(story);
    auto colleagueDb = Database::openServer(m.scratch.as(m.coordinator));
    CaseRepository colleague(*colleagueDb, clock, m.coordinator);
    Case fresh = colleaguesCase(QStringLiteral("Meneer K. Collega"));
    colleague.save(fresh);
    Case changed = colleague.load(id);
    changed.story = QStringLiteral("Aangevuld door Kees: de container is vandaag geleegd.");
    colleague.save(changed);
    QElapsedTimer timer;
    timer.start();
    CHECK(QTest::qWaitFor([&] { return story->toPlainText() == changed.story; }, 3000));
    CHECK(QTest::qWaitFor([&] { return listShows(window, fresh.reference); }, 3000));
    CHECK(timer.elapsed() < 2500); // within a second or two, without a refresh
    shoot(window, QStringLiteral("server-casefile.png"));
    tabs->setCurrentWidget(window.findChild<DeadlineOverviewWidget*>());
    QTest::qWait(50);
    shoot(window, QStringLiteral("server-termijnen.png"));
    window.closeFile();
    CHECK_FALSE(window.server());
}

TEST_CASE("on the team server what only a file has is disabled with the reason, and the beheer menu follows the "
          "server's roles") {
    SKIP_WITHOUT_TEST_SERVER();
    ServerMunicipality m;
    TempDir dir;
    const FixedClock clock(d("2026-11-23"));
    // Opened through a connection file, as the connection dialog saves it and a double click opens it.
    const QString connectionFile = dir.path(QStringLiteral("serverdam.aantafel-server"));
    m.scratch.as(m.beheerder).saveConnectionFile(connectionFile);
    MainWindow window(clock);
    window.resize(1400, 860);
    REQUIRE(window.openFile(connectionFile));
    window.show();
    CHECK(AppSettings().recentFiles().value(0) == connectionFile);
    CHECK(window.userText() == QStringLiteral("Bea Beheer · beheerder"));

    QAction* restore = menuAction(window, QStringLiteral("Reservekopie &terugzetten…"));
    QAction* settings = menuAction(window, QStringLiteral("Reservekopieën &instellen…"));
    QAction* share = menuAction(window, QStringLiteral("Behandelen als bestand op een &netwerkschijf"));
    QAction* backup = menuAction(window, QStringLiteral("Reservekopie &maken…"));
    REQUIRE(restore);
    REQUIRE(settings);
    REQUIRE(share);
    REQUIRE(backup);
    CHECK_FALSE(restore->isEnabled());
    CHECK(restore->toolTip().contains(QStringLiteral("pg_dump")));
    CHECK_FALSE(settings->isEnabled());
    CHECK_FALSE(share->isEnabled());
    CHECK(share->toolTip().contains(QStringLiteral("teamserver")));
    CHECK(backup->isEnabled());
    CHECK(backup->toolTip().contains(QStringLiteral("pg_dump")));

    // The beheerder manages users, reads the audit trail and applies retention, as on a file.
    AdminMenu* admin = window.adminMenu();
    CHECK(admin->usersAction()->isEnabled());
    CHECK(admin->auditAction()->isEnabled());
    CHECK(admin->retentionAction()->isEnabled()); // test_serverretention.cpp applies it

    {
        // The users as the server signs them in: no linked accounts, no PIN.
        UsersDialog users(*window.session(), &window);
        users.show();
        int hidden = 0;
        for (QPushButton* b : users.findChildren<QPushButton*>()) {
            if (b->text() == QStringLiteral("Account &koppelen…") || b->text() == QStringLiteral("&PIN instellen…")) {
                CHECK(b->isHidden());
                ++hidden;
            }
        }
        CHECK(hidden == 2);
        QTest::qWait(20);
        shoot(users, QStringLiteral("server-users.png"));
    }

    // "Reservekopie maken…" writes a municipality file from the server.
    // A case-worker colleague's case (the beheerder's server role does not write cases).
    Case c = colleaguesCase(QStringLiteral("Mevrouw Kopie"));
    {
        auto colleagueDb = Database::openServer(m.scratch.as(m.coordinator));
        CaseRepository(*colleagueDb, clock, m.coordinator).save(c);
    }
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    REQUIRE(window.backups()->backupTo(*window.session(), copy));
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto file = Database::open(copy, readOnly);
        CaseRepository cases(*file, clock, QStringLiteral("it"));
        CHECK(cases.load(c.id).klager.name == QStringLiteral("Mevrouw Kopie"));
    }

    // The Beheer menu, opened, for the screenshot.
    QMenu* menu = nullptr;
    for (QMenu* candidate : window.menuBar()->findChildren<QMenu*>()) {
        if (candidate->title() == QStringLiteral("Behee&r"))
            menu = candidate;
    }
    REQUIRE(menu);
    menu->popup(window.mapToGlobal(QPoint(200, 30)));
    QTest::qWait(50);
    shoot(*menu, QStringLiteral("server-beheer.png"));
    shoot(window, QStringLiteral("server-window-beheerder.png"));
    menu->hide();

    // A login that is no user of the municipality reads, and the banner says why.
    window.closeFile();
    const QString stranger = m.scratch.loginWithRole(QStringLiteral("gast"), Role::Handler);
    REQUIRE(window.openFile(m.scratch.as(stranger).url()));
    CHECK(window.userText() == stranger + QStringLiteral(" · alleen lezen"));
    // Registering is disabled, and the reason is on the menu item.
    QAction* intake = menuAction(window, QStringLiteral("&Nieuwe melding…"));
    REQUIRE(intake);
    CHECK_FALSE(intake->isEnabled());
    CHECK_FALSE(intake->toolTip().isEmpty());
    QTest::qWait(20);
    shoot(window, QStringLiteral("server-window-guest.png"));
}

TEST_CASE("on the team server a stale edit in the case file opens the conflict dialog and keeps the colleague's "
          "work") {
    SKIP_WITHOUT_TEST_SERVER();
    ServerMunicipality m;
    const FixedClock clock(d("2026-11-23"));
    MunicipalitySession session(Database::openServer(m.scratch.as(m.coordinator)), clock, QString());
    Case c = colleaguesCase(QStringLiteral("Mevrouw Conflict"));
    session.cases().save(c);
    CaseNotifier notifier;
    QUndoStack stack;
    // No change feed here: the colleague's change is not yet seen when the handler edits.
    CaseFileWidget w(session, notifier, stack, c.id);
    w.show();
    auto colleagueDb = Database::openServer(m.scratch.as(m.handler));
    CaseRepository colleague(*colleagueDb, clock, m.handler);
    Case theirs = colleague.load(c.id);
    theirs.story = QStringLiteral("Aangevuld door Jan.");
    colleague.save(theirs);

    CHECK(editHandlerThroughConflict(w, QStringLiteral("Kees Klacht")));
    const Case stored = colleague.load(c.id);
    CHECK(stored.handler == QStringLiteral("Kees Klacht"));
    CHECK(stored.story == QStringLiteral("Aangevuld door Jan."));
}
