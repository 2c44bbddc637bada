// aantafel-cli import on the example registers in tests/data/import: a semicolon Windows-1252 file
// with accents, euro signs and Dutch dates, a comma UTF-8 file with a BOM and stories over several
// lines, and a broken file that must be refused as a whole, leaving the municipality file untouched.
#include "testsupport.h"

#include "workflow/eventtext.h"

#include "clirun.h"

#include "domain/clock.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/municipalityfile.h"

namespace {

const QDate today(2025, 6, 2);

QString data(const char* name) {
    return QStringLiteral(AANTAFEL_TEST_DATA "/import/") + QString::fromUtf8(name);
}

QString newFile(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Proefstad");
    MunicipalityFile::create(path, settings, QStringLiteral("beheer"));
    return path;
}

struct Counts {
    qint64 cases = 0;
    qint64 audit = 0;
    bool operator==(const Counts&) const = default;
};

Counts countsOf(const QString& path) {
    OpenOptions options;
    options.readOnly = true;
    auto db = Database::open(path, options);
    const FixedClock clock(today);
    CaseRepository cases(*db, clock, QStringLiteral("test"));
    return {cases.count(), AuditLog(*db).count()};
}

CliResult import(const QString& file, const char* csv, const char* mapping, QStringList extra = {}) {
    return runCliOn(QStringList{QStringLiteral("import"), file, QStringLiteral("--csv"), data(csv),
                                QStringLiteral("--mapping"), data(mapping)} +
                        extra,
                    today);
}

} // namespace

TEST_CASE("cli import: a semicolon Windows-1252 register is imported with every field", "[cli][import]") {
    TempDir dir;
    const QString file = newFile(dir);
    const Counts before = countsOf(file);
    const CliResult r = import(file, "semicolon-1252.csv", "mapping-semicolon.json");
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("semicolon-1252.csv: 4 regels gelezen (scheidingsteken puntkomma, tekenset "
                                          "Windows-1252), 4 te importeren, 0 met problemen.\n")));
    CHECK(r.out.contains(QStringLiteral("Nieuwe thema's: Bejegening, Informatie\n")));
    CHECK(r.out.endsWith(QStringLiteral("4 zaken geïmporteerd in ") + file + u".\n"));

    // One audit row per case and one for the import.
    CHECK(countsOf(file) == Counts{before.cases + 4, before.audit + 5});
    auto db = Database::open(file);
    const FixedClock clock(today);
    CaseRepository cases(*db, clock, QStringLiteral("test"));
    const std::optional<Case> upheld = cases.findByReference(QStringLiteral("KL-2019-0042"));
    REQUIRE(upheld);
    CHECK(upheld->received == d("2019-03-07"));
    CHECK(upheld->klager.name == QStringLiteral("Noël Çelik"));
    CHECK(upheld->klager.address == u"Dorpsstraat 1, Voorbeeld");
    CHECK(upheld->klager.phone == u"06-12345678");
    CHECK(upheld->channel == Channel::Phone);
    CHECK(upheld->kind == CaseKind::OralComplaint);
    CHECK(upheld->domain == PolicyDomain::Wmo);
    CHECK(upheld->themes == QStringList{QStringLiteral("Bejegening")});
    CHECK(upheld->story == QStringLiteral("Kreeg een rekening van € 120 voor een ‘vergeten’ afspraak"));
    CHECK(upheld->desiredOutcome == u"Excuses en geld terug");
    CHECK(upheld->handler == u"Anouk de Vries");
    CHECK(upheld->subject.department == u"Wmo-loket");
    CHECK(upheld->phase == Phase::Closed);
    CHECK(upheld->outcome == Outcome::Upheld);
    CHECK(upheld->closedOn == d("2019-04-18"));
    CHECK(upheld->hearingHeld == d("2019-04-02"));
    REQUIRE(upheld->events.size() == 1);
    CHECK(EventText::render(upheld->events.first()) == u"Geïmporteerd uit semicolon-1252.csv (regel 2)");
    CHECK(upheld->historyImported); // closed without a letter in this file: marked as imported

    const std::optional<Case> resolved = cases.findByReference(QStringLiteral("KL-2019-0043"));
    REQUIRE(resolved);
    CHECK(resolved->received == d("2019-03-14"));
    CHECK(resolved->themes == QStringList{QStringLiteral("Bereikbaarheid"), QStringLiteral("Informatie")});
    CHECK(resolved->outcome == Outcome::ResolvedToSatisfaction);
    CHECK(resolved->satisfactionConfirmation == ConfirmationMethod::Phone);
    CHECK(resolved->closedOn == d("2019-03-20"));

    const std::optional<Case> youth = cases.findByReference(QStringLiteral("KL-2019-0044"));
    REQUIRE(youth);
    CHECK(youth->received == d("2019-04-01"));
    CHECK(youth->klager.name == QStringLiteral("Zoë Bakker"));
    CHECK(youth->kind == CaseKind::WrittenComplaint);
    CHECK(youth->phase == Phase::Intake);
    CHECK(youth->domain == PolicyDomain::Youth);

    const std::optional<Case> desk = cases.findByReference(QStringLiteral("KL-2019-0045"));
    REQUIRE(desk);
    CHECK(desk->phase == Phase::Informal);
    CHECK(desk->channel == Channel::Desk);
    CHECK(desk->domain == PolicyDomain::Participation);

    const QList<AuditEntry> audit =
        AuditLog(*db).between(QDateTime(today, QTime(0, 0)), QDateTime(today, QTime(23, 59)));
    REQUIRE_FALSE(audit.isEmpty());
    CHECK(audit.last().action == u"import");
    CHECK(audit.last().newValue == u"bestand semicolon-1252.csv, aantal zaken 4");

    // Every imported case is consistent with the workflow, as aantafel-cli check sees it.
    const CliResult check = runCliOn({QStringLiteral("check"), file}, today);
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);

    // The same register a second time: every reference is already in the file.
    const CliResult again = import(file, "semicolon-1252.csv", "mapping-semicolon.json");
    CHECK(again.code == 1);
    CHECK(again.out.contains(
        QStringLiteral("regel 2, kolom 'Kenmerk': dubbel kenmerk KL-2019-0042 (staat al in het bestand)\n")));
}

