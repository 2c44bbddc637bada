// SqlRows reads the rows of a SELECT column by column without a QVariant per value (SQLite's own statement
// in the file, libpq's result on the team server); every value must read as SqlQuery's value converts it.
#include "storagetestsupport.h"

#include "backendscope.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/sqlrows.h"

#include <QList>
#include <QSqlRecord>
#include <QVariant>

namespace {

struct Values {
    bool isNull;
    qint64 integer;
    QString text;
    QDate date;
    bool operator==(const Values&) const = default;
};

// Every value of every row of sql, each column read as a text, an integer and a date.
QList<Values> throughQuery(Database& db, const QString& sql) {
    QList<Values> values;
    SqlQuery q(db, sql);
    q.exec();
    while (q.next()) {
        for (int column = 0; column < q.raw().record().count(); ++column) {
            const QVariant v = q.value(column);
            values.append({v.isNull(), v.toLongLong(), v.toString(), SqlValue::toDate(v)});
        }
    }
    return values;
}

QList<Values> throughRows(Database& db, const QString& sql, int columns) {
    QList<Values> values;
    SqlRows rows(db, sql);
    rows.exec();
    while (rows.next()) {
        for (int column = 0; column < columns; ++column)
            values.append({rows.isNull(column), rows.integer(column), rows.text(column), rows.date(column)});
    }
    return values;
}

// The values of sql through SqlRows, checked against SqlQuery's (cells of them); returned for the test's checks.
QList<Values> readBothWays(Database& db, const QString& sql, int columns, qsizetype cells) {
    const QList<Values> expected = throughQuery(db, sql);
    REQUIRE(expected.size() == cells);
    CHECK(throughRows(db, sql, columns) == expected);
    return expected;
}

} // namespace

TEST_CASE("SqlRows reads each value as SqlQuery's value converts it, on both backends") {
    BOTH_BACKENDS();
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    // A text, an integer, a date and a NULL in columns of one type each; Dutch text, an empty one, a broken date.
    const QString sql =
        QStringLiteral("SELECT 'Zoë Müller-ĳzer' AS name, 42 AS number, '2024-02-29' AS day, NULL AS no_value "
                       "UNION ALL SELECT '', -7, '2025-02-29', NULL "
                       "UNION ALL SELECT '12', 0, '2025-3-7', NULL "
                       "UNION ALL SELECT 'régie €', 9007199254740993, '', NULL");
    const QList<Values> expected = readBothWays(*db, sql, 4, 16);
    CHECK(expected.at(0).text == QStringLiteral("Zoë Müller-ĳzer"));
    CHECK(expected.at(2).date == QDate(2024, 2, 29));
    CHECK(expected.at(6).date.isNull());
    CHECK(expected.at(13).integer == 9007199254740993LL);
}

TEST_CASE("SqlRows on a file reads text that is no valid UTF-8 and numbers stored as text as the driver does") {
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    // SQLite keeps whatever bytes it was given; both readers let SQLite convert them to UTF-16.
    // Dates of ten bytes that are not ten ASCII characters, and ones written in other digits, read as Qt reads them.
    const QString sql =
        QStringLiteral("SELECT CAST(x'4b6c61676572ff20c3' AS TEXT), 3.5, x'00ff', '2025-03-07', "
                       "'17', CAST(x'efbfbd' AS TEXT), 'ab-cd-éfg', '２０２５-03-07', "
                       "CAST(x'323032352d30332d3037ff' AS TEXT), CAST(x'323032352d30002d3037' AS TEXT)");
    readBothWays(*db, sql, 10, 10);
}

TEST_CASE("SqlRows binds named values, also a name used twice, and finds a column by the name the query gives it") {
    BOTH_BACKENDS();
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    SqlRows rows(*db, QStringLiteral("SELECT :word AS first_word, :word AS second_word, :number + 1 AS number_after, "
                                     ":nothing AS no_value"));
    rows.bind(QStringLiteral(":word"), QStringLiteral("Élise"))
        .bind(QStringLiteral(":number"), qint64(41))
        .bind(QStringLiteral(":nothing"), QVariant())
        .bind(QStringLiteral(":unused"), 3);
    rows.exec();
    REQUIRE(rows.next());
    CHECK(rows.column(QStringLiteral("second_word")) == 1);
    CHECK(rows.column(QStringLiteral("number_after")) == 2);
    CHECK(rows.column(QStringLiteral("no_such_column")) == -1);
    CHECK(rows.text(0) == QStringLiteral("Élise"));
    CHECK(rows.text(1) == QStringLiteral("Élise"));
    CHECK(rows.integer(2) == 42);
    CHECK(rows.isNull(3));
    CHECK(rows.text(3).isNull());
    CHECK_FALSE(rows.next());
    // Run again with another value: the rows start over.
    rows.bind(QStringLiteral(":number"), qint64(1));
    rows.exec();
    REQUIRE(rows.next());
    CHECK(rows.integer(2) == 2);
}

