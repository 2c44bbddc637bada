// SqlValue::toDate reads the stored form "yyyy-MM-dd" on a path of its own, for speed; whatever it is given,
// it must answer exactly what Qt's ISO date reading answers, valid or not.
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QVariant>

TEST_CASE("a stored date reads as Qt reads an ISO date, also when it is no date at all") {
    const QStringList texts{QStringLiteral("2025-03-07"),          QStringLiteral("2024-02-29"), // a leap day
                            QStringLiteral("2025-02-29"), // no leap year: no date
                            QStringLiteral("2025-13-01"),          QStringLiteral("2025-00-10"),
                            QStringLiteral("2025-04-31"),          QStringLiteral("2025-04-00"),
                            QStringLiteral("0000-01-01"),          QStringLiteral("0001-01-01"),
                            QStringLiteral("9999-12-31"),          QStringLiteral("2025-3-7"),
                            QStringLiteral("2025/03/07"),          QStringLiteral("2025-03-0x"),
                            QStringLiteral("２０２５-03-07"), // full-width digits
                            QStringLiteral("2025-03-07T10:00:00"), QStringLiteral(" 2025-03-07"),
                            QStringLiteral("07-03-2025"),          QString()};
    for (const QString& text : texts) {
        CAPTURE(text);
        CHECK(SqlValue::toDate(QVariant(text)) == QDate::fromString(text, Qt::ISODate));
    }
    CHECK(SqlValue::toDate(QVariant()).isNull());
    CHECK(SqlValue::toDate(QVariant(QStringLiteral("2025-03-07"))) == QDate(2025, 3, 7));
}
