// Runs a storage test against both places a municipality can live: the file and the PostgreSQL team server.
// A test that starts with BOTH_BACKENDS() runs twice (a Catch2 generator); while it runs, newMunicipality()
// makes the municipality on that backend: a new file, or a fresh database of the test cluster set up by
// ServerInit exactly as aantafel-cli server init does it, opened through Database::openServer as the
// cluster's superuser. The database is dropped when the run ends.
//
// Without a test cluster (AANTAFEL_TEST_POSTGRESQL unset, e.g. ctest by hand; scripts/test always sets it)
// the server run prints "team server part skipped: …" and returns, so that the file run still counts; it
// does not print CTest's "SKIPPED: " marker, which would hide the file run's result.
#pragma once

#include "storage/sqldialect.h"

#include <memory>

class ScratchDatabase;

class BackendScope {
public:
    explicit BackendScope(SqlBackend backend);
    ~BackendScope();
    BackendScope(const BackendScope&) = delete;
    BackendScope& operator=(const BackendScope&) = delete;

    // This run cannot happen here (the server half without a test cluster).
    bool skipped() const { return m_skipped; }

    // The backend of the running test; SQLite outside BOTH_BACKENDS().
    static SqlBackend current();
    // A fresh database of the test cluster that lives until the run ends (the server half only).
    static ScratchDatabase& newScratchDatabase();

private:
    SqlBackend m_previous;
    bool m_skipped = false;
};

const char* backendName(SqlBackend backend);

#define BOTH_BACKENDS()                                                                                                \
    const SqlBackend testBackend = GENERATE(SqlBackend::SQLite, SqlBackend::PostgreSQL);                               \
    INFO("backend: " << backendName(testBackend));                                                                     \
    BackendScope testBackendScope(testBackend);                                                                        \
    if (testBackendScope.skipped())                                                                                    \
    return
