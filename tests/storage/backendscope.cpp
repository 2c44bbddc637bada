#include "backendscope.h"

#include "../server/servertestsupport.h"

#include <catch2/catch.hpp>

#include <list>

namespace {

SqlBackend currentBackend = SqlBackend::SQLite;
// The scratch databases of the running test: dropped when its scope ends, after its Database objects.
std::list<std::unique_ptr<ScratchDatabase>>* scratchDatabases = nullptr;

} // namespace

const char* backendName(SqlBackend backend) {
    return backend == SqlBackend::PostgreSQL ? "PostgreSQL team server" : "SQLite file";
}

BackendScope::BackendScope(SqlBackend backend)
    : m_previous(currentBackend) {
    if (backend == SqlBackend::PostgreSQL && !TestServer::admin()) {
        std::cout << "team server part skipped: no PostgreSQL test server (AANTAFEL_TEST_POSTGRESQL is not set; "
                     "scripts/test starts one)"
                  << std::endl;
        m_skipped = true;
        return;
    }
    currentBackend = backend;
    scratchDatabases = new std::list<std::unique_ptr<ScratchDatabase>>;
}

BackendScope::~BackendScope() {
    if (m_skipped)
        return;
    delete scratchDatabases;
    scratchDatabases = nullptr;
    currentBackend = m_previous;
}

SqlBackend BackendScope::current() {
    return currentBackend;
}

ScratchDatabase& BackendScope::newScratchDatabase() {
    REQUIRE(scratchDatabases);
    scratchDatabases->push_back(std::make_unique<ScratchDatabase>());
    return *scratchDatabases->back();
}
