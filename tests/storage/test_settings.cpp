// What a municipality file holds besides cases: its settings, its theme list, the decreed days of
// the Algemene termijnenwet and the audit trail.
#include "storagetestsupport.h"

#include "storage/auditlog.h"
#include "storage/calendarstore.h"
#include "storage/caserepository.h"
#include "storage/municipalityfile.h"
#include "storage/municipalitysettings.h"
#include "storage/sqlquery.h"

#include <QFileInfo>

TEST_CASE("a new municipality file starts with its settings, the ombudsman's themes and the decreed days") {
    TempDir dir;
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Ergens");
    settings.committee = true;
    auto db = MunicipalityFile::create(dir.path(QStringLiteral("ergens.aantafel")), settings, QStringLiteral("Beheer"));
    CHECK(MunicipalitySettingsStore(*db).load() == settings);
    FixedClock clock(testNow());
    CHECK(CaseRepository(*db, clock, {}).themes() == MunicipalityFile::defaultThemes());
    CHECK(MunicipalityFile::defaultThemes().size() == 10);
    CHECK(MunicipalityFile::defaultThemes().contains(QStringLiteral("Van het kastje naar de muur")));

    const HolidayCalendar calendar = CalendarStore(*db).load();
    CHECK(calendar.decreedDays() == HolidayCalendar::shippedDecreedDays());
    CHECK(calendar.decreedYears() == HolidayCalendar::shippedDecreedYears());
    CHECK(calendar.isHoliday(d("2025-05-30")));
    CHECK(calendar.isHoliday(d("2025-04-18"))); // Goede Vrijdag, statutory

    CHECK_THROWS_AS(MunicipalityFile::create(db->path(), settings, {}), StorageError);
}

TEST_CASE("a municipality file that cannot be made leaves nothing behind") {
    TempDir dir;
    MunicipalitySettings settings;
    settings.referencePrefix = QString(); // refused by the settings store, inside the creating transaction
    const QString path = dir.path(QStringLiteral("mislukt.aantafel"));
    CHECK_THROWS_AS(MunicipalityFile::create(path, settings, {}), StorageError);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(filesIn(dir.path({})).isEmpty());
}

TEST_CASE("every municipality setting survives a save and a load, and each changed key is audited") {
    TempDir dir;
    auto db = newMunicipality(dir);
    MunicipalitySettingsStore store(*db);
    MunicipalitySettings s;
    s.name = QStringLiteral("Gemeente Súdwest-Fryslân");
    s.address = QStringLiteral("Postbus 10000\n8600 HA Sneek");
    s.phone = QStringLiteral("14 0515");
    s.email = QStringLiteral("klachten@sudwestfryslan.nl");
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR binary \xff\xfe";
    s.logoPng = QByteArray(png, sizeof png - 1);
    s.committee = true;
    s.ombudsman.kind = Ombudsman::Kind::Municipal;
    s.ombudsman.name = QStringLiteral("De ombudscommissie Súdwest-Fryslân");
    s.ombudsman.address = QStringLiteral("Postbus 1\n8600 AA Sneek");
    s.ombudsman.website = QStringLiteral("www.example.nl/ombudscommissie");
    s.terms.acknowledgementWorkingDays = 3;
    s.terms.firstContactWorkingDays = 2;
    s.terms.followUpWorkingDays = 20;
    s.terms.referralFollowUpWorkingDays = 7;
    s.terms.warningWorkingDays = 4;
    s.referencePrefix = QStringLiteral("SWF");
    s.documentLimitMegabytes = 7;

    AuditLog audit(*db);
    const qint64 before = audit.count();
    store.save(s, QStringLiteral("Beheerder"));
    CHECK(store.load() == s);
    CHECK(audit.count() - before == 17);

    // Saving the same settings again changes nothing and audits nothing.
    store.save(s, QStringLiteral("Beheerder"));
    CHECK(audit.count() - before == 17);

    s.phone = QStringLiteral("0515 489 000");
    store.save(s, QStringLiteral("Beheerder"));
    const QList<AuditEntry> last =
        audit.between(QDateTime::currentDateTime().addSecs(-60), QDateTime::currentDateTime().addSecs(60));
    REQUIRE(last.size() >= 1);
    CHECK(last.last().action == QStringLiteral("settings"));
    CHECK(last.last().field == QStringLiteral("phone"));
    CHECK(last.last().oldValue == QStringLiteral("14 0515"));
    CHECK(last.last().newValue == QStringLiteral("0515 489 000"));

    // The prefix is what new references start with.
    FixedClock clock(testNow());
    Case c = intakeCase(d("2025-03-07"));
    CaseRepository(*db, clock, {}).save(c);
    CHECK(c.reference == QStringLiteral("SWF-2025-0001"));
}

