// The change feed of a file (session/sqlitechangefeed.h, storage/changelog.h): what a colleague's
// connection commits reaches this window as added, changed and removed cases, settings, users and
// measures; this window's own commits and mere reading (a case file viewed) do not; an import or a
// restore means "reload everything".
#include "storagetestsupport.h"

#include "audit/audittrail.h"
#include "backup/backupservice.h"
#include "session/sqlitechangefeed.h"
#include "storage/caserepository.h"
#include "storage/municipalitysettings.h"
#include "storage/sqlquery.h"
#include "users/userrepository.h"

#include <QSignalSpy>

namespace {

struct TwoWindows {
    TempDir dir;
    QString path = newMunicipality(dir)->path();
    std::unique_ptr<Database> mine = Database::open(path);
    std::unique_ptr<Database> theirs = Database::open(path);
    FixedClock clock{testNow()};
    CaseRepository myCases{*mine, clock, QStringLiteral("Anna")};
    CaseRepository theirCases{*theirs, clock, QStringLiteral("Bram")};
    SqliteChangeFeed feed{*mine, 60 * 1000};
    QSignalSpy spy{&feed, &ExternalChangeFeed::changed};

    TwoWindows() { feed.start(); }

    // What the next look finds; empty when the feed stays silent.
    std::optional<ExternalChanges> look() {
        spy.clear();
        feed.checkNow();
        if (spy.isEmpty())
            return std::nullopt;
        REQUIRE(spy.size() == 1);
        return spy.first().first().value<ExternalChanges>();
    }
};

} // namespace

TEST_CASE("a colleague's registration, edit and removal reach the window as such") {
    TwoWindows w;
    CHECK_FALSE(w.look());

    Case c = intakeCase(d("2025-03-03"));
    w.theirCases.save(c);
    std::optional<ExternalChanges> changes = w.look();
    REQUIRE(changes);
    CHECK(changes->added == QSet<qint64>{c.id});
    CHECK(changes->changed.isEmpty());
    CHECK_FALSE(changes->everything);
    CHECK_FALSE(w.look()); // nothing new since

    c.story = QStringLiteral("Aangevuld door Bram.");
    w.theirCases.save(c);
    changes = w.look();
    REQUIRE(changes);
    CHECK(changes->changed == QSet<qint64>{c.id});
    CHECK(changes->added.isEmpty());

    w.theirCases.remove(c.id);
    changes = w.look();
    REQUIRE(changes);
    CHECK(changes->removed == QSet<qint64>{c.id});
}

TEST_CASE("the window's own changes and a colleague merely reading are not announced again") {
    TwoWindows w;
    Case mine = intakeCase(d("2025-03-03"));
    w.myCases.save(mine);
    CHECK_FALSE(w.look());

    AuditTrail(*w.theirs).recordView(testNow(), QStringLiteral("Bram"), mine.id);
    CHECK_FALSE(w.look());

    // Own and theirs together: theirs is announced (ours may come along; announcing twice is harmless).
    Case theirs = intakeCase(d("2025-03-04"));
    w.theirCases.save(theirs);
    const std::optional<ExternalChanges> changes = w.look();
    REQUIRE(changes);
    CHECK(changes->added.contains(theirs.id));
}

TEST_CASE("settings and users changed elsewhere are announced") {
    TwoWindows w;
    MunicipalitySettings settings = MunicipalitySettingsStore(*w.theirs).load();
    settings.name = QStringLiteral("Gemeente Elders");
    MunicipalitySettingsStore(*w.theirs).save(settings, QStringLiteral("Bram"));
    std::optional<ExternalChanges> changes = w.look();
    REQUIRE(changes);
    CHECK(changes->settings);
    CHECK_FALSE(changes->users);

    User u;
    u.login = QStringLiteral("bram");
    u.name = QStringLiteral("Bram de Vries");
    u.role = Role::Handler;
    UserRepository(*w.theirs, w.clock, QStringLiteral("Bram")).add(u);
    changes = w.look();
    REQUIRE(changes);
    CHECK(changes->users);
}

