// The figures the README promises for a big city's file: open + first list page, full-text search,
// the deadline overview, the yearly report and the memory they take, on a generated municipality file of --cases cases
// (100,000 by default; the README also gives 1,000,000), or with --server on the same municipality moved to a
// PostgreSQL team server. Each BENCHMARK repeats the whole user-level operation, from the file on disk (or the
// server's connection) to the rows on screen, in a warm cache.
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
        : session(Database::openAny(BenchConfig::location()), clock, QStringLiteral("bench")) {}
};

// As the case list shows a selection in its default order: the ids of the first page and its rows
// (the list counts a selection after its first page is shown, up to 1,000: measured on its own).
QList<Case> firstPage(MunicipalitySession& session, const CaseSelection& selection) {
    CaseQuery query(session.database());
    const QList<qint64> ids = query.page(selection, {}, session.today(), 0, PageSize + 1).value_or(QList<qint64>());
    return query.rows(ids.mid(0, PageSize));
}

} // namespace

TEST_CASE("scale: open, list, search, deadline overview, yearly report, memory", "[bench]") {
    const QString where = BenchConfig::location(); // generated (and moved) outside the measurements

    // Every operation once, before any BENCHMARK: the memory they need is measured here, because
    // Catch's first BENCHMARK estimates the clock with vectors of its own (over 300 MiB), which would
    // otherwise be the peak.
    BenchMemory::resetPeak();
    CaseSelection rareWord;
    rareWord.words = QStringLiteral("scootmobiel");
    CaseSelection name;
    name.words = QStringLiteral("jansen");
    CaseSelection twoWords;
    twoWords.words = QStringLiteral("wijkteam terugbellen");
    CaseSelection commonWord;
    commonWord.words = QStringLiteral("de");
    CaseSelection commonStart; // a common word of four letters or more: also the start of longer words
    commonStart.words = QStringLiteral("gemeente");
    CaseSelection commonWords;
    commonWords.words = QStringLiteral("de gemeente");
    Opened opened;
    REQUIRE(opened.session.cases().count() == BenchConfig::cases());
    REQUIRE(firstPage(opened.session, {}).size() == std::min(PageSize, BenchConfig::cases()));
    REQUIRE(!firstPage(opened.session, rareWord).isEmpty());
    REQUIRE(!firstPage(opened.session, name).isEmpty());
    REQUIRE(!firstPage(opened.session, twoWords).isEmpty());
    REQUIRE(firstPage(opened.session, commonWord).size() == std::min(PageSize, BenchConfig::cases()));
    REQUIRE(firstPage(opened.session, commonStart).size() == std::min(PageSize, BenchConfig::cases()));
    REQUIRE(!firstPage(opened.session, commonWords).isEmpty());
    const DeadlineOverview overview(opened.session);
    const qsizetype overviewRows = overview.compute().rows.size();
    REQUIRE(overviewRows > 0);
    const YearReport report2025 = YearReport::compute(opened.session, 2025);
    REQUIRE(report2025.complaints > 0);
    const double operationsPeak = BenchMemory::peakMiB();
    CHECK(operationsPeak > 0); // /proc/self/status was read

    BENCHMARK("open file + first list page (200 rows)") {
        Opened again;
        return firstPage(again.session, {}).size();
    };
    BENCHMARK("full-text search 'scootmobiel' + first page") {
        return firstPage(opened.session, rareWord).size();
    };
    BENCHMARK("full-text search 'jansen' (a surname) + first page") {
        return firstPage(opened.session, name).size();
    };
    BENCHMARK("full-text search 'wijkteam terugbellen' + first page") {
        return firstPage(opened.session, twoWords).size();
    };
    BENCHMARK("full-text search 'de' (a common word) + first page") {
        return firstPage(opened.session, commonWord).size();
    };
    BENCHMARK("full-text search 'gemeente' (a common word start) + first page") {
        return firstPage(opened.session, commonStart).size();
    };
    BENCHMARK("full-text search 'de gemeente' + first page") {
        return firstPage(opened.session, commonWords).size();
    };
    BENCHMARK("counting every case up to 1,000 (after the first page is shown)") {
        return CaseQuery(opened.session.database()).count({}, opened.session.today(), 1000);
    };
    BENCHMARK("counting a search for 'de' up to 1,000 (after its first page is shown)") {
        return CaseQuery(opened.session.database()).count(commonWord, opened.session.today(), 1000);
    };
    BENCHMARK("deadline overview (all handlers)") {
        return overview.compute().rows.size();
    };
    BENCHMARK("yearly report 2025 (art. 9:12a)") {
        return YearReport::compute(opened.session, 2025).complaints;
    };

    // The rows the operations read, so that the figures of two files can be compared by their work.
    std::printf("\n%s: %s\n", BenchConfig::onServer() ? "Team server" : "File", qPrintable(where));
    std::printf("Municipality: %d cases over %d years; received in 2025: %d complaints and %d signals; the deadline "
                "overview: %lld rows\n",
                BenchConfig::cases(), BenchConfig::years(), report2025.complaints, report2025.signalCount,
                qlonglong(overviewRows));
    std::printf("Memory: peak %.0f MiB while opening, listing, searching, computing the overview and the "
                "yearly report once (%d cases); resident %.0f MiB now\n",
                operationsPeak, BenchConfig::cases(), BenchMemory::residentMiB());
}
