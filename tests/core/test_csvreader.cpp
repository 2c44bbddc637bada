// The CSV reader on what spreadsheets and old registers really write: both separators, both
// encodings, quoted fields over several lines, and broken files reported instead of crashing.
#include "testsupport.h"

#include "import/csvreader.h"

#include <QElapsedTimer>
#include <QFile>

namespace {

QByteArray dataFile(const char* name) {
    QFile f(QStringLiteral(AANTAFEL_TEST_DATA "/import/") + QString::fromUtf8(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("a Windows-1252 register with semicolons is read with its euro signs and accents", "[import][csv]") {
    const QByteArray bytes = dataFile("semicolon-1252.csv");
    CHECK(CsvReader::detectEncoding(bytes) == CsvEncoding::Windows1252);
    const CsvTable t = CsvReader::read(bytes);
    REQUIRE(t.ok());
    CHECK(t.separator == u';');
    CHECK(t.encoding == CsvEncoding::Windows1252);
    CHECK(t.header.size() == 16);
    CHECK(t.header.at(1) == u"Datum ontvangst");
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows.at(0).line == 2);
    CHECK(t.rows.at(0).fields.at(2) == QStringLiteral("Noël Çelik"));
    CHECK(t.rows.at(0).fields.at(8) == QStringLiteral("Kreeg een rekening van € 120 voor een ‘vergeten’ afspraak"));
    CHECK(t.rows.at(1).fields.at(2) == QStringLiteral("René Dubois"));
    CHECK(t.rows.at(2).fields.at(2) == QStringLiteral("Zoë Bakker"));
}

TEST_CASE("Windows-1252 bytes 0x80 to 0x9F decode to their typographic characters", "[import][csv]") {
    const QByteArray bytes("\x80\x91\x92\x93\x94\x96\x97\x85\x8A\x9F\xE9", 11);
    CHECK(CsvReader::decode(bytes, CsvEncoding::Windows1252) == QStringLiteral("€‘’“”–—…ŠŸé"));
}

TEST_CASE("a UTF-8 file with a BOM, commas and quoted stories over several lines", "[import][csv]") {
    const CsvTable t = CsvReader::read(dataFile("comma-utf8-bom.csv"));
    REQUIRE(t.ok());
    CHECK(t.separator == u',');
    CHECK(t.encoding == CsvEncoding::Utf8);
    CHECK(t.header.first() == u"Datum"); // the BOM is not part of the first name
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows.at(0).fields.at(1) == u"Jansen, Piet");
    CHECK(t.rows.at(0).fields.at(4) == QStringLiteral("Regel één\r\nRegel twee met \"aanhalingstekens\""));
    CHECK(t.rows.at(1).line == 4); // the first story took two lines
    CHECK(t.rows.at(2).line == 5);
    CHECK(t.rows.at(2).fields.at(4) == u"Drie\nregels\nlang");
    CHECK(t.rows.at(2).fields.at(5) == u"Privacy; Bejegening");
}

TEST_CASE("an unterminated quote is reported with the line where it opened", "[import][csv]") {
    const CsvTable t = CsvReader::read(dataFile("unterminated.csv"));
    CHECK_FALSE(t.ok());
    CHECK(t.errorLine == 3);
    CHECK(t.error == u"Het aanhalingsteken dat op regel 3 opent, wordt nergens gesloten.");
}

TEST_CASE("line ends CR, LF and CRLF all end a record — blank lines are skipped", "[import][csv]") {
    const CsvTable t = CsvReader::parse(u"a;b\r1;2\n\n3;4\r\n5;6", u';');
    REQUIRE(t.ok());
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows.at(0).fields == QStringList{QStringLiteral("1"), QStringLiteral("2")});
    CHECK(t.rows.at(1).line == 4);
    CHECK(t.rows.at(2).fields == QStringList{QStringLiteral("5"), QStringLiteral("6")});
}

TEST_CASE("the separator is the one that occurs consistently outside quotes", "[import][csv]") {
    CHECK(CsvReader::detectSeparator(u"Datum;Naam, voornaam;Kanaal\n1-1-2025;\"Jansen; P\";tel\n") == u';');
    CHECK(CsvReader::detectSeparator(u"Datum,Naam,Kanaal\n1-1-2025,\"Jansen; P\",tel\n") == u',');
    CHECK(CsvReader::detectSeparator(u"Datum\tNaam\n1-1-2025\tJansen, P\n") == u'\t');
    CHECK(CsvReader::detectSeparator(u"") == u';');
}

TEST_CASE("an empty file has no header", "[import][csv]") {
    const CsvTable t = CsvReader::read(QByteArray());
    CHECK_FALSE(t.ok());
    CHECK(t.error == u"Het bestand is leeg: er is geen kopregel met kolomnamen.");
}

TEST_CASE("huge fields and many columns are read in linear time", "[import][csv]") {
    QString wide;
    for (int i = 0; i < 50000; ++i)
        wide += QStringLiteral("k%1;").arg(i);
    const QString huge = QStringLiteral("\"") + QString(4'000'000, u'x') + QStringLiteral("\"");
    QElapsedTimer timer;
    timer.start();
    const QString text = wide + u'\n' + huge + u'\n';
    const CsvTable t = CsvReader::parse(text, u';');
    CHECK(timer.elapsed() < 3000);
    REQUIRE(t.ok());
    CHECK(t.header.size() == 50001);
    CHECK(t.rows.first().fields.first().size() == 4'000'000);
}

TEST_CASE("written CSV reads back to the same fields", "[import][csv]") {
    const QList<QStringList> records{
        {QStringLiteral("Datum"), QStringLiteral("Omschrijving")},
        {QStringLiteral("7-3-2025"), QStringLiteral("met ; en , en \"quotes\"\r\nen regels")},
        {QString(), QString()}};
    const CsvTable t = CsvReader::parse(CsvReader::write(records, u';'), u';');
    REQUIRE(t.ok());
    CHECK(t.header == records.at(0));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows.at(0).fields == records.at(1));
    CHECK(t.rows.at(1).fields == records.at(2));
}
