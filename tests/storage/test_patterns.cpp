// Patterns for learning over the hand-made municipality of yearreportfixture.cpp: counts per
// dimension and quarter, and the recurring theme at one department (Bejegening at Wijkteam Noord,
// four times in 2025 K1).
#include "yearreportfixture.h"

#include "learning/patterns.h"

namespace {

const PatternRow& row(const PatternTable& table, const QString& key) {
    for (const PatternRow& r : table.rows) {
        if (r.key == key)
            return r;
    }
    FAIL("no row " << key.toStdString());
    return table.rows.first();
}

} // namespace

TEST_CASE("quarters: labels, bounds and the quarter of a day") {
    CHECK(Quarter::of(d("2025-03-31")) == Quarter{2025, 1});
    CHECK(Quarter::of(d("2025-04-01")) == Quarter{2025, 2});
    CHECK(Quarter::of(d("2025-12-31")) == Quarter{2025, 4});
    CHECK(Quarter{2025, 2}.first() == d("2025-04-01"));
    CHECK(Quarter{2025, 2}.last() == d("2025-06-30"));
    CHECK(Quarter{2024, 4}.label() == QStringLiteral("2024 K4"));
    CHECK(Quarter{2024, 4} < Quarter{2025, 1});
}

TEST_CASE("themes of 2025 per quarter, with the cases without a theme as their own row") {
    YearReportMunicipality m;
    const PatternTable t = Patterns(*m.session).table(PatternDimension::Theme, d("2025-01-01"), d("2025-12-31"));
    REQUIRE(t.quarters.size() == 4);
    CHECK(t.quarters.first() == Quarter{2025, 1});
    CHECK(t.caseCount == 17);
    CHECK(t.casesPerQuarter == QList<int>{8, 4, 2, 3});
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows.at(0).key.isEmpty());
    CHECK(t.rows.at(0).label == QStringLiteral("(niet ingevuld)"));
    CHECK(t.rows.at(0).total == 7);
    CHECK(t.rows.at(1).key == QStringLiteral("Bejegening"));
    CHECK(t.rows.at(1).perQuarter == QList<int>{4, 0, 0, 0});
    CHECK(t.rows.at(2).key == QStringLiteral("Lange wachttijd"));
    CHECK(t.rows.at(2).perQuarter == QList<int>{2, 1, 0, 1});
    CHECK(t.rows.at(3).key == QStringLiteral("Privacy"));
    CHECK(t.rows.at(3).perQuarter == QList<int>{1, 0, 1, 0});
}

TEST_CASE("domains, departments, providers and channels each add up to the cases of the period") {
    YearReportMunicipality m;
    const Patterns patterns(*m.session);
    const QDate from = d("2025-01-01");
    const QDate to = d("2025-12-31");
    for (PatternDimension dimension : {PatternDimension::Domain, PatternDimension::Department,
                                       PatternDimension::Provider, PatternDimension::Channel}) {
        const PatternTable t = patterns.table(dimension, from, to);
        int sum = 0;
        for (const PatternRow& r : t.rows)
            sum += r.total;
        CHECK(sum == 17);
    }
    const PatternTable domains = patterns.table(PatternDimension::Domain, from, to);
    CHECK(row(domains, QStringLiteral("wmo")).label == QStringLiteral("Wmo 2015"));
    CHECK(row(domains, QStringLiteral("wmo")).total == 7);
    CHECK(row(domains, QStringLiteral("youth")).total == 4);
    CHECK(domains.rows.first().key == QStringLiteral("wmo"));
    const PatternTable providers = patterns.table(PatternDimension::Provider, from, to);
    CHECK(row(providers, QStringLiteral("Zorg Plus BV")).perQuarter == QList<int>{2, 1, 0, 0});
    CHECK(row(providers, QStringLiteral("Thuiszorg West")).total == 1);
    const PatternTable channels = patterns.table(PatternDimension::Channel, from, to);
    CHECK(row(channels, QStringLiteral("letter")).label == QStringLiteral("Brief"));
    CHECK(row(channels, QStringLiteral("letter")).total == 6);
    const PatternTable departments = patterns.table(PatternDimension::Department, from, to);
    CHECK(row(departments, QStringLiteral("Wijkteam Noord")).perQuarter == QList<int>{4, 0, 0, 0});
}

