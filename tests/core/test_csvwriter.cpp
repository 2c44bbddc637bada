// The one CSV writer: quoting, and the escape that keeps a name typed as a formula text in a
// spreadsheet — for each character a spreadsheet starts a formula with.
#include "testsupport.h"

#include "output/csvwriter.h"

TEST_CASE("a field a spreadsheet would take for a formula gets a leading apostrophe", "[csv][output]") {
    CHECK(CsvWriter::field(QStringLiteral("=1+2")) == QStringLiteral("'=1+2"));
    CHECK(CsvWriter::field(QStringLiteral("+31 6 1234")) == QStringLiteral("'+31 6 1234"));
    CHECK(CsvWriter::field(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(CsvWriter::field(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvWriter::field(QStringLiteral("\t=1")) == QStringLiteral("'\t=1"));
    CHECK(CsvWriter::field(QStringLiteral("\r=1")) == QStringLiteral("\"'\r=1\""));
    CHECK(CsvWriter::field(QStringLiteral("=HYPERLINK(\"http://x\";\"klik\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\""));
    // Ordinary text, numbers and dates stay as they are.
    CHECK(CsvWriter::field(QStringLiteral("Gemeente Voorbeeld")) == QStringLiteral("Gemeente Voorbeeld"));
    CHECK(CsvWriter::field(QStringLiteral("12,5")) == QStringLiteral("12,5"));
    CHECK(CsvWriter::field(QStringLiteral("2025-03-07")) == QStringLiteral("2025-03-07"));
    CHECK(CsvWriter::field(QString()) == QString());
}

TEST_CASE("a row is separated by semicolons, quoted where needed, with the chosen line end", "[csv][output]") {
    CsvWriter csv;
    csv.row({QStringLiteral("a;b"), QStringLiteral("zegt \"ja\""), QStringLiteral("twee\nregels")});
    CHECK(csv.text() == QStringLiteral("\"a;b\";\"zegt \"\"ja\"\"\";\"twee\nregels\"\r\n"));
    CHECK(csv.bytes().startsWith("\xEF\xBB\xBF"));
    CsvWriter plain(CsvWriter::Format{false, QStringLiteral("\n")});
    plain.row({QStringLiteral("x"), QStringLiteral("y")});
    CHECK(plain.bytes() == "x;y\n");
}
