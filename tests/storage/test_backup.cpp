// Reservekopieën: a copy is consistent while someone else writes, automatic copies rotate, and a
// restore refuses what would lose work (a copy that is not ours, a newer or opened target).
#include "storagetestsupport.h"

#include "backup/backupservice.h"
#include "session/exclusivehold.h"
#include "storage/caserepository.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <thread>

namespace {

OpenOptions checkedReadOnly() {
    OpenOptions options;
    options.readOnly = true;
    options.fullCheck = true;
    return options;
}

OpenOptions fullyChecked() {
    OpenOptions options;
    options.fullCheck = true;
    return options;
}

RestoreOptions forced() {
    RestoreOptions options;
    options.force = true;
    return options;
}

StorageError::Kind restoreRefusal(const QString& backup, const QString& target, const RestoreOptions& options = {}) {
    try {
        BackupService::restore(backup, target, options, testNow());
    } catch (const StorageError& e) {
        UNSCOPED_INFO(e.message().toStdString());
        return e.kind();
    }
    FAIL("the restore went ahead");
    return StorageError::Kind::Io;
}

qint64 caseCount(const QString& path) {
    auto db = Database::open(path, checkedReadOnly());
    return SqlQuery::scalar(*db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
}

} // namespace

TEST_CASE("a reservekopie is one self-contained, intact file with every case") {
    TempDir dir;
    auto db = newMunicipality(dir);
    FixedClock clock(testNow());
    CaseRepository cases(*db, clock, QStringLiteral("Fatima"));
    Case c = everyFieldCase();
    cases.save(c);

    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    BackupService::backup(*db, copy);
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
    CHECK(filesIn(dir.path(QString())).filter(QStringLiteral(".tmp")).isEmpty());
    auto restored = Database::open(copy, checkedReadOnly());
    CaseRepository copied(*restored, clock, QStringLiteral("Fatima"));
    CHECK(copied.load(c.id) == cases.load(c.id));

    SECTION("an existing file is never overwritten by a backup") {
        const QByteArray before = fileHash(copy);
        CHECK_THROWS_AS(BackupService::backup(*db, copy), StorageError);
        CHECK(fileHash(copy) == before);
    }
}

TEST_CASE("a backup taken while another user keeps registering cases is one consistent moment") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::atomic<bool> finished{false};
    QString failure;
    std::thread colleague([&] {
        // A connection of its own in its own thread, as a second instance on the network share.
        try {
            auto db = Database::open(path);
            FixedClock clock(testNow());
            CaseRepository cases(*db, clock, QStringLiteral("Collega"));
            while (!stop && written < 2000) {
                Case c = intakeCase(d("2025-03-03"), QStringLiteral("Klager %1").arg(written.load()));
                cases.save(c);
                ++written;
            }
        } catch (const StorageError& e) {
            failure = e.message();
        }
        finished = true;
    });
    QStringList copies;
    for (int i = 0; i < 8; ++i) {
        while (written < (i + 1) * 10 && !finished)
            std::this_thread::yield();
        copies << dir.path(QStringLiteral("kopie-%1.aantafel").arg(i));
        BackupService::backupFile(path, copies.last());
    }
    stop = true;
    colleague.join();
    CHECK(failure.isEmpty()); // the colleague was never held up by the copies

    qint64 previous = 0;
    for (const QString& copy : std::as_const(copies)) {
        auto db = Database::open(copy, checkedReadOnly());
        const qint64 n = SqlQuery::scalar(*db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
        // Every case in the copy has its audit row and no audit row lacks its case: no half transaction.
        CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT count(DISTINCT case_id) FROM audit_log "
                                                   "WHERE action = 'create' AND case_id > 0"))
                  .toLongLong() == n);
        CHECK(n >= previous);
        previous = n;
    }
    CHECK(previous >= 80);
}

