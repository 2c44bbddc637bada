// Dutch dates as registers write them, and the refusal of dates that do not exist.
#include "testsupport.h"

#include "import/dutchdate.h"

namespace {
const QDate today(2026, 11, 23);
QDate parsed(const char* text, bool excel = false) {
    const DateParse p = DutchDate::parse(QString::fromUtf8(text), today, excel);
    INFO(text << " → " << p.error.toStdString());
    CHECK(p.error.isEmpty());
    return p.date;
}
QString refusal(const char* text) {
    return DutchDate::parse(QString::fromUtf8(text), today).error;
}
} // namespace

TEST_CASE("the usual Dutch spellings of 7 March 2025 all read as that day", "[import][date]") {
    for (const char* text :
         {"7-3-2025", "07-03-2025", "7/3/2025", "7.3.2025", "2025-03-07", "7 maart 2025", "7 mrt 2025", "7 mrt. 2025",
          "7-3-25", "07-03-2025 00:00", "2025-03-07T09:15:00", " 7 Maart 2025 "})
        CHECK(parsed(text) == d("2025-03-07"));
}

TEST_CASE("two-digit years up to this year's are this century, later ones the last", "[import][date]") {
    CHECK(parsed("1-1-26") == d("2026-01-01"));
    CHECK(parsed("1-1-27") == d("1927-01-01"));
    CHECK(parsed("1-1-00") == d("2000-01-01"));
}

TEST_CASE("Excel serial numbers are dates only when asked for", "[import][date]") {
    CHECK(parsed("45723", true) == d("2025-03-07"));
    CHECK(refusal("45723") == u"'45723' is geen datum (bijvoorbeeld 7-3-2025 of 7 maart 2025)");
}

TEST_CASE("a date that does not exist is refused, never rolled over", "[import][date]") {
    CHECK(refusal("31-02-2025") == u"datum '31-02-2025' bestaat niet");
    CHECK(refusal("29-2-2025") == u"datum '29-2-2025' bestaat niet");
    CHECK(parsed("29-2-2024") == d("2024-02-29"));
    CHECK(refusal("7-13-2025") == u"datum '7-13-2025' bestaat niet");
    CHECK(refusal("32 maart 2025") == u"datum '32 maart 2025' bestaat niet");
    CHECK(refusal("1-1-0025") == u"datum '1-1-0025' valt buiten de jaren 1900–2199");
    CHECK(refusal("morgen") == u"'morgen' is geen datum (bijvoorbeeld 7-3-2025 of 7 maart 2025)");
    CHECK(refusal("7 foo 2025") == u"'7 foo 2025' is geen datum (bijvoorbeeld 7-3-2025 of 7 maart 2025)");
    CHECK(refusal("7-3/2025") == u"'7-3/2025' is geen datum (bijvoorbeeld 7-3-2025 of 7 maart 2025)");
}

TEST_CASE("a blank date is no date and no error", "[import][date]") {
    const DateParse p = DutchDate::parse(QStringLiteral("  "), today);
    CHECK_FALSE(p.date.isValid());
    CHECK(p.error.isEmpty());
}
