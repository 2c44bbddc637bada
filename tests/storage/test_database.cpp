// Opening and creating municipality files: what is ours, what is refused, and that a refusal never
// changes a byte.
#include "storagetestsupport.h"

#include "storage/caserepository.h"
#include "storage/migrations.h"
#include "storage/municipalityfile.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace {

StorageError::Kind refusalKind(const QString& path, const OpenOptions& options = {}) {
    try {
        Database::open(path, options);
    } catch (const StorageError& e) {
        UNSCOPED_INFO(e.message().toStdString() << " / " << e.detail().toStdString());
        return e.kind();
    }
    FAIL("the file was opened");
    return StorageError::Kind::Io;
}

QString refusalMessage(const QString& path) {
    try {
        Database::open(path);
    } catch (const StorageError& e) {
        return e.message();
    }
    return {};
}

// Creates, fills and closes a municipality file; returns its path.
QString closedMunicipality(const TempDir& dir, const QString& name = QStringLiteral("gemeente")) {
    auto db = newMunicipality(dir, name);
    FixedClock clock(testNow());
    CaseRepository repository(*db, clock, QStringLiteral("Fatima"));
    QList<Case> cases;
    for (int i = 0; i < 200; ++i)
        cases << intakeCase(d("2025-01-02").addDays(i % 60), QStringLiteral("Klager %1").arg(i));
    repository.insertMany(cases);
    return db->path();
}

} // namespace

TEST_CASE("a new municipality file carries our application id and the current schema version") {
    TempDir dir;
    auto db = newMunicipality(dir);
    CHECK(db->schemaVersion() == Database::CurrentVersion);
    CHECK(Migrations::latestVersion() == Database::CurrentVersion);
    CHECK(SqlQuery::scalar(*db, QStringLiteral("PRAGMA application_id")).toInt() == Database::ApplicationId);
    CHECK(SqlQuery::scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(SqlQuery::scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(db->migrationBackupPath().isEmpty());
    CHECK_FALSE(db->isReadOnly());
}

TEST_CASE("creating a file where one already exists is refused and the file is untouched") {
    TempDir dir;
    const QString path = closedMunicipality(dir);
    const QByteArray before = fileHash(path);
    try {
        Database::create(path);
        FAIL("an existing file was overwritten");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("bestaat al")));
    }
    CHECK(fileHash(path) == before);
}

TEST_CASE("a file that does not exist is reported as such, and not created") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("bestaat-niet.aantafel"));
    CHECK(refusalKind(path) == StorageError::Kind::NotFound);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("files that are not Aan Tafel files are refused and left byte-identical") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("verdacht.aantafel"));
    StorageError::Kind expected = StorageError::Kind::Io;

    SECTION("a letter saved with the wrong extension") {
        writeFile(path, "Geachte heer, mevrouw,\nHierbij mijn klacht over de vuilophaal.\n");
        expected = StorageError::Kind::NotSQLite;
        CHECK(refusalMessage(path).contains(QStringLiteral("is geen Aan Tafel-bestand")));
    }
    SECTION("an empty file") {
        writeFile(path, QByteArray());
        expected = StorageError::Kind::NotSQLite;
    }
    SECTION("the database of another application") {
        {
            RawConnection other(path);
            REQUIRE(other.exec("PRAGMA application_id = 1234567; CREATE TABLE recipes (name TEXT);"
                               "INSERT INTO recipes VALUES ('erwtensoep');") == 0);
        }
        expected = StorageError::Kind::NotOurs;
        CHECK(refusalMessage(path).contains(QStringLiteral("is geen Aan Tafel-bestand")));
    }
    SECTION("an empty SQLite database with application id 0") {
        {
            RawConnection other(path);
            REQUIRE(other.exec("PRAGMA user_version = 0; VACUUM;") == 0);
        }
        REQUIRE(QFileInfo(path).size() > 0);
        expected = StorageError::Kind::NotOurs;
    }
    const QStringList filesBefore = filesIn(dir.path({}));
    const QByteArray before = fileHash(path);
    CHECK(refusalKind(path) == expected);
    CHECK(refusalKind(path, OpenOptions{true, 5000, {}}) == expected);
    CHECK(fileHash(path) == before);
    CHECK(filesIn(dir.path({})) == filesBefore);
}