TEST_CASE("automatic backups: one per day, the newest ten are kept, copies by hand stay") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    const QString folder = BackupService::defaultDirectory(path);
    CHECK(folder == QDir(dir.path(QString())).filePath(QStringLiteral("gemeente-backups")));

    BackupService::backupFile(path, QDir(folder).filePath(QStringLiteral("gemeente-met-de-hand.aantafel")));
    QDateTime now = testNow();
    const QString first = BackupService::automaticBackup(path, folder, BackupService::DefaultKeep, now);
    CHECK(QFileInfo(first).fileName() == QStringLiteral("gemeente-20250307-090000.aantafel"));
    CHECK(BackupService::automaticBackup(path, folder, 10, now.addSecs(3600)).isEmpty()); // same day

    for (int day = 1; day <= 11; ++day)
        REQUIRE_FALSE(BackupService::automaticBackup(path, folder, 10, now.addDays(day)).isEmpty());
    const QList<BackupEntry> entries = BackupService::list(path, folder);
    QStringList automatic;
    for (const BackupEntry& e : entries) {
        if (e.automatic)
            automatic << QFileInfo(e.path).fileName();
    }
    REQUIRE(automatic.size() == 10);
    CHECK(automatic.first() == QStringLiteral("gemeente-20250318-090000.aantafel")); // newest first
    CHECK(automatic.last() == QStringLiteral("gemeente-20250309-090000.aantafel"));
    CHECK(entries.size() == 11); // the copy by hand was not rotated away
    CHECK(BackupService::rotate(path, folder, 3) == 7);
}

TEST_CASE("an automatic reservekopie first removes what a copy stopped halfway left behind and nothing else") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    const QString folder = BackupService::defaultDirectory(path);
    REQUIRE(QDir().mkpath(folder));
    // Writes a file in the backup folder, last changed ageSecs ago.
    auto leave = [&](const QString& name, qint64 ageSecs) {
        const QString file = QDir(folder).filePath(name);
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("half a copy");
        REQUIRE(f.flush()); // before the time is set: a later write would set it again
        REQUIRE(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSecs), QFileDevice::FileModificationTime));
        f.close();
        return file;
    };
    const qint64 stale = BackupService::StaleAfterSecs + 600;
    const QString killed = leave(QStringLiteral(".gemeente-20250306-090000-gajcDs.tmp"), stale);
    const QString killedJournal = leave(QStringLiteral(".gemeente-20250306-090000-gajcDs.tmp-journal"), stale);
    // A copy being written now by another program on the same file, the temporary of another file's copy,
    // and a hidden file of someone else's stay.
    const QString busy = leave(QStringLiteral(".gemeente-20250307-090000-Xy7z09.tmp"), 60);
    const QString otherFile = leave(QStringLiteral(".andere-20250306-090000-gajcDs.tmp"), stale);
    const QString someoneElses = leave(QStringLiteral(".gemeente-notities.tmp"), stale);

    const QString copy = BackupService::automaticBackup(path, folder, BackupService::DefaultKeep, testNow());
    REQUIRE_FALSE(copy.isEmpty());
    CHECK(QFileInfo::exists(copy));
    CHECK_FALSE(QFileInfo::exists(killed));
    CHECK_FALSE(QFileInfo::exists(killedJournal));
    CHECK(QFileInfo::exists(busy));
    CHECK(QFileInfo::exists(otherFile));
    CHECK(QFileInfo::exists(someoneElses));
    // Once the busy one is left untouched that long, it goes too.
    leave(QStringLiteral(".gemeente-20250307-090000-Xy7z09.tmp"), stale);
    CHECK(BackupService::removeStaleTemporaries(path, folder) == 1);
    CHECK_FALSE(QFileInfo::exists(busy));
}

TEST_CASE("a backup into a folder that cannot exist fails in Dutch and leaves nothing behind") {
    TempDir dir;
    auto db = newMunicipality(dir);
    writeFile(dir.path(QStringLiteral("gewoon-bestand")), "geen map");
    const QString target = dir.path(QStringLiteral("gewoon-bestand/kopie.aantafel"));
    try {
        BackupService::backup(*db, target);
        FAIL("the backup went ahead");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Io);
        CHECK(e.message().contains(QStringLiteral("niet worden geschreven")));
    }
}

