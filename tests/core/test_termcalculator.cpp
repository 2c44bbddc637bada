// Counting terms: Awb week terms with the Algemene termijnenwet, one-year terms and policy terms
// in working days. Every expected date below was counted by hand from the rules in the comment.
#include "testsupport.h"

#include "deadlines/termcalculator.h"

#include <QLocale>

TEST_CASE("the domain guide's worked examples", "[terms]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    auto [received, weeks, nominal, due] = GENERATE(table<const char*, int, const char*, const char*>({
        // Fri + 6 weeks = Fri 18 Apr, Goede Vrijdag; Sat, Sun; Mon 21 Apr tweede Paasdag -> Tue.
        {"2025-03-07", 6, "2025-04-18", "2025-04-22"},
        // Thu + 6 weeks = Thu 6 May, Hemelvaartsdag; Fri 7 May decreed; Sat, Sun -> Mon.
        {"2027-03-25", 6, "2027-05-06", "2027-05-10"},
        // Tue + 10 weeks = Tue 19 Mar: an ordinary working day.
        {"2002-01-08", 10, "2002-03-19", "2002-03-19"},
    }));
    CAPTURE(received, weeks);
    const CountedDate result = calc.addWeeks(d(received), weeks);
    CHECK(result.start == d(received));
    CHECK(result.nominal == d(nominal));
    CHECK(result.due == d(due));
    CHECK(result.extended == (result.nominal != result.due));
}

TEST_CASE("klaagschrift received the Friday before Good Friday runs on past Easter Monday", "[terms]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    const CountedDate result = calc.addWeeks(d("2025-03-07"), 6);
    CHECK(result.due == d("2025-04-22"));
    CHECK(result.extended);
    CHECK(result.counting == QStringLiteral("ontvangen vr 7 mrt 2025 + 6 weken = vr 18 apr 2025 (Goede Vrijdag); "
                                            "Atw art. 1: verschoven naar di 22 apr 2025"));
    CHECK(result.warning.isEmpty());
}

TEST_CASE("Atw art. 1 moves a six-week term off every kind of holiday", "[terms]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    // received + 42 days = nominal (same weekday); then the next day that is no Saturday, Sunday or holiday.
    auto [received, nominal, due] = GENERATE(table<const char*, const char*, const char*>({
        {"2025-11-20", "2026-01-01", "2026-01-05"}, // Nieuwjaarsdag Thu, decreed Fri 2 Jan, weekend
        {"2026-11-20", "2027-01-01", "2027-01-04"}, // Nieuwjaarsdag Fri, weekend
        {"2024-02-16", "2024-03-29", "2024-04-02"}, // Goede Vrijdag, weekend, tweede Paasdag (leap February)
        {"2026-02-20", "2026-04-03", "2026-04-07"}, // Goede Vrijdag, weekend, tweede Paasdag
        {"2026-02-23", "2026-04-06", "2026-04-07"}, // tweede Paasdag alone
        {"2026-03-16", "2026-04-27", "2026-04-28"}, // Koningsdag on a Monday
        {"2023-03-16", "2023-04-27", "2023-05-01"}, // Koningsdag Thu, decreed Fri 28 Apr, weekend
        {"2028-03-16", "2028-04-27", "2028-05-01"}, // Koningsdag Thu, decreed Fri 28 Apr, weekend
        {"2025-03-15", "2025-04-26", "2025-04-28"}, // Koningsdag moved to Saturday 26 Apr, Sunday
        {"2025-03-24", "2025-05-05", "2025-05-06"}, // Bevrijdingsdag on a Monday
        {"2026-03-24", "2026-05-05", "2026-05-06"}, // Bevrijdingsdag on a Tuesday
        {"2025-04-17", "2025-05-29", "2025-06-02"}, // Hemelvaartsdag, decreed Fri 30 May, weekend
        {"2026-04-02", "2026-05-14", "2026-05-18"}, // Hemelvaartsdag, decreed Fri 15 May, weekend
        {"2025-04-28", "2025-06-09", "2025-06-10"}, // tweede Pinksterdag
        {"2025-11-13", "2025-12-25", "2025-12-29"}, // Eerste and Tweede Kerstdag, weekend
        {"2025-11-14", "2025-12-26", "2025-12-29"}, // Tweede Kerstdag on a Friday, weekend
        {"2024-11-14", "2024-12-26", "2024-12-30"}, // Tweede Kerstdag Thu, decreed Fri 27 Dec, weekend
        {"2024-03-29", "2024-05-10", "2024-05-13"}, // decreed Fri 10 May alone, weekend
        {"2023-04-07", "2023-05-19", "2023-05-22"}, // decreed Fri 19 May alone, weekend
        {"2025-02-01", "2025-03-15", "2025-03-17"}, // plain Saturday
        {"2025-02-02", "2025-03-16", "2025-03-17"}, // plain Sunday
        {"2025-02-05", "2025-03-19", "2025-03-19"}, // plain Wednesday: no extension
    }));
    CAPTURE(received);
    const CountedDate result = calc.addWeeks(d(received), 6);
    CHECK(result.nominal == d(nominal));
    CHECK(result.nominal.dayOfWeek() == d(received).dayOfWeek());
    CHECK(result.due == d(due));
    CHECK(result.extended == (result.due != result.nominal));
    CHECK(result.warning.isEmpty());
}

