// aantafel-cli due: the weekly deadline report in its three formats, on a small municipality file
// with hand-made cases and "today" pinned to Thursday 8 May 2025 ("deze week" = Fri 9, Mon 12,
// Tue 13 May). The dates are worked out in tests/core/test_deadlineoverview.cpp; here it is about
// the output.
#include "testsupport.h"

#include "clirun.h"

#include "cli/cli.h"
#include "domain/clock.h"
#include "storage/caserepository.h"
#include "storage/municipalityfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

CliResult runCli(const QStringList& args, QDate today = QDate(2025, 5, 8)) {
    return runCliOn(args, today);
}

Case newCase(const char* reference, CaseKind kind, const char* received, const char* klager, const char* handler) {
    Case c;
    c.reference = QString::fromLatin1(reference);
    c.kind = kind;
    c.channel = kind == CaseKind::WrittenComplaint ? Channel::Letter : Channel::Phone;
    c.received = d(received);
    c.klager.name = QString::fromUtf8(klager);
    c.handler = QString::fromUtf8(handler);
    c.domain = PolicyDomain::Wmo;
    c.phase = Phase::Informal;
    return c;
}

// Gemeente Proefstad with four cases and seven pending deadlines on Thu 8 May 2025:
//   overdue   2025-05-06 acknowledgement KL-2025-0001 (Mon 28 Apr + 5 working days, 5 May a holiday)
//   today     2025-05-08 non_handling_notice KL-2025-0003 (Thu 10 Apr + 4 weeks)
//   this_week 2025-05-12 first_contact KL-2025-0002 (Fri 2 May + 5 working days)
//   later     2025-05-14 follow_up KL-2025-0004 (closed, resolved, call not yet made)
//   later     2025-05-22 handling KL-2025-0003, 2025-06-10 handling KL-2025-0001 (Pinkstermaandag
//             moved it), 2025-06-13 handling KL-2025-0002
QString proefstad(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("proefstad.aantafel"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Proefstad");
    auto db = MunicipalityFile::create(path, settings, QStringLiteral("beheer"));
    const FixedClock clock(d("2025-05-08"));
    CaseRepository cases(*db, clock, QStringLiteral("beheer"));

    Case ack = newCase("KL-2025-0001", CaseKind::WrittenComplaint, "2025-04-28", "Zoë Ünal", "Anna Bakker");
    ack.firstContactOn = d("2025-04-30");
    cases.save(ack);
    Case anonymous = newCase("KL-2025-0002", CaseKind::OralComplaint, "2025-05-02", "", "");
    anonymous.anonymous = true;
    anonymous.phase = Phase::Intake;
    cases.save(anonymous);
    Case notice =
        newCase("KL-2025-0003", CaseKind::WrittenComplaint, "2025-04-10", "Stichting \"Wonen; Zorg\"", "Bram de Wit");
    notice.domain = PolicyDomain::Youth;
    notice.acknowledgementSent = d("2025-04-11");
    notice.firstContactOn = d("2025-04-11");
    notice.nonHandlingGround = NonHandlingGround::OlderThanOneYear;
    notice.conductDate = d("2024-01-15");
    cases.save(notice);
    Case called = newCase("KL-2025-0004", CaseKind::OralComplaint, "2025-03-17", "=1+1", "Anna Bakker");
    called.firstContactOn = d("2025-03-18");
    called.phase = Phase::Closed;
    called.outcome = Outcome::ResolvedToSatisfaction;
    called.satisfactionConfirmation = ConfirmationMethod::Phone;
    called.closedOn = d("2025-04-30");
    called.followUpDue = d("2025-05-14");
    cases.save(called);
    return path;
}

// One CSV record per line (the test data has no line breaks in fields): ';'-separated, '"'-quoted.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> records;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList fields{QString()};
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar ch = line.at(i);
            if (quoted && ch == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                fields.last() += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (ch == QLatin1Char(';') && !quoted) {
                fields << QString();
            } else {
                fields.last() += ch;
            }
        }
        records << fields;
    }
    return records;
}

QJsonObject dueJson(const QStringList& args) {
    const CliResult r = runCli(args);
    REQUIRE(r.code == Cli::Ok);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList references(const QJsonArray& rows) {
    QStringList result;
    for (const QJsonValue& v : rows)
        result << v.toObject().value(QStringLiteral("reference")).toString();
    return result;
}

} // namespace