TEST_CASE("SqlRows binds a null value of any type as NULL, as SqlQuery does") {
    BOTH_BACKENDS();
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    SqlRows rows(*db, QStringLiteral(
                          "SELECT CAST(:number AS BIGINT) IS NULL AS no_number, CAST(:day AS TEXT) IS NULL AS no_day"));
    rows.bind(QStringLiteral(":number"), QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":day"), QVariant(QMetaType::fromType<QString>()));
    rows.exec();
    REQUIRE(rows.next());
    CHECK(rows.integer(0) == 1);
    CHECK(rows.integer(1) == 1);
}

TEST_CASE("SqlRows refuses a statement it cannot prepare with a storage error, as SqlQuery does") {
    BOTH_BACKENDS();
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    const auto run = [&] {
        SqlRows rows(*db, QStringLiteral("SELECT no_such_column FROM cases"));
        rows.exec();
        rows.next();
    };
    CHECK_THROWS_AS(run(), StorageError);
    CHECK_FALSE(db->isDamaged());
}

TEST_CASE("SqlRows reads truth values, fractions, large counts and sums as SqlQuery's value converts them") {
    BOTH_BACKENDS();
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    // On the server a comparison is a boolean, 2.5 and a sum numeric, count() a bigint, a cast to DOUBLE PRECISION
    // a float8; in the file they are integers and reals. Each reads through SqlRows as through SqlQuery.
    const QString sql = QStringLiteral("SELECT 1 = 1 AS yes, 1 = 2 AS no, 2.5 AS half, CAST(0.1 AS DOUBLE PRECISION) "
                                       "AS tenth, count(*) AS counted, sum(n) AS total, min(n) = 3 AS three "
                                       "FROM (SELECT 4 AS n UNION ALL SELECT 9000000000) AS numbers "
                                       "UNION ALL SELECT 1 = 2, 2 > 1, -7.25, 1e300, 0, -12, 5 < 6");
    const QList<Values> expected = readBothWays(*db, sql, 7, 14);
    CHECK(expected.at(0).integer == 1);
    CHECK(expected.at(1).integer == 0);
    CHECK(expected.at(5).integer == 9000000004LL);
    CHECK(expected.at(13).integer == 1);
}

TEST_CASE("SqlRows reads a NULL of any type as a null text, 0 and no date") {
    BOTH_BACKENDS();
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    SqlRows rows(*db, QStringLiteral("SELECT CAST(NULL AS BIGINT), CAST(NULL AS TEXT), CAST(NULL AS DOUBLE PRECISION), "
                                     "NULL = 1, sum(n) FROM (SELECT 1 AS n) AS one WHERE n > 1"));
    rows.exec();
    REQUIRE(rows.next());
    for (int column = 0; column < 5; ++column) {
        INFO("column " << column);
        CHECK(rows.isNull(column));
        CHECK(rows.text(column).isNull());
        CHECK(rows.integer(column) == 0);
        CHECK(rows.date(column).isNull());
    }
}

TEST_CASE("SqlRows on the team server numbers the named values of a statement as PostgreSQL's $1, $2, …") {
    QStringList names;
    CHECK(SqlRows::numberedPlaceholders(QStringLiteral("SELECT :a, :b_2 + :a FROM t WHERE x = ':c' AND \"y:d\" = "
                                                       "CAST(:e AS TEXT) AND z::text = :a AND w = 'it''s :f'"),
                                        names) ==
          QStringLiteral("SELECT $1, $2 + $1 FROM t WHERE x = ':c' AND \"y:d\" = CAST($3 AS TEXT) AND z::text = $1 "
                         "AND w = 'it''s :f'"));
    CHECK(names == QStringList{QStringLiteral(":a"), QStringLiteral(":b_2"), QStringLiteral(":e")});
    names.clear();
    CHECK(SqlRows::numberedPlaceholders(QStringLiteral("SELECT to_tsquery('aantafel_nl'::regconfig, 'elise:*')"),
                                        names) ==
          QStringLiteral("SELECT to_tsquery('aantafel_nl'::regconfig, 'elise:*')"));
    CHECK(names.isEmpty());
}
