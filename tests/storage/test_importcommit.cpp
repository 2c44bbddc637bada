// Importer::commit: all or nothing. A failure halfway (here: a reference the file refuses) leaves no
// case and no audit row behind; a run with problem rows is refused unless they are to be skipped.
#include "storagetestsupport.h"

#include "import/importer.h"
#include "session/municipalitysession.h"
#include "storage/auditlog.h"
#include "storage/storageerror.h"

namespace {

struct Counts {
    qint64 cases = 0;
    qint64 audit = 0;
    bool operator==(const Counts&) const = default;
};

Counts countsOf(MunicipalitySession& s) {
    return {s.cases().count(), AuditLog(s.database()).count()};
}

ImportRun runOf(MunicipalitySession& s, const char* csv) {
    const CsvTable table = CsvReader::parse(QString::fromUtf8(csv), u';');
    Importer importer(ImportMapping::guess(table.header), s.workflow(), s.clock().now(), s.user(),
                      QStringLiteral("register.csv"));
    importer.loadExisting(s);
    return importer.dryRun(table);
}

} // namespace

TEST_CASE("an import that fails halfway leaves no case and no audit row behind", "[import][storage]") {
    TempDir dir;
    const FixedClock clock(testNow());
    MunicipalitySession s(newMunicipality(dir), clock, QStringLiteral("beheer"));
    const Counts before = countsOf(s);
    ImportRun run = runOf(s, "Kenmerk;Datum\nOUD-1;1-3-2025\nOUD-2;2-3-2025\nOUD-3;3-3-2025\n");
    REQUIRE(run.clean());
    run.cases[2].c.reference = QStringLiteral("OUD-1"); // what the dry run would have refused
    Importer importer(ImportMapping::guess({QStringLiteral("Datum")}), s.workflow(), clock.now(), s.user(),
                      QStringLiteral("register.csv"));
    CHECK_THROWS_AS(importer.commit(s, run, false), StorageError);
    CHECK(countsOf(s) == before);
}

TEST_CASE("a run with problem rows is refused unless they are skipped", "[import][storage]") {
    TempDir dir;
    const FixedClock clock(testNow());
    MunicipalitySession s(newMunicipality(dir), clock, QStringLiteral("beheer"));
    const Counts before = countsOf(s);
    ImportRun run = runOf(s, "Datum;Thema\n1-3-2025;Parkeren\n31-02-2025;Afval\n");
    REQUIRE(run.problemRows == 1);
    Importer importer(ImportMapping::guess({QStringLiteral("Datum")}), s.workflow(), clock.now(), s.user(),
                      QStringLiteral("register.csv"));
    try {
        importer.commit(s, run, false);
        FAIL("the import was not refused");
    } catch (const StorageError& e) {
        CHECK(e.message() == u"Het bestand heeft regels met problemen; er is niets geïmporteerd. Los de problemen op "
                             u"of kies ervoor die regels over te slaan.");
    }
    CHECK(countsOf(s) == before);

    CHECK(importer.commit(s, run, true) == 1);
    CHECK(countsOf(s) == Counts{before.cases + 1, before.audit + 2});
    CHECK(s.cases().themes().contains(QStringLiteral("Parkeren")));
    CHECK_FALSE(s.cases().themes().contains(QStringLiteral("Afval"))); // only from the skipped row
    CHECK(run.cases.first().c.id > 0);
    CHECK(run.cases.first().c.reference == u"KL-2025-0001");
}
