// The PostgreSQL test server of the team-server tests: scripts/test starts a throwaway cluster and names it in
// AANTAFEL_TEST_POSTGRESQL (a URL of a superuser's connection). A test that needs it starts with
// SKIP_WITHOUT_TEST_SERVER(), which prints "SKIPPED: …" (CTest counts the test as skipped) and returns when
// the variable is not set, e.g. for a developer running ctest by hand.
//
// ScratchDatabase makes a fresh, empty database with a unique name ("t" and 12 digits) for one test, and drops
// it and every role whose name starts with that name (the program's roles, the test's logins) afterwards.
#pragma once

#include "storage/serverlocation.h"

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

private:
    QString m_name;
};