TEST_CASE("restoring puts the copy back and first sets the current file aside") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    // Creating the file records the real time; the work comes after it.
    FixedClock clock(QDateTime::currentDateTime().addDays(1));
    {
        auto db = newMunicipality(dir);
        CaseRepository cases(*db, clock, QStringLiteral("Fatima"));
        Case c = intakeCase(d("2025-03-03"));
        cases.save(c);
        BackupService::backup(*db, copy);
        // A mistake after the copy, on a machine whose clock runs a minute behind: not "newer".
        FixedClock earlier(clock.now().addSecs(-60));
        CaseRepository careless(*db, earlier, QStringLiteral("Fatima"));
        careless.remove(c.id);
    }
    REQUIRE(caseCount(path) == 0);

    const RestoreResult result = BackupService::restore(copy, path, {}, testNow());
    CHECK(caseCount(path) == 1);
    CHECK(caseCount(result.safetyCopy) == 0);
    CHECK(QFileInfo(result.safetyCopy).fileName().startsWith(QStringLiteral("gemeente-voor-terugzetten-")));
    auto reopened = Database::open(path, fullyChecked());
    CHECK(SqlQuery::scalar(*reopened, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
}

TEST_CASE("a case loaded before an older copy was put back cannot be saved over the case that took its id since") {
    TempDir dir;
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    const QDateTime start = QDateTime::currentDateTime().addDays(1); // after the file's creation
    const FixedClock morning(start);
    const FixedClock afternoon(start.addSecs(5 * 3600));
    auto db = newMunicipality(dir);
    const QString path = db->path();
    CaseRepository handler(*db, morning, QStringLiteral("Fatima"));
    Case first = intakeCase(d("2025-03-03"));
    handler.save(first);
    BackupService::backup(*db, copy);
    Case later = intakeCase(d("2025-03-04"));
    later.klager.name = QStringLiteral("Eerste Na Kopie");
    handler.save(later);
    Case open = handler.load(later.id); // a case file open on a desk

    BackupService::restore(copy, path, forced(), testNow());
    auto colleagues = Database::open(path);
    CaseRepository colleague(*colleagues, afternoon, QStringLiteral("Bram"));
    Case registered = intakeCase(d("2025-03-05"));
    registered.klager.name = QStringLiteral("Nieuw Na Terugzetten");
    colleague.save(registered);
    REQUIRE(registered.id == open.id); // the restored file gave the id again
    REQUIRE(registered.revision == open.revision);

    open.story = QStringLiteral("Aangevuld op het bureau.");
    try {
        handler.save(open);
        FAIL("the stale case was saved over another one");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::NotFound);
        CHECK(e.message().contains(QStringLiteral("oudere reservekopie")));
    }
    // Nor can a timeline entry for it land on that case.
    CaseEvent note{0, QDateTime(d("2025-03-06"), QTime(9, 0)), EventKind::Note, {}, QStringLiteral("Teruggebeld.")};
    try {
        handler.addEvent(open, note);
        FAIL("the stale case's entry went to another case");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::NotFound);
    }
    const Case kept = colleague.load(registered.id);
    CHECK(kept.klager.name == QStringLiteral("Nieuw Na Terugzetten"));
    CHECK(kept.story == registered.story);
    CHECK(kept.revision == 1);
    CHECK(kept.events.size() == registered.events.size());
    // A case loaded after the restore saves as ever.
    Case fresh = handler.load(registered.id);
    fresh.story = QStringLiteral("Aangevuld na het terugzetten.");
    handler.save(fresh);
    CHECK(colleague.load(registered.id).story == QStringLiteral("Aangevuld na het terugzetten."));
}

TEST_CASE("restoring refuses to overwrite a file changed after the copy unless forced") {
    TempDir dir;
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    QString path;
    {
        auto db = newMunicipality(dir);
        path = db->path();
        BackupService::backup(*db, copy);
        FixedClock later(QDateTime::currentDateTime().addDays(1)); // after the file's creation
        CaseRepository cases(*db, later, QStringLiteral("Fatima"));
        Case c = intakeCase(d("2025-03-07"));
        cases.save(c);
    }
    const QByteArray before = fileHash(path);
    CHECK(restoreRefusal(copy, path) == StorageError::Kind::Conflict);
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFileInfo::exists(BackupService::defaultDirectory(path)));

    const RestoreResult result = BackupService::restore(copy, path, forced(), testNow());
    CHECK(caseCount(path) == 0);
    CHECK(caseCount(result.safetyCopy) == 1); // the newer work is set aside, not lost
}

