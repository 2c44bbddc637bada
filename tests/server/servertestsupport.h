// The PostgreSQL test server of the team-server tests: scripts/test starts a throwaway cluster and names it in
// AANTAFEL_TEST_POSTGRESQL (a URL of a superuser's connection). A test that needs it starts with
// SKIP_WITHOUT_TEST_SERVER(), which prints "SKIPPED: …" (CTest counts the test as skipped) and returns when
// the variable is not set, e.g. for a developer running ctest by hand.
//
// ScratchDatabase makes a fresh, empty database with a unique name ("t" and 12 digits) for one test, and drops
// it and every role whose name starts with that name (the program's roles, the test's logins) afterwards. It
// makes it a municipality and adds its users the way IT's superuser does, through the program. demoFile() is
// the municipality file the tests move to the server and back.
#pragma once

#include "testsupport.h"

#include "storage/serverlocation.h"
#include "users/user.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <iostream>
#include <optional>

namespace TestServer {
// The superuser's location of the test cluster, or nullopt when there is none.
std::optional<ServerLocation> admin();
} // namespace TestServer

#define SKIP_WITHOUT_TEST_SERVER()                                                                                     \
    do {                                                                                                               \
        if (!TestServer::admin()) {                                                                                    \
            std::cout << "SKIPPED: no PostgreSQL test server (AANTAFEL_TEST_POSTGRESQL is not set; scripts/test "      \
                         "starts one)"                                                                                 \
                      << std::endl;                                                                                    \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

class ScratchDatabase {
public:
    ScratchDatabase();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    const QString& name() const { return m_name; }
    // The superuser's location of this database.
    ServerLocation location() const;
    // The same database as another login (trust authentication on the test cluster's socket).
    ServerLocation as(const QString& login) const;
    // Runs statements as the superuser in the maintenance database (CREATE ROLE, …).
    void admin(const QStringList& statements) const;
    // A login that belongs to this database, and is dropped with it: its name, "x_" and who ("x_bea").
    QString login(const QString& who) const;
    // Makes the login login(who) with the server role of a program role, as IT grants one by hand to a login
    // that is no user of the program, and returns it.
    QString loginWithRole(const QString& who, Role role) const;
    // Makes the database a new municipality called `municipality` (ServerInit::initialise), set up by `by`.
    void initialise(const QString& municipality = {}, const QString& by = QStringLiteral("it")) const;
    // Adds the users as IT's superuser does, through the program's user store (UserRepository, as of
    // 23 November 2026), which gives their logins the server roles of their program roles.
    void addUsers(const QList<User>& users) const;

private:
    QString m_name;
};

// Every byte value, twice: what a scanned PDF's chunk may hold.
QByteArray allBytes();
// A demo municipality file "demo.aantafel" in dir of `cases` cases (aantafel-cli demo, seed 5, on 7 March 2025)
// with a document whose chunk holds every byte value (allBytes()).
QString demoFile(const TempDir& dir, int cases = 40);