TEST_CASE("due prints a readable report grouped by urgency, with a header and the workload") {
    TempDir dir;
    const QString file = proefstad(dir);
    const CliResult r = runCli({QStringLiteral("due"), file});
    REQUIRE(r.code == Cli::Ok);
    CHECK(r.err.isEmpty());
    CHECK(r.out.startsWith(QStringLiteral("Termijnoverzicht Gemeente Proefstad\n")));
    CHECK(r.out.contains(QStringLiteral("donderdag 8 mei 2025")));
    CHECK(r.out.contains(QStringLiteral("Te laat: 1 · Vandaag: 1 · Deze week: 1 · Later: 4")));
    const qsizetype late = r.out.indexOf(QStringLiteral("\nTe laat (1)\n"));
    const qsizetype today = r.out.indexOf(QStringLiteral("\nVandaag (1)\n"));
    const qsizetype week = r.out.indexOf(QStringLiteral("\nDeze week (1)\n"));
    const qsizetype later = r.out.indexOf(QStringLiteral("\nLater (4)\n"));
    CHECK(late > 0);
    CHECK(late < today);
    CHECK(today < week);
    CHECK(week < later);

    const QStringList lines = r.out.split(QLatin1Char('\n'));
    const auto line = [&lines](const QString& reference, const QString& kindLabel) {
        for (const QString& l : lines) {
            if (l.contains(reference) && l.contains(kindLabel))
                return l;
        }
        return QString();
    };
    const QString ack = line(QStringLiteral("KL-2025-0001"), QStringLiteral("Ontvangstbevestiging"));
    CHECK(ack.startsWith(QStringLiteral("  2025-05-06  Ontvangstbevestiging")));
    CHECK(ack.contains(QStringLiteral("Zoë Ünal")));
    CHECK(ack.contains(QStringLiteral("Anna Bakker")));
    CHECK(ack.contains(QStringLiteral("art. 9:6 Awb")));
    const QString contact = line(QStringLiteral("KL-2025-0002"), QStringLiteral("Eerste contact"));
    CHECK(contact.contains(QStringLiteral("(anoniem)")));
    CHECK(contact.contains(QStringLiteral("(niet toegewezen)")));
    CHECK(r.out.indexOf(QStringLiteral("KL-2025-0001")) < today);

    // The workload table: Anna has one open case (0004 is closed), one of them late.
    CHECK(r.out.contains(QStringLiteral("Behandelaar")));
    const QString anna = lines.filter(QStringLiteral("Anna Bakker")).constLast();
    CHECK(anna.simplified().startsWith(QStringLiteral("Anna Bakker 1 1 2025-05-06 Ontvangstbevestiging")));
}

