// aantafel-cli case FILE attach and case FILE new --eml: documents and e-mail from the command line,
// through the same services as the Documenten tab and the e-mail intake (DocumentService, MailIntake),
// with the real readers (GMime, libgsf, poppler-cpp) handed in as the entry point hands them in. Each
// refusal leaves the file as it was: no document, no case.
#include "testsupport.h"

#include "clirun.h"

#include "pinnedcomplaint.h"
#include "storage/deadlinestore.h"

#include "readers/documenttextreader.h"
#include "readers/mailfilereader.h"
#include "storage/documentrepository.h"
#include "storage/sqlquery.h"
#include "users/userrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace {

QString mailSample(const char* name) {
    return QStringLiteral(AANTAFEL_TEST_DATA "/mail/") + QString::fromLatin1(name);
}

QString sha256Of(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct DocumentsFile {
    DocumentsFile() { MunicipalityFile::create(path, proefstadSettings(), QStringLiteral("beheer")); }

    CliResult run(const QStringList& args, const char* today) {
        CliResult r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        const FixedClock clock(d(today));
        CliServices services;
        services.textExtractor = &extractor;
        services.mailReader = &mailReader;
        r.code = Cli::run(args, out, err, clock, services);
        out.flush();
        err.flush();
        return r;
    }
    CliResult caseCmd(const QStringList& args, const char* today = "2025-03-10") {
        return run(QStringList{QStringLiteral("case"), path} + args, today);
    }
    // A klaagschrift received Fri 7 March 2025.
    QString klaagschrift() {
        const CliResult r = caseCmd({QStringLiteral("new"), QStringLiteral("--kind"), QStringLiteral("klaagschrift"),
                                     QStringLiteral("--received"), QStringLiteral("2025-03-07"),
                                     QStringLiteral("--klager"), QStringLiteral("Mevrouw A. de Vries")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == Cli::Ok);
        return r.out.trimmed();
    }
    // The documents of the case with this reference, read straight from the file.
    QList<DocumentInfo> documents(const QString& reference) {
        auto db = Database::open(path);
        const FixedClock clock(d("2025-03-10"));
        MunicipalitySession session(std::move(db), clock, QStringLiteral("x"));
        const std::optional<Case> c = session.cases().findByReference(reference);
        REQUIRE(c);
        return DocumentRepository(session.database(), clock, QStringLiteral("x")).forCase(c->id);
    }
    QString scalar(const QString& sql) {
        auto db = Database::open(path);
        SqlQuery q(*db, sql);
        q.exec();
        return q.next() ? q.value(0).toString() : QString();
    }
    void setLimitMegabytes(int megabytes) {
        auto db = Database::open(path);
        const FixedClock clock(d("2025-03-10"));
        MunicipalitySession session(std::move(db), clock, QStringLiteral("beheer"));
        MunicipalitySettings settings = session.settings();
        settings.documentLimitMegabytes = megabytes;
        session.saveSettings(settings);
    }
    // Users in the file, none of them this operating-system account: it is an unknown account.
    void addUsersWithoutThisAccount() {
        auto db = Database::open(path);
        const FixedClock clock(d("2025-03-10"));
        MunicipalitySession session(std::move(db), clock, QStringLiteral("beheer"));
        UserRepository users = session.users();
        User admin{0, QStringLiteral("beheer"), QStringLiteral("Beheerder"), Role::Admin, true};
        users.add(admin);
    }

    TempDir dir;
    QString path = dir.path(QStringLiteral("proefstad.aantafel"));
    DocumentTextReader extractor;
    MailFileReader mailReader;
};

} // namespace

TEST_CASE("case attach: a PDF becomes a document of the case with its size, SHA-256 and searchable text",
          "[cli][documents]") {
    DocumentsFile f;
    const QString ref = f.klaagschrift();
    const QString pdf = mailSample("parts/verslag.pdf");
    const CliResult r =
        f.caseCmd({QStringLiteral("attach"), ref, pdf, QStringLiteral("--kind"), QStringLiteral("hearing_report")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == Cli::Ok);
    const QByteArray bytes = readFile(pdf);
    CHECK(r.out.contains(sha256Of(bytes)));
    const QList<DocumentInfo> documents = f.documents(ref);
    REQUIRE(documents.size() == 1);
    const DocumentInfo& doc = documents.first();
    CHECK(doc.name == QStringLiteral("verslag.pdf"));
    CHECK(doc.kind == DocumentKind::HearingReport);
    CHECK(doc.mediaType == QStringLiteral("application/pdf"));
    CHECK(doc.size == bytes.size());
    CHECK(doc.sha256 == sha256Of(bytes));
    CHECK(doc.received == d("2025-03-10")); // today
    // The PDF's words went to the search through the text extractor the entry point handed in.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'scootmobiel'")) ==
          QStringLiteral("1"));
    // Audited like an addition in the program.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'document_add'")) ==
          QStringLiteral("1"));

    // Without --kind the kind is guessed as when a file is dropped: a bijlage, an e-mail for .eml.
    const CliResult two =
        f.caseCmd({QStringLiteral("attach"), ref, mailSample("parts/foto.png"), mailSample("html-only.eml")});
    INFO(two.err.toStdString());
    REQUIRE(two.code == Cli::Ok);
    const QList<DocumentInfo> all = f.documents(ref);
    REQUIRE(all.size() == 3);
    CHECK(all.at(1).kind == DocumentKind::Attachment);
    CHECK(all.at(2).kind == DocumentKind::Email);
}