TEST_CASE("cli import: a comma UTF-8 file with a BOM keeps its multi-line stories", "[cli][import]") {
    TempDir dir;
    const QString file = newFile(dir);
    const CliResult r = import(file, "comma-utf8-bom.csv", "mapping-comma.json");
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("3 regels gelezen (scheidingsteken komma, tekenset UTF-8), 3 te importeren")));
    auto db = Database::open(file);
    const FixedClock clock(today);
    CaseRepository cases(*db, clock, QStringLiteral("test"));
    QList<Case> all;
    cases.forEachFull([&](const Case& c) { all.append(c); });
    REQUIRE(all.size() == 3);
    CHECK(all.at(0).klager.name == u"Jansen, Piet");
    CHECK(all.at(0).kind == CaseKind::WrittenComplaint);
    CHECK(all.at(0).channel == Channel::Email);
    CHECK(all.at(0).story == QStringLiteral("Regel één\r\nRegel twee met \"aanhalingstekens\""));
    CHECK(all.at(0).reference == u"KL-2025-0001"); // no reference column: handed out on import
    CHECK(all.at(1).channel == Channel::WebForm);
    CHECK(all.at(2).kind == CaseKind::Signal);
    CHECK(all.at(2).story == u"Drie\nregels\nlang");
    CHECK(all.at(2).themes == QStringList{QStringLiteral("Privacy"), QStringLiteral("Bejegening")});
    CHECK(EventText::render(all.at(2).events.first()) == u"Geïmporteerd uit comma-utf8-bom.csv (regel 5)");
}

