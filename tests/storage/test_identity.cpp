// Who works in a session (users/identity.h): the account's own or linked user, "--as" only for an
// account linked to that user, and "Wie bent u?": an unknown account may claim only a user no account
// is linked to yet, a klachtencoördinator or beheerder only with a PIN, and the claim links it once.
#include "storagetestsupport.h"

#include "session/municipalitysession.h"
#include "storage/auditlog.h"
#include "storage/sqlquery.h"
#include "users/identity.h"
#include "users/userrepository.h"

namespace {

struct Fixture {
    TempDir dir;
    QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    FixedClock clock{testNow()};
    Fixture() {
        auto db = newMunicipality(dir);
        UserRepository users(*db, clock, QStringLiteral("installer"));
        for (const auto& [login, role] : {std::pair{"beheer", Role::Admin},
                                          {"rjansen", Role::Coordinator},
                                          {"fbakkali", Role::Handler},
                                          {"sdeboer", Role::Handler}}) {
            User u;
            u.login = QString::fromLatin1(login);
            u.name = u.login;
            u.role = role;
            users.add(u);
        }
    }
    // A session opened by this operating-system account, identified as the program does it.
    std::unique_ptr<MunicipalitySession> open(const QString& account, const QString& as = {},
                                              Permission* outcome = nullptr) {
        auto session = std::make_unique<MunicipalitySession>(Database::open(path), clock, account);
        const Permission p = Identity::resolve(*session, as);
        if (outcome)
            *outcome = p;
        return session;
    }
    static QStringList logins(const QList<User>& users) {
        QStringList result;
        for (const User& u : users)
            result << u.login;
        return result;
    }
    static User user(MunicipalitySession& s, const char* login) {
        return *s.users().findByLogin(QString::fromLatin1(login));
    }
};

} // namespace

TEST_CASE("an unknown account may claim only users no account is linked to, and a claim links once") {
    Fixture f;
    f.open(QStringLiteral("fbakkali")); // opened under her own login: from now on she is claimed
    auto guest = f.open(QStringLiteral("gast"));
    CHECK_FALSE(guest->currentUser().has_value());
    CHECK(Fixture::logins(Identity::claimable(*guest)) ==
          QStringList{QStringLiteral("beheer"), QStringLiteral("rjansen"), QStringLiteral("sdeboer")});
    CHECK_FALSE(Identity::claim(*guest, Fixture::user(*guest, "fbakkali")));
    REQUIRE(Identity::claim(*guest, Fixture::user(*guest, "sdeboer")));
    CHECK(guest->currentUser()->login == QStringLiteral("sdeboer"));
    guest.reset();

    // The same account next time: sdeboer, without asking.
    CHECK(f.open(QStringLiteral("gast"))->currentUser()->login == QStringLiteral("sdeboer"));
    // Another unknown account can no longer claim him.
    auto other = f.open(QStringLiteral("indringer"));
    CHECK_FALSE(Fixture::logins(Identity::claimable(*other)).contains(QStringLiteral("sdeboer")));
    const Permission refused = Identity::claim(*other, Fixture::user(*other, "sdeboer"));
    CHECK_FALSE(refused);
    CHECK(refused.reason.contains(QLatin1String("ander account")));
    CHECK_FALSE(other->currentUser().has_value());
}

TEST_CASE("a klachtencoördinator or beheerder is claimed only with a PIN a beheerder set") {
    Fixture f;
    auto guest = f.open(QStringLiteral("gast"));
    const Permission noPin = Identity::claim(*guest, Fixture::user(*guest, "beheer"));
    CHECK_FALSE(noPin);
    CHECK(noPin.reason.contains(QLatin1String("PIN")));
    CHECK_FALSE(guest->currentUser().has_value());
    {
        auto admin = f.open(QStringLiteral("beheer"));
        admin->users().setPin(Fixture::user(*admin, "rjansen").id, QStringLiteral("4821"));
        admin->users().setPin(Fixture::user(*admin, "beheer").id, QStringLiteral("9090"));
        // The PIN is in the file only as a salted hash.
        CHECK(SqlQuery::scalar(admin->database(), QStringLiteral("SELECT count(*) FROM users WHERE pin_hash LIKE "
                                                                 "'%4821%' OR pin_hash LIKE '%9090%'"))
                  .toInt() == 0);
    }
    guest = f.open(QStringLiteral("gast"));
    const User rjansen = Fixture::user(*guest, "rjansen");
    CHECK(Identity::claim(*guest, rjansen, QStringLiteral("1111")).reason.contains(QLatin1String("klopt niet")));
    CHECK_FALSE(guest->currentUser().has_value());
    // A beheerder confirms with his own PIN.
    REQUIRE(Identity::claim(*guest, rjansen, QStringLiteral("9090")));
    CHECK(guest->currentUser()->role == Role::Coordinator);
    // The claim is in the audit trail: which account became whom.
    CHECK(SqlQuery::scalar(guest->database(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user' AND "
                                                             "field = 'link' AND new_value = 'gast → rjansen'"))
              .toInt() == 1);
}

TEST_CASE("working as another user (--as) is allowed only for an account linked to him") {
    Fixture f;
    Permission p;
    auto svc = f.open(QStringLiteral("svc-aantafel"), QStringLiteral("beheer"), &p);
    CHECK_FALSE(p);
    CHECK(p.reason.contains(QLatin1String("niet aan die gebruiker gekoppeld")));
    CHECK_FALSE(svc->currentUser().has_value());
    f.open(QStringLiteral("svc-aantafel"), QStringLiteral("niemand"), &p);
    CHECK(p.reason.contains(QLatin1String("geen actieve gebruiker")));
    {
        auto admin = f.open(QStringLiteral("beheer"));
        admin->users().link(QStringLiteral("svc-aantafel"), Fixture::user(*admin, "beheer").id);
        admin->users().link(QStringLiteral("svc-aantafel"), Fixture::user(*admin, "rjansen").id);
    }
    svc = f.open(QStringLiteral("svc-aantafel"), QStringLiteral("rjansen"), &p);
    REQUIRE(p);
    CHECK(svc->currentUser()->login == QStringLiteral("rjansen"));
    CHECK(svc->user() == QStringLiteral("rjansen"));
    // Linked to two users and no --as: nobody chosen, read only.
    CHECK_FALSE(f.open(QStringLiteral("svc-aantafel"))->currentUser().has_value());
    // One's own login needs no link.
    f.open(QStringLiteral("fbakkali"), QStringLiteral("FBakkali"), &p);
    CHECK(p);
}
