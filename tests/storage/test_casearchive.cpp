// A beheerder's choice of another Selectielijst result for one case: only a beheerder, never without a
// reason, audited with the result before and after, and undone the same way.
#include "storagetestsupport.h"

#include "audit/audittrail.h"
#include "privacy/casearchive.h"
#include "session/municipalitysession.h"

TEST_CASE("only a beheerder chooses another result for a case, with a reason, and it is audited") {
    TempDir dir;
    FixedClock clock{QDateTime(d("2025-03-10"), QTime(9, 0))};
    {
        MunicipalitySession setup(newMunicipality(dir), clock, QStringLiteral("beheer"));
        for (User u : {User{0, QStringLiteral("beheer"), QStringLiteral("Bea Heer"), Role::Admin, true},
                       User{0, QStringLiteral("rjansen"), QStringLiteral("Ruud Jansen"), Role::Coordinator, true}})
            setup.users().add(u);
        Case c = intakeCase(d("2024-01-08"));
        c.phase = Phase::Closed;
        c.outcome = Outcome::Upheld;
        c.closedOn = d("2024-03-01");
        setup.cases().save(c);
    }
    const QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    MunicipalitySession coordinator(Database::open(path), clock, QStringLiteral("rjansen"));
    const Case c = coordinator.cases().list().first();
    CaseArchive refused(coordinator);
    CHECK_FALSE(refused.mayOverride());
    CHECK(refused.mayOverride().reason.contains(QStringLiteral("Alleen een beheerder")));
    CHECK_THROWS_AS(refused.setOverride(c, ArchiveResult::AffectsKeptCase, QStringLiteral("x")), StorageError);

    MunicipalitySession admin(Database::open(path), clock, QStringLiteral("beheer"));
    CaseArchive archive(admin);
    REQUIRE(archive.mayOverride());
    CHECK(archive.status(c).archiveDate == d("2029-03-01"));
    CHECK_THROWS_AS(archive.setOverride(c, ArchiveResult::FinancialConsequences, QStringLiteral("  ")), StorageError);
    archive.setOverride(c, ArchiveResult::FinancialConsequences, QStringLiteral("Schadevergoeding van € 450"));
    const ArchiveStatus s = archive.status(c);
    CHECK(s.result == ArchiveResult::FinancialConsequences);
    REQUIRE(s.override.has_value());
    CHECK(s.override->reason == QStringLiteral("Schadevergoeding van € 450"));
    CHECK(s.override->setBy == QStringLiteral("beheer"));
    CHECK(s.archiveDate == d("2031-03-01")); // 2024-03-01 + 7 years

    AuditFilter filter;
    filter.reference = c.reference;
    QList<AuditRow> rows = AuditTrail(admin.database()).rows(filter);
    REQUIRE(rows.size() >= 2);
    CHECK(rows.at(rows.size() - 2).entry.action == QStringLiteral("archive"));
    CHECK(rows.at(rows.size() - 2).entry.oldValue == QStringLiteral("13.1"));
    CHECK(rows.at(rows.size() - 2).entry.newValue == QStringLiteral("13.1.1"));
    CHECK(rows.constLast().entry.newValue == QStringLiteral("Schadevergoeding van € 450"));

    archive.clearOverride(c, QStringLiteral("Toch geen schadevergoeding"));
    CHECK_FALSE(archive.status(c).override.has_value());
    CHECK(archive.status(c).archiveDate == d("2029-03-01"));
    rows = AuditTrail(admin.database()).rows(filter);
    CHECK(rows.at(rows.size() - 2).entry.oldValue == QStringLiteral("13.1.1"));
    CHECK(rows.at(rows.size() - 2).entry.newValue == QStringLiteral("13.1"));
}
