// Users on the team server are PostgreSQL logins: adding, changing and deactivating a user in the program gives
// the login the server role of its program role or takes it, in the same transaction, and only a beheerder's
// login may. Who a session works as is the login the server signed in, never a linked or claimed user.
#include "servertestsupport.h"

#include "session/municipalitysession.h"
#include "storage/database.h"
#include "storage/serverconnection.h"
#include "storage/serverschema.h"
#include "storage/storageerror.h"
#include "testsupport.h"
#include "users/identity.h"
#include "users/userrepository.h"

namespace {

// A new municipality on the test cluster, the logins of Bea and Jan that the tests make its users, and the day.
struct Municipality {
    ScratchDatabase scratch;
    const QString bea = scratch.login(QStringLiteral("bea"));
    const QString jan = scratch.login(QStringLiteral("jan"));
    const FixedClock clock{d("2026-11-23")};
    Municipality() { scratch.initialise(); }
    bool holds(const QString& login, Role role) const {
        ServerConnection server(scratch.location());
        return server
            .scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :login) AND "
                                   "pg_has_role(:login, :role, 'MEMBER')"),
                    {{QStringLiteral(":login"), login},
                     {QStringLiteral(":role"), ServerSchema::roleName(scratch.name(), role)}})
            .toBool();
    }
    bool loginExists(const QString& login) const {
        ServerConnection server(scratch.location());
        return server
                   .scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :login"),
                           {{QStringLiteral(":login"), login}})
                   .toInt() == 1;
    }
};

} // namespace

TEST_CASE("a user added, changed and deactivated in the program gets and loses the server role of his role") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    {
        auto db = Database::openServer(m.scratch.location());
        UserRepository users(*db, m.clock, QStringLiteral("it"));
        User first{.login = m.bea, .name = QStringLiteral("Bea Beheer"), .role = Role::Handler};
        users.add(first); // the first user is a beheerder, as in a file
        CHECK(first.role == Role::Admin);
    }
    CHECK(m.holds(m.bea, Role::Admin));

    // Bea, signed in as herself, adds Jan (upper case typed: the login is the server's lower-case one).
    auto asBea = Database::openServer(m.scratch.as(m.bea));
    UserRepository users(*asBea, m.clock, m.bea);
    User janUser{.login = m.jan.toUpper(), .name = QStringLiteral("Jan Janssen"), .role = Role::Handler};
    users.add(janUser);
    CHECK(m.holds(m.jan, Role::Handler));
    CHECK_FALSE(m.holds(m.jan, Role::Coordinator));

    janUser.role = Role::Coordinator;
    users.update(janUser);
    CHECK(m.holds(m.jan, Role::Coordinator));
    CHECK_FALSE(m.holds(m.jan, Role::Handler));

    users.deactivate(janUser.id);
    CHECK(m.loginExists(m.jan));
    CHECK_FALSE(m.holds(m.jan, Role::Coordinator));
    CHECK_FALSE(m.holds(m.jan, Role::Handler));
}

TEST_CASE("a klachtbehandelaar's login cannot add a user on the server, and then nothing is stored") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    m.scratch.addUsers({{.login = m.bea, .name = QStringLiteral("Bea Beheer"), .role = Role::Admin},
                        {.login = m.jan, .name = QStringLiteral("Jan Janssen"), .role = Role::Handler}});
    auto asJan = Database::openServer(m.scratch.as(m.jan));
    UserRepository users(*asJan, m.clock, m.jan);
    User sneaky{.login = m.scratch.login(QStringLiteral("piet")), .name = QStringLiteral("Piet"), .role = Role::Admin};
    CHECK_THROWS_AS(users.add(sneaky), StorageError);
    CHECK_FALSE(users.findByLogin(sneaky.login));
    CHECK_FALSE(m.loginExists(sneaky.login));
}

TEST_CASE("on the team server a session works as its login's user or reads, and claims nobody") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    m.scratch.addUsers(
        {{.login = m.bea, .name = QStringLiteral("Bea Beheer"), .role = Role::Admin},
         {.login = m.scratch.login(QStringLiteral("vrij")), .name = QStringLiteral("Vrij"), .role = Role::Handler}});
    const QString gast = m.scratch.loginWithRole(QStringLiteral("gast"), Role::Handler);

    MunicipalitySession own(Database::openServer(m.scratch.as(m.bea)), m.clock, QStringLiteral("anders"));
    CHECK(own.user() == m.bea);
    CHECK(Identity::resolve(own));
    REQUIRE(own.currentUser());
    CHECK(own.currentUser()->login == m.bea);

    MunicipalitySession stranger(Database::openServer(m.scratch.as(gast)), m.clock, QStringLiteral("anders"));
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
