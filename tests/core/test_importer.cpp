// The dry run of an import: every row becomes a case or a list of problems with the line, the
// column and a Dutch reason; closed historical cases must be consistent with the workflow.
#include "testsupport.h"

#include "import/importer.h"
#include "workflowfixture.h"

#include <QFile>

namespace {

const QDateTime importNow(QDate(2025, 6, 2), QTime(9, 0));

CsvTable table(const char* text) {
    return CsvReader::parse(QString::fromUtf8(text), u';');
}

ImportMapping mappingFor(const CsvTable& t) {
    return ImportMapping::guess(t.header);
}

ImportRun dryRun(const WorkflowFixture& f, const CsvTable& t, const ImportMapping& m, QSet<QString> existing = {}) {
    Importer importer(m, f.wf, importNow, QStringLiteral("beheer"), QStringLiteral("register.csv"));
    importer.setExisting(std::move(existing), {QStringLiteral("Bejegening")});
    return importer.dryRun(t);
}

QStringList texts(const ImportRun& run) {
    QStringList out;
    for (const ImportProblem& p : run.problems)
        out << p.text();
    return out;
}

} // namespace

TEST_CASE("an open complaint from the register becomes a case with every mapped field", "[import][importer]") {
    WorkflowFixture f;
    const CsvTable t = table("Kenmerk;Datum ontvangst;Datum gedraging;Naam klager;Adres;Telefoonnummer;E-mail;Kanaal;"
                             "Domein;Thema;Omschrijving;Gewenste uitkomst;Behandelaar;Afdeling;Medewerker;Aanbieder;"
                             "Anoniem\n"
                             "OUD-7;7-3-2025;3 maart 2025;Noël;Dorpsstraat 1;0612345678;noel@example.nl;tel;WMO 2015;"
                             "\"Bejegening, Wachttijd\";\"Lang verhaal\nmet twee regels\";Excuses;A. de Boer;Wmo-loket;"
                             "P. Jansen;Zorg BV;nee\n");
    const ImportRun run = dryRun(f, t, mappingFor(t));
    INFO(texts(run).join(u'\n').toStdString());
    REQUIRE(run.clean());
    REQUIRE(run.cases.size() == 1);
    const Case& c = run.cases.first().c;
    CHECK(c.reference == u"OUD-7");
    CHECK(c.received == d("2025-03-07"));
    CHECK(c.conductDate == d("2025-03-03"));
    CHECK(c.klager == Person{QStringLiteral("Noël"), QStringLiteral("Dorpsstraat 1"), QStringLiteral("0612345678"),
                             QStringLiteral("noel@example.nl")});
    CHECK(c.channel == Channel::Phone);
    CHECK(c.kind == CaseKind::OralComplaint);
    CHECK(c.domain == PolicyDomain::Wmo);
    CHECK(c.themes == QStringList{QStringLiteral("Bejegening"), QStringLiteral("Wachttijd")});
    CHECK(c.story == u"Lang verhaal\nmet twee regels");
    CHECK(c.desiredOutcome == u"Excuses");
    CHECK(c.handler == u"A. de Boer");
    CHECK(c.subject ==
          ComplaintSubject{QStringLiteral("Wmo-loket"), QStringLiteral("P. Jansen"), QStringLiteral("Zorg BV"), {}});
    CHECK_FALSE(c.anonymous);
    CHECK(c.phase == Phase::Informal); // a handler is named
    CHECK(c.outcome == Outcome::None);
    REQUIRE(c.events.size() == 1);
    CHECK(c.events.first().code == u"import.row");
    CHECK(WorkflowFixture::textOf(c.events.first()) == u"Geïmporteerd uit register.csv (regel 2)");
    CHECK(c.historyImported);
    CHECK(run.newThemes == QStringList{QStringLiteral("Wachttijd")});
    CHECK(f.wf.consistencyProblems(c).isEmpty());
}

