// The Algemene termijnenwet calendar, checked against dates worked out by hand from art. 3 and
// against published Easter dates.
#include "testsupport.h"

#include "deadlines/holidaycalendar.h"

TEST_CASE("Easter Sunday follows the Gregorian computus", "[holidays]") {
    // Published Easter dates, including the earliest (22 March) and latest (25 April) possible.
    auto [year, easter] = GENERATE(table<int, const char*>({
        {2019, "2019-04-21"},
        {2024, "2024-03-31"},
        {2025, "2025-04-20"},
        {2026, "2026-04-05"},
        {2027, "2027-03-28"},
        {2028, "2028-04-16"},
        {2038, "2038-04-25"},
        {2008, "2008-03-23"},
        {1818, "1818-03-22"},
        {2285, "2285-03-22"},
        {1943, "1943-04-25"},
    }));
    CAPTURE(year);
    CHECK(HolidayCalendar::easterSunday(year) == d(easter));
}

TEST_CASE("every day of Atw art. 3 is a holiday with its Dutch name", "[holidays]") {
    const HolidayCalendar calendar = HolidayCalendar::statutoryOnly();
    // 2025: Easter 20 April. Goede Vrijdag = Easter - 2, tweede Paasdag = Easter + 1,
    // Hemelvaartsdag = Easter + 39, tweede Pinksterdag = Easter + 50. 27 April 2025 is a Sunday,
    // so Koningsdag is Saturday 26 April.
    auto [day, name] = GENERATE(table<const char*, const char*>({
        {"2025-01-01", "Nieuwjaarsdag"},
        {"2025-04-18", "Goede Vrijdag"},
        {"2025-04-21", "Tweede Paasdag"},
        {"2025-04-26", "Koningsdag"},
        {"2025-05-05", "Bevrijdingsdag"},
        {"2025-05-29", "Hemelvaartsdag"},
        {"2025-06-09", "Tweede Pinksterdag"},
        {"2025-12-25", "Eerste Kerstdag"},
        {"2025-12-26", "Tweede Kerstdag"},
        // 2026: Easter 5 April; Koningsdag on Monday 27 April.
        {"2026-04-03", "Goede Vrijdag"},
        {"2026-04-06", "Tweede Paasdag"},
        {"2026-04-27", "Koningsdag"},
        {"2026-05-14", "Hemelvaartsdag"},
        {"2026-05-25", "Tweede Pinksterdag"},
        // 2024: Easter 31 March, so Goede Vrijdag falls in March; Koningsdag on Saturday 27 April.
        {"2024-03-29", "Goede Vrijdag"},
        {"2024-04-01", "Tweede Paasdag"},
        {"2024-04-27", "Koningsdag"},
        // 2038: Easter on its latest possible day, 25 April.
        {"2038-04-26", "Tweede Paasdag"},
        {"2038-04-27", "Koningsdag"},
    }));
    CAPTURE(day);
    CHECK(calendar.isHoliday(d(day)));
    CHECK(calendar.holidayName(d(day)) == std::optional<QString>(QString::fromUtf8(name)));
    CHECK(calendar.nonWorkingReason(d(day)) == QString::fromUtf8(name));
}

TEST_CASE("Koningsdag moves to 26 April when the 27th is a Sunday", "[holidays]") {
    const HolidayCalendar calendar = HolidayCalendar::statutoryOnly();
    // 27 April was or will be a Sunday in 2014 (the first Koningsdag), 2025, 2031 and 2036.
    const int year = GENERATE(2014, 2025, 2031, 2036);
    CAPTURE(year);
    CHECK(QDate(year, 4, 27).dayOfWeek() == Qt::Sunday);
    CHECK(calendar.holidayName(QDate(year, 4, 26)) == std::optional<QString>(QStringLiteral("Koningsdag")));
    CHECK_FALSE(calendar.isHoliday(QDate(year, 4, 27)));
    CHECK(calendar.nonWorkingReason(QDate(year, 4, 27)) == QStringLiteral("zondag"));
}

