// Two users on one file (two program instances writing side by side, here two connections in one
// test): interleaved writes never lose a committed change, a stale edit is refused instead of
// overwriting, and a long wait is announced. The lock file's protocol: test_fileaccess.cpp.
#include "storagetestsupport.h"

#include "storage/busywait.h"
#include "storage/caserepository.h"
#include "storage/transaction.h"

#include <thread>

namespace {

OpenOptions waitingUpTo(int ms) {
    OpenOptions options;
    options.busyTimeoutMs = ms;
    return options;
}

} // namespace

TEST_CASE("two users saving cases in turn on one file lose none of them") {
    BOTH_BACKENDS();
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    auto anna = Database::openAny(path);
    auto bram = Database::openAny(path);
    FixedClock clock(testNow());
    CaseRepository annasCases(*anna, clock, QStringLiteral("Anna"));
    CaseRepository bramsCases(*bram, clock, QStringLiteral("Bram"));
    QStringList references;
    for (int i = 0; i < 40; ++i) {
        Case a = intakeCase(d("2025-03-03"), QStringLiteral("Klager A%1").arg(i));
        annasCases.save(a);
        Case b = intakeCase(d("2025-03-04"), QStringLiteral("Klager B%1").arg(i));
        bramsCases.save(b);
        references << a.reference << b.reference;
    }
    CHECK(references.removeDuplicates() == 0); // each got a reference of its own
    CHECK(annasCases.count() == 80);
    for (const QString& reference : std::as_const(references))
        CHECK(bramsCases.findByReference(reference).has_value());
}

TEST_CASE("an edit of a case someone else changed since it was loaded is refused and changes nothing") {
    BOTH_BACKENDS();
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    auto anna = Database::openAny(path);
    auto bram = Database::openAny(path);
    FixedClock clock(testNow());
    CaseRepository annasCases(*anna, clock, QStringLiteral("Anna"));
    CaseRepository bramsCases(*bram, clock, QStringLiteral("Bram"));
    Case c = intakeCase(d("2025-03-03"));
    annasCases.save(c);

    Case annasCopy = annasCases.load(c.id);
    Case bramsCopy = bramsCases.load(c.id);
    annasCopy.story = QStringLiteral("Aangevuld door Anna.");
    annasCases.save(annasCopy);
    bramsCopy.handler = QStringLiteral("Bram");
    try {
        bramsCases.save(bramsCopy);
        FAIL("the stale edit was saved");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Conflict);
    }
    CHECK(bramsCopy.handler == QStringLiteral("Bram")); // his edit is still in his hands
    const Case stored = annasCases.load(c.id);
    CHECK(stored.story == QStringLiteral("Aangevuld door Anna."));
    CHECK(stored.handler == QStringLiteral("Fatima Bakkali"));
}

TEST_CASE("a write that waits for another user's long write is announced and then either succeeds or gives up") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    auto bram = Database::open(path, waitingUpTo(3000));
    FixedClock clock(testNow());
    CaseRepository bramsCases(*bram, clock, QStringLiteral("Bram"));
    int announced = 0;
    BusyWait busy(*bram, 3000, 100, [&] { ++announced; });

    SECTION("the other user finishes within the timeout: the save goes through") {
        std::atomic<bool> holding{false};
        std::thread anna([&] {
            try {
                auto db = Database::open(path);
                Transaction long_(*db);
                holding = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(600));
                long_.commit();
            } catch (const StorageError&) {
                holding = true; // the CHECKs below then fail instead of the test hanging
            }
        });
        while (!holding)
            std::this_thread::yield();
        Case c = intakeCase(d("2025-03-03"));
        CHECK_NOTHROW(bramsCases.save(c));
        anna.join();
        CHECK(announced == 1);
        CHECK(bramsCases.findByReference(c.reference).has_value());
    }
    SECTION("the other user keeps the file past the timeout: a Dutch message, nothing stored") {
        BusyWait shortWait(*bram, 400, 100, [&] { ++announced; });
        auto anna = Database::open(path);
        Transaction holds(*anna);
        Case c = intakeCase(d("2025-03-03"));
        try {
            bramsCases.save(c);
            FAIL("saved while the file was held");
        } catch (const StorageError& e) {
            CHECK(e.kind() == StorageError::Kind::Locked);
            CHECK(e.message().contains(QStringLiteral("Probeer het over enkele ogenblikken opnieuw")));
        }
        CHECK(c.id == 0); // the case stays as the user entered it, ready to try again
        CHECK(announced == 1);
    }
}
