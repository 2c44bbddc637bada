// The figures the README promises for a big city's file: open + first list page, full-text search,
// the deadline overview, the yearly report and the memory they take, on a generated municipality file of --cases cases
// (100,000 by default; the README also gives 1,000,000). Each BENCHMARK repeats the whole user-level
// operation, from the file on disk to the rows on screen, in a warm file cache.
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include <catch2/catch.hpp>

#include "benchsupport.h"

#include "domain/clock.h"
#include "overview/deadlineoverview.h"
#include "report/yearreport.h"
#include "session/municipalitysession.h"
#include "storage/casequery.h"
#include "storage/database.h"

#include <cstdio>

namespace {

constexpr int PageSize = 200;

struct Opened {
    FixedClock clock{QDateTime(BenchConfig::today(), QTime(9, 0))};
    MunicipalitySession session;
    Opened()
        : session(Database::open(BenchConfig::file()), clock, QStringLiteral("bench")) {}
};

QList<Case> firstPage(MunicipalitySession& session, const CaseSelection& selection) {
    CaseQuery query(session.database());
    const QList<qint64> ids = query.ids(selection, {}, session.engine(), session.today());
    return query.rows(ids.mid(0, PageSize));
}

} // namespace

TEST_CASE("scale: open, list, search, deadline overview, yearly report, memory", "[bench]") {
    const QString path = BenchConfig::file(); // generated outside the measurements
    {
        Opened warm; // fills the file cache once, as the program's own start would
        REQUIRE(warm.session.cases().count() == BenchConfig::cases());
    }

    BENCHMARK("open file + first list page (200 rows)") {
        Opened opened;
        return firstPage(opened.session, {}).size();
    };

    Opened opened;
    REQUIRE(firstPage(opened.session, {}).size() == std::min(PageSize, BenchConfig::cases()));

    CaseSelection rareWord;
    rareWord.words = QStringLiteral("scootmobiel");
    CaseSelection name;
    name.words = QStringLiteral("jansen");
    CaseSelection twoWords;
    twoWords.words = QStringLiteral("wijkteam terugbellen");
    REQUIRE(!firstPage(opened.session, rareWord).isEmpty());
    REQUIRE(!firstPage(opened.session, name).isEmpty());

    BENCHMARK("full-text search 'scootmobiel' + first page") {
        return firstPage(opened.session, rareWord).size();
    };
    BENCHMARK("full-text search 'jansen' (a surname) + first page") {
        return firstPage(opened.session, name).size();
    };
    BENCHMARK("full-text search 'wijkteam terugbellen' + first page") {
        return firstPage(opened.session, twoWords).size();
    };

    const DeadlineOverview overview(opened.session);
    REQUIRE(!overview.compute().rows.isEmpty());
    BENCHMARK("deadline overview (all handlers)") {
        return overview.compute().rows.size();
    };

    REQUIRE(YearReport::compute(opened.session, 2025).complaints > 0);
    BENCHMARK("yearly report 2025 (art. 9:12a)") {
        return YearReport::compute(opened.session, 2025).complaints;
    };

    std::printf("\nMemory: resident %.0f MiB now, peak %.0f MiB (%d cases)\n", BenchMemory::residentMiB(),
                BenchMemory::peakMiB(), BenchConfig::cases());
    CHECK(BenchMemory::peakMiB() > 0); // /proc/self/status was read
}
