// aantafel-cli, in process (Cli::run) for the logic and as the real executable for exit codes
// and the Dutch catalogue.
#include "testsupport.h"

#include "clirun.h"

#include "cli/cli.h"
#include "cli/commandhelp.h"
#include "domain/clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sqlite3.h>

namespace {

CliResult runCli(const QStringList& args, QDate today = QDate(2026, 11, 23)) {
    return runCliOn(args, today);
}

CliResult runBinary(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(AANTAFEL_CLI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject deadlinesJson(const QStringList& extra) {
    const CliResult r = runCli(QStringList{QStringLiteral("deadlines"), QStringLiteral("--json")} + extra);
    REQUIRE(r.code == Cli::Ok);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

} // namespace

TEST_CASE("the calculator gives the domain guide's Good Friday example as JSON") {
    // Received Fri 7 Mar 2025: 6 weeks → Fri 18 Apr (Goede Vrijdag), Mon 21 Apr tweede Paasdag → Tue 22 Apr.
    // 10 weeks (adjourned) → Fri 16 May 2025, an ordinary day. 4 weeks → Fri 4 Apr 2025.
    const QJsonObject o = deadlinesJson({QStringLiteral("--received"), QStringLiteral("2025-03-07")});
    CHECK(str(o, "received") == QStringLiteral("2025-03-07"));
    CHECK(str(o, "handling_due") == QStringLiteral("2025-04-22"));
    CHECK(str(o, "handling_due_extended") == QStringLiteral("2025-05-16"));
    CHECK(str(o, "non_handling_notice_due") == QStringLiteral("2025-04-04"));
    CHECK_FALSE(o.contains(QStringLiteral("conduct_older_than_one_year")));
}

TEST_CASE("the calculator with a committee counts 10 weeks, and 14 after verdaging without Atw extension") {
    // Received Thu 25 Mar 2027 + 6 weeks = Thu 6 May (Hemelvaart), Fri 7 May decreed → Mon 10 May.
    const QJsonObject six = deadlinesJson({QStringLiteral("--received"), QStringLiteral("2027-03-25")});
    CHECK(str(six, "handling_due") == QStringLiteral("2027-05-10"));
    // Received Sat 1 Feb 2025 (e-mail) + 10 weeks = Sat 12 Apr → Mon 14 Apr; + 14 weeks = Sat 10 May 2025,
    // which stays: Atw art. 4 gives no extension to terms over twelve weeks.
    const QJsonObject committee =
        deadlinesJson({QStringLiteral("--received"), QStringLiteral("2025-02-01"), QStringLiteral("--committee")});
    CHECK(committee.value(QStringLiteral("committee")).toBool());
    CHECK(str(committee, "handling_due") == QStringLiteral("2025-04-14"));
    CHECK(str(committee, "handling_due_extended") == QStringLiteral("2025-05-10"));
}

TEST_CASE("the calculator says whether the conduct is more than a year before filing") {
    // Filed 7 Mar 2025: one year before is 7 Mar 2024; 6 Mar 2024 is more than a year, 7 Mar is not.
    const QJsonObject older = deadlinesJson({QStringLiteral("--received"), QStringLiteral("2025-03-07"),
                                             QStringLiteral("--conduct"), QStringLiteral("2024-03-06")});
    CHECK(older.value(QStringLiteral("conduct_older_than_one_year")).toBool());
    const QJsonObject exact = deadlinesJson({QStringLiteral("--received"), QStringLiteral("2025-03-07"),
                                             QStringLiteral("--conduct"), QStringLiteral("2024-03-07")});
    REQUIRE(exact.contains(QStringLiteral("conduct_older_than_one_year")));
    CHECK_FALSE(exact.value(QStringLiteral("conduct_older_than_one_year")).toBool());
}

TEST_CASE("the calculator in text explains the counting in Dutch") {
    const CliResult r =
        runCli({QStringLiteral("deadlines"), QStringLiteral("--received"), QStringLiteral("2025-03-07")});
    REQUIRE(r.code == Cli::Ok);
    CHECK(r.out.contains(QStringLiteral("2025-04-22")));
    CHECK(r.out.contains(QStringLiteral("art. 9:11 lid 1 Awb")));
    CHECK(r.out.contains(QStringLiteral("Goede Vrijdag")));
}

TEST_CASE("a broken date is a usage error with a Dutch message, never a crash") {
    for (const char* bad : {"2025-02-30", "7-3-2025", "morgen", "2025-3-7", ""}) {
        const CliResult r =
            runCli({QStringLiteral("deadlines"), QStringLiteral("--received"), QString::fromLatin1(bad)});
        INFO(bad);
        CHECK(r.code == Cli::UsageOrFile);
        CHECK(r.err.contains(QStringLiteral("Ongeldige datum")));
        CHECK(r.out.isEmpty());
    }
    const CliResult missing = runCli({QStringLiteral("deadlines"), QStringLiteral("--received")});
    CHECK(missing.code == Cli::UsageOrFile);
    const CliResult after =
        runCli({QStringLiteral("deadlines"), QStringLiteral("--received"), QStringLiteral("2025-03-07"),
                QStringLiteral("--conduct"), QStringLiteral("2025-03-08")});
    CHECK(after.code == Cli::UsageOrFile);
}

TEST_CASE("unknown commands and options are usage errors") {
    CHECK(runCli({}).code == Cli::UsageOrFile);
    CHECK(runCli({QStringLiteral("frobnicate")}).code == Cli::UsageOrFile);
    CHECK(runCli({QStringLiteral("list"), QStringLiteral("a.aantafel"), QStringLiteral("--bogus")}).code ==
          Cli::UsageOrFile);
    const CliResult help = runCli({QStringLiteral("--help")});
    CHECK(help.code == Cli::Ok);
    CHECK(help.out.contains(QStringLiteral("deadlines --received")));
}

TEST_CASE("every command has its own help, and --help lists them all") {
    const CliResult overview = runCli({QStringLiteral("--help")});
    REQUIRE(overview.code == Cli::Ok);
    const QStringList commands = CommandHelps::names();
    CHECK(commands.size() == 16);
    CHECK(overview.out.contains(QLatin1String("--as INLOGNAAM")));
    for (const QString& command : commands) {
        INFO(command.toStdString());
        CHECK((overview.out.contains(QStringLiteral("\n  ") + command + QLatin1Char(' ')) ||
               overview.out.contains(QStringLiteral("\n  ") + command + QLatin1Char('\n'))));
        // COMMAND --help and help COMMAND: the synopsis and what it does, nothing executed.
        for (const QStringList& args : {QStringList{command, QStringLiteral("--help")},
                                        QStringList{command, QStringLiteral("some.aantafel"), QStringLiteral("-h")},
                                        QStringList{QStringLiteral("help"), command}}) {
            const CliResult one = runCli(args);
            CHECK(one.code == Cli::Ok);
            CHECK(one.out.startsWith(QStringLiteral("Gebruik: aantafel-cli ") + command));
            CHECK(one.out.contains(QLatin1String("Afsluitcodes")));
            CHECK(one.err.isEmpty());
        }
    }
    // The letter's help names every letter type.
    const CliResult letter = runCli({QStringLiteral("letter"), QStringLiteral("--help")});
    for (const char* type : {"ontvangstbevestiging", "informele-oplossing", "uitnodiging-hoorzitting", "verdaging",
                             "instemming-uitstel", "niet-behandelen", "afschrift-beklaagde", "afdoening"})
        CHECK(letter.out.contains(QLatin1String(type)));
    // An unknown command stays a usage error, also with --help.
    CHECK(runCli({QStringLiteral("frobnicate"), QStringLiteral("--help")}).code == Cli::UsageOrFile);
}

TEST_CASE("the real executable prints the project's version and a command's help") {
    const CliResult version = runBinary({QStringLiteral("--version")});
    CHECK(version.code == Cli::Ok);
    CHECK(version.out == QStringLiteral("aantafel-cli " AANTAFEL_VERSION "\n"));
    const CliResult help = runBinary({QStringLiteral("due"), QStringLiteral("--help")});
    CHECK(help.code == Cli::Ok);
    CHECK(help.out.startsWith(QLatin1String("Gebruik: aantafel-cli due BESTAND")));
}

TEST_CASE("init makes a municipality file and refuses to overwrite one") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("gemeente.aantafel"));
    const CliResult made =
        runCli({QStringLiteral("init"), file, QStringLiteral("--name"), QStringLiteral("Gemeente Ergens")});
    REQUIRE(made.code == Cli::Ok);
    REQUIRE(QFile::exists(file));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    const CliResult again =
        runCli({QStringLiteral("init"), file, QStringLiteral("--name"), QStringLiteral("Gemeente Anders")});
    CHECK(again.code == Cli::Refused);
    CHECK(again.err.contains(QStringLiteral("bestaat al")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);

    CHECK(runCli({QStringLiteral("init"), file}).code == Cli::UsageOrFile);
    CHECK(runCli({QStringLiteral("check"), file}).code == Cli::Ok);
}

TEST_CASE("files that are not ours, or missing, are refused with exit code 2") {
    TempDir dir;
    const QString text = dir.path(QStringLiteral("brief.aantafel"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Geachte heer, mevrouw,\nDit is geen database.\n");
    f.close();
    for (const QString& command : {QStringLiteral("list"), QStringLiteral("check")}) {
        const CliResult notOurs = runCli({command, text});
        CHECK(notOurs.code == Cli::UsageOrFile);
        CHECK_FALSE(notOurs.err.isEmpty());
        const CliResult missing = runCli({command, dir.path(QStringLiteral("bestaat-niet.aantafel"))});
        CHECK(missing.code == Cli::UsageOrFile);
        CHECK_FALSE(missing.err.isEmpty());
    }
}

TEST_CASE("demo validates the number of cases") {
    TempDir dir;
    for (const char* n : {"0", "-5", "1000001", "veel"}) {
        INFO(n);
        const CliResult r = runCli({QStringLiteral("demo"), dir.path(QStringLiteral("d.aantafel")),
                                    QStringLiteral("--cases"), QString::fromLatin1(n)});
        CHECK(r.code == Cli::UsageOrFile);
        CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("d.aantafel"))));
    }
}

TEST_CASE("demo validates the years its cases came in over") {
    TempDir dir;
    for (const char* years : {"0", "-1", "51", "tien"}) {
        INFO(years);
        const CliResult r =
            runCli({QStringLiteral("demo"), dir.path(QStringLiteral("d.aantafel")), QStringLiteral("--cases"),
                    QStringLiteral("20"), QStringLiteral("--years"), QString::fromLatin1(years)});
        CHECK(r.code == Cli::UsageOrFile);
        CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("d.aantafel"))));
    }
    const CliResult made =
        runCli({QStringLiteral("demo"), dir.path(QStringLiteral("d.aantafel")), QStringLiteral("--cases"),
                QStringLiteral("20"), QStringLiteral("--years"), QStringLiteral("50")});
    CHECK(made.code == Cli::Ok);
}

