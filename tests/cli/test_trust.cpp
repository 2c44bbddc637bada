// aantafel-cli and the trust rules: no output replaces a municipality file or its companions, every
// write goes through the same Permissions as the GUI (the operating-system account, or --as when the
// file allows it), damage gives exit code 2 and nothing partial, and paths are reported truthfully.
#include "testsupport.h"

#include "clirun.h"
#include "pinnedcomplaint.h"

#include "backup/sqlitecopy.h"
#include "output/printjob.h"
#include "storage/caserepository.h"
#include "storage/municipalityfile.h"
#include "users/userrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <unistd.h>

namespace {

const QDate Today = d("2025-04-15");

struct Account {
    explicit Account(const QByteArray& login)
        : m_old(qgetenv("USER")) {
        qputenv("USER", login);
    }
    ~Account() { qputenv("USER", m_old); }
    QByteArray m_old;
};

class PdfDouble final : public PdfOutput {
public:
    QString render(const PrintJob&, QIODevice& device) override {
        device.write("%PDF-1.4 test double\n");
        return {};
    }
};

CliResult runWithPdf(const QStringList& args, QDate today = Today) {
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    const FixedClock clock(today);
    PdfDouble pdf;
    r.code = Cli::run(args, out, err, clock, CliServices{&pdf, &pdf});
    out.flush();
    err.flush();
    return r;
}

// Gemeente Proefstad: KL-2025-0007 of fbakkali, KL-2025-0008 of sdeboer (both formal, judged), and
// with users: beheer (beheerder), rjansen (klachtencoördinator), fbakkali and sdeboer (behandelaars).
struct TrustFile {
    explicit TrustFile(bool withUsers = true) {
        auto db = MunicipalityFile::create(path, proefstadSettings(), QStringLiteral("beheer"));
        const FixedClock clock(d("2025-03-07"));
        CaseRepository cases(*db, clock, QStringLiteral("beheer"));
        Case own = deVriesComplaint();
        own.handler = QStringLiteral("fbakkali");
        cases.save(own);
        Case colleague = deVriesComplaint();
        colleague.reference = QStringLiteral("KL-2025-0008");
        colleague.handler = QStringLiteral("sdeboer");
        cases.save(colleague);
        if (!withUsers)
            return;
        UserRepository users(*db, clock, QStringLiteral("beheer"));
        for (const auto& [login, role] : {std::pair{"beheer", Role::Admin},
                                          {"rjansen", Role::Coordinator},
                                          {"fbakkali", Role::Handler},
                                          {"sdeboer", Role::Handler}}) {
            User u{0, QString::fromLatin1(login), QString::fromLatin1(login), role, true};
            users.add(u);
        }
    }
    qint64 cases() {
        auto db = Database::open(path);
        const FixedClock clock(Today);
        return CaseRepository(*db, clock, QStringLiteral("x")).count();
    }
    qint64 letters() {
        SqliteCopy::Connection c;
        c.open(path, true, 1000);
        return c.scalar("SELECT count(*) FROM letters").toLongLong();
    }
    QStringList letter(const char* reference) const {
        return {QStringLiteral("letter"),  path,
                QStringLiteral("--case"),  QString::fromLatin1(reference),
                QStringLiteral("--type"),  QStringLiteral("afschrift-beklaagde"),
                QStringLiteral("--pdf"),   pdf,
                QStringLiteral("--record")};
    }
    TempDir dir;
    QString path = dir.path(QStringLiteral("proefstad.aantafel"));
    QString pdf = dir.path(QStringLiteral("brief.pdf"));
};

} // namespace

