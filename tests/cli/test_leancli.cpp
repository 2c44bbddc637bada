// aantafel-cli starts as a small console program (Qt Core, Qt Sql, SQLite) and hands the command lines
// that draw a PDF or read an e-mail or a document to aantafel-cli-full (app/fullprogram.h).
#include "testsupport.h"

#include "clirun.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "domain/clock.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/municipalityfile.h"
#include "storage/municipalitysettings.h"
#include "storage/sqlquery.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runProgram(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QStringList args(std::initializer_list<const char*> items) {
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

} // namespace

TEST_CASE("the command lines that draw a PDF or read an e-mail or a document need the full command line") {
    struct Row {
        QStringList args;
        bool services;
    };
    const Row rows[] = {
        {args({"letter", "f.aantafel", "--case", "K-1", "--type", "ontvangstbevestiging", "--pdf", "b.pdf"}), true},
        {args({"letter"}), true},
        {args({"report", "f.aantafel", "--year", "2025", "--format", "pdf", "--out", "v.pdf"}), true},
        {args({"report", "f.aantafel", "--year", "2025", "--format=pdf", "--out", "v.pdf"}), true},
        {args({"report", "f.aantafel", "--year", "2025", "--out", "verslag.PDF"}), true},
        {args({"report", "f.aantafel", "--year", "2025", "--out=verslag.pdf"}), true},
        {args({"report", "f.aantafel", "--year", "2025", "--format", "csv", "--out", "v.pdf"}), false},
        {args({"report", "f.aantafel", "--year", "2025", "--format=html"}), false},
        {args({"case", "f.aantafel", "new", "--eml", "m.eml"}), true},
        {args({"case", "f.aantafel", "new", "--eml=m.msg"}), true},
        {args({"case", "f.aantafel", "attach", "K-1", "a.pdf"}), true},
        {args({"case", "f.aantafel", "new", "--kind", "klaagschrift"}), false},
        {args({"case", "f.aantafel", "show", "K-1"}), false},
        {args({"case"}), false},
        {args({"list", "f.aantafel", "--open", "--json"}), false},
        {args({"due", "f.aantafel", "--format", "json"}), false},
        {args({"--version"}), false},
        {{}, false},
    };
    for (const Row& row : rows) {
        INFO(row.args.join(QLatin1Char(' ')).toStdString());
        CHECK(Cli::needsServices(row.args) == row.services);
    }
    // Drawing is one of the services; reading is not drawing.
    CHECK(Cli::needsGui(args({"report", "f.aantafel", "--year", "2025", "--format=pdf"})));
    CHECK_FALSE(Cli::needsGui(args({"case", "f.aantafel", "new", "--eml", "m.eml"})));
}

#ifdef Q_OS_LINUX
TEST_CASE("aantafel-cli itself loads no Qt Gui, Widgets, Charts, no readers of e-mail and PDF and no libpq") {
    const Run elf = runProgram(QStringLiteral("readelf"), {QStringLiteral("-d"), QStringLiteral(AANTAFEL_CLI_PATH)});
    REQUIRE(elf.code == 0);
    static const QRegularExpression needed(QStringLiteral("\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"));
    QStringList libraries;
    for (auto it = needed.globalMatch(elf.out); it.hasNext();)
        libraries << it.next().captured(1);
    INFO(libraries.join(QLatin1Char(' ')).toStdString());
    CHECK(libraries.contains(QStringLiteral("libQt6Core.so.6")));
    CHECK(libraries.contains(QStringLiteral("libQt6Sql.so.6")));
    for (const QString& heavy : {QStringLiteral("libQt6Gui"), QStringLiteral("libQt6Widgets"),
                                 QStringLiteral("libQt6Charts"), QStringLiteral("libQt6PrintSupport"),
                                 QStringLiteral("libpoppler"), QStringLiteral("libgmime"), QStringLiteral("libgsf"),
                                 // The team server's libpq is looked up when a server is used (storage/libpq.h).
                                 QStringLiteral("libpq")}) {
        for (const QString& library : libraries)
            CHECK_FALSE(library.startsWith(heavy));
    }
}
#endif

TEST_CASE("the real aantafel-cli writes a report PDF through its other half and passes its exit code on") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.aantafel"));
    const QString pdf = dir.path(QStringLiteral("verslag.pdf"));
    const QString cli = QStringLiteral(AANTAFEL_CLI_PATH);
    REQUIRE(runProgram(cli, {QStringLiteral("demo"), file, QStringLiteral("--cases"), QStringLiteral("30")}).code ==
            Cli::Ok);
    const Run report =
        runProgram(cli, {QStringLiteral("report"), file, QStringLiteral("--year"), QStringLiteral("2026"),
                         QStringLiteral("--format=pdf"), QStringLiteral("--out"), pdf});
    INFO(report.err.toStdString());
    REQUIRE(report.code == Cli::Ok);
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == QByteArray("%PDF-"));
    // A refusal of the full command line reaches the caller as it is: exit code and its Dutch message.
    const Run missingFile =
        runProgram(cli, {QStringLiteral("report"), dir.path(QStringLiteral("weg.aantafel")), QStringLiteral("--year"),
                         QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("pdf"),
                         QStringLiteral("--out"), dir.path(QStringLiteral("weg.pdf"))});
    CHECK(missingFile.code == Cli::UsageOrFile);
    CHECK(missingFile.err.contains(QStringLiteral("weg.aantafel")));
    CHECK_FALSE(missingFile.err.contains(QStringLiteral("aantafel-cli-full")));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("weg.pdf"))));
}

