// The lock file's protocol (storage/lockfile.h, storage/fileaccess.h): on a disk of this computer
// every instance writes and is recorded; under the network-share rules one writes and the others read
// (or, from the command line, are refused), naming the writer; records of instances that no longer run
// are removed; a file whose write-ahead log is found on a share is converted safely or refused.
#include "storagetestsupport.h"

#include "storage/caserepository.h"
#include "storage/fileaccess.h"
#include "storage/journalmode.h"
#include "storage/lockfile.h"
#include "storage/sqlquery.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>

namespace {

OpenOptions as(const QString& user, std::optional<Location> location = std::nullopt, bool readOnlyWhenTaken = false) {
    OpenOptions options;
    options.user = user;
    options.location = location;
    options.readOnlyWhenTaken = readOnlyWhenTaken;
    return options;
}

QList<LockRecord> recordsOf(const QString& path) {
    LockFile lock(path);
    lock.open();
    return lock.records();
}

QStringList usersIn(const QString& path) {
    QStringList users;
    for (const LockRecord& r : recordsOf(path))
        users << r.user + u'/' + r.detail;
    users.sort();
    return users;
}

qint64 deadProcessId() {
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    REQUIRE(gone.waitForFinished());
    return gone.processId() > 0 ? gone.processId() : 0x3ffff0;
}

// A record as another instance would have written it.
void addRecord(const QString& path, qint64 pid, const QString& host, const QString& user, const QString& detail,
               const QDateTime& heartbeat) {
    LockFile lock(path);
    lock.open();
    lock.update([&](QList<LockRecord>& records) {
        LockRecord r = LockFile::recordForThisProcess(LockRecord::Kind::Open, user, detail);
        r.pid = pid;
        r.host = host;
        r.program = QStringLiteral("Aan Tafel");
        r.heartbeat = heartbeat;
        records << r;
    });
}

qint64 caseCount(Database& db) {
    return SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
}

} // namespace

TEST_CASE("on a disk of this computer every instance writes, and each is recorded in the lock file until it closes") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    auto anna = Database::open(path, as(QStringLiteral("Anna"), Location::LocalDisk));
    auto bram = Database::open(path, as(QStringLiteral("Bram"), Location::LocalDisk));
    CHECK_FALSE(anna->isReadOnly());
    CHECK_FALSE(bram->isReadOnly());
    CHECK(JournalMode::current(*anna) == QStringLiteral("wal"));
    CHECK(usersIn(path) == QStringList{QStringLiteral("Anna/lokaal"), QStringLiteral("Bram/lokaal")});
    REQUIRE(anna->access());
    REQUIRE(anna->access()->others().size() == 1);
    CHECK(anna->access()->others().first().describe().startsWith(QStringLiteral("Bram (")));

    FixedClock clock(testNow());
    Case a = intakeCase(d("2025-03-03"), QStringLiteral("Klager van Anna"));
    CaseRepository(*anna, clock, QStringLiteral("Anna")).save(a);
    Case b = intakeCase(d("2025-03-04"), QStringLiteral("Klager van Bram"));
    CaseRepository(*bram, clock, QStringLiteral("Bram")).save(b);
    CHECK(caseCount(*anna) == 2);

    bram.reset();
    CHECK(usersIn(path) == QStringList{QStringLiteral("Anna/lokaal")});
    anna.reset();
    CHECK(recordsOf(path).isEmpty());
    // The lock file itself stays: another instance may hold locks on it at any moment.
    CHECK(QFile::exists(LockFile::pathFor(path)));
}