TEST_CASE("no command writes its output over the municipality file, however it is named") {
    TrustFile f(false);
    const QByteArray before = fileHash(f.path);
    const QString symlink = f.dir.path(QStringLiteral("verslag.csv"));
    REQUIRE(QFile::link(f.path, symlink));
    const QString hardlink = f.dir.path(QStringLiteral("verslag-hard.csv"));
    REQUIRE(::link(QFile::encodeName(f.path).constData(), QFile::encodeName(hardlink).constData()) == 0);
    const QString dotdot = f.dir.path(QStringLiteral("sub/../proefstad.aantafel"));
    QDir().mkpath(f.dir.path(QStringLiteral("sub")));
    const QString wal = f.path + QStringLiteral("-wal");
    const QString lock = f.path + QStringLiteral(".lock");

    const auto report = [&](const QString& out) {
        return runWithPdf({QStringLiteral("report"), f.path, QStringLiteral("--year"), QStringLiteral("2025"),
                           QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    };
    for (const QString& out : {f.path, symlink, hardlink, dotdot, wal, lock}) {
        INFO(out.toStdString());
        const CliResult r = report(out);
        CHECK(r.code == Cli::UsageOrFile);
        CHECK(r.err.contains(QStringLiteral("Er is niets gewijzigd")));
    }
    const QStringList audit{QStringLiteral("audit"),  f.path,
                            QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                            QStringLiteral("--to"),   QStringLiteral("2025-12-31"),
                            QStringLiteral("--out")};
    CHECK(runWithPdf(audit + QStringList{f.path}).code == Cli::UsageOrFile);
    CHECK(runWithPdf(audit + QStringList{wal}).code == Cli::UsageOrFile);
    CHECK(runWithPdf({QStringLiteral("report"), f.path, QStringLiteral("--year"), QStringLiteral("2025"),
                      QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), symlink})
              .code == Cli::UsageOrFile);
    QStringList letter = f.letter("KL-2025-0007");
    letter[6] = f.path;
    CHECK(runWithPdf(letter).code == Cli::UsageOrFile);
    letter[6] = f.path + QStringLiteral("-shm");
    CHECK(runWithPdf(letter).code == Cli::UsageOrFile);
    CHECK(runCliOn({QStringLiteral("backup"), f.path, QStringLiteral("--to"), wal}, Today).code != Cli::Ok);

    CHECK(fileHash(f.path) == before);
    CHECK_FALSE(QFileInfo::exists(wal));
    // The lock file is never deleted (writers may hold byte-range locks on it at any moment), so it
    // may exist; it must not have become the report.
    QFile lockFile(lock);
    if (lockFile.open(QIODevice::ReadOnly))
        CHECK_FALSE(lockFile.readAll().contains("sectie;onderdeel"));
    CHECK(f.cases() == 2);
    // Another output is written as before.
    CHECK(report(f.dir.path(QStringLiteral("echt.csv"))).code == Cli::Ok);
}

TEST_CASE("an account the file does not know can neither import nor record letters from the command line") {
    TrustFile f;
    Account account("gast");
    const CliResult import =
        runCliOn({QStringLiteral("import"), f.path, QStringLiteral("--csv"),
                  QStringLiteral(AANTAFEL_TEST_DATA "/import/semicolon-1252.csv"), QStringLiteral("--mapping"),
                  QStringLiteral(AANTAFEL_TEST_DATA "/import/mapping-semicolon.json")},
                 Today);
    CHECK(import.code == Cli::Refused);
    CHECK(import.err.contains(QStringLiteral("u kunt alleen lezen")));
    CHECK(f.cases() == 2);
    const CliResult letter = runWithPdf(f.letter("KL-2025-0007"));
    CHECK(letter.code == Cli::Refused);
    CHECK(letter.err.contains(QStringLiteral("alleen lezen")));
    CHECK_FALSE(QFileInfo::exists(f.pdf));
    CHECK(f.letters() == 0);
}

TEST_CASE("a klachtbehandelaar records letters on his own cases only, as in the GUI") {
    TrustFile f;
    Account account("fbakkali");
    const CliResult colleague = runWithPdf(f.letter("KL-2025-0008"));
    CHECK(colleague.code == Cli::Refused);
    CHECK(colleague.err.contains(QStringLiteral("Deze zaak is van sdeboer")));
    CHECK_FALSE(QFileInfo::exists(f.pdf));
    CHECK(f.letters() == 0);
    const CliResult own = runWithPdf(f.letter("KL-2025-0007"));
    INFO(own.err.toStdString());
    CHECK(own.code == Cli::Ok);
    CHECK(f.letters() == 1);
    // The afdoeningsbrief is the afdoening itself (9:12 lid 1): the klachtencoördinator's sign-off.
    QStringList closing = f.letter("KL-2025-0007");
    closing[5] = QStringLiteral("afdoening");
    const CliResult afdoening = runWithPdf(closing);
    CHECK(afdoening.code == Cli::Refused);
    CHECK(afdoening.err.contains(QStringLiteral("klachtencoördinator")));
    CHECK(f.letters() == 1);
}

TEST_CASE("aantafel-cli --as is allowed only for an account a beheerder linked to that user") {
    TrustFile f;
    const QString out = f.dir.path(QStringLiteral("audit.csv"));
    const QStringList audit{QStringLiteral("audit"),  f.path,
                            QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                            QStringLiteral("--to"),   QStringLiteral("2025-12-31"),
                            QStringLiteral("--out"),  out,
                            QStringLiteral("--as"),   QStringLiteral("beheer")};
    {
        Account account("svc-aantafel");
        const CliResult r = runCliOn(audit, Today);
        CHECK(r.code == Cli::Refused);
        CHECK(r.err.contains(QStringLiteral("niet aan die gebruiker gekoppeld")));
        CHECK_FALSE(QFileInfo::exists(out));
        CHECK(runCliOn({QStringLiteral("list"), f.path, QStringLiteral("--as")}, Today).code == Cli::UsageOrFile);
    }
    {
        auto db = Database::open(f.path);
        const FixedClock clock(Today);
        UserRepository users(*db, clock, QStringLiteral("beheer"));
        users.link(QStringLiteral("svc-aantafel"), users.findByLogin(QStringLiteral("beheer"))->id);
    }
    Account account("svc-aantafel");
    const CliResult r = runCliOn(audit, Today);
    INFO(r.err.toStdString());
    CHECK(r.code == Cli::Ok);
    CHECK(QFileInfo::exists(out));
}

TEST_CASE("only a beheerder restores a copy or runs the retention from the command line") {
    TrustFile f;
    const QString copy = f.dir.path(QStringLiteral("kopie.aantafel"));
    REQUIRE(runCliOn({QStringLiteral("backup"), f.path, QStringLiteral("--to"), copy}, Today).code == Cli::Ok);
    {
        Account account("rjansen");
        const CliResult r = runCliOn(
            {QStringLiteral("restore"), copy, QStringLiteral("--to"), f.path, QStringLiteral("--force")}, Today);
        CHECK(r.code == Cli::Refused);
        CHECK(r.err.contains(QStringLiteral("Alleen een beheerder mag een reservekopie terugzetten")));
        const CliResult retention = runCliOn({QStringLiteral("retention"), f.path, QStringLiteral("--list")}, Today);
        CHECK(retention.code == Cli::Refused);
        CHECK(retention.err.contains(QStringLiteral("Alleen een beheerder")));
    }
    Account account("beheer");
    CHECK(runCliOn({QStringLiteral("restore"), copy, QStringLiteral("--to"), f.path, QStringLiteral("--force")}, Today)
              .code == Cli::Ok);
}

TEST_CASE("a file with a damaged page prints nothing partial and exits 2") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.aantafel"));
    REQUIRE(runCliOn({QStringLiteral("demo"), path, QStringLiteral("--cases"), QStringLiteral("400")}, Today).code ==
            Cli::Ok);
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        SqliteCopy::Connection c;
        c.open(path, true, 1000);
        const QList<QStringList> leaves =
            c.rows("SELECT pageno FROM dbstat WHERE name = 'cases' AND pagetype = 'leaf' ORDER BY pageno");
        REQUIRE(leaves.size() > 4);
        pageSize = c.scalar("PRAGMA page_size").toLongLong();
        // A leaf in the middle that holds an open case, so that every command below (due reads only the
        // open cases) meets the damage.
        const QList<QStringList> open = c.rows("SELECT reference FROM cases WHERE phase <> 'closed'");
        REQUIRE(!open.isEmpty());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        for (qsizetype i = leaves.size() / 2; i < leaves.size() && page == 0; ++i) {
            const qint64 candidate = leaves.at(i).first().toLongLong();
            REQUIRE(file.seek((candidate - 1) * pageSize));
            const QByteArray bytes = file.read(pageSize);
            for (const QStringList& reference : open) {
                if (bytes.contains(reference.first().toUtf8())) {
                    page = candidate;
                    break;
                }
            }
        }
        REQUIRE(page != 0);
    }
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek((page - 1) * pageSize));
        file.write(QByteArray(int(pageSize), '\0'));
    }
    for (const QStringList& args : {QStringList{QStringLiteral("list"), path},
                                    QStringList{QStringLiteral("list"), path, QStringLiteral("--json")},
                                    QStringList{QStringLiteral("due"), path}}) {
        INFO(args.join(u' ').toStdString());
        const CliResult r = runCliOn(args, Today);
        CHECK(r.code == Cli::UsageOrFile);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("beschadigd")));
    }
    // check reports the damage as a problem found, not as a file it cannot open.
    const CliResult check = runCliOn({QStringLiteral("check"), path}, Today);
    CHECK(check.code == Cli::Refused);
    CHECK(check.out.contains(QStringLiteral("Bestand beschadigd")));
}

