// Roles in the GUI: what a klachtbehandelaar, a klachtencoördinator, a beheerder and an unknown
// account see and may do — the case file, the case commands, the Termijnen overview, the start
// screen, "Wie bent u?", the Beheer menu — and the audit row every opened case file leaves.
#include "test_casefilefixture.h"

#include "admin/adminmenu.h"
#include "audit/audittrail.h"
#include "casefile/actionbar.h"
#include "casefile/casefilewidget.h"
#include "casefile/timelinetab.h"
#include "commands/casecommands.h"
#include "mainwindow.h"
#include "overview/deadlineoverviewwidget.h"
#include "shell/bannerbar.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

namespace {

User person(const QString& login, const QString& name, Role role) {
    User u;
    u.login = login;
    u.name = name;
    u.role = role;
    return u;
}

// A file with a beheerder (beheer), a coordinator (rjansen) and two handlers (fbakkali, sdeboer).
void addStaff(MunicipalitySession& session) {
    for (User u : {person(QStringLiteral("beheer"), QStringLiteral("Bea Heer"), Role::Admin),
                   person(QStringLiteral("rjansen"), QStringLiteral("Ruud Jansen"), Role::Coordinator),
                   person(QStringLiteral("fbakkali"), QStringLiteral("Fatima Bakkali"), Role::Handler),
                   person(QStringLiteral("sdeboer"), QStringLiteral("Sanne de Boer"), Role::Handler)})
        session.users().add(u);
}

// The fixture's file with staff, and a session on it as login.
struct RoleFixture : CaseFileFixture {
    RoleFixture()
        : CaseFileFixture(d("2025-03-10"), QStringLiteral("beheer")) {
        addStaff(*session);
        Case own = phoneComplaint(d("2025-03-06"));
        own.handler = QStringLiteral("fbakkali");
        CaseCommands::create(stack, *session, notifier, own);
        Case other = phoneComplaint(d("2025-03-07"), QStringLiteral("De heer B. de Vries"));
        other.handler = QStringLiteral("sdeboer");
        CaseCommands::create(stack, *session, notifier, other);
        ownId = own.id;
        otherId = other.id;
        stack.clear();
    }
    std::unique_ptr<MunicipalitySession> as(const QString& login) { return reopen(login); }

    qint64 ownId = 0;
    qint64 otherId = 0;
};

// Runs with USER set to login, as the operating system would.
struct AccountScope {
    explicit AccountScope(const QByteArray& login)
        : m_old(qgetenv("USER")) {
        qputenv("USER", login);
    }
    ~AccountScope() { qputenv("USER", m_old); }
    QByteArray m_old;
};

} // namespace

TEST_CASE("a klachtbehandelaar sees a colleague's case read-only, with the reason, and no workflow buttons") {
    RoleFixture f;
    auto handler = f.as(QStringLiteral("fbakkali"));
    CaseFileWidget other(*handler, f.notifier, f.stack, f.otherId);
    CHECK(other.findChild<ActionBar*>()->actions().isEmpty());
    CHECK(other.message().contains(QStringLiteral("Deze zaak is van sdeboer")));
    CaseFileWidget own(*handler, f.notifier, f.stack, f.ownId);
    CHECK_FALSE(own.findChild<ActionBar*>()->actions().isEmpty());
    CHECK(own.message().isEmpty());
}

TEST_CASE("the formal sign-off button is disabled for a klachtbehandelaar and says why — enabled for the coordinator") {
    RoleFixture f;
    auto handler = f.as(QStringLiteral("fbakkali"));
    CaseFileWidget asHandler(*handler, f.notifier, f.stack, f.ownId);
    auto* bar = asHandler.findChild<ActionBar*>();
    REQUIRE(bar->actions().contains(WorkflowAction::DeclineToHandle));
    QPushButton* decline = bar->button(WorkflowAction::DeclineToHandle);
    CHECK_FALSE(decline->isEnabled());
    CHECK(decline->toolTip().contains(QStringLiteral("klachtencoördinator")));
    CHECK(bar->button(WorkflowAction::StartFormal)->isEnabled());
    // A shortcut reaching the action anyway: the reason, no dialog.
    bool dialogOpened = false;
    asHandler.setDialogRunner([&](TransitionDialog&) { return dialogOpened = true; });
    asHandler.startAction(WorkflowAction::DeclineToHandle);
    CHECK_FALSE(dialogOpened);
    CHECK(asHandler.message().contains(QStringLiteral("klachtencoördinator")));

    auto coordinator = f.as(QStringLiteral("rjansen"));
    CaseFileWidget asCoordinator(*coordinator, f.notifier, f.stack, f.ownId);
    CHECK(asCoordinator.findChild<ActionBar*>()->button(WorkflowAction::DeclineToHandle)->isEnabled());
}