TEST_CASE("before 2014 the monarch's day was Koninginnedag on 30 April, or the 29th before a Sunday", "[holidays]") {
    const HolidayCalendar calendar = HolidayCalendar::statutoryOnly();
    auto [day, holiday] = GENERATE(table<const char*, bool>({
        {"2013-04-30", true},  // Tuesday, the last Koninginnedag
        {"2013-04-27", false}, // not yet Koningsdag
        {"2006-04-29", true},  // 30 April 2006 was a Sunday
        {"2006-04-30", false},
        {"2000-04-29", true}, // 30 April 2000 was a Sunday
        {"2012-04-30", true},
    }));
    CAPTURE(day);
    CHECK(calendar.isHoliday(d(day)) == holiday);
    if (holiday)
        CHECK(calendar.holidayName(d(day)) == std::optional<QString>(QStringLiteral("Koninginnedag")));
}

TEST_CASE("days that feel like holidays but are not in Atw art. 3", "[holidays]") {
    const HolidayCalendar calendar = HolidayCalendar::statutoryOnly();
    const char* day = GENERATE("2025-04-17", // Witte Donderdag
                               "2025-04-20", // Eerste Paasdag: a Sunday, but no art. 3 day
                               "2025-06-08", // Eerste Pinksterdag
                               "2025-05-04", // Dodenherdenking
                               "2025-12-24", // Kerstavond
                               "2025-12-31", // Oudejaarsdag
                               "2025-04-27", // 27 April when Koningsdag moved to the 26th
                               "2025-05-30"  // decreed for 2025, but not statutory
    );
    CAPTURE(day);
    CHECK_FALSE(calendar.isHoliday(d(day)));
    CHECK_FALSE(calendar.holidayName(d(day)).has_value());
}

TEST_CASE("Hemelvaartsdag on 5 May carries both names", "[holidays]") {
    // Easter 2016 was 27 March, so Hemelvaartsdag (Easter + 39) fell on Bevrijdingsdag.
    const HolidayCalendar calendar;
    const auto name = calendar.holidayName(d("2016-05-05"));
    REQUIRE(name.has_value());
    CHECK(name->contains(QStringLiteral("Hemelvaartsdag")));
    CHECK(name->contains(QStringLiteral("Bevrijdingsdag")));
}

TEST_CASE("weekends are non-working days but not holidays", "[holidays]") {
    const HolidayCalendar calendar;
    CHECK(calendar.isWeekend(d("2025-03-08")));
    CHECK(calendar.isWeekend(d("2025-03-09")));
    CHECK_FALSE(calendar.isWeekend(d("2025-03-07")));
    CHECK_FALSE(calendar.isHoliday(d("2025-03-08")));
    CHECK(calendar.isNonWorkingDay(d("2025-03-08")));
    CHECK(calendar.nonWorkingReason(d("2025-03-08")) == QStringLiteral("zaterdag"));
    CHECK(calendar.nonWorkingReason(d("2025-03-09")) == QStringLiteral("zondag"));
    CHECK(calendar.nonWorkingReason(d("2025-03-07")).isEmpty());
    // A holiday on a Saturday is named as the holiday.
    CHECK(calendar.nonWorkingReason(d("2024-04-27")) == QStringLiteral("Koningsdag"));
}

TEST_CASE("the shipped calendar holds the days decreed for 2023 to 2028", "[holidays][decreed]") {
    const HolidayCalendar shipped;
    const HolidayCalendar statutory = HolidayCalendar::statutoryOnly();
    // Each is the Friday after a Thursday holiday (Koningsdag, Hemelvaartsdag, Tweede Kerstdag,
    // Nieuwjaarsdag): the bridge days of the Royal Decrees under Atw art. 3 lid 3.
    const char* day = GENERATE("2023-04-28", "2023-05-19", "2024-05-10", "2024-12-27", "2025-05-30", "2026-01-02",
                               "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26");
    CAPTURE(day);
    CHECK(d(day).dayOfWeek() == Qt::Friday);
    CHECK(statutory.isHoliday(d(day).addDays(-1)));
    CHECK(shipped.isHoliday(d(day)));
    CHECK_FALSE(statutory.isHoliday(d(day)));
    const auto name = shipped.holidayName(d(day));
    REQUIRE(name.has_value());
    CHECK(name->startsWith(QStringLiteral("Bij Koninklijk Besluit gelijkgestelde dag")));
}

