// Importing a large register. Hidden ([.]): run with
//   storage_tests "[import-performance]"
// in a Release build; prints the timings, and the limits are generous so that only an algorithmic
// mistake (quadratic parsing, a query per row) fails them.
#include "storagetestsupport.h"

#include "import/importer.h"
#include "session/municipalitysession.h"

#include <QElapsedTimer>

namespace {

QByteArray largeRegister(int rows) {
    QString csv = QStringLiteral("Kenmerk;Datum ontvangst;Naam klager;Kanaal;Domein;Thema;Omschrijving;Behandelaar;"
                                 "Uitkomst;Datum afgesloten;Hoorzitting;Bevestiging\r\n");
    const QStringList channels{QStringLiteral("Telefoon"), QStringLiteral("tel"), QStringLiteral("Balie"),
                               QStringLiteral("e-mail"), QStringLiteral("Brief")};
    const QStringList outcomes{QString(), QStringLiteral("gegrond"), QStringLiteral("ongegrond"),
                               QStringLiteral("opgelost"), QStringLiteral("ingetrokken")};
    for (int i = 0; i < rows; ++i) {
        const QDate received = QDate(2015, 1, 1).addDays(i % 3600);
        const QString outcome = outcomes.at(i % 5);
        const bool judged = outcome == u"gegrond" || outcome == u"ongegrond";
        csv += QStringLiteral("OUD-%1;%2;Klager %3;%4;Wmo 2015;Wachttijd, Bejegening;\"Belde over de wachttijd; "
                              "\"\"te lang\"\".\nTweede regel.\";Behandelaar %5;%6;%7;%8;%9\r\n")
                   .arg(i + 1, 6, 10, QLatin1Char('0'))
                   .arg(received.toString(u"d-M-yyyy"))
                   .arg(i)
                   .arg(channels.at(i % 5))
                   .arg(i % 20)
                   .arg(outcome, outcome.isEmpty() ? QString() : received.addDays(30).toString(u"d-M-yyyy"),
                        judged ? received.addDays(20).toString(u"d-M-yyyy") : QString(),
                        outcome == u"opgelost" ? QStringLiteral("telefonisch") : QString());
    }
    return csv.toUtf8();
}

} // namespace

TEST_CASE("100,000 register rows are read, checked and imported in seconds", "[.][import-performance]") {
    TempDir dir;
    const FixedClock clock(testNow());
    MunicipalitySession s(newMunicipality(dir), clock, QStringLiteral("beheer"));
    const QByteArray bytes = largeRegister(100000);

    QElapsedTimer timer;
    timer.start();
    const CsvTable table = CsvReader::read(bytes);
    const qint64 readMs = timer.restart();
    REQUIRE(table.rows.size() == 100000);
    Importer importer(ImportMapping::guess(table.header), s.workflow(), clock.now(), s.user(),
                      QStringLiteral("groot.csv"));
    importer.loadExisting(s);
    ImportRun run = importer.dryRun(table);
    const qint64 dryRunMs = timer.restart();
    INFO(run.problems.value(0).text().toStdString());
    REQUIRE(run.clean());
    CHECK(importer.commit(s, run, false) == 100000);
    const qint64 commitMs = timer.elapsed();
    WARN("read " << readMs << " ms, dry run " << dryRunMs << " ms, commit " << commitMs << " ms");
    CHECK(readMs + dryRunMs < 10000);
    CHECK(commitMs < 60000);
}
