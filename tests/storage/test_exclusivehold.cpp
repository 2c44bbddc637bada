// The exclusive hold (session/exclusivehold.h) that a restore and retention scrubbing take: it waits
// for running write transactions and refuses when they do not end in time; while it is held every
// writer waits ("Bezig…") and is then refused with a message naming the hold, writing nothing; a hold
// through a Database lets that Database's own writes pass; a restore never loses a write that
// committed before it, not even from the copy it sets aside.
#include "storagetestsupport.h"

#include "backup/backupservice.h"
#include "privacy/retention.h"
#include "session/exclusivehold.h"
#include "storage/busywait.h"
#include "storage/caserepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QElapsedTimer>

#include <atomic>
#include <thread>

namespace {

OpenOptions as(const QString& user, int busyTimeoutMs = 5000) {
    OpenOptions options;
    options.user = user;
    options.busyTimeoutMs = busyTimeoutMs;
    return options;
}

qint64 caseCount(const QString& path) {
    OpenOptions options;
    options.readOnly = true;
    auto db = Database::open(path, options);
    return SqlQuery::scalar(*db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
}

} // namespace

TEST_CASE("a hold waits for a running write and is refused, naming who writes, when it goes on too long") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    auto bram = Database::open(path, as(QStringLiteral("Bram")));
    auto writing = std::make_unique<Transaction>(*bram);
    try {
        ExclusiveHold hold(path, ExclusiveHold::Purpose::Restore, 300);
        FAIL("the hold was taken while Bram was writing");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Locked);
        CHECK(e.message().contains(QStringLiteral("Er wordt nog in")));
        CHECK(e.message().contains(QStringLiteral("Bram")));
    }
    // Bram is not disturbed by the refused hold, and once he is done the hold is had at once.
    FixedClock clock(testNow());
    Case c = intakeCase(d("2025-03-03"));
    CaseRepository(*bram, clock, QStringLiteral("Bram")).save(c);
    writing->commit();
    writing.reset();
    QElapsedTimer took;
    took.start();
    ExclusiveHold hold(path, ExclusiveHold::Purpose::Restore, 300);
    CHECK(took.elapsed() < 300);
}

TEST_CASE("a writer that meets a hold waits, says Bezig, and is refused with the hold's name — nothing is written") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    auto anna = Database::open(path, as(QStringLiteral("Anna"), 400));
    int announced = 0;
    BusyWait busy(*anna, 400, 100, [&] { ++announced; });
    FixedClock clock(testNow());
    CaseRepository cases(*anna, clock, QStringLiteral("Anna"));

    SECTION("a restore") {
        {
            ExclusiveHold hold(path, ExclusiveHold::Purpose::Restore, 1000, QStringLiteral("Karin"));
            Case c = intakeCase(d("2025-03-03"));
            try {
                cases.save(c);
                FAIL("a write landed during a restore");
            } catch (const StorageError& e) {
                CHECK(e.kind() == StorageError::Kind::Locked);
                CHECK(e.message().contains(QStringLiteral("Karin")));
                CHECK(e.message().contains(QStringLiteral("zet een reservekopie terug")));
                CHECK(e.message().contains(QStringLiteral("Probeer het over enkele ogenblikken opnieuw")));
            }
            CHECK(c.id == 0);
            CHECK(announced == 1);
            CHECK(caseCount(path) == 0);
        }
        // Released: the same save goes through.
        Case c = intakeCase(d("2025-03-03"));
        CHECK_NOTHROW(cases.save(c));
        CHECK(caseCount(path) == 1);
    }
    SECTION("a retention run") {
        auto beheer = Database::open(path, as(QStringLiteral("beheer")));
        ExclusiveHold hold(*beheer, ExclusiveHold::Purpose::Retention, 1000, QStringLiteral("Beheerder"));
        Case c = intakeCase(d("2025-03-03"));
        try {
            cases.save(c);
            FAIL("a write landed during retention");
        } catch (const StorageError& e) {
            CHECK(e.message().contains(QStringLiteral("vernietigt of anonimiseert zaken")));
        }
        // The holder's own writes pass.
        Case own = intakeCase(d("2025-03-04"), QStringLiteral("Eigen zaak"));
        CHECK_NOTHROW(CaseRepository(*beheer, clock, QStringLiteral("beheer")).save(own));
        CHECK(caseCount(path) == 1);
    }
    SECTION("opening for writing during a hold is refused in the same way") {
        ExclusiveHold hold(path, ExclusiveHold::Purpose::Restore, 1000, QStringLiteral("Karin"));
        try {
            Database::open(path, as(QStringLiteral("Bram"), 300));
            FAIL("opened for writing during a restore");
        } catch (const StorageError& e) {
            CHECK(e.kind() == StorageError::Kind::Locked);
            CHECK(e.message().contains(QStringLiteral("zet een reservekopie terug")));
        }
        OpenOptions reading;
        reading.readOnly = true;
        CHECK_NOTHROW(Database::open(path, reading)); // reading is never in the way
    }
}

