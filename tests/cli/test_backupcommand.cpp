// aantafel-cli backup and restore: a copy of a file in use, putting it back, and the refusals with
// their exit codes (1 refused, 2 usage or a file that cannot be read as ours).
#include "clirun.h"
#include "testsupport.h"

#include "backup/backupservice.h"
#include "session/exclusivehold.h"
#include "storage/caserepository.h"
#include "storage/municipalityfile.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace {

const QDate Today = d("2026-11-23");

QString municipality(const TempDir& dir, int cases) {
    const QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Kopiedam");
    auto db = MunicipalityFile::create(path, settings, QStringLiteral("Beheerder"));
    FixedClock clock(QDateTime::currentDateTime().addSecs(60)); // after the file's creation
    CaseRepository repository(*db, clock, QStringLiteral("Fatima"));
    for (int i = 0; i < cases; ++i) {
        Case c;
        c.received = Today;
        c.klager.name = QStringLiteral("Klager %1").arg(i);
        repository.save(c);
    }
    return path;
}

qint64 caseCount(const QString& path) {
    auto db = Database::open(path);
    FixedClock clock(Today);
    return CaseRepository(*db, clock, QStringLiteral("test")).count();
}

} // namespace

TEST_CASE("aantafel-cli backup copies a file, also while it is open elsewhere") {
    TempDir dir;
    const QString path = municipality(dir, 3);
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    auto open = Database::open(path); // someone is working in it
    const CliResult r = runCliOn({QStringLiteral("backup"), path, QStringLiteral("--to"), copy}, Today);
    CHECK(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("Reservekopie van %1 gemaakt: %2").arg(path, copy)));
    CHECK(caseCount(copy) == 3);

    SECTION("an existing copy is never overwritten") {
        const CliResult again = runCliOn({QStringLiteral("backup"), path, QStringLiteral("--to"), copy}, Today);
        CHECK(again.code == 1);
        CHECK(again.err.contains(QStringLiteral("bestaat al")));
    }
    SECTION("a file that is not ours is no file to copy") {
        const QString text = dir.path(QStringLiteral("notities.txt"));
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("boodschappen");
        f.close();
        const CliResult r2 = runCliOn(
            {QStringLiteral("backup"), text, QStringLiteral("--to"), dir.path(QStringLiteral("x.aantafel"))}, Today);
        CHECK(r2.code == 2);
        CHECK(r2.err.contains(QStringLiteral("geen Aan Tafel-bestand")));
    }
    SECTION("without --to it says how to use it") {
        CHECK(runCliOn({QStringLiteral("backup"), path}, Today).code == 2);
    }
}

TEST_CASE("aantafel-cli restore refuses a newer file unless --force, and sets the file aside first") {
    TempDir dir;
    const QString path = municipality(dir, 2);
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    BackupService::backupFile(path, copy);
    {
        auto db = Database::open(path);
        FixedClock later(QDateTime::currentDateTime().addDays(1));
        Case c;
        c.received = Today;
        c.klager.name = QStringLiteral("Nieuwe klager");
        CaseRepository(*db, later, QStringLiteral("Fatima")).save(c);
    }
    const QStringList restore{QStringLiteral("restore"), copy, QStringLiteral("--to"), path};

    const CliResult refused = runCliOn(restore, Today);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("later gewijzigd")));
    CHECK(refused.err.contains(QStringLiteral("--force")));
    CHECK(caseCount(path) == 3);

    const CliResult forced = runCliOn(restore + QStringList{QStringLiteral("--force")}, Today);
    CHECK(forced.code == 0);
    CHECK(forced.out.contains(QStringLiteral("teruggezet als")));
    CHECK(caseCount(path) == 2);
    const QList<BackupEntry> aside = BackupService::list(path, BackupService::defaultDirectory(path));
    REQUIRE(aside.size() == 1);
    CHECK(forced.out.contains(aside.first().path));
    CHECK(caseCount(aside.first().path) == 3);
}

TEST_CASE("aantafel-cli restore waits for a running write, refuses after --wait, and refuses a copy that is not ours") {
    TempDir dir;
    const QString path = municipality(dir, 1);
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    BackupService::backupFile(path, copy);

    SECTION("a colleague is writing and goes on past the wait") {
        OpenOptions options;
        options.user = QStringLiteral("Bram");
        auto colleague = Database::open(path, options);
        Transaction writing(*colleague);
        const QByteArray before = readFile(path);
        const CliResult r = runCliOn({QStringLiteral("restore"), copy, QStringLiteral("--to"), path,
                                      QStringLiteral("--force"), QStringLiteral("--wait"), QStringLiteral("1")},
                                     Today);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("Er wordt nog in")));
        CHECK(r.err.contains(QStringLiteral("Bram")));
        CHECK(r.err.contains(QStringLiteral("er is niets gewijzigd")));
        CHECK(readFile(path) == before);
        CHECK(BackupService::list(path, BackupService::defaultDirectory(path)).isEmpty()); // no safety copy either
    }
    SECTION("another restore holds the file") {
        ExclusiveHold other(path, ExclusiveHold::Purpose::Restore, 1000, QStringLiteral("Anna"));
        const CliResult r = runCliOn({QStringLiteral("restore"), copy, QStringLiteral("--to"), path,
                                      QStringLiteral("--wait"), QStringLiteral("0")},
                                     Today);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("Anna")));
        CHECK(r.err.contains(QStringLiteral("zet al een reservekopie terug")));
    }
    SECTION("a wait that is no number of seconds") {
        const CliResult r = runCliOn({QStringLiteral("restore"), copy, QStringLiteral("--to"), path,
                                      QStringLiteral("--wait"), QStringLiteral("lang")},
                                     Today);
        CHECK(r.code == 2);
    }
    SECTION("a copy that does not exist") {
        const CliResult r = runCliOn(
            {QStringLiteral("restore"), dir.path(QStringLiteral("weg.aantafel")), QStringLiteral("--to"), path}, Today);
        CHECK(r.code == 2);
    }
    SECTION("to a new name: no safety copy needed") {
        const QString fresh = dir.path(QStringLiteral("hersteld.aantafel"));
        const CliResult r = runCliOn({QStringLiteral("restore"), copy, QStringLiteral("--to"), fresh}, Today);
        CHECK(r.code == 0);
        CHECK(caseCount(fresh) == 1);
        CHECK_FALSE(r.out.contains(QStringLiteral("zoals het was")));
    }
}