TEST_CASE("without handler or phase an open case starts in Luisteren — letters are klaagschriften",
          "[import][importer]") {
    WorkflowFixture f;
    const CsvTable t = table("Datum;Kanaal;Fase\n7-3-2025;brief;\n8-3-2025;balie;formeel\n");
    const ImportRun run = dryRun(f, t, mappingFor(t));
    REQUIRE(run.cases.size() == 2);
    CHECK(run.cases.at(0).c.phase == Phase::Intake);
    CHECK(run.cases.at(0).c.kind == CaseKind::WrittenComplaint);
    CHECK(run.cases.at(1).c.phase == Phase::Formal);
    CHECK(run.cases.at(1).c.kind == CaseKind::OralComplaint);
}

TEST_CASE("closed historical cases are imported consistent with the workflow", "[import][importer]") {
    WorkflowFixture f;
    const CsvTable t = table("Datum;Uitkomst;Datum afgesloten;Hoorzitting;Bevestiging;Grond;Kennisgeving;Aanbieder\n"
                             "7-3-2025;gegrond;20-4-2025;2-4-2025;;;;\n"
                             "7-3-2025;opgelost;10-3-2025;;telefonisch;;;\n"
                             "7-3-2025;niet in behandeling;12-3-2025;;;b;12-3-2025;\n"
                             "7-3-2025;doorverwezen;30-3-2025;;;;;Zorg BV\n"
                             "7-3-2025;ingetrokken;9-3-2025;;;;;\n");
    const ImportRun run = dryRun(f, t, mappingFor(t));
    INFO(texts(run).join(u'\n').toStdString());
    REQUIRE(run.clean());
    REQUIRE(run.cases.size() == 5);
    for (ImportedRow row : run.cases) {
        row.c.reference = QStringLiteral("KL-2025-0001"); // handed out on commit
        CHECK(row.c.phase == Phase::Closed);
        CHECK(f.wf.consistencyProblems(row.c).isEmpty());
    }
    CHECK(run.cases.at(0).c.outcome == Outcome::Upheld);
    CHECK(run.cases.at(0).c.hearingHeld == d("2025-04-02"));
    CHECK(run.cases.at(0).c.closedOn == d("2025-04-20"));
    CHECK(run.cases.at(1).c.satisfactionConfirmation == ConfirmationMethod::Phone);
    CHECK(run.cases.at(2).c.nonHandlingGround == NonHandlingGround::OlderThanOneYear);
    CHECK(run.cases.at(3).c.referralProvider == u"Zorg BV");
    CHECK(run.cases.at(3).c.referralFeedback == d("2025-03-30"));
    CHECK(run.cases.at(4).c.outcome == Outcome::Withdrawn);
}

