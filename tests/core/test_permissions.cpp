// Who may do what: the full table of role × action, the handler's own cases, the formal sign-off,
// reassignment, the unknown user (read-only) and the file without users (everybody everything).
#include "testsupport.h"

#include "users/permissions.h"

namespace {

User user(Role role, const QString& login = QStringLiteral("fbakkali"),
          const QString& name = QStringLiteral("Fatima Bakkali")) {
    User u;
    u.id = 1;
    u.login = login;
    u.name = name;
    u.role = role;
    return u;
}

Case caseOf(const QString& handler) {
    Case c;
    c.id = 7;
    c.reference = QStringLiteral("KL-2025-0007");
    c.handler = handler;
    return c;
}

const QList<Action> managementActions{Action::ManageUsers,    Action::ManageLists,     Action::ManageTemplates,
                                      Action::ManageSettings, Action::ManageRetention, Action::ViewAudit,
                                      Action::Inzage};

} // namespace

TEST_CASE("the permission table: every role against every action on own and other cases") {
    const Case own = caseOf(QStringLiteral("fbakkali"));
    const Case other = caseOf(QStringLiteral("rjansen"));
    const User handler = user(Role::Handler);
    const User coordinator = user(Role::Coordinator);
    const User admin = user(Role::Admin);

    struct Row {
        Action action;
        const Case* c;
        bool handler, coordinator, admin;
    };
    const QList<Row> table{
        {Action::ViewCase, &own, true, true, true},
        {Action::ViewCase, &other, true, true, true},
        {Action::RegisterCase, nullptr, true, true, false},
        {Action::EditCase, &own, true, true, false},
        {Action::EditCase, &other, false, true, false},
        {Action::ReassignCase, &own, false, true, false},
        {Action::SignOff, &own, false, true, false},
        {Action::ManageUsers, nullptr, false, false, true},
        {Action::ManageLists, nullptr, false, false, true},
        {Action::ManageTemplates, nullptr, false, false, true},
        {Action::ManageSettings, nullptr, false, false, true},
        {Action::ManageRetention, nullptr, false, false, true},
        {Action::ViewAudit, nullptr, false, false, true},
        {Action::Inzage, nullptr, false, false, true},
    };
    for (const Row& row : table) {
        INFO("action " << int(row.action) << (row.c == &own ? " on own case" : row.c ? " on other case" : ""));
        const Permission h = Permissions::check(&handler, row.action, row.c);
        const Permission c = Permissions::check(&coordinator, row.action, row.c);
        const Permission a = Permissions::check(&admin, row.action, row.c);
        CHECK(h.allowed == row.handler);
        CHECK(c.allowed == row.coordinator);
        CHECK(a.allowed == row.admin);
        // Every refusal says why, in Dutch; an allowed action carries no reason.
        for (const Permission& p : {h, c, a})
            CHECK(p.allowed == p.reason.isEmpty());
    }
}

TEST_CASE("a klachtbehandelaar changes the cases recorded under his login or his name, in any letter case") {
    const Permissions handler = Permissions::of(user(Role::Handler));
    const Case byLogin = caseOf(QStringLiteral("FBakkali"));
    const Case byName = caseOf(QStringLiteral("fatima bakkali"));
    CHECK(handler.check(Action::EditCase, &byLogin));
    CHECK(handler.check(Action::EditCase, &byName));
    const Case colleague = caseOf(QStringLiteral("Ruud Jansen"));
    const Permission refused = handler.check(Action::EditCase, &colleague);
    CHECK_FALSE(refused);
    CHECK(refused.reason.contains(QStringLiteral("Ruud Jansen")));
    const Case unassigned = caseOf(QString());
    CHECK(handler.check(Action::EditCase, &unassigned).reason.contains(QStringLiteral("nog geen behandelaar")));
}

TEST_CASE("the formal sign-off (oordeel, afdoening, niet-behandelen) belongs to the klachtencoördinator") {
    const Case own = caseOf(QStringLiteral("fbakkali"));
    const Permissions handler = Permissions::of(user(Role::Handler));
    const Permissions coordinator = Permissions::of(user(Role::Coordinator));
    for (WorkflowAction action : Workflow::allActions()) {
        const bool signOff = action == WorkflowAction::Judge || action == WorkflowAction::Close ||
                             action == WorkflowAction::DeclineToHandle;
        INFO(Workflow::code(action).toStdString());
        CHECK(handler.checkTransition(action, own).allowed == !signOff);
        CHECK(coordinator.checkTransition(action, own));
    }
    CHECK(handler.checkTransition(WorkflowAction::Judge, own).reason.contains(QStringLiteral("klachtencoördinator")));
}

TEST_CASE("changing the handler of a case is a reassignment, also for the handler's own case") {
    const Case before = caseOf(QStringLiteral("fbakkali"));
    Case story = before;
    story.story = QStringLiteral("Aangevuld na het telefoongesprek.");
    Case moved = before;
    moved.handler = QStringLiteral("rjansen");
    const Permissions handler = Permissions::of(user(Role::Handler));
    CHECK(handler.checkEdit(before, story));
    CHECK_FALSE(handler.checkEdit(before, moved));
    CHECK(Permissions::of(user(Role::Coordinator)).checkEdit(before, moved));
}

TEST_CASE("someone the file does not know may only read — an inactive user neither more") {
    const Case c = caseOf(QStringLiteral("fbakkali"));
    User inactive = user(Role::Coordinator);
    inactive.active = false;
    for (const Permissions& p : {Permissions::of(std::nullopt), Permissions::of(inactive)}) {
        CHECK(p.check(Action::ViewCase, &c));
        CHECK_FALSE(p.check(Action::RegisterCase));
        CHECK_FALSE(p.check(Action::EditCase, &c));
        CHECK(p.check(Action::ManageUsers).reason.contains(QStringLiteral("alleen lezen")));
    }
}

TEST_CASE("on a file without users everybody may do everything, as before roles existed") {
    const Permissions p = Permissions::everybody();
    const Case c = caseOf(QStringLiteral("iemand anders"));
    CHECK_FALSE(p.restricted());
    for (Action a : managementActions)
        CHECK(p.check(a));
    CHECK(p.check(Action::EditCase, &c));
    CHECK(p.checkTransition(WorkflowAction::Judge, c));
}

TEST_CASE("roles have stable codes matching the file and Dutch labels") {
    CHECK(RoleText::code(Role::Handler) == QStringLiteral("handler"));
    CHECK(RoleText::code(Role::Coordinator) == QStringLiteral("coordinator"));
    CHECK(RoleText::code(Role::Admin) == QStringLiteral("admin"));
    CHECK(RoleText::label(Role::Coordinator) == QStringLiteral("klachtencoördinator"));
    for (Role r : RoleText::all())
        CHECK(RoleText::fromCode(RoleText::code(r)) == r);
    CHECK_FALSE(RoleText::fromCode(QStringLiteral("root")).has_value());
}
