// The demo municipality's documents are real files: the generated klaagschrift is a PDF whose text a PDF
// reader finds, the generated e-mail a message the intake reads; one case in ten has one. And an Outlook
// message registers a case with its documents (the .msg path of the intake, for GUI and command line).
#include "testsupport.h"

#include "demo/demodocuments.h"
#include "demo/demogenerator.h"
#include "documents/mailintake.h"
#include "readers/documenttextreader.h"
#include "readers/mailfilereader.h"
#include "session/municipalitysession.h"
#include "storage/documentrepository.h"
#include "storage/municipalityfile.h"
#include "storage/sqlquery.h"

#include <QBuffer>

TEST_CASE("the demo's klaagschrift is a PDF a reader can read, its e-mail a message the intake reads") {
    const QByteArray pdf =
        DemoDocuments::pdf({QStringLiteral("Klaagschrift"), QStringLiteral("Mevrouw José (de) Vries")});
    CHECK(DocumentTextReader()
              .fromData(pdf, QStringLiteral("application/pdf"))
              .contains(QStringLiteral("José (de) Vries")));

    Case c;
    c.reference = QStringLiteral("KL-2025-0007");
    c.received = d("2025-03-04");
    c.klager.name = QStringLiteral("Özlem Yıldız");
    c.klager.email = QStringLiteral("ozlem@example.nl");
    c.story = QStringLiteral("De scootmobiel is al zes weken kapot.");
    const MailReader::Result mail = MailFileReader().read(QStringLiteral("klacht.eml"), DemoDocuments::eml(c));
    REQUIRE(mail.ok());
    CHECK(mail.message.fromName == QStringLiteral("Özlem Yıldız"));
    CHECK(mail.message.date.date() == d("2025-03-04"));
    CHECK(mail.message.body.contains(QStringLiteral("zes weken kapot")));
}

TEST_CASE("one demo case in ten holds a document, stored and searchable") {
    TempDir dir;
    const FixedClock clock(d("2026-11-23"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Demodam");
    MunicipalitySession session(
        MunicipalityFile::create(dir.path(QStringLiteral("demo.aantafel")), settings, QStringLiteral("test")), clock,
        QStringLiteral("test"));
    DemoOptions options;
    options.cases = 200;
    options.batchSize = 64; // documents chosen across batches by generation order
    DemoGenerator(session.engine(), clock, 1).populate(session.database(), options);
    const qint64 documents =
        SqlQuery::scalar(session.database(), QStringLiteral("SELECT count(*) FROM documents")).toLongLong();
    CHECK(documents == 20);
    CHECK(SqlQuery::scalar(session.database(), QStringLiteral("SELECT count(DISTINCT case_id) FROM documents"))
              .toLongLong() == 20);
    CHECK(session.cases().search(QStringLiteral("klaagschrift")).size() +
              session.cases().search(QStringLiteral("klacht")).size() >=
          20);
}

TEST_CASE("an Outlook message registers a case with the .msg first and its attachments as documents") {
    TempDir dir;
    const FixedClock clock(QDateTime(d("2025-03-10"), QTime(9, 0)));
    MunicipalitySession session(
        MunicipalityFile::create(dir.path(QStringLiteral("msg.aantafel")), {}, QStringLiteral("fbakkali")), clock,
        QStringLiteral("fbakkali"));
    const MailReader::Result read =
        MailFileReader().readFile(QStringLiteral(AANTAFEL_TEST_DATA "/mail/outlook-attachments.msg"), 50 * 1024 * 1024);
    REQUIRE(read.ok());
    QList<int> all;
    for (int i = 0; i < read.message.attachments.size(); ++i)
        all << i;
    REQUIRE_FALSE(all.isEmpty());
    Case draft = MailIntake::draft(read.message, clock.today(), QStringLiteral("Fatima Bakkali"));
    draft.domain = PolicyDomain::Wmo;
    const DocumentTextReader extractor;
    const Case c = MailIntake::registerCase(session, draft, read.message, all, &extractor);
    CHECK(c.phase == Phase::Informal);
    CHECK(c.channel == Channel::Email);
    const QList<DocumentInfo> documents = DocumentRepository(session.database(), clock, session.user()).forCase(c.id);
    REQUIRE(documents.size() == all.size() + 1);
    CHECK(documents.first().mediaType == QStringLiteral("application/vnd.ms-outlook"));
    CHECK(documents.first().kind == DocumentKind::Email);
    CHECK(documents.first().size == read.message.original.size());
    for (qsizetype i = 1; i < documents.size(); ++i)
        CHECK(documents.at(i).parentId == documents.first().id);
    // The message's subject is found by the search.
    CHECK_FALSE(session.cases().search(read.message.subject.simplified().section(u' ', -1)).isEmpty());
}