TEST_CASE("case attach: a file over the limit is refused and nothing is stored, not even the others",
          "[cli][documents]") {
    DocumentsFile f;
    const QString ref = f.klaagschrift();
    f.setLimitMegabytes(1);
    const QString big = f.dir.path(QStringLiteral("video.mp4"));
    QFile file(big);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(3 * 1024 * 1024 / 2)); // 1.5 MB
    file.close();
    // The small PDF first: it must not stay behind when the second file is refused.
    const CliResult r = f.caseCmd({QStringLiteral("attach"), ref, mailSample("parts/verslag.pdf"), big});
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(QStringLiteral("video.mp4 is 1,5 MB; een document mag in dit gemeentebestand hoogstens "
                                        "1,0 MB zijn. Er is niets toegevoegd.")));
    CHECK(f.documents(ref).isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM document_chunks")) == QStringLiteral("0"));
}

TEST_CASE("case attach: bad use is exit 2 and stores nothing", "[cli][documents]") {
    DocumentsFile f;
    const QString ref = f.klaagschrift();
    const QString pdf = mailSample("parts/verslag.pdf");
    const CliResult kind =
        f.caseCmd({QStringLiteral("attach"), ref, pdf, QStringLiteral("--kind"), QStringLiteral("video")});
    CHECK(kind.code == Cli::UsageOrFile);
    CHECK(kind.err.contains(QStringLiteral("Onbekende documentsoort: 'video'")));
    CHECK(kind.err.contains(QStringLiteral("hearing_report")));
    CHECK(f.caseCmd({QStringLiteral("attach"), ref}).code == Cli::UsageOrFile);
    const CliResult missing = f.caseCmd({QStringLiteral("attach"), ref, pdf, f.dir.path(QStringLiteral("nope.pdf"))});
    CHECK(missing.code == Cli::UsageOrFile);
    CHECK(missing.err.contains(QStringLiteral("is geen bestand")));
    CHECK(f.caseCmd({QStringLiteral("attach"), QStringLiteral("KL-1999-0001"), pdf}).code == Cli::UsageOrFile);
    CHECK(f.documents(ref).isEmpty());
}

TEST_CASE("case new --eml: the complaint is registered with the message first and its attachments after it",
          "[cli][documents]") {
    DocumentsFile f;
    const QString message = mailSample("base64-utf8-attachments.eml");
    const CliResult r = f.caseCmd({QStringLiteral("new"), QStringLiteral("--eml"), message}, "2025-03-10");
    INFO(r.err.toStdString());
    REQUIRE(r.code == Cli::Ok);
    const QString ref = r.out.trimmed();
    CHECK(ref.startsWith(QStringLiteral("KL-2025-")));

    auto db = Database::open(f.path);
    const FixedClock clock(d("2025-03-10"));
    MunicipalitySession session(std::move(db), clock, QStringLiteral("x"));
    const std::optional<Case> c = session.cases().findByReference(ref);
    REQUIRE(c);
    CHECK(c->kind == CaseKind::WrittenComplaint);
    CHECK(c->channel == Channel::Email);
    CHECK(c->received == d("2025-03-05")); // the message's Date: Wed, 5 Mar 2025 09:15 +0100
    CHECK(c->klager.name == QStringLiteral("Özlem Yıldız"));
    CHECK(c->klager.email == QStringLiteral("ozlem.yildiz@example.nl"));
    CHECK(c->story.startsWith(QStringLiteral("Klacht wijkteam Noord")));
    CHECK(c->phase == Phase::Informal);
    // The committee decision is fixed at receipt, as for any klaagschrift (afdeling 9.1.3).
    CHECK(c->committeeDecidedOn == d("2025-03-10"));
    CHECK_FALSE(c->committeeReason.isEmpty());
    // Its deadlines are stored with it as the engine gives them: received Wed 5 Mar 2025, acknowledgement
    // + 5 working days = Wed 12 Mar.
    CHECK(DeadlineStore(session.database()).stored(c->id) ==
          DeadlineStore::expected(session.engine(), *c) /* one due date each, so the same order */);
    CHECK(DeadlineStore(session.database()).verify().isEmpty());

    const QList<DocumentInfo> documents =
        DocumentRepository(session.database(), clock, QStringLiteral("x")).forCase(c->id);
    REQUIRE(documents.size() == 3);
    const DocumentInfo& mail = documents.at(0);
    CHECK(mail.kind == DocumentKind::Email);
    CHECK(mail.name == QStringLiteral("base64-utf8-attachments.eml"));
    CHECK(mail.sha256 == sha256Of(readFile(message))); // the message itself, byte for byte
    CHECK(mail.parentId == 0);
    QStringList names;
    for (qsizetype i = 1; i < documents.size(); ++i) {
        CHECK(documents.at(i).parentId == mail.id);
        CHECK(documents.at(i).received == d("2025-03-05"));
        names << documents.at(i).name;
    }
    CHECK(names.contains(QStringLiteral("verslag gesprek één.pdf")));
    CHECK(names.contains(QStringLiteral("foto brief.png")));
    for (const DocumentInfo& doc : documents) {
        if (doc.name == QStringLiteral("verslag gesprek één.pdf"))
            CHECK(doc.sha256 == sha256Of(readFile(mailSample("parts/verslag.pdf"))));
    }
}

