// The column mapping: guessed from the header names registers use, Dutch words translated into
// the vocabularies, own translations first, and the JSON file the CLI reads.
#include "testsupport.h"

#include "import/importmapping.h"

#include <QJsonDocument>

TEST_CASE("the mapping is guessed from Dutch header names", "[import][mapping]") {
    const QStringList header{QStringLiteral("Nr"),
                             QStringLiteral("Datum ontvangst"),
                             QStringLiteral("Naam klager"),
                             QStringLiteral("Telefoon klager"),
                             QStringLiteral("Kanaal"),
                             QStringLiteral("Omschrijving klacht"),
                             QStringLiteral("Datum afgesloten"),
                             QStringLiteral("Uitkomst"),
                             QStringLiteral("Opmerkingen")};
    const ImportMapping m = ImportMapping::guess(header);
    CHECK(m.columnIndex(ImportField::Reference, header) == 0);
    CHECK(m.columnIndex(ImportField::Received, header) == 1);
    CHECK(m.columnIndex(ImportField::KlagerName, header) == 2);
    CHECK(m.columnIndex(ImportField::KlagerPhone, header) == 3);
    CHECK(m.columnIndex(ImportField::Channel, header) == 4);
    CHECK(m.columnIndex(ImportField::Story, header) == 5);
    CHECK(m.columnIndex(ImportField::ClosedOn, header) == 6);
    CHECK(m.columnIndex(ImportField::Outcome, header) == 7);
    CHECK_FALSE(m.isMapped(ImportField::Handler));
    CHECK(m.problems(header).isEmpty());
}

TEST_CASE("Dutch words translate into the vocabularies whatever their case", "[import][mapping]") {
    const ImportMapping m;
    CHECK(m.translate(ImportField::Channel, QStringLiteral("Telefoon")) == u"phone");
    CHECK(m.translate(ImportField::Channel, QStringLiteral("telefonisch")) == u"phone");
    CHECK(m.translate(ImportField::Channel, QStringLiteral(" TEL ")) == u"phone");
    CHECK(m.translate(ImportField::Channel, QStringLiteral("Keukentafelgesprek")) == u"kitchen_table");
    CHECK(m.translate(ImportField::Channel, QStringLiteral("fax")).isEmpty());
    CHECK(m.translate(ImportField::Domain, QStringLiteral("WMO 2015")) == u"wmo");
    CHECK(m.translate(ImportField::Domain, QStringLiteral("Wmo")) == u"wmo");
    CHECK(m.translate(ImportField::Outcome, QStringLiteral("Deels  gegrond")) == u"partly_upheld");
    CHECK(m.translate(ImportField::Outcome, QStringLiteral("ongegrond")) == u"rejected");
    CHECK(m.translate(ImportField::Outcome, QStringLiteral("Opgelost")) == u"resolved");
    CHECK(m.translate(ImportField::Outcome, QStringLiteral("Ingetrokken")) == u"withdrawn");
    CHECK(m.translate(ImportField::Outcome, QStringLiteral("Geen oordeel")) == u"no_judgment");
    CHECK(m.translate(ImportField::Anonymous, QStringLiteral("Ja")) == u"true");
    CHECK(m.translate(ImportField::Kind, QStringLiteral("Klaagschrift")) == u"written");
}

TEST_CASE("the mapping's own translations come before the defaults", "[import][mapping]") {
    ImportMapping m;
    m.setTranslation(ImportField::Channel, QStringLiteral("Fax"), QStringLiteral("letter"));
    m.setTranslation(ImportField::Channel, QStringLiteral("tel"), QStringLiteral("desk"));
    CHECK(m.translate(ImportField::Channel, QStringLiteral("FAX")) == u"letter");
    CHECK(m.translate(ImportField::Channel, QStringLiteral("tel")) == u"desk");
}

TEST_CASE("a mapping survives JSON — columns by name or number", "[import][mapping]") {
    ImportMapping m;
    m.separator = u'\t';
    m.encoding = CsvEncoding::Windows1252;
    m.excelDates = true;
    m.setColumn(ImportField::Received, {QStringLiteral("Datum"), 0});
    m.setColumn(ImportField::Story, {{}, 4});
    m.setTranslation(ImportField::Outcome, QStringLiteral("terecht"), QStringLiteral("upheld"));
    QString error;
    const auto back = ImportMapping::fromJson(m.toJson(), &error);
    REQUIRE(back);
    CHECK(back->separator == std::optional<QChar>(u'\t'));
    CHECK(back->encoding == std::optional<CsvEncoding>(CsvEncoding::Windows1252));
    CHECK(back->excelDates);
    CHECK(back->column(ImportField::Received) == ColumnRef{QStringLiteral("Datum"), 0});
    CHECK(back->column(ImportField::Story) == ColumnRef{{}, 4});
    CHECK(back->translate(ImportField::Outcome, QStringLiteral("Terecht")) == u"upheld");
}

TEST_CASE("a mapping file that does not fit the format is refused with the reason", "[import][mapping]") {
    const auto refusal = [](const char* json) {
        QString error;
        CHECK_FALSE(ImportMapping::fromJson(QJsonDocument::fromJson(json).object(), &error));
        return error;
    };
    CHECK(refusal(R"({"format":"iets"})") ==
          u"Dit is geen kolomindeling voor het importeren (\"format\" is niet \"aantafel-import-mapping\").");
    CHECK(refusal(R"({"format":"aantafel-import-mapping","version":1,"columns":{"datum":"x"}})") ==
          u"Onbekend veld 'datum' in \"columns\".");
    CHECK(refusal(R"({"format":"aantafel-import-mapping","version":1,"columns":{"received":0}})") ==
          u"Veld 'received': geef een kolomnaam of een kolomnummer vanaf 1.");
    CHECK(refusal(R"({"format":"aantafel-import-mapping","version":1,"translations":{"channel":{"fax":"telefax"}}})") ==
          u"Vertaling van 'fax' voor 'channel': 'telefax' is geen geldige code.");
    CHECK(refusal(R"({"format":"aantafel-import-mapping","version":1,"separator":"|"})") ==
          u"Onbekend scheidingsteken '|' (kies ;, , of tab).");
}

TEST_CASE("the mapping names columns that the header lacks and a missing received date", "[import][mapping]") {
    ImportMapping m;
    m.setColumn(ImportField::Story, {QStringLiteral("Klacht"), 0});
    m.setColumn(ImportField::Channel, {{}, 9});
    const QStringList header{QStringLiteral("Datum"), QStringLiteral("Omschrijving")};
    CHECK(m.problems(header) ==
          QStringList{QStringLiteral("Kies de kolom met de datum van ontvangst: die is verplicht."),
                      QStringLiteral("Kolom 9 voor 'Kanaal' bestaat niet: het bestand heeft 2 kolommen."),
                      QStringLiteral("Kolom 'Klacht' voor 'Omschrijving' staat niet in de kopregel.")});
}