TEST_CASE("a period across the turn of the year has a quarter of each year") {
    YearReportMunicipality m;
    const PatternTable t = Patterns(*m.session).table(PatternDimension::Domain, d("2024-12-01"), d("2025-02-28"));
    CHECK(t.quarters == QList<Quarter>{{2024, 4}, {2025, 1}});
    CHECK(t.casesPerQuarter == QList<int>{2, 5});
    CHECK(t.caseCount == 7);
    const PatternTable empty = Patterns(*m.session).table(PatternDimension::Domain, d("2025-02-28"), d("2024-12-01"));
    CHECK(empty.quarters.isEmpty());
    CHECK(empty.rows.isEmpty());
}

TEST_CASE("the same theme at the same department three times in a quarter is a recurring pattern") {
    YearReportMunicipality m;
    const Patterns patterns(*m.session);
    const QList<RecurringPattern> found = patterns.recurring(d("2025-01-01"), d("2025-12-31"));
    REQUIRE(found.size() == 1);
    const RecurringPattern& p = found.first();
    CHECK(p.theme == QStringLiteral("Bejegening"));
    CHECK(p.place == PatternDimension::Department);
    CHECK(p.placeName == QStringLiteral("Wijkteam Noord"));
    CHECK(p.quarter == Quarter{2025, 1});
    CHECK(p.count() == 4);
    CHECK(p.description() == QStringLiteral("Bejegening bij Wijkteam Noord: 4\u00d7 in 2025 K1"));
    // The selection the user turns into a structural measure: the same four cases.
    CHECK(patterns.caseIds(PatternDimension::Theme, QStringLiteral("Bejegening"), d("2025-01-01"), d("2025-03-31")) ==
          p.caseIds);
    CHECK(patterns.caseIds(PatternDimension::Department, QStringLiteral("Wijkteam Noord"), d("2025-01-01"),
                           d("2025-12-31")) == p.caseIds);
    for (qint64 id : p.caseIds)
        CHECK(m.session->cases().load(id).subject.department == QStringLiteral("Wijkteam Noord"));

    CHECK(patterns.recurring(d("2025-01-01"), d("2025-12-31"), 5).isEmpty());
    // Outside the period's quarters nothing recurs; a period clipping K1 keeps only its cases.
    CHECK(patterns.recurring(d("2025-04-01"), d("2025-12-31")).isEmpty());
    const QList<RecurringPattern> clipped = patterns.recurring(d("2025-02-11"), d("2025-03-31"));
    REQUIRE(clipped.size() == 1);
    CHECK(clipped.first().count() == 3);
    // At a threshold of one, the provider Zorg Plus BV shows up with Lange wachttijd in K1 and K2.
    int zorgPlus = 0;
    for (const RecurringPattern& r : patterns.recurring(d("2025-01-01"), d("2025-12-31"), 1)) {
        if (r.place == PatternDimension::Provider && r.placeName == QStringLiteral("Zorg Plus BV") &&
            r.theme == QStringLiteral("Lange wachttijd"))
            ++zorgPlus;
    }
    CHECK(zorgPlus == 2);
}

TEST_CASE("the cases without a theme can be selected too") {
    YearReportMunicipality m;
    const QList<qint64> ids =
        Patterns(*m.session).caseIds(PatternDimension::Theme, QString(), d("2025-01-01"), d("2025-12-31"));
    CHECK(ids.size() == 7);
    for (qint64 id : ids)
        CHECK(m.session->cases().load(id).themes.isEmpty());
    CHECK(Patterns::label(PatternDimension::Provider) == QStringLiteral("Aanbieder"));
    CHECK(Patterns::allDimensions().size() == 5);
}
