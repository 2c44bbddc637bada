// aantafel-cli on a team server: every command that takes a municipality file takes a postgresql:// location
// too and prints what it prints for the file. Each test makes a demo municipality file, moves a copy of it to a
// fresh database of the test cluster (aantafel-cli migrate) and runs the command on both, comparing the output.
#include "servertestsupport.h"

#include "cli/cli.h"
#include "domain/clock.h"
#include "output/printjob.h"
#include "privacy/retention.h"
#include "session/municipalitysession.h"
#include "storage/database.h"
#include "storage/serverconnection.h"
#include "storage/serverschema.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <utility>

namespace {

const QDate today(2025, 3, 7);

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const CliServices& services = {}) {
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    const FixedClock clock(today);
    r.code = Cli::run(args, out, err, clock, services);
    out.flush();
    err.flush();
    return r;
}

// A PDF writer that draws nothing: it writes what the job says as text, so that two jobs can be compared.
class TextPdf final : public PdfOutput {
protected:
    QString render(const PrintJob& job, QIODevice& device) override {
        QString text = job.title + u'\n' + job.author + u'\n' + job.subject + u'\n' + job.footer + u'\n' + job.html;
        for (const ChartData& chart : job.charts) {
            text += u'\n' + chart.name + u'\n' + chart.title + u'\n' + chart.categories.join(u',');
            for (const ChartSeries& series : chart.series) {
                text += u'\n' + series.name + u':';
                for (double v : series.values)
                    text += QString::number(v) + u' ';
            }
        }
        device.write(text.toUtf8());
        return {};
    }
};

// A file of the example registers in tests/data/import.
QString importData(const char* name) {
    QString path = QStringLiteral(AANTAFEL_TEST_DATA "/import/");
    path += QString::fromUtf8(name);
    return path;
}

// A demo municipality as a file, with a decreed day (a bridging day) in its calendar, and the same municipality
// moved to a fresh database of the test cluster. Make it after SKIP_WITHOUT_TEST_SERVER().
struct Both {
    TempDir dir;
    QString file = dir.path(QStringLiteral("demo.aantafel"));
    ScratchDatabase scratch;
    QString server = scratch.location().url();

