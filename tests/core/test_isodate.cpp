// IsoDate::text writes the stored and printed form of a day itself; it must give exactly what Qt's ISO
// formatting gives, for every day and for the days Qt cannot write.
#include <catch2/catch.hpp>

#include "domain/isodate.h"

#include <QDate>

TEST_CASE("a day is written as Qt writes an ISO date, also where Qt writes nothing") {
    // Every day of three years round a leap day and a century.
    for (QDate day(1999, 1, 1); day <= QDate(2001, 12, 31); day = day.addDays(1)) {
        CAPTURE(day.toJulianDay());
        REQUIRE(IsoDate::text(day) == day.toString(Qt::ISODate));
    }
    const QList<QDate> edges{QDate(1, 1, 1),    QDate(9, 9, 9),      QDate(999, 12, 31),
                             QDate(1000, 1, 1), QDate(9999, 12, 31), QDate(10000, 1, 1),
                             QDate(-1, 6, 15),  QDate(-2025, 3, 7),  QDate(2024, 2, 29),
                             QDate(),           QDate(2025, 2, 29)};
    for (const QDate& day : edges) {
        CAPTURE(day.toJulianDay());
        CHECK(IsoDate::text(day) == day.toString(Qt::ISODate));
        CHECK(IsoDate::text(day).isNull() == day.toString(Qt::ISODate).isNull());
    }
}