TEST_CASE("the counting names the holiday that moved the term", "[terms]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    // 26 April 2025 is both a Saturday and Koningsdag: the explanation names the holiday.
    CHECK(calc.addWeeks(d("2025-03-15"), 6).counting ==
          QStringLiteral("ontvangen za 15 mrt 2025 + 6 weken = za 26 apr 2025 (Koningsdag); "
                         "Atw art. 1: verschoven naar ma 28 apr 2025"));
    CHECK(calc.addWeeks(d("2025-02-05"), 6).counting ==
          QStringLiteral("ontvangen wo 5 feb 2025 + 6 weken = wo 19 mrt 2025"));
    CHECK(calc.addWeeks(d("2025-02-05"), 1).counting ==
          QStringLiteral("ontvangen wo 5 feb 2025 + 1 week = wo 12 feb 2025"));
}

TEST_CASE("a decreed day only moves the term when the decree is in the calendar", "[terms][decreed]") {
    const HolidayCalendar shipped;
    const HolidayCalendar statutory = HolidayCalendar::statutoryOnly();
    // Hemelvaartsdag Thu 29 May 2025: with the decree Fri 30 May is a holiday too.
    CHECK(TermCalculator(shipped).addWeeks(d("2025-04-17"), 6).due == d("2025-06-02"));
    CHECK(TermCalculator(statutory).addWeeks(d("2025-04-17"), 6).due == d("2025-05-30"));
    // Without any recorded decree every year warns.
    CHECK_FALSE(TermCalculator(statutory).addWeeks(d("2025-04-17"), 6).warning.isEmpty());
}

TEST_CASE("Atw art. 4: terms of more than twelve weeks are not extended", "[terms]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    // All three end nominally on Goede Vrijdag 18 April 2025 (84, 91 and 98 days later).
    auto [received, weeks, due] = GENERATE(table<const char*, int, const char*>({
        {"2025-01-24", 12, "2025-04-22"}, // twelve weeks: still extended past Easter Monday
        {"2025-01-17", 13, "2025-04-18"}, // thirteen: ends on Goede Vrijdag itself
        {"2025-01-10", 14, "2025-04-18"}, // fourteen: likewise
    }));
    CAPTURE(received, weeks);
    const CountedDate result = calc.addWeeks(d(received), weeks);
    CHECK(result.nominal == d("2025-04-18"));
    CHECK(result.due == d(due));
    CHECK(result.extended == (weeks <= 12));
    if (weeks > 12) {
        CHECK(result.counting.contains(QStringLiteral("Atw art. 4")));
        CHECK(result.warning.isEmpty());
    }
}

TEST_CASE("a term ending in a year without decreed days warns that it may still move", "[terms][decreed]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    const QString warning2029 = QStringLiteral("Voor 2029 zijn nog geen bij Koninklijk Besluit gelijkgestelde dagen "
                                               "vastgesteld (Atw art. 3 lid 3); de datum kan nog verschuiven.");
    // Thu 1 Mar 2029 + 6 weeks = Thu 12 Apr 2029.
    CHECK(calc.addWeeks(d("2029-03-01"), 6).warning == warning2029);
    // Thu 30 Nov 2028 + 6 weeks = Thu 11 Jan 2029: received in a decreed year, ends in 2029.
    CHECK(calc.addWeeks(d("2028-11-30"), 6).due == d("2029-01-11"));
    CHECK(calc.addWeeks(d("2028-11-30"), 6).warning == warning2029);
    CHECK(calc.addWeeks(d("2028-03-16"), 6).warning.isEmpty());
    // No Atw, so no warning: fourteen weeks and one year.
    CHECK(calc.addWeeks(d("2029-01-04"), 14).warning.isEmpty());
    CHECK(calc.addOneYear(d("2028-06-01")).warning.isEmpty());
    // Working days look at every day: Wed 27 Dec 2028 + 5 = Thu 28, Fri 29, (Mon 1 Jan 2029
    // Nieuwjaarsdag), Tue 2, Wed 3, Thu 4 Jan 2029.
    const CountedDate acknowledgement = calc.addWorkingDays(d("2028-12-27"), 5);
    CHECK(acknowledgement.due == d("2029-01-04"));
    CHECK(acknowledgement.warning == warning2029);

    HolidayCalendar extended;
    extended.addDecreedYear(2029);
    CHECK(TermCalculator(extended).addWeeks(d("2029-03-01"), 6).warning.isEmpty());

    // A span over two undecreed years names both.
    CHECK(calc.addWorkingDays(d("2029-12-20"), 10).warning.startsWith(QStringLiteral("Voor 2029 en 2030 zijn")));
}