TEST_CASE("case new --eml: an Outlook message keeps the image in its text out of the documents", "[cli][documents]") {
    DocumentsFile f;
    const CliResult r = f.caseCmd(
        {QStringLiteral("new"), QStringLiteral("--eml"), mailSample("outlook-attachments.msg")}, "2025-03-12");
    INFO(r.err.toStdString());
    REQUIRE(r.code == Cli::Ok);
    const QList<DocumentInfo> documents = f.documents(r.out.trimmed());
    // The message, the PDF and the forwarded message; image001.png is shown in the text, not attached.
    REQUIRE(documents.size() == 3);
    CHECK(documents.at(0).mediaType == QStringLiteral("application/vnd.ms-outlook"));
    CHECK(documents.at(1).name == QStringLiteral("verslag keukentafelgesprek.pdf"));
    CHECK(documents.at(2).kind == DocumentKind::Email);
}

TEST_CASE("case new --eml: a broken message is refused with the reason and nothing is registered", "[cli][documents]") {
    DocumentsFile f;
    for (const char* broken : {"broken-truncated.eml", "broken-no-headers.eml", "broken-compound.msg"}) {
        const CliResult r = f.caseCmd({QStringLiteral("new"), QStringLiteral("--eml"), mailSample(broken)});
        INFO(broken << ": " << r.err.toStdString());
        CHECK(r.code == Cli::Refused);
        CHECK(r.err.contains(QStringLiteral("is niet geregistreerd")));
        CHECK(r.out.isEmpty());
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM cases")) == QStringLiteral("0"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM documents")) == QStringLiteral("0"));

    // The data comes from the message: options that would contradict it are a usage error.
    const CliResult mixed = f.caseCmd({QStringLiteral("new"), QStringLiteral("--eml"), mailSample("html-only.eml"),
                                       QStringLiteral("--klager"), QStringLiteral("X")});
    CHECK(mixed.code == Cli::UsageOrFile);
    CHECK(f.caseCmd({QStringLiteral("new"), QStringLiteral("--eml"), f.dir.path(QStringLiteral("nope.eml"))}).code ==
          Cli::UsageOrFile);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM cases")) == QStringLiteral("0"));
}

TEST_CASE("case attach and new --eml: an account the file does not know is refused and nothing is stored",
          "[cli][documents]") {
    DocumentsFile f;
    const QString ref = f.klaagschrift();
    f.addUsersWithoutThisAccount();
    const CliResult attach = f.caseCmd({QStringLiteral("attach"), ref, mailSample("parts/verslag.pdf")});
    CHECK(attach.code == Cli::Refused);
    CHECK_FALSE(attach.err.isEmpty());
    CHECK(f.documents(ref).isEmpty());
    const CliResult mail =
        f.caseCmd({QStringLiteral("new"), QStringLiteral("--eml"), mailSample("base64-utf8-attachments.eml")});
    CHECK(mail.code == Cli::Refused);
    CHECK_FALSE(mail.err.isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM cases")) == QStringLiteral("1"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM documents")) == QStringLiteral("0"));
}

TEST_CASE("case new --eml and attach work in the installed program, which hands in the readers", "[cli][documents]") {
    DocumentsFile f;
    QProcess p;
    p.start(QStringLiteral(AANTAFEL_CLI_PATH), {QStringLiteral("case"), f.path, QStringLiteral("new"),
                                                QStringLiteral("--eml"), mailSample("base64-utf8-attachments.eml")});
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == Cli::Ok);
    const QString ref = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    CHECK(f.documents(ref).size() == 3);
    p.start(QStringLiteral(AANTAFEL_CLI_PATH),
            {QStringLiteral("case"), f.path, QStringLiteral("attach"), ref, mailSample("parts/verslag.pdf")});
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitCode() == Cli::Ok);
    CHECK(f.documents(ref).size() == 4);
    // The PDF's text is searchable: the program handed the text extractor to the command line.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'scootmobiel'")) ==
          QStringLiteral("2"));
}