TEST_CASE("the case commands refuse what the role does not allow and store nothing") {
    RoleFixture f;
    auto handler = f.as(QStringLiteral("fbakkali"));
    const Case before = handler->cases().load(f.otherId);
    Case after = before;
    after.story = QStringLiteral("Overschreven door een collega.");
    try {
        CaseCommands::edit(f.stack, *handler, f.notifier, before, after, QStringLiteral("Verhaal wijzigen"));
        FAIL("a handler changed a colleague's case");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::ReadOnly);
        CHECK(e.message().contains(QStringLiteral("eigen zaken")));
    }
    CaseEvent note;
    note.text = QStringLiteral("Notitie");
    CHECK_THROWS_AS(CaseCommands::addEvent(f.stack, *handler, f.notifier, f.otherId, note), StorageError);
    Case own = handler->cases().load(f.ownId);
    const TransitionResult judged = CaseCommands::transition(f.stack, *handler, f.notifier, own,
                                                             TransitionRequest::of(WorkflowAction::DeclineToHandle));
    CHECK_FALSE(judged);
    CHECK(judged.reason.contains(QStringLiteral("klachtencoördinator")));
    CHECK(f.stack.count() == 0);
    CHECK(f.stored(f.otherId) == before);

    auto admin = f.as(QStringLiteral("beheer"));
    Case fresh = phoneComplaint(d("2025-03-10"));
    CHECK_THROWS_AS(CaseCommands::create(f.stack, *admin, f.notifier, fresh), StorageError);
    CHECK(fresh.id == 0);
}

TEST_CASE("only a klachtencoördinator may reassign in the Termijnen overview") {
    RoleFixture f;
    for (const auto& [login, allowed] :
         {std::pair{QStringLiteral("fbakkali"), false}, {QStringLiteral("rjansen"), true}}) {
        auto session = f.as(login);
        DeadlineOverviewWidget overview(*session, f.notifier, f.stack);
        overview.show();
        overview.refresh();
        auto* button = overview.findChild<QPushButton*>(QString(), Qt::FindDirectChildrenOnly);
        QPushButton* reassign = nullptr;
        for (QPushButton* b : overview.findChildren<QPushButton*>()) {
            if (b->accessibleName() == QStringLiteral("Geselecteerde zaken toewijzen"))
                reassign = b;
        }
        (void)button;
        REQUIRE(reassign);
        INFO(login.toStdString());
        if (allowed) {
            CHECK(reassign->toolTip().isEmpty());
            CHECK(overview.reassign({f.ownId}, QStringLiteral("sdeboer")) == 1);
        } else {
            CHECK_FALSE(reassign->isEnabled());
            CHECK(reassign->toolTip().contains(QStringLiteral("Alleen een klachtencoördinator")));
        }
    }
    CHECK(f.stored(f.ownId).handler == QStringLiteral("sdeboer"));
}

TEST_CASE("a klachtencoördinator starts on the Termijnen tab, a klachtbehandelaar on the case list") {
    RoleFixture f;
    f.session.reset();
    for (const auto& [login, termijnen] :
         {std::pair{QByteArray("rjansen"), true}, {QByteArray("fbakkali"), false}, {QByteArray("beheer"), false}}) {
        AccountScope account(login);
        MainWindow window(f.clock);
        REQUIRE(window.openFile(f.path));
        auto* tabs = window.findChild<QTabWidget*>();
        REQUIRE(tabs);
        INFO(login.toStdString());
        CHECK((tabs->currentIndex() == 1) == termijnen);
        CHECK(window.userText().contains(RoleText::label(window.session()->currentUser()->role)));
    }
}