TEST_CASE("a record of an instance that no longer runs is removed by the next one, a live one is kept") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    const QString thisMachine = QSysInfo::machineHostName();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    SECTION("this computer, the process is gone") {
        addRecord(path, deadProcessId(), thisMachine, QStringLiteral("Vertrokken"), LockRecord::LocalWriter, now);
        auto db = Database::open(path, as(QStringLiteral("Anna"), Location::LocalDisk));
        REQUIRE(db->access()->recovered().size() == 1);
        CHECK(db->access()->recovered().first().user == QStringLiteral("Vertrokken"));
        CHECK(usersIn(path) == QStringList{QStringLiteral("Anna/lokaal")});
    }
    SECTION("another computer whose heartbeat stopped six minutes ago") {
        addRecord(path, 4242, QStringLiteral("werkplek-17"), QStringLiteral("Vertrokken"), LockRecord::ShareWriter,
                  now.addSecs(-6 * 60));
        auto db = Database::open(path, as(QStringLiteral("Anna"), Location::NetworkShare));
        CHECK(db->access()->recovered().size() == 1);
        CHECK_FALSE(db->isReadOnly());
    }
    SECTION("another computer that wrote its heartbeat a minute ago is still there") {
        addRecord(path, 4242, QStringLiteral("werkplek-17"), QStringLiteral("Karin"), LockRecord::ShareWriter,
                  now.addSecs(-60));
        auto db = Database::open(path, as(QStringLiteral("Anna"), Location::NetworkShare, true));
        CHECK(db->access()->recovered().isEmpty());
        // Its lock is not seen from here, so its record decides: this one reads.
        CHECK(db->isReadOnly());
        REQUIRE(db->access()->writerWhenOpened());
        CHECK(db->access()->writerWhenOpened()->describe() == QStringLiteral("Karin (Aan Tafel op werkplek-17)"));
    }
    SECTION("a running instance on this computer is kept, however old its heartbeat") {
        addRecord(path, QCoreApplication::applicationPid(), thisMachine, QStringLiteral("Bram"),
                  LockRecord::LocalWriter, now.addDays(-2));
        auto db = Database::open(path, as(QStringLiteral("Anna"), Location::LocalDisk));
        CHECK(db->access()->recovered().isEmpty());
        CHECK(usersIn(path).size() == 2);
        db->access()->heartbeat();
        for (const LockRecord& r : recordsOf(path)) {
            if (r.user == QStringLiteral("Anna"))
                CHECK(r.heartbeat.secsTo(QDateTime::currentDateTimeUtc()) < 5);
        }
    }
}

TEST_CASE("under the network rules one program writes: the next reads (program) or is refused (command line)") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    auto anna = Database::open(path, as(QStringLiteral("Anna Jansen"), Location::NetworkShare));
    CHECK_FALSE(anna->isReadOnly());
    CHECK(anna->access()->underShareRules());
    CHECK(JournalMode::current(*anna) == QStringLiteral("delete"));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));

    SECTION("the program reads and knows who writes") {
        auto bram = Database::open(path, as(QStringLiteral("Bram"), Location::NetworkShare, true));
        CHECK(bram->isReadOnly());
        REQUIRE(bram->access()->writerWhenOpened());
        CHECK(bram->access()->writerWhenOpened()->user == QStringLiteral("Anna Jansen"));
        CHECK(bram->access()->anotherWrites());
        CHECK(usersIn(path) ==
              QStringList{QStringLiteral("Anna Jansen/netwerk"), QStringLiteral("Bram/netwerk-lezen")});
        // Reading works while Anna writes.
        FixedClock clock(testNow());
        Case c = intakeCase(d("2025-03-03"));
        CaseRepository(*anna, clock, QStringLiteral("Anna")).save(c);
        CHECK(caseCount(*bram) == 1);
        // Anna leaves: the place is free.
        anna.reset();
        CHECK_FALSE(bram->access()->anotherWrites());
    }
    SECTION("the command line is refused with the writer's name, and writes nothing") {
        try {
            Database::open(path, as(QStringLiteral("Bram"), Location::NetworkShare));
            FAIL("a second writer was let in on a network share");
        } catch (const StorageError& e) {
            CHECK(e.kind() == StorageError::Kind::Locked);
            CHECK(e.message().contains(QStringLiteral("Anna Jansen")));
            CHECK(e.message().contains(QStringLiteral("maar één programma tegelijk")));
        }
        CHECK(usersIn(path) == QStringList{QStringLiteral("Anna Jansen/netwerk")});
    }
    SECTION("once anyone reaches the file over a share, an instance on the file's own computer reads too") {
        auto local = Database::open(path, as(QStringLiteral("Karin"), Location::LocalDisk, true));
        CHECK(local->isReadOnly());
        CHECK(local->access()->underShareRules());
    }
}