TEST_CASE("cli import: a file with problem rows is refused whole and the file stays byte-identical", "[cli][import]") {
    TempDir dir;
    const QString file = newFile(dir);
    const QByteArray hash = fileHash(file);
    const Counts before = countsOf(file);
    for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--dry-run")}}) {
        const CliResult r = import(file, "broken.csv", "mapping-broken.json", extra);
        CHECK(r.code == 1);
        CHECK(
            r.out ==
            QStringLiteral(
                "broken.csv: 7 regels gelezen (scheidingsteken puntkomma, tekenset UTF-8), 1 te importeren, 6 met "
                "problemen.\n"
                "regel 2, kolom 'Datum ontvangst': datum '31-02-2025' bestaat niet\n"
                "regel 3, kolom 'Datum ontvangst': ontvangstdatum ontbreekt\n"
                "regel 4, kolom 'Kanaal': onbekend kanaal 'fax' (kies een vertaling)\n"
                "regel 5, kolom 'Kenmerk': dubbel kenmerk OUD-1 (komt twee keer voor, ook op regel 2)\n"
                "regel 6, kolom 'Uitkomst': Oordeel (Gegrond) zonder hoorzitting of vastgelegde reden om van horen af "
                "te zien (art. 9:10 Awb).\n"
                "regel 8, kolom 'Datum ontvangst': 'morgen' is geen datum (bijvoorbeeld 7-3-2025 of 7 maart 2025)\n"
                "Er is niets geïmporteerd: los de problemen op, of sla die regels over met --skip-invalid.\n"));
    }
    CHECK(fileHash(file) == hash);
    CHECK(countsOf(file) == before);

    const CliResult dry = import(file, "broken.csv", "mapping-broken.json",
                                 {QStringLiteral("--dry-run"), QStringLiteral("--skip-invalid")});
    CHECK(dry.code == 0);
    CHECK(dry.out.endsWith(QStringLiteral("Proefimport: er is niets geschreven.\n")));
    CHECK(countsOf(file) == before);

    const CliResult skipped = import(file, "broken.csv", "mapping-broken.json", {QStringLiteral("--skip-invalid")});
    CHECK(skipped.code == 0);
    CHECK(skipped.out.endsWith(QStringLiteral("1 zaken geïmporteerd in ") + file + u".\n"));
    CHECK(countsOf(file) == Counts{before.cases + 1, before.audit + 2});
}

TEST_CASE("cli import: usage, unreadable files and unfitting mappings are exit code 2", "[cli][import]") {
    TempDir dir;
    const QString file = newFile(dir);
    const Counts before = countsOf(file);
    CHECK(runCliOn({QStringLiteral("import"), file}, today).code == 2);
    CHECK(runCliOn({QStringLiteral("import"), file, QStringLiteral("--csv"), data("broken.csv")}, today).code == 2);

    const CliResult missing = import(file, "nergens.csv", "mapping-broken.json");
    CHECK(missing.code == 2);
    CHECK(missing.err.startsWith(QStringLiteral("Kan ") + data("nergens.csv") + QStringLiteral(" niet openen")));

    const CliResult unterminated = import(file, "unterminated.csv", "mapping-comma.json");
    CHECK(unterminated.code == 2);
    CHECK(unterminated.err == QStringLiteral("Het aanhalingsteken dat op regel 3 opent, wordt nergens gesloten.\n"
                                             "Er is niets geïmporteerd.\n"));

    const CliResult unfitting = import(file, "broken.csv", "mapping-semicolon.json");
    CHECK(unfitting.code == 2);
    CHECK(unfitting.err.contains(QStringLiteral("Kolom 'Adres' voor 'Adres klager' staat niet in de kopregel.\n")));

    const CliResult notAMapping = import(file, "broken.csv", "broken.csv");
    CHECK(notAMapping.code == 2);
    CHECK(notAMapping.err.contains(QStringLiteral("is geen geldige JSON")));
    CHECK(countsOf(file) == before);
}