    explicit Both(int cases = 80, int years = 4) {
        const Run demo =
            cli({QStringLiteral("demo"), file, QStringLiteral("--cases"), QString::number(cases),
                 QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--years"), QString::number(years)});
        REQUIRE(demo.code == Cli::Ok);
        {
            std::unique_ptr<Database> db = Database::open(file);
            SqlQuery::run(*db, QStringLiteral("INSERT INTO decreed_days (day, description) VALUES ('2025-05-02', "
                                              "'Brugdag na Koningsdag')"));
            SqlQuery::run(*db, QStringLiteral("INSERT OR IGNORE INTO decreed_years (year) VALUES (2025)"));
        }
        const Run moved = cli({QStringLiteral("migrate"), file, QStringLiteral("--to"), server});
        INFO(moved.err.toStdString());
        REQUIRE(moved.code == Cli::Ok);
    }

    // The cases as list --json shows them in the file.
    QJsonArray cases() const {
        const Run list = cli({QStringLiteral("list"), file, QStringLiteral("--json")});
        REQUIRE(list.code == Cli::Ok);
        return QJsonDocument::fromJson(list.out.toUtf8()).array();
    }
    // The reference of the first case of a kind (signal, oral, written) in a phase, or of any phase.
    QString reference(const QString& kind, const QString& phase = {}) const {
        for (const QJsonValue& c : cases()) {
            if (c[QStringLiteral("kind")].toString() == kind &&
                (phase.isEmpty() || c[QStringLiteral("phase")].toString() == phase))
                return c[QStringLiteral("reference")].toString();
        }
        FAIL("the demo has no " << kind.toStdString() << " case in phase " << phase.toStdString());
        return {};
    }
};

} // namespace

TEST_CASE("due gives the same text, CSV and JSON on the team server as on the file") {
    SKIP_WITHOUT_TEST_SERVER();
    Both m;
    for (const QStringList& options : {QStringList{}, QStringList{QStringLiteral("--format"), QStringLiteral("csv")},
                                       QStringList{QStringLiteral("--format"), QStringLiteral("json")},
                                       QStringList{QStringLiteral("--within"), QStringLiteral("14"),
                                                   QStringLiteral("--format"), QStringLiteral("json")}}) {
        INFO("due " << options.join(u' ').toStdString());
        const Run onFile = cli(QStringList{QStringLiteral("due"), m.file} + options);
        const Run onServer = cli(QStringList{QStringLiteral("due"), m.server} + options);
        INFO(onServer.err.toStdString());
        REQUIRE(onFile.code == Cli::Ok);
        CHECK(onServer.code == Cli::Ok);
        CHECK(onServer.err == onFile.err);
        CHECK(onServer.out == onFile.out);
        CHECK(onFile.out.count(u'\n') > 5); // a real overview, not two empty ones
    }
    // One handler's part: the same rows, and the same warning for a name nobody has.
    const QJsonObject overview =
        QJsonDocument::fromJson(
            cli({QStringLiteral("due"), m.file, QStringLiteral("--format"), QStringLiteral("json")}).out.toUtf8())
            .object();
    const QString handler =
        overview[QStringLiteral("workload")].toArray().first()[QStringLiteral("handler")].toString();
    REQUIRE_FALSE(handler.isEmpty());
    for (const QString& name : {handler, QStringLiteral("Niemand Bekend")}) {
        const Run onFile = cli({QStringLiteral("due"), m.file, QStringLiteral("--handler"), name});
        const Run onServer = cli({QStringLiteral("due"), m.server, QStringLiteral("--handler"), name});
        CHECK(onServer.code == onFile.code);
        CHECK(onServer.out == onFile.out);
        CHECK(onServer.err == onFile.err);
    }
}

TEST_CASE("report writes the same CSV, HTML and PDF from the team server as from the file") {
    SKIP_WITHOUT_TEST_SERVER();
    Both m;
    TextPdf pdf;
    CliServices services;
    services.reportPdf = &pdf;
    for (const char* year : {"2024", "2025"}) {
        for (const char* format : {"csv", "html", "pdf"}) {
            INFO(year << " as " << format);
            const QString fromFile =
                m.dir.path(QStringLiteral("bestand-%1.%2").arg(QLatin1String(year), QLatin1String(format)));
            const QString fromServer =
                m.dir.path(QStringLiteral("server-%1.%2").arg(QLatin1String(year), QLatin1String(format)));
            const Run onFile = cli({QStringLiteral("report"), m.file, QStringLiteral("--year"), QLatin1String(year),
                                    QStringLiteral("--out"), fromFile},
                                   services);
            const Run onServer = cli({QStringLiteral("report"), m.server, QStringLiteral("--year"), QLatin1String(year),
                                      QStringLiteral("--out"), fromServer},
                                     services);
            INFO(onServer.err.toStdString());
            REQUIRE(onFile.code == Cli::Ok);
            REQUIRE(onServer.code == Cli::Ok);
            CHECK(onServer.out == QString(onFile.out).replace(fromFile, fromServer));
            CHECK_FALSE(onFile.out.contains(QStringLiteral("klachten: 0,")));
            CHECK(readFile(fromServer) == readFile(fromFile));
        }
    }
}

TEST_CASE("check passes on the team server as on the file, and says what it leaves to the server") {
    SKIP_WITHOUT_TEST_SERVER();
    Both m;
    const Run onFile = cli({QStringLiteral("check"), m.file});
    const Run onServer = cli({QStringLiteral("check"), m.server});
    INFO(onServer.out.toStdString() << onServer.err.toStdString());
    REQUIRE(onFile.code == Cli::Ok);
    CHECK(onServer.code == Cli::Ok);
    const QStringList lines = onServer.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    // "In orde: schema versie …, 80 zaken gecontroleerd, …", the server naming its own schema version.
    CHECK(lines.at(0) + u'\n' == QString(onFile.out)
                                     .replace(QStringLiteral("versie %1,").arg(Database::CurrentVersion),
                                              QStringLiteral("versie %1,").arg(ServerSchema::Version)));
    CHECK(onFile.out.contains(QStringLiteral("schema versie %1, 80 zaak").arg(Database::CurrentVersion)));
    CHECK(lines.at(1).contains(QStringLiteral("niet de opslag van de server zelf")));
    CHECK_FALSE(onFile.out.contains(QStringLiteral("teamserver")));
}

TEST_CASE("check finds the same damage on the team server as in the file") {
    SKIP_WITHOUT_TEST_SERVER();
    Both m;
    const QString written = m.reference(QStringLiteral("written"));
    // The same two faults in both: a stray control character in a name (the server stores it as any text), and
    // a stored deadline that is not the engine's.
    const QStringList faults{
        QStringLiteral("UPDATE cases SET klager_name = 'J. de Vries' || char(7) WHERE reference = '%1'").arg(written),
        QStringLiteral("UPDATE case_deadlines SET due = '2031-01-01' WHERE case_id = (SELECT min(case_id) FROM "
                       "case_deadlines)"),
    };
    {
        std::unique_ptr<Database> db = Database::open(m.file);
        for (const QString& sql : faults)
            SqlQuery::run(*db, sql);
    }
    {
        ServerConnection server(m.scratch.location());
        for (const QString& sql : faults)
            server.exec(QString(sql).replace(QStringLiteral("char(7)"), QStringLiteral("chr(7)")));
    }
    const Run onFile = cli({QStringLiteral("check"), m.file});
    const Run onServer = cli({QStringLiteral("check"), m.server});
    REQUIRE(onFile.code == Cli::Refused);
    CHECK(onServer.code == Cli::Refused);
    CHECK(onFile.out.contains(
        QStringLiteral("%1, cases.klager_name: de tekst bevat een stuurteken (U+0007).").arg(written)));
    CHECK(onFile.out.contains(QStringLiteral("2031-01-01")));
    // The file's problems, then the note on what the server itself keeps.
    CHECK(onServer.out.startsWith(onFile.out));
    CHECK(onServer.out.count(u'\n') == onFile.out.count(u'\n') + 1);
    CHECK(onServer.err == onFile.err);
}

TEST_CASE("audit exports the same trail from the team server as from the file, and records the export there") {
    SKIP_WITHOUT_TEST_SERVER();
    Both m;
    const QString reference = m.reference(QStringLiteral("written"));
    const auto exportTrail = [&](const QString& location, const QString& out, const QStringList& more) {
        const Run r =
            cli(QStringList{QStringLiteral("audit"), location, QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                            QStringLiteral("--to"), QStringLiteral("2025-03-07"), QStringLiteral("--out"), out} +
                more);
        INFO(r.err.toStdString());
        REQUIRE(r.code == Cli::Ok);
        return r;
    };
    // One case: its rows are the same in both.
    const QString caseFile = m.dir.path(QStringLiteral("zaak-bestand.csv"));
    const QString caseServer = m.dir.path(QStringLiteral("zaak-server.csv"));
    const Run fileCase = exportTrail(m.file, caseFile, {QStringLiteral("--case"), reference});
    const Run serverCase = exportTrail(m.server, caseServer, {QStringLiteral("--case"), reference});
    CHECK(serverCase.out == QString(fileCase.out).replace(caseFile, caseServer));
    CHECK(readFile(caseServer) == readFile(caseFile));
    CHECK(readFile(caseFile).count('\n') >= 2); // the header and the case's rows

    // Every case: the same trail (the move to the server is recorded at the moment it happened, after the
    // period; an export of the period is recorded in both, as the one above was).
    const QString allFile = m.dir.path(QStringLiteral("alles-bestand.csv"));
    const QString allServer = m.dir.path(QStringLiteral("alles-server.csv"));
    exportTrail(m.file, allFile, {});
    exportTrail(m.server, allServer, {});
    // Row for row the same, but for who exported the case above: the operating-system account in the file, the
    // signed-in login on the server.
    const QStringList fileLines = QString::fromUtf8(readFile(allFile)).split(QStringLiteral("\r\n"));
    const QStringList serverLines = QString::fromUtf8(readFile(allServer)).split(QStringLiteral("\r\n"));
    REQUIRE(serverLines.size() == fileLines.size());
    int exports = 0;
    for (qsizetype i = 0; i < fileLines.size(); ++i) {
        QStringList fileFields = fileLines.at(i).split(u';');
        QStringList serverFields = serverLines.at(i).split(u';');
        if (fileFields.size() > 3 && fileFields.at(3).startsWith(QStringLiteral("audittrail"))) {
            ++exports;
            fileFields[1].clear();
            serverFields[1].clear();
        }
        CHECK(serverFields == fileFields);
    }
    CHECK(exports == 1);
    CHECK(readFile(allFile).count('\n') > 50);

    // A case that never was, and the export recorded in the server's own trail.
    const Run unknown = cli({QStringLiteral("audit"), m.server, QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                             QStringLiteral("--to"), QStringLiteral("2025-03-07"), QStringLiteral("--case"),
                             QStringLiteral("KL-1999-9999"), QStringLiteral("--out"), allServer});
    CHECK(unknown.code == Cli::UsageOrFile);
    CHECK(unknown.err.contains(QStringLiteral("KL-1999-9999")));
    ServerConnection server(m.scratch.location());
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit_export'")).toInt() == 2);
}

TEST_CASE("letter composes the same letter from the team server as from the file, and records it there") {
    SKIP_WITHOUT_TEST_SERVER();
    Both m;
    TextPdf pdf;
    CliServices services;
    services.letterPdf = &pdf;
    const QString reference = m.reference(QStringLiteral("written"));
    const auto letter = [&](const QString& location, const QString& out, const QStringList& more) {
        const Run r = cli(QStringList{QStringLiteral("letter"), location, QStringLiteral("--case"), reference,
                                      QStringLiteral("--type"), QStringLiteral("ontvangstbevestiging"),
                                      QStringLiteral("--pdf"), out} +
                              more,
                          services);
        INFO(r.err.toStdString());
        REQUIRE(r.code == Cli::Ok);
        return r;
    };
    const QString fromFile = m.dir.path(QStringLiteral("brief-bestand.pdf"));
    const QString fromServer = m.dir.path(QStringLiteral("brief-server.pdf"));
    const Run onFile = letter(m.file, fromFile, {});
    const Run onServer = letter(m.server, fromServer, {});
    CHECK(onServer.out == QString(onFile.out).replace(fromFile, fromServer));
    CHECK(readFile(fromServer) == readFile(fromFile));
    CHECK(readFile(fromFile).contains(reference.toUtf8()));

    const auto letters = [&](Database& db) {
        return SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM letters")).toInt();
    };
    const int before = letters(*Database::open(m.file));
    const Run recordedOnServer = letter(m.server, fromServer, {QStringLiteral("--record")});
    CHECK(recordedOnServer.out.contains(QStringLiteral("als verstuurd vastgelegd")));
    CHECK(letters(*Database::openAny(m.server)) == before + 1);
    CHECK(letters(*Database::open(m.file)) == before);
}

TEST_CASE("deadlines --file counts with the decreed days of the team server as with those of the file") {
    SKIP_WITHOUT_TEST_SERVER();
    Both m;
    // Received Friday 21 March 2025: six weeks (art. 9:11 lid 1 Awb) end on Friday 2 May 2025, the bridging
    // day the municipality decreed (a day equal to a holiday, art. 3 lid 3 Atw). Saturday 3 and Sunday 4 May
    // follow, and Monday 5 May is the fifth of May (art. 3 lid 1 Atw): the term ends on Tuesday 6 May 2025.
    // Without the municipality's calendar it ends on Friday 2 May.
    const QStringList args{QStringLiteral("deadlines"), QStringLiteral("--received"), QStringLiteral("2025-03-21"),
                           QStringLiteral("--json"), QStringLiteral("--file")};
    const Run onFile = cli(args + QStringList{m.file});
    const Run onServer = cli(args + QStringList{m.server});
    INFO(onServer.err.toStdString());
    REQUIRE(onFile.code == Cli::Ok);
    CHECK(onServer.code == Cli::Ok);
    CHECK(onServer.out == onFile.out);
    CHECK(QJsonDocument::fromJson(onServer.out.toUtf8())[QStringLiteral("handling_due")].toString() ==
          QStringLiteral("2025-05-06"));
    const Run without = cli(args.mid(0, args.size() - 1));
    CHECK(QJsonDocument::fromJson(without.out.toUtf8())[QStringLiteral("handling_due")].toString() ==
          QStringLiteral("2025-05-02"));
}

TEST_CASE("import takes the same register into the team server as into the file, or nothing of a broken one") {
    SKIP_WITHOUT_TEST_SERVER();
    Both m(20);
    for (const auto& [csv, mapping] : {std::pair{"semicolon-1252.csv", "mapping-semicolon.json"}}) {
        INFO(csv);
        const QStringList args{QStringLiteral("--csv"), importData(csv), QStringLiteral("--mapping"),
                               importData(mapping)};
        const Run onFile = cli(QStringList{QStringLiteral("import"), m.file} + args);
        const Run onServer = cli(QStringList{QStringLiteral("import"), m.server} + args);
        INFO(onServer.err.toStdString());
        REQUIRE(onFile.code == Cli::Ok);
        CHECK(onServer.code == Cli::Ok);
        CHECK(onServer.out == QString(onFile.out).replace(m.file, m.server));
        CHECK(onFile.out.contains(QStringLiteral(" zaken geïmporteerd in ")));
    }
    // The imported cases, as the case list shows them, are the same in both.
    const Run listFile = cli({QStringLiteral("list"), m.file, QStringLiteral("--json")});
    const Run listServer = cli({QStringLiteral("list"), m.server, QStringLiteral("--json")});
    CHECK(listServer.out == listFile.out);
    CHECK(QJsonDocument::fromJson(listFile.out.toUtf8()).array().size() > 20);

    // A broken register: refused with the same words, and the server holds what it held.
    ServerConnection server(m.scratch.location());
    const qint64 cases = server.scalar(QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
    const QStringList broken{QStringLiteral("--csv"), importData("broken.csv"), QStringLiteral("--mapping"),
                             importData("mapping-broken.json")};
    const Run brokenFile = cli(QStringList{QStringLiteral("import"), m.file} + broken);
    const Run brokenServer = cli(QStringList{QStringLiteral("import"), m.server} + broken);
    CHECK(brokenFile.code != Cli::Ok);
    CHECK(brokenServer.code == brokenFile.code);
    CHECK(brokenServer.out == brokenFile.out);
    CHECK(brokenServer.err == brokenFile.err);
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM cases")).toLongLong() == cases);
}

TEST_CASE("retention lists, anonymises and destroys the same cases on the team server as in the file") {
    SKIP_WITHOUT_TEST_SERVER();
    Both m(120, 12); // twelve years of cases: many of them past their retention period
    const auto both = [&](const QStringList& options) {
        const Run onFile = cli(QStringList{QStringLiteral("retention"), m.file} + options);
        const Run onServer = cli(QStringList{QStringLiteral("retention"), m.server} + options);
        INFO("retention " << options.join(u' ').toStdString() << ": " << onServer.err.toStdString());
        REQUIRE(onFile.code == Cli::Ok);
        CHECK(onServer.code == Cli::Ok);
        CHECK(onServer.out == onFile.out);
        CHECK(onServer.err == onFile.err);
        return onFile;
    };
    const Run listed = both({QStringLiteral("--list")});
    CHECK(listed.out.count(u'\n') > 3);
    both({QStringLiteral("--destroy"), QStringLiteral("--dry-run")});
    const Run anonymised =
        both({QStringLiteral("--anonymise"), QStringLiteral("--before"), QStringLiteral("2020-01-01")});
    CHECK(anonymised.out.contains(QStringLiteral("geanonimiseerd.")));
    const Run destroyed = both({QStringLiteral("--destroy")});
    CHECK(destroyed.out.contains(QStringLiteral("vernietigd.")));
    both({QStringLiteral("--list")}); // nothing left, in both

    // What is left is the same, and the audit rows about a destroyed case keep only its reference.
    const Run listFile = cli({QStringLiteral("list"), m.file, QStringLiteral("--json")});
    const Run listServer = cli({QStringLiteral("list"), m.server, QStringLiteral("--json")});
    CHECK(listServer.out == listFile.out);
    ServerConnection server(m.scratch.location());
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'destroy'")).toInt() > 0);
    CHECK(server
              .scalar(QStringLiteral("SELECT count(*) FROM audit_log AS a WHERE a.field <> 'reference' AND "
                                     "a.new_value <> '' AND a.case_id IN (SELECT case_id FROM audit_log WHERE "
                                     "action = 'destroy')"))
              .toInt() == 0);
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM retention_runs")).toInt() == 2);
}

TEST_CASE("retention on the team server is refused to a klachtbehandelaar, by the program and by the server") {
    SKIP_WITHOUT_TEST_SERVER();
    Both m(60, 12);
    const QString handler = m.scratch.login(QStringLiteral("jan"));
    // The program's users (a beheerder and a klachtbehandelaar, by their logins) and the server's.
    const QString admin = m.scratch.loginWithRole(QStringLiteral("beheer"), Role::Admin);
    {
        ServerConnection beheerder(m.scratch.as(admin));
        beheerder.exec(QStringLiteral("INSERT INTO users (login, name, role) VALUES (:admin, 'Beheer', 'admin'), "
                                      "(:handler, 'Jan Jansen', 'handler')"),
                       {{QStringLiteral(":admin"), admin}, {QStringLiteral(":handler"), handler}});
        beheerder.exec(QStringLiteral("SELECT grant_program_role(:login, 'handler')"),
                       {{QStringLiteral(":login"), handler}});
    }
    ServerConnection server(m.scratch.location());
    const qint64 cases = server.scalar(QStringLiteral("SELECT count(*) FROM cases")).toLongLong();

    // The program refuses before it looks, in Dutch.
    const Run jan = cli({QStringLiteral("retention"), m.scratch.as(handler).url(), QStringLiteral("--destroy")});
    CHECK(jan.code == Cli::Refused);
    CHECK(jan.err.contains(QStringLiteral("beheerder")));
    CHECK(jan.out.isEmpty());

    // A program that did not ask (here: the core called directly with the klachtbehandelaar's login) is
    // refused by the server, with the Dutch message of a refused role, and nothing is destroyed.
    {
        const FixedClock clock(today);
        std::unique_ptr<Database> connection = Database::openServer(m.scratch.as(handler));
        Retention retention(*connection, clock, handler);
        const QList<RetentionCandidate> due = retention.due();
        REQUIRE_FALSE(due.isEmpty());
        QString refusal;
        try {
            retention.destroy({due.first().id});
        } catch (const StorageError& e) {
            refusal = e.message();
        }
        CHECK(refusal.contains(QStringLiteral("Uw rol op de server")));
    }
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM cases")).toLongLong() == cases);
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM retention_runs")).toInt() == 0);

    // The beheerder may.
    const Run beheer = cli({QStringLiteral("retention"), m.scratch.as(admin).url(), QStringLiteral("--destroy")});
    INFO(beheer.err.toStdString());
    CHECK(beheer.code == Cli::Ok);
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM cases")).toLongLong() < cases);
}