TEST_CASE("a file from a newer Aan Tafel is refused and left byte-identical") {
    TempDir dir;
    const QString path = closedMunicipality(dir);
    {
        RawConnection newer(path);
        REQUIRE(newer.exec("PRAGMA user_version = 99;") == 0);
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = filesIn(dir.path({}));
    CHECK(refusalKind(path) == StorageError::Kind::Newer);
    CHECK(refusalKind(path, OpenOptions{true, 5000, {}}) == StorageError::Kind::Newer);
    CHECK(refusalMessage(path).contains(QStringLiteral("gemaakt met een nieuwere versie van Aan Tafel")));
    CHECK(fileHash(path) == before);
    CHECK(filesIn(dir.path({})) == filesBefore);
}

TEST_CASE("a truncated copy (the first half of a real file) is refused as damaged") {
    TempDir dir;
    const QString original = closedMunicipality(dir);
    const QByteArray bytes = readFile(original);
    REQUIRE(bytes.size() > 8 * 4096);
    const QString path = dir.path(QStringLiteral("half.aantafel"));
    QByteArray half = bytes.left(bytes.size() / 2);
    SECTION("with the page count in its header") {}
    SECTION("with a header page count SQLite would not trust") {
        half[95] = char(half[95] + 1); // "version-valid-for" no longer matches the change counter
    }
    writeFile(path, half);
    const QByteArray before = fileHash(path);
    CHECK(refusalKind(path) == StorageError::Kind::Corrupt);
    CHECK(refusalMessage(path).contains(QStringLiteral("beschadigd")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a file whose pages are damaged is refused by the full check, and the damage is reported when read") {
    TempDir dir;
    const QString path = closedMunicipality(dir);
    QByteArray bytes = readFile(path);
    // Overwrite the middle half of the file (b-tree pages of the cases among them) with noise, keeping
    // its size and the schema on the first pages.
    for (qsizetype i = bytes.size() / 4; i < bytes.size() * 3 / 4; ++i)
        bytes[i] = char(i * 7 % 251);
    writeFile(path, bytes);
    const QByteArray before = fileHash(path);
    OpenOptions full;
    full.fullCheck = true;
    CHECK(refusalKind(path, full) == StorageError::Kind::Corrupt);
    CHECK(fileHash(path) == before);

    // The everyday open reads only the header and schema; reading the damaged pages is refused as damage.
    bool reported = false;
    try {
        auto db = Database::open(path);
        FixedClock clock(testNow());
        CaseRepository(*db, clock, QStringLiteral("test")).forEachFull([](const Case&) {});
    } catch (const StorageError& e) {
        reported = e.kind() == StorageError::Kind::Corrupt;
    }
    CHECK(reported);
}

TEST_CASE("a file held exclusively by another program is refused as locked after the busy timeout") {
    TempDir dir;
    const QString path = closedMunicipality(dir);
    const QByteArray before = fileHash(path);
    RawConnection other(path);
    REQUIRE(other.exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN IMMEDIATE;"
                       "INSERT INTO settings (key, value) VALUES ('van_een_ander', 'programma');") == 0);
    QElapsedTimer timer;
    timer.start();
    CHECK(refusalKind(path, OpenOptions{false, 300, {}}) == StorageError::Kind::Locked);
    CHECK(timer.elapsed() >= 250);
    CHECK(refusalKind(path, OpenOptions{true, 100, {}}) == StorageError::Kind::Locked);
    CHECK(fileHash(path) == before);
    REQUIRE(other.exec("ROLLBACK;") == 0);
}

TEST_CASE("a file can be opened read-only, and then refuses every write") {
    TempDir dir;
    const QString path = closedMunicipality(dir);
    const QByteArray before = fileHash(path);
    {
        auto db = Database::open(path, OpenOptions{true, 5000, {}});
        CHECK(db->isReadOnly());
        FixedClock clock(testNow());
        CaseRepository repository(*db, clock, QStringLiteral("Lezer"));
        CHECK(repository.count() == 200);
        Case c = intakeCase(d("2025-03-07"));
        try {
            repository.save(c);
            FAIL("a read-only file accepted a write");
        } catch (const StorageError& e) {
            CHECK(e.kind() == StorageError::Kind::ReadOnly);
        }
        CHECK(c.id == 0);
    }
    CHECK(fileHash(path) == before);
}

TEST_CASE("two Database objects on one file use separate connections") {
    TempDir dir;
    const QString path = closedMunicipality(dir);
    auto first = Database::open(path);
    auto second = Database::open(path);
    CHECK(first->connection().connectionName() != second->connection().connectionName());
    FixedClock clock(testNow());
    Case c = intakeCase(d("2025-03-07"));
    CaseRepository(*first, clock, QStringLiteral("Fatima")).save(c);
    CHECK(CaseRepository(*second, clock, QStringLiteral("Ruud")).findByReference(c.reference).has_value());
    const QString name = first->connection().connectionName();
    first.reset();
    CHECK_FALSE(QSqlDatabase::contains(name));
}

TEST_CASE("an online backup is a complete copy that opens as a municipality file") {
    TempDir dir;
    const QString path = closedMunicipality(dir);
    auto db = Database::open(path);
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    db->backupTo(copy);
    auto opened = Database::open(copy);
    FixedClock clock(testNow());
    CHECK(CaseRepository(*opened, clock, {}).count() == 200);
    CHECK_THROWS_AS(db->backupTo(copy), StorageError);
}
