// Users on the team server are PostgreSQL logins: adding, changing and deactivating a user in the program gives
// the login the server role of its program role or takes it, in the same transaction, and only a beheerder's
// login may. Who a session works as is the login the server signed in, never a linked or claimed user.
#include "servertestsupport.h"

#include "session/municipalitysession.h"
#include "storage/database.h"
#include "storage/serverconnection.h"
#include "storage/serverinit.h"
#include "storage/serverschema.h"
#include "storage/storageerror.h"
#include "testsupport.h"
#include "users/identity.h"
#include "users/userrepository.h"

namespace {

struct Municipality {
    ScratchDatabase scratch;
    Municipality() {
        ServerConnection server(scratch.location());
        ServerInit::initialise(server, MunicipalitySettings{}, QStringLiteral("it"));
    }
    bool holds(const QString& login, Role role) const {
        ServerConnection server(scratch.location());
        return server
            .scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) AND "
                                   "pg_has_role(?, ?, 'MEMBER')"),
                    {login, login, ServerSchema::roleName(scratch.name(), role)})
            .toBool();
    }
    bool loginExists(const QString& login) const {
        ServerConnection server(scratch.location());
        return server.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {login}).toInt() == 1;
    }
};

User user(const QString& login, const QString& name, Role role) {
    User u;
    u.login = login;
    u.name = name;
    u.role = role;
    return u;
}

} // namespace

TEST_CASE("a user added, changed and deactivated in the program gets and loses the server role of his role") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    const QString bea = m.scratch.name() + QStringLiteral("x_bea");
    const QString jan = m.scratch.name() + QStringLiteral("x_jan");
    const FixedClock clock(d("2026-11-23"));
    {
        auto db = Database::openServer(m.scratch.location());
        UserRepository users(*db, clock, QStringLiteral("it"));
        User first = user(bea, QStringLiteral("Bea Beheer"), Role::Handler);
        users.add(first); // the first user is a beheerder, as in a file
        CHECK(first.role == Role::Admin);
    }
    CHECK(m.holds(bea, Role::Admin));

    // Bea, signed in as herself, adds Jan (upper case typed: the login is the server's lower-case one).
    auto asBea = Database::openServer(m.scratch.as(bea));
    UserRepository users(*asBea, clock, bea);
    User janUser = user(jan.toUpper(), QStringLiteral("Jan Janssen"), Role::Handler);
    users.add(janUser);
    CHECK(m.holds(jan, Role::Handler));
    CHECK_FALSE(m.holds(jan, Role::Coordinator));

    janUser.role = Role::Coordinator;
    users.update(janUser);
    CHECK(m.holds(jan, Role::Coordinator));
    CHECK_FALSE(m.holds(jan, Role::Handler));

    users.deactivate(janUser.id);
    CHECK(m.loginExists(jan));
    CHECK_FALSE(m.holds(jan, Role::Coordinator));
    CHECK_FALSE(m.holds(jan, Role::Handler));
}

TEST_CASE("a klachtbehandelaar's login cannot add a user on the server, and then nothing is stored") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    const QString bea = m.scratch.name() + QStringLiteral("x_bea");
    const QString jan = m.scratch.name() + QStringLiteral("x_jan");
    const FixedClock clock(d("2026-11-23"));
    {
        auto db = Database::openServer(m.scratch.location());
        UserRepository users(*db, clock, QStringLiteral("it"));
        User first = user(bea, QStringLiteral("Bea Beheer"), Role::Admin);
        users.add(first);
        User second = user(jan, QStringLiteral("Jan Janssen"), Role::Handler);
        users.add(second);
    }
    auto asJan = Database::openServer(m.scratch.as(jan));
    UserRepository users(*asJan, clock, jan);
    User sneaky = user(m.scratch.name() + QStringLiteral("x_piet"), QStringLiteral("Piet"), Role::Admin);
    CHECK_THROWS_AS(users.add(sneaky), StorageError);
    CHECK_FALSE(users.findByLogin(sneaky.login));
    CHECK_FALSE(m.loginExists(sneaky.login));
}

TEST_CASE("on the team server a session works as its login's user or reads, and claims nobody") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    const QString bea = m.scratch.name() + QStringLiteral("x_bea");
    const QString gast = m.scratch.name() + QStringLiteral("x_gast");
    const FixedClock clock(d("2026-11-23"));
    {
        auto db = Database::openServer(m.scratch.location());
        UserRepository users(*db, clock, QStringLiteral("it"));
        User first = user(bea, QStringLiteral("Bea Beheer"), Role::Admin);
        users.add(first);
        User free = user(m.scratch.name() + QStringLiteral("x_vrij"), QStringLiteral("Vrij"), Role::Handler);
        users.add(free);
    }
    m.scratch.admin(
        {QStringLiteral("CREATE ROLE %1 LOGIN").arg(gast),
         QStringLiteral("GRANT %1 TO %2").arg(ServerSchema::roleName(m.scratch.name(), Role::Handler), gast)});

    MunicipalitySession own(Database::openServer(m.scratch.as(bea)), clock, QStringLiteral("anders"));
    CHECK(own.user() == bea);
    CHECK(Identity::resolve(own));
    REQUIRE(own.currentUser());
    CHECK(own.currentUser()->login == bea);

    MunicipalitySession stranger(Database::openServer(m.scratch.as(gast)), clock, QStringLiteral("anders"));
    CHECK(Identity::resolve(stranger));
    CHECK_FALSE(stranger.currentUser());
    CHECK(Identity::claimable(stranger).isEmpty());
    const QList<User> everyone = stranger.users().list(true);
    REQUIRE_FALSE(everyone.isEmpty());
    const Permission claimed = Identity::claim(stranger, everyone.first());
    CHECK_FALSE(claimed);
    CHECK(claimed.reason.contains(QStringLiteral("login waarmee u bent aangemeld")));
    CHECK_FALSE(stranger.currentUser());
}