TEST_CASE("restoring refuses a copy that is not ours, damaged or newer, and a target that is open") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    BackupService::backupFile(path, copy);
    const QByteArray before = fileHash(path);

    SECTION("not an Aan Tafel file") {
        const QString text = dir.path(QStringLiteral("notities.aantafel"));
        writeFile(text, "Boodschappen: brood, kaas");
        CHECK(restoreRefusal(text, path) == StorageError::Kind::NotOurs);
        RawConnection other(dir.path(QStringLiteral("ander.aantafel")));
        other.exec("CREATE TABLE t (x)");
        CHECK(restoreRefusal(dir.path(QStringLiteral("ander.aantafel")), path) == StorageError::Kind::NotOurs);
    }
    SECTION("made by a newer version") {
        RawConnection(copy).exec("PRAGMA user_version = 99");
        CHECK(restoreRefusal(copy, path) == StorageError::Kind::Newer);
    }
    SECTION("damaged") {
        QByteArray bytes = readFile(copy);
        for (qsizetype i = 4096; i < bytes.size(); i += 7)
            bytes[i] = char(0x5a);
        writeFile(copy, bytes);
        CHECK(restoreRefusal(copy, path) == StorageError::Kind::Corrupt);
    }
    SECTION("another restore holds the target") {
        ExclusiveHold other(path, ExclusiveHold::Purpose::Restore, 1000, QStringLiteral("Bram"));
        RestoreOptions options = forced();
        options.holdWaitMs = 300;
        CHECK(restoreRefusal(copy, path, options) == StorageError::Kind::Locked);
    }
    SECTION("onto itself") {
        CHECK(restoreRefusal(path, path, forced()) == StorageError::Kind::Invalid);
    }
    CHECK(fileHash(path) == before);
}

TEST_CASE("restoring to a new name creates the file without a safety copy") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    const QString fresh = dir.path(QStringLiteral("hersteld.aantafel"));
    const RestoreResult result = BackupService::restore(path, fresh, {}, testNow());
    CHECK(result.safetyCopy.isEmpty());
    CHECK_NOTHROW(Database::open(fresh, fullyChecked()));
}

TEST_CASE("a damaged file is replaced by the copy, and kept aside as it was") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    BackupService::backupFile(path, copy);
    QByteArray bytes = readFile(path);
    for (qsizetype i = 4096; i < bytes.size(); i += 5)
        bytes[i] = char(0xa5);
    writeFile(path, bytes);
    const QByteArray damaged = fileHash(path);

    const RestoreResult result = BackupService::restore(copy, path, {}, testNow());
    CHECK_NOTHROW(Database::open(path, fullyChecked()));
    CHECK(fileHash(result.safetyCopy) == damaged);
    CHECK(filesIn(dir.path(QString())).filter(QStringLiteral("terugzetten")).isEmpty()); // no stray file
}

TEST_CASE("a file that fails the full check makes no automatic copy and rotates no good copy away") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    const QString folder = BackupService::defaultDirectory(path);
    const QDateTime now = testNow();
    for (int day = 0; day < 3; ++day)
        REQUIRE_FALSE(BackupService::automaticBackup(path, folder, 3, now.addDays(day)).isEmpty());
    const QStringList good = filesIn(folder);
    REQUIRE(good.size() == 3);
    {
        // Damage that every page still passes (quick_check): a timeline event of a case that is not there.
        RawConnection raw(path);
        REQUIRE(raw.exec("PRAGMA foreign_keys = OFF") == 0);
        REQUIRE(raw.exec("INSERT INTO events (case_id, at, kind, author, text) VALUES (4711, "
                         "'2025-03-07T08:00:00.000Z', 'note', 'x', 'wees')") == 0);
        REQUIRE(raw.scalar("PRAGMA quick_check") == QStringLiteral("ok"));
    }
    for (int day = 3; day < 13; ++day) {
        try {
            BackupService::automaticBackup(path, folder, 3, now.addDays(day));
            FAIL("a copy of a damaged file was made");
        } catch (const StorageError& e) {
            CHECK(e.kind() == StorageError::Kind::Corrupt);
            CHECK(e.message().contains(QStringLiteral("oudere kopieën blijven bewaard")));
        }
    }
    CHECK(filesIn(folder) == good);
    CHECK_FALSE(BackupService::fullCheck(path).isEmpty());
    CHECK(BackupService::fullCheck(QDir(folder).filePath(good.first())).isEmpty());
}