TEST_CASE("policy terms count working days past weekends and holidays", "[terms][policy]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    auto [start, days, due] = GENERATE(table<const char*, int, const char*>({
        {"2025-03-07", 5, "2025-03-14"}, // Fri: Mon..Fri of the next week
        {"2025-03-08", 1, "2025-03-10"}, // received on a Saturday: Monday is day one
        {"2025-03-07", 0, "2025-03-07"}, // no term
        // Thu: (Goede Vrijdag, weekend, Tweede Paasdag) Tue 22, Wed 23, Thu 24, Fri 25,
        // (Koningsdag Sat 26, Sun) Mon 28.
        {"2025-04-17", 5, "2025-04-28"},
        // Mon: Tue 23, Wed 24, (Kerst Thu 25, Fri 26, weekend) Mon 29, Tue 30, Wed 31 Dec.
        {"2025-12-22", 5, "2025-12-31"},
        // Wed: (Kerst, weekend) Mon 29, Tue 30, Wed 31, (Nieuwjaarsdag, decreed Fri 2 Jan, weekend) Mon 5, Tue 6.
        {"2025-12-24", 5, "2026-01-06"},
        // Wed: (Hemelvaartsdag, decreed Fri 30 May, weekend) Mon 2, Tue 3, Wed 4 June.
        {"2025-05-28", 3, "2025-06-04"},
    }));
    CAPTURE(start, days);
    const CountedDate result = calc.addWorkingDays(d(start), days);
    CHECK(result.due == d(due));
    CHECK_FALSE(result.extended);
    if (days > 0)
        CHECK_FALSE(calendar.isNonWorkingDay(result.due));
}

TEST_CASE("a working-day term explains which holidays it skipped", "[terms][policy]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    CHECK(calc.addWorkingDays(d("2025-05-28"), 3).counting ==
          QStringLiteral("ontvangen wo 28 mei 2025 + 3 werkdagen = wo 4 jun 2025; feestdagen overgeslagen: "
                         "do 29 mei 2025 (Hemelvaartsdag) en vr 30 mei 2025 (Bij Koninklijk Besluit gelijkgestelde dag "
                         "(brugdag na Hemelvaartsdag))"));
    CHECK(calc.addWorkingDays(d("2025-03-07"), 5).counting ==
          QStringLiteral("ontvangen vr 7 mrt 2025 + 5 werkdagen = vr 14 mrt 2025"));
}

TEST_CASE("a one-year term ends on the same calendar date and is never extended", "[terms][year]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    auto [start, due] = GENERATE(table<const char*, const char*>({
        {"2025-03-07", "2026-03-07"}, // ends on a Saturday: Atw art. 4, stays
        {"2025-12-25", "2026-12-25"}, // ends on Eerste Kerstdag: stays
        {"2024-02-29", "2025-02-28"}, // no 29 February in 2025
        {"2023-02-28", "2024-02-28"}, // into a leap year: still the 28th
    }));
    CAPTURE(start);
    const CountedDate result = calc.addOneYear(d(start));
    CHECK(result.due == d(due));
    CHECK(result.nominal == result.due);
    CHECK_FALSE(result.extended);
    CHECK(result.warning.isEmpty());
    CHECK(result.counting.contains(QStringLiteral("Atw art. 4")));
}

