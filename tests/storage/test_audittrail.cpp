// The audit trail as a beheerder reads it: per case (also once the case is gone), per period, a page
// at a time, exported as CSV for a spreadsheet; and the "view" row an opened case file leaves.
#include "storagetestsupport.h"

#include "audit/audittrail.h"
#include "storage/caserepository.h"

#include <QFile>

namespace {

struct Fixture {
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    FixedClock clock{testNow()};
    CaseRepository cases{*db, clock, QStringLiteral("fbakkali")};
    AuditTrail trail{*db};

    Case stored(QDate received, const QString& klager) {
        Case c = intakeCase(received, klager);
        cases.save(c);
        return c;
    }
};

QStringList actions(const QList<AuditRow>& rows) {
    QStringList list;
    for (const AuditRow& r : rows)
        list << r.entry.action;
    return list;
}

} // namespace

TEST_CASE("opening a case file leaves one view row: who looked at which case, when") {
    Fixture f;
    const Case c = f.stored(d("2025-03-06"), QStringLiteral("Mevrouw A. Jansen"));
    f.clock.set(testNow().addSecs(3600));
    f.trail.recordView(f.clock.now(), QStringLiteral("rjansen"), c.id);
    AuditFilter filter;
    filter.reference = c.reference;
    const QList<AuditRow> rows = f.trail.rows(filter);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).entry.action == QStringLiteral("view"));
    CHECK(rows.at(1).entry.user == QStringLiteral("rjansen"));
    CHECK(rows.at(1).entry.at == testNow().addSecs(3600));
    CHECK(rows.at(1).reference == c.reference);
    CHECK(AuditTrail::actionLabel(QStringLiteral("view")) == QStringLiteral("ingezien"));
}

TEST_CASE("the trail of one case by its reference, also after the case was removed") {
    Fixture f;
    const Case a = f.stored(d("2025-03-06"), QStringLiteral("Mevrouw A. Jansen"));
    const Case b = f.stored(d("2025-03-06"), QStringLiteral("De heer B. de Vries"));
    f.trail.recordView(f.clock.now(), QStringLiteral("rjansen"), b.id);
    f.cases.remove(a.id);
    AuditFilter filter;
    filter.reference = a.reference.toLower(); // typed in any case
    const QList<AuditRow> rows = f.trail.rows(filter);
    CHECK(actions(rows) == QStringList{QStringLiteral("create"), QStringLiteral("delete")});
    for (const AuditRow& r : rows)
        CHECK(r.reference == a.reference);
    filter.reference = QStringLiteral("KL-1999-0001");
    CHECK(f.trail.rows(filter).isEmpty());
    CHECK(f.trail.count(filter) == 0);
}

TEST_CASE("the trail of a period counts whole days, and pages through the rows in order") {
    Fixture f;
    for (int day = 0; day < 5; ++day) {
        f.clock.set(QDateTime(d("2025-03-03").addDays(day), QTime(23, 30)));
        f.stored(d("2025-03-03").addDays(day), QStringLiteral("Klager %1").arg(day));
    }
    AuditFilter period;
    period.from = d("2025-03-04");
    period.to = d("2025-03-06");
    CHECK(f.trail.count(period) == 3);
    period.limit = 2;
    const QList<AuditRow> first = f.trail.rows(period);
    period.offset = 2;
    const QList<AuditRow> second = f.trail.rows(period);
    REQUIRE(first.size() == 2);
    REQUIRE(second.size() == 1);
    CHECK(first.at(0).entry.at.date() == d("2025-03-04"));
    CHECK(first.at(1).entry.at.date() == d("2025-03-05"));
    CHECK(second.at(0).entry.at.date() == d("2025-03-06"));
}

TEST_CASE("the CSV export has a BOM, semicolons, Dutch headings and quotes what needs quoting") {
    Fixture f;
    Case c = f.stored(d("2025-03-06"), QStringLiteral("Mevrouw A. Jansen"));
    Case after = c;
    after.story = QStringLiteral("Zei: \"kom morgen terug\";\nniemand belde.");
    after.klager.email = QStringLiteral("=HYPERLINK(\"http://x\")");
    f.cases.save(after);
    AuditFilter filter;
    filter.reference = c.reference;
    const QString path = f.dir.path(QStringLiteral("audit.csv"));
    CHECK(f.trail.exportCsv(filter, path) == 3);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    CHECK(lines.at(0) == QStringLiteral("Wanneer;Wie;Zaak;Actie;Veld;Oud;Nieuw"));
    CHECK(lines.at(1).startsWith(QStringLiteral("2025-03-07 09:00:00;fbakkali;") + c.reference +
                                 QStringLiteral(";geregistreerd;reference;")));
    CHECK(text.contains(QStringLiteral(";gewijzigd;story;")));
    CHECK(text.contains(QStringLiteral(";\"Zei: \"\"kom morgen terug\"\";\nniemand belde.\"\r\n")));
    // A value that a spreadsheet would run as a formula is defused.
    CHECK(text.contains(QStringLiteral(";\"'=HYPERLINK(\"\"http://x\"\")\"")));
    CHECK_THROWS_AS(f.trail.exportCsv(filter, f.dir.path(QStringLiteral("no/such/dir/audit.csv"))), StorageError);
}
