// Destroyed data stays destroyed: a retention run is recorded in the file; every copy made before it
// (automatic, by hand elsewhere, before a migration) is named, and scrubbing one applies the same
// destruction to it; a restore of such a copy applies the run again before the file is used; and a
// reader that keeps the write-ahead log makes the run say it is incomplete.
#include "storagetestsupport.h"

#include "backup/backupservice.h"
#include "privacy/retention.h"
#include "privacy/retentioncopies.h"
#include "privacy/retentionlog.h"
#include "storage/caserepository.h"
#include "storage/sqlquery.h"

#include <QDir>

namespace {

const QByteArray Name = "Wilhelmina Zonneveld-Ouwehand";

struct Fixture {
    TempDir dir;
    QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    FixedClock clock{QDateTime(d("2030-06-15"), QTime(10, 0))};
    qint64 oldCase = 0;
    QString oldReference;

    Fixture() {
        auto db = newMunicipality(dir);
        CaseRepository cases(*db, clock, QStringLiteral("fbakkali"));
        Case c = intakeCase(d("2023-11-01"), QString::fromUtf8(Name));
        c.story = QStringLiteral("Mevrouw Zonneveld-Ouwehand vertelt over haar dochter.");
        c.phase = Phase::Closed;
        c.outcome = Outcome::ResolvedToSatisfaction;
        c.closedOn = d("2024-01-10");
        cases.save(c);
        oldCase = c.id;
        oldReference = c.reference;
        Case recent = intakeCase(d("2030-05-01"), QStringLiteral("Jan Nieuw"));
        cases.save(recent);
    }
    std::unique_ptr<Database> open(int busyTimeoutMs = 5000) {
        OpenOptions options;
        options.busyTimeoutMs = busyTimeoutMs;
        return Database::open(path, options);
    }
    // The personal text as bytes anywhere in a file: its pages, free pages and all.
    static bool holdsName(const QString& file) { return readFile(file).contains(Name); }
    static qint64 cases(const QString& file) {
        OpenOptions options;
        options.copy = true;
        auto db = Database::open(file, options);
        return SqlQuery::scalar(*db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
    }
};

} // namespace

TEST_CASE("a retention run names every copy made before it, and scrubbing one destroys the same there") {
    Fixture f;
    const QString backups = BackupService::defaultDirectory(f.path);
    const QString automatic =
        BackupService::automaticBackup(f.path, backups, 10, QDateTime(d("2030-06-14"), QTime(8, 0)));
    REQUIRE_FALSE(automatic.isEmpty());
    const QString elsewhere = f.dir.path(QStringLiteral("usb/handmatig.aantafel"));
    QString migration;
    {
        auto db = f.open();
        BackupService::backup(*db, elsewhere); // by hand, outside the backup folder: recorded in the file
        migration = f.dir.path(QStringLiteral("gemeente.voor-migratie-v4.aantafel"));
        db->backupTo(migration);
    }
    for (const QString& copy : {automatic, elsewhere, migration})
        REQUIRE(Fixture::holdsName(copy));

    auto db = f.open();
    Retention retention(*db, f.clock, QStringLiteral("beheer"), 5);
    const RetentionResult result = retention.destroy({f.oldCase});
    CHECK(result.cases == 1);
    CHECK(result.logEmptied);
    const QList<RetentionRunRecord> runs = RetentionLog::runs(*db);
    REQUIRE(runs.size() == 1);
    CHECK(runs.first().references == QStringList{f.oldReference});
    CHECK(runs.first().action == RetentionRunRecord::Action::Destroy);
    CHECK_FALSE(Fixture::holdsName(f.path));

    QList<RetentionCopy> stale = RetentionCopies::stale(*db);
    QStringList paths;
    for (const RetentionCopy& c : stale)
        paths << c.path;
    paths.sort();
    QStringList expected{QFileInfo(automatic).absoluteFilePath(), QFileInfo(elsewhere).absoluteFilePath(),
                         QFileInfo(migration).absoluteFilePath()};
    expected.sort();
    CHECK(paths == expected);

    for (const RetentionCopy& copy : stale)
        CHECK(RetentionCopies::scrub(copy.path, copy.missing, f.clock, QStringLiteral("beheer")) == 1);
    for (const QString& copy : {automatic, elsewhere, migration}) {
        INFO(copy.toStdString());
        CHECK_FALSE(Fixture::holdsName(copy));
        CHECK(Fixture::cases(copy) == 1); // the recent case stays
        CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
    }
    CHECK(RetentionCopies::stale(*db).isEmpty());
}

TEST_CASE("a deleted copy is gone, and an unreadable copy can still be deleted") {
    Fixture f;
    const QString copy = f.dir.path(QStringLiteral("gemeente-backups/gemeente-20300601-080000.aantafel"));
    BackupService::backupFile(f.path, copy);
    auto db = f.open();
    Retention(*db, f.clock, QStringLiteral("beheer"), 5).anonymise({f.oldCase});
    writeFile(copy, QByteArray(4096, '\0')); // damaged meanwhile
    const QList<RetentionCopy> stale = RetentionCopies::stale(*db);
    REQUIRE(stale.size() == 1);
    CHECK_FALSE(stale.first().readable);
    CHECK_THROWS_AS(RetentionCopies::scrub(copy, stale.first().missing, f.clock, QStringLiteral("beheer")),
                    StorageError);
    RetentionCopies::remove(copy);
    CHECK_FALSE(QFileInfo::exists(copy));
}

TEST_CASE("a restore of a copy older than a retention run applies the run again and says so") {
    Fixture f;
    const QString copy = f.dir.path(QStringLiteral("kopie.aantafel"));
    BackupService::backupFile(f.path, copy);
    {
        auto db = f.open();
        Retention(*db, f.clock, QStringLiteral("beheer"), 5).destroy({f.oldCase});
    }
    RestoreOptions options;
    options.force = true;
    const RestoreResult result = BackupService::restore(copy, f.path, options, f.clock.now());
    CHECK(result.reappliedRuns == 1);
    CHECK(result.reappliedCases == 1);
    CHECK(result.reappliedText().contains(QLatin1String("opnieuw toegepast")));
    CHECK_FALSE(Fixture::holdsName(f.path));
    auto db = f.open();
    CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 1);
    // The run is in the restored file, so a copy of it is not stale, and its audit row is as it was.
    CHECK(RetentionLog::runs(*db).size() == 1);
    CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT user FROM audit_log WHERE action = 'destroy'")).toString() ==
          QStringLiteral("beheer"));
    // The copy itself is untouched; no prepared file is left beside the target.
    CHECK(Fixture::holdsName(copy));
    CHECK(
        QDir(f.dir.path(QString())).entryList({QStringLiteral(".terugzetten*")}, QDir::Files | QDir::Hidden).isEmpty());
    // The safety copy made by the restore is known to the restored file.
    CHECK(RetentionCopies::known(*db).contains(QFileInfo(result.safetyCopy).absoluteFilePath()));
}

TEST_CASE("a reader holding the write-ahead log makes a retention run report itself incomplete") {
    Fixture f;
    auto db = f.open(300);
    RawConnection reader(f.path);
    REQUIRE(reader.exec("BEGIN") == 0);
    REQUIRE(reader.scalar("SELECT count(*) FROM cases") == QStringLiteral("2"));
    Retention retention(*db, f.clock, QStringLiteral("beheer"), 5);
    const RetentionResult result = retention.destroy({f.oldCase});
    CHECK(result.cases == 1);
    CHECK_FALSE(result.logEmptied);
    REQUIRE(reader.exec("COMMIT") == 0);
    CHECK(retention.emptyLog());
    CHECK(QFileInfo(f.path + QStringLiteral("-wal")).size() == 0);
    CHECK_FALSE(Fixture::holdsName(f.path));
}