TEST_CASE("a beheerder adds the days of a new Royal Decree to the calendar, audited") {
    TempDir dir;
    auto db = newMunicipality(dir);
    CalendarStore store(*db);
    CHECK_FALSE(store.load().isYearDecreed(2029));
    const qint64 before = AuditLog(*db).count();

    store.addDecreedDay(d("2029-05-11"), QStringLiteral("Vrijdag na Hemelvaartsdag"), QStringLiteral("Beheerder"));
    store.addDecreedYear(2029, QStringLiteral("Beheerder"));
    store.addDecreedYear(2029, QStringLiteral("Beheerder")); // twice changes nothing

    const HolidayCalendar calendar = store.load();
    CHECK(calendar.isYearDecreed(2029));
    CHECK(calendar.isHoliday(d("2029-05-11")));
    CHECK(calendar.holidayName(d("2029-05-11")) == std::optional<QString>(QStringLiteral("Vrijdag na Hemelvaartsdag")));
    CHECK(calendar.decreedDays().size() == HolidayCalendar::shippedDecreedDays().size() + 1);

    const QList<AuditEntry> trail =
        AuditLog(*db).between(QDateTime::currentDateTime().addSecs(-60), QDateTime::currentDateTime().addSecs(60));
    CHECK(AuditLog(*db).count() - before == 2);
    CHECK(trail.at(trail.size() - 2).newValue == QStringLiteral("2029-05-11 Vrijdag na Hemelvaartsdag"));
    CHECK(trail.last().field == QStringLiteral("decreed_year"));

    store.removeDecreedDay(d("2029-05-11"), QStringLiteral("Beheerder"));
    CHECK_FALSE(store.load().isHoliday(d("2029-05-11")));
    CHECK(AuditLog(*db).count() - before == 3);
}

TEST_CASE("an audit entry reads back as it was recorded") {
    TempDir dir;
    auto db = newMunicipality(dir);
    AuditLog audit(*db);
    const QDateTime at(d("2025-03-07"), QTime(9, 15, 42, 123));
    audit.record(at, QStringLiteral("Ruud Jansen"), 42, AuditAction::Transition, QStringLiteral("phase"),
                 QStringLiteral("informal"), QStringLiteral("formal"));
    audit.record(at.addSecs(1), QStringLiteral("Ruud Jansen"), 0, AuditAction::Settings);
    const QList<AuditEntry> rows = audit.forCase(42);
    REQUIRE(rows.size() == 1);
    const AuditEntry& e = rows.first();
    CHECK(e.id > 0);
    CHECK(e.at == at);
    CHECK(e.user == QStringLiteral("Ruud Jansen"));
    CHECK(e.caseId == 42);
    CHECK(e.action == QStringLiteral("transition"));
    CHECK(e.field == QStringLiteral("phase"));
    CHECK(e.oldValue == QStringLiteral("informal"));
    CHECK(e.newValue == QStringLiteral("formal"));

    const QList<AuditEntry> both = audit.between(at, at.addSecs(1));
    REQUIRE(both.size() == 2);
    CHECK(both.last().caseId == 0);
    CHECK(audit.between(at.addSecs(2), at.addSecs(60)).isEmpty());
}