TEST_CASE("shipped decreed days and years are complete and ordered", "[holidays][decreed]") {
    const HolidayCalendar shipped;
    CHECK(HolidayCalendar::shippedDecreedDays().size() == 10);
    CHECK(shipped.decreedDays() == HolidayCalendar::shippedDecreedDays());
    CHECK(shipped.decreedYears() == QList<int>{2023, 2024, 2025, 2026, 2027, 2028});
    CHECK(HolidayCalendar::shippedDecreedYears() == shipped.decreedYears());
    CHECK(shipped.isYearDecreed(2028));
    CHECK_FALSE(shipped.isYearDecreed(2029));
    CHECK_FALSE(shipped.isYearDecreed(2022));
    const HolidayCalendar statutory = HolidayCalendar::statutoryOnly();
    CHECK(statutory.decreedDays().isEmpty());
    CHECK(statutory.decreedYears().isEmpty());
}

TEST_CASE("a beheerder records the decree for a new year", "[holidays][decreed]") {
    HolidayCalendar calendar;
    // Easter 2029 is 1 April, so Hemelvaartsdag is Thursday 10 May and the bridge day Friday 11 May.
    CHECK(HolidayCalendar::easterSunday(2029) == d("2029-04-01"));
    CHECK_FALSE(calendar.isHoliday(d("2029-05-11")));
    calendar.addDecreedDay(d("2029-05-11"), QStringLiteral("Brugdag na Hemelvaartsdag"));
    calendar.addDecreedYear(2029);
    CHECK(calendar.isHoliday(d("2029-05-11")));
    CHECK(calendar.holidayName(d("2029-05-11")) == std::optional<QString>(QStringLiteral("Brugdag na Hemelvaartsdag")));
    CHECK(calendar.isYearDecreed(2029));
    CHECK(calendar.decreedDays().constLast() ==
          DecreedDay{d("2029-05-11"), QStringLiteral("Brugdag na Hemelvaartsdag")});

    calendar.removeDecreedDay(d("2029-05-11"));
    CHECK_FALSE(calendar.isHoliday(d("2029-05-11")));
    // Removing a day does not undo the decree for the year: a year may have no extra days.
    CHECK(calendar.isYearDecreed(2029));

    calendar.addDecreedDay(d("2030-01-02"), QString());
    CHECK(calendar.holidayName(d("2030-01-02")) ==
          std::optional<QString>(QStringLiteral("Bij Koninklijk Besluit gelijkgestelde dag")));
}

TEST_CASE("an invalid date is neither weekend nor holiday", "[holidays]") {
    const HolidayCalendar calendar;
    CHECK_FALSE(calendar.isNonWorkingDay(QDate()));
    CHECK(calendar.nonWorkingReason(QDate()).isEmpty());
}

TEST_CASE("the fast holiday test agrees with the named holidays on every day from 1990 to 2040", "[holidays]") {
    HolidayCalendar calendar;
    calendar.addDecreedDay(d("2026-05-15"), QStringLiteral("Vrijdag na Hemelvaartsdag"));
    int holidays = 0;
    for (QDate day = d("1990-01-01"); day <= d("2040-12-31"); day = day.addDays(1)) {
        INFO(day.toString(Qt::ISODate).toStdString());
        REQUIRE(calendar.isHoliday(day) == calendar.holidayName(day).has_value());
        holidays += calendar.isHoliday(day);
    }
    // Nine days a year (Goede Vrijdag included; Hemelvaart and 5 May coincide now and then) plus one decreed.
    CHECK(holidays > 51 * 8);
    CHECK(calendar.isHoliday(d("2026-05-15")));
    CHECK_FALSE(calendar.isHoliday(QDate()));
}
