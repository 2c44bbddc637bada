// Users of a municipality file: the bootstrapping rule (a file without users works as before; the
// first user becomes a beheerder), case-insensitive logins, audited changes, and the last active
// beheerder who cannot be removed. Also the session that resolves the current user at start.
#include "storagetestsupport.h"

#include "session/municipalitysession.h"
#include "storage/auditlog.h"
#include "users/userrepository.h"

namespace {

struct Fixture {
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    FixedClock clock{testNow()};
    UserRepository users{*db, clock, QStringLiteral("installer")};

    User add(const QString& login, const QString& name, Role role) {
        User u;
        u.login = login;
        u.name = name;
        u.role = role;
        users.add(u);
        return u;
    }
};

} // namespace

TEST_CASE("a file without users has none, and the first user added is made a beheerder") {
    Fixture f;
    CHECK_FALSE(f.users.hasUsers());
    const User first = f.add(QStringLiteral("fbakkali"), QStringLiteral("Fatima Bakkali"), Role::Handler);
    CHECK(first.id > 0);
    CHECK(first.role == Role::Admin);
    CHECK(f.users.hasUsers());
    const User second = f.add(QStringLiteral("rjansen"), QStringLiteral("Ruud Jansen"), Role::Handler);
    CHECK(second.role == Role::Handler);
    REQUIRE(f.users.list().size() == 2);
    CHECK(f.users.list().constFirst().login == QStringLiteral("fbakkali")); // sorted by name
}

TEST_CASE("logins match the operating-system account whatever the letter case, and are unique") {
    Fixture f;
    f.add(QStringLiteral("FBakkali"), QStringLiteral("Fatima Bakkali"), Role::Admin);
    REQUIRE(f.users.findByLogin(QStringLiteral("fbakkali")).has_value());
    CHECK(f.users.findByLogin(QStringLiteral(" FBAKKALI "))->name == QStringLiteral("Fatima Bakkali"));
    CHECK_FALSE(f.users.findByLogin(QStringLiteral("rjansen")).has_value());
    User twin;
    twin.login = QStringLiteral("fbakkali");
    try {
        f.users.add(twin);
        FAIL("a second user with the same login was accepted");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Invalid);
        CHECK(e.message().contains(QStringLiteral("al in gebruik")));
    }
    User blank;
    blank.login = QStringLiteral("  ");
    CHECK_THROWS_AS(f.users.add(blank), StorageError);
    CHECK(f.users.list().size() == 1);
}

TEST_CASE("every change of a user is audited, by whom and from what to what") {
    Fixture f;
    User u = f.add(QStringLiteral("fbakkali"), QStringLiteral("Fatima Bakkali"), Role::Admin);
    User h = f.add(QStringLiteral("rjansen"), QStringLiteral("Ruud Jansen"), Role::Handler);
    h.role = Role::Coordinator;
    f.users.update(h);
    f.users.deactivate(h.id);
    const QList<AuditEntry> trail = AuditLog(*f.db).between(testNow().addDays(-1), testNow().addDays(1));
    QList<AuditEntry> userRows;
    for (const AuditEntry& e : trail) {
        if (e.action == QStringLiteral("user"))
            userRows << e;
    }
    REQUIRE(userRows.size() == 4);
    CHECK(userRows.at(0).newValue == QStringLiteral("fbakkali, Fatima Bakkali, admin"));
    CHECK(userRows.at(2).oldValue == QStringLiteral("rjansen, Ruud Jansen, handler"));
    CHECK(userRows.at(2).newValue == QStringLiteral("rjansen, Ruud Jansen, coordinator"));
    CHECK(userRows.at(3).newValue == QStringLiteral("rjansen, Ruud Jansen, coordinator, inactive"));
    CHECK(userRows.at(3).user == QStringLiteral("installer"));
    CHECK_FALSE(f.users.activeByLogin(QStringLiteral("rjansen")).has_value());
    CHECK(f.users.list(true).size() == 1);
    (void)u;
}

TEST_CASE("the last active beheerder can be neither deactivated nor given another role") {
    Fixture f;
    User admin = f.add(QStringLiteral("fbakkali"), QStringLiteral("Fatima Bakkali"), Role::Admin);
    f.add(QStringLiteral("rjansen"), QStringLiteral("Ruud Jansen"), Role::Coordinator);
    const qint64 auditBefore = AuditLog(*f.db).count();
    try {
        f.users.deactivate(admin.id);
        FAIL("the last beheerder was deactivated");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("laatste actieve beheerder")));
    }
    User demoted = admin;
    demoted.role = Role::Handler;
    CHECK_THROWS_AS(f.users.update(demoted), StorageError);
    CHECK(f.users.findByLogin(QStringLiteral("fbakkali"))->role == Role::Admin);
    CHECK(f.users.findByLogin(QStringLiteral("fbakkali"))->active);
    CHECK(AuditLog(*f.db).count() == auditBefore);

    // With a second beheerder the first may step down.
    f.add(QStringLiteral("pdevries"), QStringLiteral("Piet de Vries"), Role::Admin);
    f.users.update(demoted);
    CHECK(f.users.findByLogin(QStringLiteral("fbakkali"))->role == Role::Handler);
}