TEST_CASE("due --format csv gives one semicolon-separated row per deadline under a header row") {
    TempDir dir;
    const QString file = proefstad(dir);
    const CliResult r = runCli({QStringLiteral("due"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(r.code == Cli::Ok);
    const QList<QStringList> records = parseCsv(r.out);
    REQUIRE(records.size() == 8);
    CHECK(records.at(0) == QStringList{QStringLiteral("group"), QStringLiteral("due"), QStringLiteral("kind"),
                                       QStringLiteral("kind_label"), QStringLiteral("reference"),
                                       QStringLiteral("klager"), QStringLiteral("handler"), QStringLiteral("domain"),
                                       QStringLiteral("basis"), QStringLiteral("status")});
    for (const QStringList& record : records)
        CHECK(record.size() == 10);
    CHECK(records.at(1) ==
          QStringList{QStringLiteral("overdue"), QStringLiteral("2025-05-06"), QStringLiteral("acknowledgement"),
                      QStringLiteral("Ontvangstbevestiging"), QStringLiteral("KL-2025-0001"),
                      QStringLiteral("Zoë Ünal"), QStringLiteral("Anna Bakker"), QStringLiteral("wmo"),
                      QStringLiteral("art. 9:6 Awb; termijn volgens gemeentelijk beleid"), QStringLiteral("overdue")});
    // Separators and quotes inside a field survive the quoting.
    CHECK(records.at(2).at(4) == QStringLiteral("KL-2025-0003"));
    CHECK(records.at(2).at(5) == QStringLiteral("Stichting \"Wonen; Zorg\""));
    CHECK(records.at(2).at(7) == QStringLiteral("youth"));
    CHECK(records.at(2).at(9) == QStringLiteral("due_today"));
    CHECK(r.out.contains(QStringLiteral(";\"Stichting \"\"Wonen; Zorg\"\"\";")));
    // Unassigned is an empty field; a name a spreadsheet would run as a formula is defused.
    CHECK(records.at(3).at(0) == QStringLiteral("this_week"));
    CHECK(records.at(3).at(5) == QStringLiteral("(anoniem)"));
    CHECK(records.at(3).at(6).isEmpty());
    CHECK(records.at(4).at(2) == QStringLiteral("follow_up"));
    CHECK(records.at(4).at(5) == QStringLiteral("'=1+1"));
    CHECK(records.at(7).at(0) == QStringLiteral("later"));
    CHECK(records.at(7).at(1) == QStringLiteral("2025-06-13"));
}

TEST_CASE("due --format json groups the rows under overdue, today, this_week and later") {
    TempDir dir;
    const QString file = proefstad(dir);
    const QJsonObject o = dueJson({QStringLiteral("due"), file, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(o.value(QStringLiteral("today")).toString() == QStringLiteral("2025-05-08"));
    CHECK(o.value(QStringLiteral("municipality")).toString() == QStringLiteral("Gemeente Proefstad"));
    const QJsonObject groups = o.value(QStringLiteral("groups")).toObject();
    CHECK(groups.keys() == QStringList{QStringLiteral("later"), QStringLiteral("overdue"), QStringLiteral("this_week"),
                                       QStringLiteral("today")});
    CHECK(references(groups.value(QStringLiteral("overdue")).toArray()) == QStringList{QStringLiteral("KL-2025-0001")});
    CHECK(references(groups.value(QStringLiteral("today")).toArray()) == QStringList{QStringLiteral("KL-2025-0003")});
    CHECK(references(groups.value(QStringLiteral("this_week")).toArray()) ==
          QStringList{QStringLiteral("KL-2025-0002")});
    CHECK(references(groups.value(QStringLiteral("later")).toArray()) ==
          QStringList{QStringLiteral("KL-2025-0004"), QStringLiteral("KL-2025-0003"), QStringLiteral("KL-2025-0001"),
                      QStringLiteral("KL-2025-0002")});

    const QJsonObject ack = groups.value(QStringLiteral("overdue")).toArray().at(0).toObject();
    CHECK(ack.value(QStringLiteral("case_id")).toInteger() > 0);
    CHECK(ack.value(QStringLiteral("kind")).toString() == QStringLiteral("acknowledgement"));
    CHECK(ack.value(QStringLiteral("label")).toString() == QStringLiteral("Ontvangstbevestiging"));
    CHECK(ack.value(QStringLiteral("due")).toString() == QStringLiteral("2025-05-06"));
    CHECK(ack.value(QStringLiteral("status")).toString() == QStringLiteral("overdue"));
    CHECK(ack.value(QStringLiteral("basis")).toString().startsWith(QStringLiteral("art. 9:6 Awb")));
    CHECK(ack.value(QStringLiteral("handler")).toString() == QStringLiteral("Anna Bakker"));
    CHECK(ack.value(QStringLiteral("klager")).toString() == QStringLiteral("Zoë Ünal"));
    CHECK(ack.value(QStringLiteral("domain")).toString() == QStringLiteral("wmo"));
    const QJsonObject later = groups.value(QStringLiteral("later")).toArray().at(1).toObject();
    CHECK(later.value(QStringLiteral("kind")).toString() == QStringLiteral("handling"));
    CHECK(later.value(QStringLiteral("due")).toString() == QStringLiteral("2025-05-22"));
    CHECK(later.value(QStringLiteral("status")).toString() == QStringLiteral("open"));

    const QJsonArray workload = o.value(QStringLiteral("workload")).toArray();
    REQUIRE(workload.size() == 3);
    CHECK(workload.at(2).toObject().value(QStringLiteral("label")).toString() == QStringLiteral("(niet toegewezen)"));
}

TEST_CASE("due --within and --handler narrow the report — overdue deadlines always stay") {
    TempDir dir;
    const QString file = proefstad(dir);
    const QStringList json{QStringLiteral("--format"), QStringLiteral("json")};
    const QJsonObject now =
        dueJson(QStringList{QStringLiteral("due"), file, QStringLiteral("--within"), QStringLiteral("0")} + json);
    const QJsonObject groups = now.value(QStringLiteral("groups")).toObject();
    CHECK(groups.value(QStringLiteral("overdue")).toArray().size() == 1);
    CHECK(groups.value(QStringLiteral("today")).toArray().size() == 1);
    CHECK(groups.value(QStringLiteral("this_week")).toArray().isEmpty());
    CHECK(groups.value(QStringLiteral("later")).toArray().isEmpty());
    // 8 May + 6 days = Wed 14 May: the follow-up call is in, the handling terms are not.
    const QJsonObject week = dueJson(QStringList{QStringLiteral("due"), file, QStringLiteral("--within=6")} + json);
    CHECK(references(week.value(QStringLiteral("groups")).toObject().value(QStringLiteral("later")).toArray()) ==
          QStringList{QStringLiteral("KL-2025-0004")});

    const QJsonObject anna = dueJson(
        QStringList{QStringLiteral("due"), file, QStringLiteral("--handler"), QStringLiteral("Anna Bakker")} + json);
    QStringList all;
    for (const QString& key : anna.value(QStringLiteral("groups")).toObject().keys())
        all << references(anna.value(QStringLiteral("groups")).toObject().value(key).toArray());
    all.sort();
    CHECK(all ==
          QStringList{QStringLiteral("KL-2025-0001"), QStringLiteral("KL-2025-0001"), QStringLiteral("KL-2025-0004")});

    const CliResult text = runCli({QStringLiteral("due"), file, QStringLiteral("--handler"),
                                   QStringLiteral("Bram de Wit"), QStringLiteral("--within"), QStringLiteral("14")});
    REQUIRE(text.code == Cli::Ok);
    CHECK(text.out.contains(QStringLiteral("behandelaar: Bram de Wit")));
    // 8 May + 14 days = 22 May: the handling term of that day is in.
    CHECK(text.out.contains(QStringLiteral("Te laat: 0 · Vandaag: 1 · Deze week: 0 · Later: 1")));

    // A handler nobody is called: an empty report, and a hint on stderr.
    const CliResult nobody = runCli({QStringLiteral("due"), file, QStringLiteral("--handler"), QStringLiteral("Anna")});
    CHECK(nobody.code == Cli::Ok);
    CHECK(nobody.err.contains(QStringLiteral("Anna")));
}

TEST_CASE("due refuses bad options and files with exit code 2 and leaves the file untouched") {
    TempDir dir;
    const QString file = proefstad(dir);
    const QByteArray before = fileHash(file);
    for (const char* within : {"-1", "morgen", "3660000", "", "1.5"}) {
        INFO(within);
        const CliResult r =
            runCli({QStringLiteral("due"), file, QStringLiteral("--within"), QString::fromLatin1(within)});
        CHECK(r.code == Cli::UsageOrFile);
        CHECK(r.err.contains(QStringLiteral("--within")));
        CHECK(r.out.isEmpty());
    }
    for (const char* format : {"xml", "CSV", ""}) {
        INFO(format);
        const CliResult r =
            runCli({QStringLiteral("due"), file, QStringLiteral("--format"), QString::fromLatin1(format)});
        CHECK(r.code == Cli::UsageOrFile);
        CHECK(r.err.contains(QStringLiteral("formaat")));
    }
    CHECK(runCli({QStringLiteral("due")}).code == Cli::UsageOrFile);
    CHECK(runCli({QStringLiteral("due"), file, file}).code == Cli::UsageOrFile);
    CHECK(runCli({QStringLiteral("due"), file, QStringLiteral("--weekly")}).code == Cli::UsageOrFile);
    CHECK(runCli({QStringLiteral("due"), file, QStringLiteral("--format")}).code == Cli::UsageOrFile);

    const CliResult missing = runCli({QStringLiteral("due"), dir.path(QStringLiteral("bestaat-niet.aantafel"))});
    CHECK(missing.code == Cli::UsageOrFile);
    CHECK_FALSE(missing.err.isEmpty());
    CHECK(missing.out.isEmpty());
    const QString letter = dir.path(QStringLiteral("brief.aantafel"));
    QFile f(letter);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Geachte heer, mevrouw,\n");
    f.close();
    CHECK(runCli({QStringLiteral("due"), letter}).code == Cli::UsageOrFile);

    // Every run above, and a good one, only read the file.
    REQUIRE(runCli({QStringLiteral("due"), file}).code == Cli::Ok);
    CHECK(fileHash(file) == before);
    CHECK(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("due BESTAND")));
}

TEST_CASE("the real executable writes the report as UTF-8") {
    TempDir dir;
    const QString file = proefstad(dir);
    QProcess p;
    p.start(QStringLiteral(AANTAFEL_CLI_PATH),
            {QStringLiteral("due"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(p.waitForFinished(120000));
    CHECK(p.exitCode() == 0);
    const QByteArray bytes = p.readAllStandardOutput();
    CHECK(bytes.startsWith("group;due;kind;"));
    CHECK(bytes.contains(QStringLiteral("Zoë Ünal").toUtf8()));
}