TEST_CASE("an account the file does not know chooses who he is, or reads only") {
    RoleFixture f;
    f.session.reset();
    QString askedAccount;
    QStringList offered;
    {
        AccountScope account("gast");
        MainWindow window(f.clock);
        window.setIdentify([&](const QString& acct, const QList<User>& users) -> std::optional<Identification::Claim> {
            askedAccount = acct;
            for (const User& u : users)
                offered << u.login;
            return Identification::Claim{users.at(1), QString()}; // Fatima Bakkali, klachtbehandelaar
        });
        REQUIRE(window.openFile(f.path));
        CHECK(askedAccount == QStringLiteral("gast"));
        CHECK(offered.size() == 4);
        REQUIRE(window.session()->currentUser().has_value());
        CHECK(window.session()->currentUser()->login == QStringLiteral("fbakkali"));
        CHECK(window.session()->user() == window.session()->currentUser()->login);
        CHECK_FALSE(window.banners()->isShown(QStringLiteral("guest")));
    }
    AccountScope account("gast");
    {
        // The choice linked the account: the next time it is Fatima Bakkali without asking.
        MainWindow window(f.clock);
        window.setIdentify([](const QString&, const QList<User>&) -> std::optional<Identification::Claim> {
            FAIL("asked again");
            return std::nullopt;
        });
        REQUIRE(window.openFile(f.path));
        CHECK(window.session()->currentUser()->login == QStringLiteral("fbakkali"));
    }
    AccountScope other("gast2");
    MainWindow window(f.clock);
    window.setIdentify([](const QString&, const QList<User>&) { return std::optional<Identification::Claim>(); });
    REQUIRE(window.openFile(f.path));
    CHECK_FALSE(window.session()->currentUser().has_value());
    CHECK(window.banners()->isShown(QStringLiteral("guest")));
    CHECK(window.userText() == QStringLiteral("gast2 · alleen lezen"));
    QAction* intake = nullptr;
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::New))
            intake = a;
    }
    REQUIRE(intake);
    CHECK_FALSE(intake->isEnabled());
    CHECK(intake->toolTip().contains(QStringLiteral("alleen lezen")));
    // Reached anyway (the welcome page, a macro): the reason in a message box, before any dialog.
    QString shown;
    QTimer::singleShot(0, [&shown] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                shown = box->text();
                box->accept();
            }
        }
    });
    CHECK(window.registerIntake() == 0);
    CHECK(shown.contains(QStringLiteral("alleen lezen")));
}

TEST_CASE("the Beheer menu (letter templates included) is the beheerder's, and everybody's on a file without users") {
    RoleFixture f;
    f.session.reset();
    for (const auto& [login, enabled] : {std::pair{QByteArray("beheer"), true}, {QByteArray("rjansen"), false}}) {
        AccountScope account(login);
        MainWindow window(f.clock);
        REQUIRE(window.openFile(f.path));
        INFO(login.toStdString());
        for (QAction* a : {window.adminMenu()->usersAction(), window.adminMenu()->auditAction(),
                           window.adminMenu()->retentionAction(), window.adminMenu()->inzageAction(),
                           window.adminMenu()->templatesAction()}) {
            CHECK(a->isEnabled() == enabled);
            CHECK(a->toolTip().contains(QStringLiteral("Alleen een beheerder")) == !enabled);
        }
    }
    CaseFileFixture open(d("2025-03-10"));
    open.session.reset();
    MainWindow window(open.clock);
    REQUIRE(window.openFile(open.path));
    CHECK(window.adminMenu()->usersAction()->isEnabled());
    CHECK(window.adminMenu()->retentionAction()->isEnabled());
    window.closeFile();
    CHECK_FALSE(window.adminMenu()->usersAction()->isEnabled());
}

