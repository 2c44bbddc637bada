// The proof that nothing committed is lost: a program writing cases is killed (SIGKILL) at a random
// moment in the middle of its writes, several times over on the same file; every time the real
// aantafel-cli check finds the file intact, every case reported as committed is there, and no
// transaction is half there.
#include "testsupport.h"

#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/municipalityfile.h"
#include "storage/sqlquery.h"

#include <QProcess>
#include <QThread>

#include <random>

namespace {

OpenOptions checkedReadOnly() {
    OpenOptions options;
    options.readOnly = true;
    options.fullCheck = true;
    return options;
}

constexpr int BatchSize = 200;

struct Report {
    QString kind; // "batch" or "save"
    QString reference;
    qint64 total = 0;
};

std::optional<Report> parse(const QByteArray& line) {
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() != 3)
        return std::nullopt;
    return Report{QString::fromLatin1(parts.at(0)), QString::fromLatin1(parts.at(1)), parts.at(2).toLongLong()};
}

} // namespace

TEST_CASE("a program killed in the middle of bulk writes loses no committed case and leaves no half batch") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Crashtest");
    MunicipalityFile::create(path, settings, QStringLiteral("Beheerder"));

    const unsigned seed = std::random_device{}();
    INFO("seed " << seed);
    std::mt19937 random(seed);
    QStringList committed; // every reference reported as committed, over all rounds
    Report last;           // the last commit known to be in the file
    for (int round = 0; round < 4; ++round) {
        INFO("round " << round);
        QProcess writer;
        writer.start(QStringLiteral(AANTAFEL_CRASH_WRITER_PATH), {path, QString::number(BatchSize)});
        REQUIRE(writer.waitForStarted());
        const int reportsBeforeKill = std::uniform_int_distribution<int>(2, 7)(random);
        int seen = 0;
        while (seen < reportsBeforeKill) {
            REQUIRE(writer.waitForReadyRead(15000));
            while (writer.canReadLine()) {
                if (const auto report = parse(writer.readLine())) {
                    committed << report->reference;
                    last = *report;
                    ++seen;
                }
            }
        }
        // Somewhere inside the next transaction (or just between two).
        QThread::usleep(std::uniform_int_distribution<int>(0, 30000)(random));
        writer.kill(); // SIGKILL: no destructor, no rollback, no flush
        REQUIRE(writer.waitForFinished(5000));
        CHECK(writer.exitStatus() == QProcess::CrashExit);
        // What it printed before it died was committed before it was printed.
        for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
            if (const auto report = parse(line)) {
                committed << report->reference;
                last = *report;
            }
        }

        QProcess check;
        check.start(QStringLiteral(AANTAFEL_CLI_PATH), {QStringLiteral("check"), path});
        REQUIRE(check.waitForFinished(30000));
        INFO(check.readAllStandardOutput().toStdString() << check.readAllStandardError().toStdString());
        CHECK(check.exitCode() == 0);

        auto db = Database::open(path, checkedReadOnly());
        FixedClock clock(QDateTime::currentDateTime());
        CaseRepository cases(*db, clock, QStringLiteral("Controle"));
        for (const QString& reference : std::as_const(committed))
            CHECK(cases.findByReference(reference).has_value());
        const qint64 stored = cases.count();
        // The unit after the last report is either wholly there or wholly absent.
        const qint64 next = last.kind == QLatin1String("batch") ? 1 : BatchSize;
        INFO("last report " << last.kind.toStdString() << " " << last.total << ", stored " << stored);
        CHECK((stored == last.total || stored == last.total + next));
        CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT count(DISTINCT case_id) FROM audit_log WHERE action = "
                                                   "'create' AND case_id > 0"))
                  .toLongLong() == stored);
    }
}