TEST_CASE("check reports text that is not UTF-8 or holds control characters") {
    TrustFile f(false);
    {
        SqliteCopy::Connection c;
        c.open(f.path, false, 1000);
        c.exec("UPDATE cases SET story = CAST(x'4d696a6e20fffe20' AS TEXT) WHERE reference = 'KL-2025-0007'");
        c.exec("UPDATE cases SET klager_name = 'Mevrouw' || char(7) || 'B.' WHERE reference = 'KL-2025-0008'");
    }
    const CliResult r = runCliOn({QStringLiteral("check"), f.path}, Today);
    CHECK(r.code == Cli::Refused);
    CHECK(r.out.contains(QStringLiteral("KL-2025-0007, cases.story: de tekst is geen geldige UTF-8.")));
    CHECK(r.out.contains(QStringLiteral("KL-2025-0008, cases.klager_name: de tekst bevat een stuurteken (U+0007).")));
}

TEST_CASE("paths are reported as what they are, not as missing") {
    TrustFile f(false);
    const QString folder = f.dir.path(QStringLiteral("map.aantafel"));
    QDir().mkpath(folder);
    CliResult r = runCliOn({QStringLiteral("list"), folder}, Today);
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("is een map")));
    CHECK_FALSE(r.err.contains(QStringLiteral("bestaat niet")));
    r = runCliOn({QStringLiteral("check"), QStringLiteral("/dev/null")}, Today);
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("geen gewoon bestand")));

    // A name whose bytes are no UTF-8 is refused, never replaced by another name.
    QString problem;
    const QStringList args = Cli::argumentsFrom({QByteArray("list"), QByteArray("caf\xe9.aantafel")}, &problem);
    CHECK(args.size() == 2);
    CHECK(problem.contains(QStringLiteral("geen geldige UTF-8")));
    problem.clear();
    Cli::argumentsFrom({QByteArray("list"), QByteArray("caf\xc3\xa9.aantafel")}, &problem);
    CHECK(problem.isEmpty());

    // audit --case of a case that does not exist; due --handler with no name.
    Account account("beheer");
    r = runCliOn({QStringLiteral("audit"), f.path, QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                  QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--case"),
                  QStringLiteral("NOPE"), QStringLiteral("--out"), f.dir.path(QStringLiteral("a.csv"))},
                 Today);
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("Zaak NOPE bestaat niet in dit register (en heeft er ook nooit in gestaan).")));
    CHECK_FALSE(QFileInfo::exists(f.dir.path(QStringLiteral("a.csv"))));
    r = runCliOn({QStringLiteral("due"), f.path, QStringLiteral("--handler"), QString()}, Today);
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("--handler")));
}