TEST_CASE("an instance over a share refuses a file that the file's own computer uses with a write-ahead log") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    auto local = Database::open(path, as(QStringLiteral("Karin"), Location::LocalDisk));
    for (bool readOnlyWhenTaken : {false, true}) {
        try {
            Database::open(path, as(QStringLiteral("Bram"), Location::NetworkShare, readOnlyWhenTaken));
            FAIL("a write-ahead log was used over the network");
        } catch (const StorageError& e) {
            CHECK(e.kind() == StorageError::Kind::Locked);
            CHECK(e.message().contains(QStringLiteral("Karin")));
            CHECK(e.message().contains(QStringLiteral("schrijflogboek")));
        }
    }
    CHECK(usersIn(path) == QStringList{QStringLiteral("Karin/lokaal")});
}

TEST_CASE("a file moved onto a share with its write-ahead log is converted — checkpoint, switch, verify") {
    TempDir dir;
    const QString original = newMunicipality(dir, QStringLiteral("origineel"))->path();
    const QString moved = dir.path(QStringLiteral("verplaatst.aantafel"));
    {
        // Changes that live only in the log: no checkpoint, and the files copied while it is open,
        // as a copy taken of a running program's folder would be.
        auto db = Database::open(original, as(QStringLiteral("Anna"), Location::LocalDisk));
        SqlQuery::run(*db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        FixedClock clock(testNow());
        CaseRepository cases(*db, clock, QStringLiteral("Anna"));
        for (int i = 0; i < 25; ++i) {
            Case c = intakeCase(d("2025-03-03"), QStringLiteral("Klager %1").arg(i));
            cases.save(c);
        }
        REQUIRE(QFileInfo(original + QStringLiteral("-wal")).size() > 0);
        REQUIRE(QFile::copy(original, moved));
        REQUIRE(QFile::copy(original + QStringLiteral("-wal"), moved + QStringLiteral("-wal")));
    }
    REQUIRE(JournalMode::headerVersion(moved) == 2);

    SECTION("nobody else has it open: converted with every change") {
        auto db = Database::open(moved, as(QStringLiteral("Bram"), Location::NetworkShare));
        CHECK(JournalMode::current(*db) == QStringLiteral("delete"));
        CHECK(JournalMode::headerVersion(moved) == 1);
        CHECK_FALSE(QFile::exists(moved + QStringLiteral("-wal")));
        CHECK(caseCount(*db) == 25);
        CHECK(SqlQuery::scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    }
    SECTION("another program holds it: refused, nothing changed") {
        RawConnection other(moved);
        REQUIRE(other.scalar("SELECT count(*) FROM cases") == QStringLiteral("25"));
        try {
            Database::open(moved, as(QStringLiteral("Bram"), Location::NetworkShare));
            FAIL("converted while another program had the file open");
        } catch (const StorageError& e) {
            CHECK(e.kind() == StorageError::Kind::Locked);
            CHECK(e.message().contains(QStringLiteral("schrijflogboek (WAL)")));
            CHECK(e.message().contains(QStringLiteral("Er is niets gewijzigd")));
        }
        CHECK(JournalMode::headerVersion(moved) == 2);
        CHECK(other.scalar("SELECT count(*) FROM cases") == QStringLiteral("25"));
    }
}