TEST_CASE("aantafel-cli without its other half refuses a PDF in Dutch and does nothing, and runs every other "
          "command") {
    TempDir dir;
    const QString alone = dir.path(QStringLiteral("aantafel-cli"));
    REQUIRE(QFile::copy(QStringLiteral(AANTAFEL_CLI_PATH), alone));
    REQUIRE(QFile::setPermissions(alone, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString file = dir.path(QStringLiteral("demo.aantafel"));
    REQUIRE(runProgram(alone, {QStringLiteral("demo"), file, QStringLiteral("--cases"), QStringLiteral("10")}).code ==
            Cli::Ok);
    const QString pdf = dir.path(QStringLiteral("verslag.pdf"));
    const Run report = runProgram(alone, {QStringLiteral("report"), file, QStringLiteral("--year"),
                                          QStringLiteral("2026"), QStringLiteral("--out"), pdf});
    CHECK(report.code == Cli::UsageOrFile);
    CHECK(report.err.contains(QStringLiteral("aantafel-cli-full")));
    CHECK(report.err.contains(QStringLiteral("Er is niets gedaan")));
    CHECK_FALSE(QFileInfo::exists(pdf));
    const Run check = runProgram(alone, {QStringLiteral("check"), file});
    CHECK(check.code == Cli::Ok);
}

TEST_CASE("the real aantafel-cli prints a listing byte for byte as the command wrote it, accents and quotes "
          "included") {
    // The results are held as UTF-8 and handed to standard output as they are; in process they reach a
    // text stream. Both must be the same text.
    TempDir dir;
    const QString path = dir.path(QStringLiteral("tekens.aantafel"));
    {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Ölst");
        auto db = MunicipalityFile::create(path, settings, QStringLiteral("beheer"));
        const FixedClock clock(QDateTime(QDate::currentDate(), QTime(9, 0)));
        CaseRepository cases(*db, clock, QStringLiteral("beheer"));
        for (const QString& name : {QStringLiteral("Zoë \"Ürün\" Çelik"), QStringLiteral("Ħ€llo\twereld 😀")}) {
            Case c;
            c.received = QDate::currentDate();
            c.klager.name = name;
            c.handler = QStringLiteral("Ana Bašić");
            cases.save(c);
        }
    }
    for (const QStringList& args : {QStringList{QStringLiteral("list"), path, QStringLiteral("--json")},
                                    QStringList{QStringLiteral("list"), path}}) {
        QProcess real;
        real.start(QStringLiteral(AANTAFEL_CLI_PATH), args);
        REQUIRE(real.waitForFinished(120000));
        REQUIRE(real.exitCode() == Cli::Ok);
        const QByteArray printed = real.readAllStandardOutput();
        const bool json = args.contains(QStringLiteral("--json"));
        if (json) { // the text listing ends in a translated plural, which the test process does not load
            const CliResult inProcess = runCliOn(args, QDate::currentDate());
            REQUIRE(inProcess.code == Cli::Ok);
            CHECK(printed == inProcess.out.toUtf8());
        }
        CHECK(printed.contains(json ? QByteArray("Zo\xC3\xAB \\\"\xC3\x9Cr\xC3\xBCn\\\" \xC3\x87"
                                                 "elik")
                                    : QByteArray("Zo\xC3\xAB \"\xC3\x9Cr\xC3\xBCn\" \xC3\x87"
                                                 "elik")));
        CHECK(printed.contains("Ana Ba\xC5\xA1i\xC4\x87"));
    }
}

TEST_CASE("a command opens its file with SQLite's own page cache, a window with a larger one") {
    // A command reads each page about once: fresh memory for a large cache cost more than it saved.
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cache.aantafel"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Cache");
    MunicipalityFile::create(path, settings, QStringLiteral("beheer")).reset();
    const auto cacheOf = [](Database& db) {
        SqlQuery q(db, QStringLiteral("PRAGMA cache_size"));
        q.exec();
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const FixedClock clock(QDate::currentDate());
    CommandContext ctx{outStream, errStream, clock, QStringLiteral("beheer"), {}, {}};
    for (bool readOnly : {true, false}) {
        auto command = Commands::openFile(path, ctx, readOnly);
        REQUIRE(command);
        CHECK(cacheOf(*command) == -2048);
    }
    auto window = Database::open(path, OpenOptions{});
    CHECK(cacheOf(*window) == -16384);
}