TEST_CASE("a demo municipality can be listed and checked by the real executable") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("voorbeeld.aantafel"));
    const CliResult made = runBinary({QStringLiteral("demo"), file, QStringLiteral("--cases"), QStringLiteral("120"),
                                      QStringLiteral("--seed"), QStringLiteral("7")});
    REQUIRE(made.code == 0);
    CHECK(made.out.contains(QStringLiteral("120 zaken")));

    const CliResult all = runBinary({QStringLiteral("list"), file, QStringLiteral("--json")});
    REQUIRE(all.code == 0);
    const QJsonArray rows = QJsonDocument::fromJson(all.out.toUtf8()).array();
    CHECK(rows.size() == 120);

    const CliResult open =
        runBinary({QStringLiteral("list"), file, QStringLiteral("--open"), QStringLiteral("--json")});
    REQUIRE(open.code == 0);
    const QJsonArray openRows = QJsonDocument::fromJson(open.out.toUtf8()).array();
    CHECK(openRows.size() < rows.size());
    for (const QJsonValue& v : openRows) {
        CHECK(v.toObject().value(QStringLiteral("phase")).toString() != QStringLiteral("closed"));
        CHECK(v.toObject().value(QStringLiteral("reference")).toString().startsWith(QStringLiteral("KL-")));
    }

    const CliResult text = runBinary({QStringLiteral("list"), file, QStringLiteral("--open")});
    CHECK(text.out.trimmed().endsWith(QStringLiteral("%1 zaken").arg(openRows.size())));

    const CliResult check = runBinary({QStringLiteral("check"), file});
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("120 zaken")));
}

TEST_CASE("check reports a case that breaks the workflow and exits 1") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("kapot.aantafel"));
    REQUIRE(runCli({QStringLiteral("demo"), file, QStringLiteral("--cases"), QStringLiteral("30")}).code == Cli::Ok);
    // Another program closes a case without an outcome behind our back.
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(file.toUtf8().constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw,
                         "UPDATE cases SET phase = 'closed', outcome = 'none', closed_on = NULL "
                         "WHERE id = (SELECT min(id) FROM cases)",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);

    const CliResult r = runCli({QStringLiteral("check"), file});
    CHECK(r.code == Cli::Refused);
    CHECK(r.out.contains(QStringLiteral("KL-")));
}