TEST_CASE("a session finds its user by the account it runs under — without users everybody may do everything") {
    TempDir dir;
    FixedClock clock{testNow()};
    {
        MunicipalitySession open(newMunicipality(dir), clock, QStringLiteral("fbakkali"));
        CHECK_FALSE(open.hasUsers());
        CHECK_FALSE(open.currentUser().has_value());
        CHECK(open.permissions().check(Action::ManageUsers));
        User first;
        first.login = QStringLiteral("FBakkali");
        first.name = QStringLiteral("Fatima Bakkali");
        first.role = Role::Coordinator;
        open.users().add(first);
        User handler;
        handler.login = QStringLiteral("rjansen");
        handler.name = QStringLiteral("Ruud Jansen");
        open.users().add(handler);
        open.reloadUsers();
        REQUIRE(open.currentUser().has_value());
        CHECK(open.currentUser()->role == Role::Admin);
    }
    const QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    MunicipalitySession known(Database::open(path), clock, QStringLiteral("fbakkali"));
    REQUIRE(known.currentUser().has_value());
    CHECK(known.currentUser()->name == QStringLiteral("Fatima Bakkali"));
    CHECK(known.user() == QStringLiteral("fbakkali"));

    MunicipalitySession stranger(Database::open(path), clock, QStringLiteral("gast"));
    CHECK(stranger.hasUsers());
    CHECK_FALSE(stranger.currentUser().has_value());
    CHECK_FALSE(stranger.permissions().check(Action::RegisterCase));
    // Chosen in "Wie bent u?": works on as that user, and the trail says which account chose.
    stranger.actAs(*stranger.users().findByLogin(QStringLiteral("rjansen")));
    CHECK(stranger.user() == QStringLiteral("rjansen"));
    CHECK(stranger.currentUser()->role == Role::Handler);
    CHECK(stranger.permissions().check(Action::RegisterCase));
    Case c = intakeCase(d("2025-03-06"));
    stranger.cases().save(c);
    const QList<AuditEntry> trail = AuditLog(stranger.database()).between(testNow().addDays(-1), testNow().addDays(1));
    bool identified = false;
    for (const AuditEntry& e : trail) {
        if (e.action == QStringLiteral("identify")) {
            identified = true;
            CHECK(e.oldValue == QStringLiteral("gast"));
            CHECK(e.newValue == QStringLiteral("rjansen"));
        }
    }
    CHECK(identified);
    CHECK(AuditLog(stranger.database()).forCase(c.id).constFirst().user == QStringLiteral("rjansen"));
}

TEST_CASE("only a beheerder changes the municipality's settings once the file has users") {
    TempDir dir;
    FixedClock clock{testNow()};
    {
        MunicipalitySession first(newMunicipality(dir), clock, QStringLiteral("beheer"));
        MunicipalitySettings settings = first.settings();
        settings.documentLimitMegabytes = 7; // everybody may, as long as there are no users
        first.saveSettings(settings);
        for (User u : {User{0, QStringLiteral("beheer"), QStringLiteral("Bea Heer"), Role::Admin, true},
                       User{0, QStringLiteral("rjansen"), QStringLiteral("Ruud Jansen"), Role::Coordinator, true}})
            first.users().add(u);
    }
    const QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    MunicipalitySession coordinator(Database::open(path), clock, QStringLiteral("rjansen"));
    MunicipalitySettings changed = coordinator.settings();
    CHECK(changed.documentLimitMegabytes == 7);
    changed.documentLimitMegabytes = 1;
    try {
        coordinator.saveSettings(changed);
        FAIL("a coordinator changed the settings");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::ReadOnly);
        CHECK(e.message().contains(QStringLiteral("Alleen een beheerder")));
    }
    CHECK(coordinator.settings().documentLimitMegabytes == 7);
    MunicipalitySession admin(Database::open(path), clock, QStringLiteral("beheer"));
    admin.saveSettings(changed);
    CHECK(MunicipalitySettingsStore(admin.database()).load().documentLimitMegabytes == 1);
}