TEST_CASE("Awb 9:8 lid 1 b: conduct more than one year before filing", "[terms][year]") {
    auto [conduct, filed, older] = GENERATE(table<const char*, const char*, bool>({
        {"2024-03-07", "2025-03-07", false}, // exactly one year: not more than a year
        {"2024-03-06", "2025-03-07", true},  // one day more
        {"2024-03-08", "2025-03-07", false},
        {"2024-02-28", "2025-02-28", false},
        {"2024-02-27", "2025-02-28", true},
        {"2024-02-29", "2025-02-28", false}, // within the year
        {"2024-02-29", "2025-03-01", true},  // one year before 1 March 2025 is 1 March 2024
        {"2023-02-28", "2024-02-29", false}, // filed on 29 Feb: one year before is 28 Feb 2023
        {"2023-02-27", "2024-02-29", true},
        {"2025-03-10", "2025-03-07", false}, // conduct after filing (a typo) is not old
    }));
    CAPTURE(conduct, filed);
    CHECK(TermCalculator::conductOlderThanOneYear(d(conduct), d(filed)) == older);
}

TEST_CASE("unknown dates count to nothing", "[terms]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    CHECK_FALSE(calc.addWeeks(QDate(), 6).due.isValid());
    CHECK_FALSE(calc.addOneYear(QDate()).due.isValid());
    CHECK_FALSE(calc.addWorkingDays(QDate(), 5).due.isValid());
    CHECK_FALSE(TermCalculator::conductOlderThanOneYear(QDate(), d("2025-03-07")));
    CHECK(TermCalculator::shortDate(QDate()).isEmpty());
}

TEST_CASE("atwExtend leaves working days alone and walks over chains", "[terms]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    CHECK(calc.atwExtend(d("2025-03-07")) == d("2025-03-07"));
    CHECK(calc.atwExtend(d("2025-12-25")) == d("2025-12-29"));
    CHECK(calc.atwExtend(d("2025-12-31")) == d("2025-12-31"));
    CHECK(TermCalculator::shortDate(d("2025-05-05")) == QStringLiteral("ma 5 mei 2025"));
}

TEST_CASE("the quick working-day count agrees with the explained one, holidays and weekends included") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    // Thu 17 Apr 2025: Goede Vrijdag 18, weekend, tweede Paasdag 21; Tue 22 is the first working day,
    // so 3 working days end Thu 24 Apr.
    CHECK(calc.nthWorkingDayAfter(d("2025-04-17"), 3) == d("2025-04-24"));
    CHECK(calc.nthWorkingDayAfter(d("2025-04-17"), 1) == d("2025-04-22"));
    CHECK(calc.nthWorkingDayAfter(d("2025-04-17"), 0) == d("2025-04-17"));
    for (QDate day = d("2025-12-20"); day <= d("2027-01-10"); day = day.addDays(3)) {
        for (int n : {0, 1, 3, 5, 15}) {
            INFO(day.toString(Qt::ISODate).toStdString() << " + " << n);
            CHECK(calc.nthWorkingDayAfter(day, n) == calc.addWorkingDays(day, n).due);
        }
    }
}

TEST_CASE("dates in explanations follow the program's language: Dutch by default, English once English is chosen",
          "[terms]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    const QLocale before;
    // Dutch when no language was chosen, whatever the system says (the core tests run on C or en_US).
    QLocale::setDefault(QLocale::c());
    CHECK(TermCalculator::shortDate(d("2025-03-07")) == QStringLiteral("vr 7 mrt 2025"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // what Languages::install("en") sets
    CHECK(TermCalculator::shortDate(d("2025-03-07")) == QStringLiteral("Fri 7 Mar 2025"));
    // Friday 7 March + 6 weeks = Friday 18 April 2025; in the source language the rest of the sentence
    // stays Dutch here (no catalogue loaded), the dates are English.
    CHECK(calc.addWeeks(d("2025-03-07"), 6).counting.contains(QStringLiteral("Fri 18 Apr 2025")));
    // Two years without decreed days (Atw art. 3 lid 3): listed the English way.
    CHECK(calc.addWorkingDays(d("2029-12-20"), 10).warning.contains(QStringLiteral("2029 and 2030")));
    QLocale::setDefault(before);
    CHECK(calc.addWorkingDays(d("2029-12-20"), 10).warning.startsWith(QStringLiteral("Voor 2029 en 2030 zijn")));
}

TEST_CASE("a one-year term from 29 February says in one sentence that the date does not exist", "[terms]") {
    const HolidayCalendar calendar;
    const TermCalculator calc(calendar);
    // 29 Feb 2024 + 1 year: 2025 has no 29 February, so Friday 28 February 2025 (QDate::addYears).
    const CountedDate result = calc.addOneYear(d("2024-02-29"), QStringLiteral("afgehandeld"));
    CHECK(result.due == d("2025-02-28"));
    CHECK(result.counting.startsWith(
        QStringLiteral("afgehandeld do 29 feb 2024 + 1 jaar = vr 28 feb 2025 (29 februari bestaat niet in 2025)")));
}