TEST_CASE("every row that cannot be taken is reported with its line, column and reason", "[import][importer]") {
    WorkflowFixture f;
    const CsvTable t = table("Kenmerk;Datum ontvangst;Kanaal;Uitkomst;Datum afgesloten;Fase\n"
                             "OUD-1;31-02-2025;telefoon;;;\n"
                             "OUD-2;;brief;;;\n"
                             "OUD-3;3-3-2025;fax;;;\n"
                             "OUD-1;4-3-2025;balie;;;\n"
                             "KL-2024-0001;5-3-2025;balie;;;\n"
                             "OUD-6;6-3-2025;balie;gegrond;20-3-2025;\n"
                             "OUD-7;7-3-2025;balie;opgelost;;\n"
                             "OUD-8;8-3-2025;balie;;8-4-2025;\n"
                             "OUD-9;9-3-2025;balie;terecht;9-4-2025;\n"
                             "OUD-10;1-7-2025;balie;;;\n"
                             "OUD-11;10-3-2025;balie;;;;te veel\n"
                             "OUD-12;11-3-2025;balie;ingetrokken;12-3-2025;Oplossen\n"
                             "OUD-13;12-3-2025;balie;;;\n");
    const ImportRun run = dryRun(f, t, mappingFor(t), {QStringLiteral("KL-2024-0001")});
    CHECK(run.rowsRead == 13);
    CHECK(run.problemRows == 12);
    REQUIRE(run.cases.size() == 1);
    CHECK(run.cases.first().line == 14);
    CHECK(texts(run) ==
          QStringList{
              QStringLiteral("regel 2, kolom 'Datum ontvangst': datum '31-02-2025' bestaat niet"),
              QStringLiteral("regel 3, kolom 'Datum ontvangst': ontvangstdatum ontbreekt"),
              QStringLiteral("regel 4, kolom 'Kanaal': onbekend kanaal 'fax' (kies een vertaling)"),
              QStringLiteral("regel 5, kolom 'Kenmerk': dubbel kenmerk OUD-1 (komt twee keer voor, ook op regel 2)"),
              QStringLiteral("regel 6, kolom 'Kenmerk': dubbel kenmerk KL-2024-0001 (staat al in het bestand)"),
              QStringLiteral("regel 7, kolom 'Uitkomst': Oordeel (Gegrond) zonder hoorzitting of vastgelegde reden om "
                             "van horen af te zien (art. 9:10 Awb)."),
              QStringLiteral("regel 8, kolom 'Datum afgesloten': afsluitdatum ontbreekt voor een afgesloten zaak"),
              QStringLiteral("regel 9, kolom 'Uitkomst': een afgesloten zaak heeft een uitkomst nodig"),
              QStringLiteral("regel 10, kolom 'Uitkomst': onbekende uitkomst 'terecht' (kies een vertaling)"),
              QStringLiteral("regel 11, kolom 'Datum ontvangst': ontvangstdatum '1-7-2025' ligt in de toekomst"),
              QStringLiteral("regel 12: de regel heeft 7 velden, de kopregel maar 6 (staat er een scheidingsteken in "
                             "een veld zonder aanhalingstekens?)"),
              QStringLiteral("regel 13, kolom 'Fase': fase 'Oplossen' past niet bij de uitkomst 'ingetrokken' van een "
                             "afgesloten zaak"),
          });
    CHECK(run.problems.at(0).value == u"31-02-2025");
    CHECK(run.unknownWords.value(ImportField::Channel) == QStringList{QStringLiteral("fax")});
    CHECK(run.unknownWords.value(ImportField::Outcome) == QStringList{QStringLiteral("terecht")});
}

TEST_CASE("a translation in the mapping makes an unknown word importable", "[import][importer]") {
    WorkflowFixture f;
    const CsvTable t = table("Datum;Kanaal\n3-3-2025;fax\n");
    ImportMapping m = mappingFor(t);
    CHECK(dryRun(f, t, m).problemRows == 1);
    m.setTranslation(ImportField::Channel, QStringLiteral("fax"), QStringLiteral("letter"));
    const ImportRun run = dryRun(f, t, m);
    REQUIRE(run.clean());
    CHECK(run.cases.first().c.channel == Channel::Letter);
}

TEST_CASE("a file that cannot be read, or a mapping that does not fit, imports nothing", "[import][importer]") {
    WorkflowFixture f;
    const CsvTable broken = table("Datum;Omschrijving\n1-1-2025;\"open\n");
    CHECK(dryRun(f, broken, ImportMapping::guess({QStringLiteral("Datum")})).fileProblems ==
          QStringList{QStringLiteral("Het aanhalingsteken dat op regel 2 opent, wordt nergens gesloten.")});
    const CsvTable t = table("Naam;Omschrijving\nPiet;iets\n");
    const ImportRun run = dryRun(f, t, mappingFor(t));
    CHECK(run.fileProblems ==
          QStringList{QStringLiteral("Kies de kolom met de datum van ontvangst: die is verplicht.")});
    CHECK(run.cases.isEmpty());
}