TEST_CASE("a second hold waits for the first and says who holds the file") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    ExclusiveHold first(path, ExclusiveHold::Purpose::Retention, 1000, QStringLiteral("Beheerder"));
    try {
        ExclusiveHold second(path, ExclusiveHold::Purpose::Restore, 200);
        FAIL("two holds at once");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("Beheerder")));
        CHECK(e.message().contains(QStringLiteral("vernietigt of anonimiseert al zaken")));
    }
}

TEST_CASE("a restore that meets a running write waits for it: the write is in the copy set aside, never lost") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    BackupService::backupFile(path, copy);

    std::atomic<bool> writing{false};
    std::atomic<bool> committed{false};
    QString reference;
    std::thread colleague([&] {
        try {
            auto db = Database::open(path, as(QStringLiteral("Bram")));
            FixedClock clock(QDateTime::currentDateTime().addSecs(60));
            Transaction transaction(*db);
            writing = true;
            Case c = intakeCase(d("2025-03-03"), QStringLiteral("Tijdens het terugzetten"));
            CaseRepository(*db, clock, QStringLiteral("Bram")).save(c);
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            transaction.commit();
            reference = c.reference;
            committed = true;
        } catch (const StorageError&) {
            writing = true;
        }
    });
    while (!writing)
        std::this_thread::yield();

    SECTION("not forced: the file changed after the copy, so the restore is refused after waiting") {
        RestoreOptions options;
        options.holdWaitMs = 10000;
        CHECK_THROWS_AS(BackupService::restore(copy, path, options, testNow()), StorageError);
        colleague.join();
        REQUIRE(committed);
        CHECK(caseCount(path) == 1);
    }
    SECTION("forced: the copy is back, and the colleague's case is in the file set aside") {
        RestoreOptions options;
        options.force = true;
        options.holdWaitMs = 10000;
        const RestoreResult result = BackupService::restore(copy, path, options, testNow());
        colleague.join();
        REQUIRE(committed);
        CHECK(caseCount(path) == 0);
        CHECK(caseCount(result.safetyCopy) == 1);
    }
}

TEST_CASE("retention takes the hold: it waits for a colleague's running write, which is kept") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    auto beheer = Database::open(path, as(QStringLiteral("beheer")));
    FixedClock clock{QDateTime(d("2030-06-15"), QTime(10, 0))};
    CaseRepository cases(*beheer, clock, QStringLiteral("beheer"));
    Case old = intakeCase(d("2020-01-02"), QStringLiteral("Oude zaak"));
    old.phase = Phase::Closed;
    old.outcome = Outcome::ResolvedToSatisfaction;
    old.closedOn = d("2020-02-01");
    cases.save(old);
    Retention retention(*beheer, clock, QStringLiteral("beheer"));
    REQUIRE(retention.due().size() == 1);

    std::atomic<bool> writing{false};
    std::atomic<bool> committed{false};
    std::thread colleague([&] {
        try {
            auto db = Database::open(path, as(QStringLiteral("Bram")));
            Transaction transaction(*db);
            writing = true;
            Case c = intakeCase(d("2030-06-14"), QStringLiteral("Nieuwe zaak van Bram"));
            CaseRepository(*db, clock, QStringLiteral("Bram")).save(c);
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            transaction.commit();
            committed = true;
        } catch (const StorageError&) {
            writing = true;
        }
    });
    while (!writing)
        std::this_thread::yield();
    QElapsedTimer took;
    took.start();
    CHECK_NOTHROW(retention.destroy({old.id}));
    CHECK(took.elapsed() >= 300); // it waited for Bram
    colleague.join();
    CHECK(committed);
    CHECK(caseCount(path) == 1); // Bram's case; the old one is gone
    CHECK_FALSE(cases.findByReference(old.reference).has_value());
}
