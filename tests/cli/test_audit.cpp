// aantafel-cli audit: the audit trail of a period (or one case) as CSV, for a beheerder only.
#include "testsupport.h"

#include "clirun.h"

#include "audit/audittrail.h"
#include "domain/clock.h"
#include "storage/caserepository.h"
#include "storage/municipalityfile.h"
#include "users/userrepository.h"

#include <QFile>

namespace {

struct Account {
    explicit Account(const QByteArray& login)
        : m_old(qgetenv("USER")) {
        qputenv("USER", login);
    }
    ~Account() { qputenv("USER", m_old); }
    QByteArray m_old;
};

// Two cases registered on 3 and 5 March 2025; users beheer (beheerder) and fbakkali (behandelaar).
QString file(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("audit.aantafel"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Spoordam");
    auto db = MunicipalityFile::create(path, settings, QStringLiteral("beheer"));
    FixedClock clock(QDateTime(d("2025-03-03"), QTime(10, 0)));
    CaseRepository cases(*db, clock, QStringLiteral("fbakkali"));
    for (const char* day : {"2025-03-03", "2025-03-05"}) {
        clock.set(QDateTime(d(day), QTime(10, 0)));
        Case c;
        c.received = d(day);
        c.klager.name = QStringLiteral("=Mevrouw Spoor");
        cases.save(c);
    }
    UserRepository users(*db, clock, QStringLiteral("beheer"));
    User admin{0, QStringLiteral("beheer"), QStringLiteral("Bea Heer"), Role::Admin, true};
    User handler{0, QStringLiteral("fbakkali"), QStringLiteral("Fatima Bakkali"), Role::Handler, true};
    users.add(admin);
    users.add(handler);
    return path;
}

} // namespace

TEST_CASE("aantafel-cli audit writes the trail of a period as CSV and records the export") {
    TempDir dir;
    const QString path = file(dir);
    const QString out = dir.path(QStringLiteral("maart.csv"));
    Account account("beheer");
    const CliResult r = runCliOn({QStringLiteral("audit"), path, QStringLiteral("--from"), QStringLiteral("2025-03-01"),
                                  QStringLiteral("--to"), QStringLiteral("2025-03-04"), QStringLiteral("--out"), out},
                                 d("2025-03-10"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("geschreven naar")));
    QFile csv(out);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2); // heading and the registration of 3 March
    CHECK(lines.at(0) == QStringLiteral("Wanneer;Wie;Zaak;Actie;Veld;Oud;Nieuw"));
    CHECK(lines.at(1).contains(QStringLiteral(";fbakkali;KL-2025-0001;geregistreerd;")));

    const CliResult one =
        runCliOn({QStringLiteral("audit"), path, QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                  QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--case"),
                  QStringLiteral("KL-2025-0002"), QStringLiteral("--out"), out},
                 d("2025-03-10"));
    REQUIRE(one.code == 0);
    auto db = Database::open(path);
    AuditFilter exports;
    exports.from = d("2025-03-10");
    exports.to = d("2025-03-10");
    const QList<AuditRow> rows = AuditTrail(*db).rows(exports);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).entry.action == QStringLiteral("audit_export"));
    CHECK(rows.at(1).entry.newValue.startsWith(QStringLiteral("KL-2025-0002, 2025-01-01")));
}

TEST_CASE("aantafel-cli audit refuses anyone but a beheerder, and says why") {
    TempDir dir;
    const QString path = file(dir);
    const QString out = dir.path(QStringLiteral("maart.csv"));
    Account account("fbakkali");
    const CliResult r = runCliOn({QStringLiteral("audit"), path, QStringLiteral("--from"), QStringLiteral("2025-03-01"),
                                  QStringLiteral("--to"), QStringLiteral("2025-03-04"), QStringLiteral("--out"), out},
                                 d("2025-03-10"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Alleen een beheerder")));
    CHECK_FALSE(QFile::exists(out));
    const CliResult usage =
        runCliOn({QStringLiteral("audit"), path, QStringLiteral("--from"), QStringLiteral("2025-03-05"),
                  QStringLiteral("--to"), QStringLiteral("2025-03-01"), QStringLiteral("--out"), out},
                 d("2025-03-10"));
    CHECK(usage.code == 2);
}