TEST_CASE("a refused restore leaves no folder behind and says why") {
    TrustFile f(false);
    const QString copy = f.dir.path(QStringLiteral("kopie.aantafel"));
    REQUIRE(runCliOn({QStringLiteral("backup"), f.path, QStringLiteral("--to"), copy}, Today).code == Cli::Ok);
    const QStringList before = QDir(f.dir.path(QString())).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    const QString folder = f.dir.path(QStringLiteral("map.aantafel"));
    QDir().mkpath(folder);
    CliResult r = runCliOn({QStringLiteral("restore"), copy, QStringLiteral("--to"), folder}, Today);
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("is een map")));
    r = runCliOn({QStringLiteral("restore"), copy, QStringLiteral("--to"),
                  f.dir.path(QStringLiteral("nieuw/diep/gemeente.aantafel"))},
                 Today);
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("bestaat niet")));
    r = runCliOn({QStringLiteral("restore"), f.dir.path(QStringLiteral("brief.pdf")), QStringLiteral("--to"), f.path},
                 Today);
    CHECK(r.code == Cli::UsageOrFile);
    QDir(folder).removeRecursively();
    CHECK(QDir(f.dir.path(QString())).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) == before);
}

TEST_CASE("an existing file with a name that is no UTF-8 is refused for what it is, by the real program") {
    TempDir dir;
    const QByteArray name = QFile::encodeName(dir.path(QString())) + "/caf\xe9.aantafel";
    {
        FILE* file = std::fopen(name.constData(), "w");
        REQUIRE(file);
        std::fclose(file);
    }
    // The shell passes the name's bytes as they are (QProcess would take them as text).
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AANTAFEL_TEST_DIR"), dir.path(QString()));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("exec \"$0\" list \"$AANTAFEL_TEST_DIR/$(printf 'caf\\351').aantafel\""),
             QStringLiteral(AANTAFEL_CLI_PATH)});
    REQUIRE(p.waitForFinished(30000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    CHECK(p.exitCode() == Cli::UsageOrFile);
    CHECK(err.contains(QStringLiteral("geen geldige UTF-8")));
    CHECK_FALSE(err.contains(QStringLiteral("bestaat niet")));
}
