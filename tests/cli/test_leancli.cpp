// aantafel-cli starts as a small console program (Qt Core, Qt Sql, SQLite) and hands the command lines
// that draw a PDF or read an e-mail or a document to aantafel-cli-full (app/fullprogram.h).
#include "testsupport.h"

#include "cli/cli.h"

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
TEST_CASE("aantafel-cli itself loads no Qt Gui, Widgets, Charts and no readers of e-mail and PDF") {
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
                                 QStringLiteral("libpoppler"), QStringLiteral("libgmime"), QStringLiteral("libgsf")}) {
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