TEST_CASE("opening a case file in the main window records who viewed it") {
    RoleFixture f;
    f.session.reset();
    AccountScope account("sdeboer");
    MainWindow window(f.clock);
    REQUIRE(window.openFile(f.path));
    window.openCase(f.ownId);
    window.openCase(f.ownId); // brought forward, not opened again
    AuditFilter filter;
    filter.reference = window.session()->cases().load(f.ownId).reference;
    int views = 0;
    for (const AuditRow& row : AuditTrail(window.session()->database()).rows(filter)) {
        if (row.entry.action == QStringLiteral("view")) {
            ++views;
            CHECK(row.entry.user == QStringLiteral("sdeboer"));
        }
    }
    CHECK(views == 1);
}

TEST_CASE("screenshots of the main window by role", "[.screenshot]") {
    RoleFixture f;
    f.session.reset();
    QDir().mkpath(QStringLiteral("/tmp/roles-shots"));
    {
        AccountScope account("rjansen");
        MainWindow window(f.clock);
        window.resize(1200, 700);
        REQUIRE(window.openFile(f.path));
        window.show();
        QApplication::processEvents();
        window.grab().save(QStringLiteral("/tmp/roles-shots/coordinator-start.png"));
    }
    AccountScope account("fbakkali");
    MainWindow window(f.clock);
    window.resize(1200, 700);
    REQUIRE(window.openFile(f.path));
    window.show();
    window.openCase(f.otherId);
    QApplication::processEvents();
    window.grab().save(QStringLiteral("/tmp/roles-shots/handler-other-case.png"));
    window.openCase(f.ownId);
    QApplication::processEvents();
    window.grab().save(QStringLiteral("/tmp/roles-shots/handler-own-case.png"));
}

TEST_CASE("a klachtbehandelaar cannot retype the handler of his own case — the coordinator can") {
    RoleFixture f;
    auto handler = f.as(QStringLiteral("fbakkali"));
    CaseFileWidget asHandler(*handler, f.notifier, f.stack, f.ownId);
    auto* field = asHandler.findChild<QLineEdit*>(QStringLiteral("handlerEdit"));
    REQUIRE(field);
    CHECK(field->isReadOnly());
    CHECK(field->toolTip().contains(QStringLiteral("klachtencoördinator")));
    auto coordinator = f.as(QStringLiteral("rjansen"));
    CaseFileWidget asCoordinator(*coordinator, f.notifier, f.stack, f.ownId);
    CHECK_FALSE(asCoordinator.findChild<QLineEdit*>(QStringLiteral("handlerEdit"))->isReadOnly());
}

TEST_CASE("a colleague's case handed over to the klachtbehandelaar becomes editable in the open case file") {
    RoleFixture f;
    auto handler = f.as(QStringLiteral("fbakkali"));
    CaseFileWidget other(*handler, f.notifier, f.stack, f.otherId);
    auto* story = other.findChild<QPlainTextEdit*>(QStringLiteral("storyEdit"));
    auto* kind = other.findChild<QComboBox*>(QStringLiteral("ombudsmanKindCombo"));
    auto* entry = other.findChild<TimelineTab*>()->textEdit();
    REQUIRE(story);
    REQUIRE(kind);
    CHECK(story->isReadOnly());
    CHECK_FALSE(kind->isEnabled());
    CHECK(entry->isReadOnly());
    CHECK(other.message().contains(QStringLiteral("Deze zaak is van sdeboer")));
    // Said in the case file's one message bar, the shared banner.
    CHECK(other.findChild<BannerBar*>()->text(QStringLiteral("message")).contains(QStringLiteral("sdeboer")));

    Case handedOver = f.session->cases().load(f.otherId);
    handedOver.handler = QStringLiteral("fbakkali");
    f.session->cases().save(handedOver);
    emit f.notifier.caseChanged(f.otherId);
    CHECK_FALSE(story->isReadOnly());
    CHECK(kind->isEnabled());
    CHECK_FALSE(entry->isReadOnly());
    CHECK_FALSE(other.findChild<ActionBar*>()->actions().isEmpty());
}
