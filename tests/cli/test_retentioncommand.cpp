// aantafel-cli retention: what Beheer ▸ Bewaartermijn en vernietigen does, scheduled. Today is
// 2030-06-15 and the term 5 years: a case closed 2024-01-10 is due since 2029-01-10, one closed
// 2025-06-14 since 2030-06-14 (yesterday), one closed 2025-06-15 only tomorrow.
#include "testsupport.h"

#include "clirun.h"

#include "backup/backupservice.h"
#include "backup/sqlitecopy.h"
#include "storage/caserepository.h"
#include "storage/municipalityfile.h"
#include "users/userrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

const QDate Today = d("2030-06-15");

struct Account {
    explicit Account(const QByteArray& login)
        : m_old(qgetenv("USER")) {
        qputenv("USER", login);
    }
    ~Account() { qputenv("USER", m_old); }
    QByteArray m_old;
};

struct RetentionFile {
    TempDir dir;
    QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    QStringList references; // closed 2024-01-10, 2025-06-14, 2025-06-15

    RetentionFile() {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Bewaardam");
        auto db = MunicipalityFile::create(path, settings, QStringLiteral("beheer"));
        const FixedClock clock(d("2024-01-01"));
        CaseRepository cases(*db, clock, QStringLiteral("fbakkali"));
        int n = 0;
        for (const char* closed : {"2024-01-10", "2025-06-14", "2025-06-15"}) {
            Case c;
            c.received = d(closed).addDays(-20);
            c.klager.name = QStringLiteral("Klager Vertrouwelijk %1").arg(++n);
            c.phase = Phase::Closed;
            c.outcome = Outcome::ResolvedToSatisfaction;
            c.closedOn = d(closed);
            cases.save(c);
            references << c.reference;
        }
        UserRepository users(*db, clock, QStringLiteral("beheer"));
        User admin{0, QStringLiteral("beheer"), QStringLiteral("Bea Heer"), Role::Admin, true};
        User handler{0, QStringLiteral("fbakkali"), QStringLiteral("Fatima Bakkali"), Role::Handler, true};
        users.add(admin);
        users.add(handler);
    }
    CliResult run(const QStringList& more) const {
        return runCliOn(QStringList{QStringLiteral("retention"), path} + more, Today);
    }
    QStringList present() const {
        SqliteCopy::Connection c;
        c.open(path, true, 1000);
        QStringList refs;
        for (const QStringList& row : c.rows("SELECT reference FROM cases ORDER BY reference"))
            refs << row.first();
        return refs;
    }
    static bool holds(const QString& file, const QByteArray& text) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll().contains(text);
    }
};

} // namespace

TEST_CASE("retention --list shows the cases whose term has passed, and --before limits them") {
    RetentionFile f;
    Account account("beheer");
    CliResult r = f.run({QStringLiteral("--list")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == Cli::Ok);
    CHECK(r.out.contains(f.references.at(0) + QStringLiteral("\tafgesloten 2024-01-10")));
    CHECK(r.out.contains(f.references.at(1)));
    CHECK_FALSE(r.out.contains(f.references.at(2)));
    CHECK(r.out.contains(QStringLiteral("2 afgesloten zaak"))); // the plural form comes from the catalogue
    r = f.run({QStringLiteral("--list"), QStringLiteral("--before"), QStringLiteral("2025-01-01")});
    CHECK(r.out.contains(f.references.at(0)));
    CHECK_FALSE(r.out.contains(f.references.at(1)));
    CHECK(f.run({QStringLiteral("--list"), QStringLiteral("--before"), QStringLiteral("2025-02-30")}).code ==
          Cli::UsageOrFile);
    CHECK(f.run({QStringLiteral("--list"), QStringLiteral("--destroy")}).code == Cli::UsageOrFile);
    CHECK(f.run({}).code == Cli::UsageOrFile);
}

TEST_CASE("retention --destroy --dry-run changes nothing — --destroy destroys, scrubs the copies made before") {
    RetentionFile f;
    const QString copy = f.dir.path(QStringLiteral("elders/kopie.aantafel"));
    BackupService::backupFile(f.path, copy);
    REQUIRE(RetentionFile::holds(copy, "Klager Vertrouwelijk 1"));
    Account account("beheer");
    CliResult r = f.run({QStringLiteral("--destroy"), QStringLiteral("--dry-run")});
    CHECK(r.code == Cli::Ok);
    CHECK(r.out.contains(QStringLiteral("Proef: 2 zaak")));
    CHECK(r.out.contains(QStringLiteral("worden vernietigd.")));
    CHECK(f.present().size() == 3);

    r = f.run({QStringLiteral("--destroy"), QStringLiteral("--before"), QStringLiteral("2025-01-01")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == Cli::Ok);
    CHECK(r.out.contains(QStringLiteral("1 zaak")));
    CHECK(r.out.contains(QStringLiteral(" vernietigd.")));
    CHECK(f.present() == QStringList{f.references.at(1), f.references.at(2)});
    // The stored deadlines of the cases left agree with the engine (the fixture's cases have workflow
    // findings of their own, which check reports as before).
    const CliResult checked = runCliOn({QStringLiteral("check"), f.path}, Today);
    INFO(checked.out.toStdString() << checked.err.toStdString());
    CHECK_FALSE(checked.out.contains(QStringLiteral("termijnen")));
    CHECK(r.out.contains(QStringLiteral("Reservekopie van vóór de vernietiging")));
    CHECK(r.out.contains(QFileInfo(copy).absoluteFilePath()));
    CHECK(RetentionFile::holds(copy, "Klager Vertrouwelijk 1"));

    r = f.run({QStringLiteral("--list"), QStringLiteral("--copies"), QStringLiteral("scrub")});
    REQUIRE(r.code == Cli::Ok);
    CHECK(r.out.contains(QStringLiteral("Opgeschoond: ") + QFileInfo(copy).absoluteFilePath()));
    CHECK_FALSE(RetentionFile::holds(copy, "Klager Vertrouwelijk 1"));
    CHECK(RetentionFile::holds(copy, "Klager Vertrouwelijk 2"));
    CHECK_FALSE(f.run({QStringLiteral("--list")}).out.contains(QStringLiteral("Reservekopie van vóór")));
}

TEST_CASE("retention --anonymise keeps the figures, skips what is anonymised already, and --copies delete") {
    RetentionFile f;
    const QString copy = f.dir.path(QStringLiteral("gemeente-backups/gemeente-20300101-080000.aantafel"));
    BackupService::backupFile(f.path, copy);
    Account account("beheer");
    CliResult r = f.run({QStringLiteral("--anonymise"), QStringLiteral("--copies"), QStringLiteral("delete")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == Cli::Ok);
    CHECK(r.out.contains(QStringLiteral("2 zaak")));
    CHECK(r.out.contains(QStringLiteral(" geanonimiseerd.")));
    CHECK(r.out.contains(QStringLiteral("Verwijderd: ")));
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(f.present().size() == 3);
    CHECK_FALSE(RetentionFile::holds(f.path, "Klager Vertrouwelijk 1"));
    r = f.run({QStringLiteral("--anonymise")});
    CHECK(r.out.contains(QStringLiteral("Er zijn geen zaken om te verwerken")));
}

TEST_CASE("retention is for a beheerder only") {
    RetentionFile f;
    for (const char* login : {"fbakkali", "onbekend"}) {
        Account account(login);
        const CliResult r = f.run({QStringLiteral("--destroy")});
        CHECK(r.code == Cli::Refused);
        CHECK(f.present().size() == 3);
    }
}
