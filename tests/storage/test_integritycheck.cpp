// aantafel-cli check: a clean file passes; rows broken behind the program's back are found and
// named by their reference.
#include "storagetestsupport.h"

#include "deadlines/deadlineengine.h"
#include "storage/caserepository.h"
#include "storage/integritycheck.h"
#include "storage/sqlquery.h"
#include "workflow/workflow.h"

namespace {

struct Checked {
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    HolidayCalendar calendar;
    DeadlineEngine engine{calendar};
    Workflow workflow{engine};
    FixedClock clock{testNow()};
    CaseRepository repository{*db, clock, QStringLiteral("Fatima Bakkali")};

    QStringList run() { return IntegrityCheck::run(*db, workflow); }
    bool reports(const QString& reference) {
        const QStringList problems = run();
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        for (const QString& p : problems) {
            if (p.startsWith(reference + QStringLiteral(": ")))
                return true;
        }
        return false;
    }
};

} // namespace

TEST_CASE("a clean municipality file passes the integrity check") {
    Checked f;
    CHECK(f.run().isEmpty());
    QList<Case> cases;
    for (int i = 0; i < 50; ++i)
        cases << intakeCase(d("2025-01-06").addDays(i));
    f.repository.insertMany(cases);
    const QStringList problems = f.run();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("the integrity check finds a closed case without an outcome written behind our back") {
    Checked f;
    Case good = intakeCase(d("2025-03-03"));
    Case bad = intakeCase(d("2025-03-07"));
    f.repository.save(good);
    f.repository.save(bad);
    SqlQuery::run(*f.db, QStringLiteral("UPDATE cases SET phase = 'closed', outcome = 'none', closed_on = NULL "
                                        "WHERE id = %1")
                             .arg(bad.id));
    CHECK(f.reports(bad.reference));
    CHECK_FALSE(f.reports(good.reference));
}

TEST_CASE("the integrity check finds an unknown code and a link to a theme that is gone") {
    Checked f;
    Case pigeon = intakeCase(d("2025-03-07"));
    Case orphan = intakeCase(d("2025-03-10"));
    orphan.themes = {QStringLiteral("Thema dat verdwijnt")};
    f.repository.save(pigeon);
    f.repository.save(orphan);

    SqlQuery::run(*f.db, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    SqlQuery::run(*f.db, QStringLiteral("UPDATE cases SET channel = 'postduif' WHERE id = %1").arg(pigeon.id));
    SqlQuery::run(*f.db, QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    SqlQuery::run(*f.db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    SqlQuery::run(*f.db, QStringLiteral("DELETE FROM themes WHERE name = 'Thema dat verdwijnt'"));
    SqlQuery::run(*f.db, QStringLiteral("PRAGMA foreign_keys = ON"));

    const QStringList problems = f.run();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.filter(pigeon.reference + QStringLiteral(": onbekende waarde 'postduif'")).size() == 1);
    CHECK(problems.filter(orphan.reference + QStringLiteral(": verwijst naar een thema")).size() == 1);
    CHECK(problems.filter(QStringLiteral("case_themes")).size() == 1); // foreign_key_check agrees
}

TEST_CASE("the integrity check notices a file of another schema version") {
    Checked f;
    SqlQuery::run(*f.db, QStringLiteral("PRAGMA user_version = 1"));
    CHECK(f.run().filter(QStringLiteral("schemaversie 1")).size() == 1);
}