TEST_CASE("an import and a restore make the window reload everything") {
    TwoWindows w;
    SECTION("many cases at once") {
        QList<Case> many;
        for (int i = 0; i < ChangeLog::ManyRows + 10; ++i)
            many << intakeCase(d("2025-03-03"), QStringLiteral("Klager %1").arg(i));
        w.theirCases.insertMany(many);
        const std::optional<ExternalChanges> changes = w.look();
        REQUIRE(changes);
        CHECK(changes->everything);
        CHECK(changes->added.isEmpty());
    }
    SECTION("a copy put back, also when the file goes on past where the window stood") {
        const QString copy = w.dir.path(QStringLiteral("kopie.aantafel"));
        Case c = intakeCase(d("2025-03-03"));
        w.theirCases.save(c);
        BackupService::backupFile(w.path, copy);
        Case other = intakeCase(d("2025-03-04"));
        w.theirCases.save(other);
        REQUIRE(w.look()); // the window shows "other"
        RestoreOptions options;
        options.force = true;
        BackupService::restore(copy, w.path, options, testNow());
        const bool goOn = GENERATE(false, true);
        // Later, as in real life: the rows that take the old numbers again are of another moment.
        const FixedClock later(testNow().addSecs(60));
        CaseRepository laterCases(*w.theirs, later, QStringLiteral("Bram"));
        for (int i = 0; goOn && i < 3; ++i) {
            Case again = intakeCase(d("2025-03-05"), QStringLiteral("Daarna %1").arg(i));
            laterCases.save(again); // the row numbers go on past where the window stood
        }
        const std::optional<ExternalChanges> changes = w.look();
        REQUIRE(changes);
        CHECK(changes->everything);
    }
}

TEST_CASE("a restore within the same second makes the window reload, though the rows carry the same numbers and "
          "times") {
    // The copy's rows and the rows written after the restore take the numbers the window saw, at the
    // same moment (one fixed clock): only the safety copy the restore records tells the files apart.
    TwoWindows w;
    const QString copy = w.dir.path(QStringLiteral("kopie.aantafel"));
    Case c = intakeCase(d("2025-03-03"));
    w.theirCases.save(c);
    BackupService::backupFile(w.path, copy);
    Case other = intakeCase(d("2025-03-04"), QStringLiteral("Na de kopie"));
    w.theirCases.save(other);
    REQUIRE(w.look());
    RestoreOptions options;
    options.force = true;
    BackupService::restore(copy, w.path, options, testNow());
    Case again = intakeCase(d("2025-03-04"), QStringLiteral("Na het terugzetten"));
    w.theirCases.save(again); // same clock, same number as "other" had
    const std::optional<ExternalChanges> changes = w.look();
    REQUIRE(changes);
    CHECK(changes->everything);
    // And after the reload, the next look is quiet again.
    CHECK_FALSE(w.look());
}

TEST_CASE("an audit row with an action this version does not know counts as a change of its case") {
    TwoWindows w;
    Case c = intakeCase(d("2025-03-06"), QStringLiteral("Mevrouw A. Jansen"));
    w.theirCases.save(c);
    REQUIRE(w.look());
    // A newer program records something under a code of its own.
    SqlQuery newer(*w.theirs, QStringLiteral("INSERT INTO audit_log (at, user, case_id, action) VALUES (:at, 'Bram', "
                                             ":case_id, 'iets-nieuws')"));
    newer.bind(QStringLiteral(":at"), SqlValue::moment(testNow().addSecs(60)))
        .bind(QStringLiteral(":case_id"), c.id)
        .exec();
    const std::optional<ExternalChanges> changes = w.look();
    REQUIRE(changes);
    CHECK_FALSE(changes->everything);
    CHECK(changes->changed.contains(c.id));
    CHECK_FALSE(changes->settings);
    CHECK_FALSE(changes->measures);
}
