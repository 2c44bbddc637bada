// Documents in the case file: stored in pieces with size and SHA-256, read back byte for byte and checked,
// refused over the limit with nothing stored, found by the full-text search, audited, removed without a
// trace in the file, and copied out only through the output writer. Also the e-mail intake's one
// transaction: the case with every document, or nothing.
#include "storagetestsupport.h"

#include "audit/audittrail.h"
#include "documents/documentservice.h"
#include "documents/mailintake.h"
#include "documents/textextractor.h"
#include "output/outputfile.h"
#include "session/municipalitysession.h"
#include "storage/casequery.h"
#include "storage/documentrepository.h"
#include "storage/sqlquery.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <ctime>

namespace {

// Bytes that cannot be mistaken for anything else in the file: a marker, then pseudo-random filler.
QByteArray payload(qsizetype size, const QByteArray& marker) {
    QByteArray bytes;
    bytes.reserve(size);
    quint32 x = 2463534242u;
    while (bytes.size() < size) {
        if (bytes.size() % 65536 == 0)
            bytes += marker;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes += char(x & 0xFF);
    }
    bytes.truncate(size);
    return bytes;
}

struct Fixture {
    TempDir dir;
    FixedClock clock{QDateTime(d("2025-03-10"), QTime(9, 0))};
    std::unique_ptr<MunicipalitySession> session =
        std::make_unique<MunicipalitySession>(newMunicipality(dir), clock, QStringLiteral("fbakkali"));
    Case c = stored(intakeCase(d("2025-03-03")));

    Case stored(Case stored) {
        session->cases().save(stored);
        return stored;
    }
    DocumentRepository documents() { return {session->database(), clock, session->user()}; }
    DocumentInfo add(const QByteArray& bytes, const QString& name = QStringLiteral("klacht.pdf"),
                     const QString& text = {}, qint64 limit = 50 * 1024 * 1024) {
        NewDocument d;
        d.caseId = c.id;
        d.name = name;
        d.kind = DocumentKind::ComplaintLetter;
        d.mediaType = QStringLiteral("application/pdf");
        d.received = d_received;
        d.text = text;
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return documents().add(d, buffer, limit);
    }
    QByteArray readBack(qint64 id) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        documents().read(id, out);
        return out.data();
    }
    qint64 rows(const QString& sql) { return SqlQuery::scalar(session->database(), sql).toLongLong(); }
    QByteArray fileBytes() {
        QByteArray all = readFile(session->database().path());
        if (QFileInfo::exists(session->database().path() + QStringLiteral("-wal")))
            all += readFile(session->database().path() + QStringLiteral("-wal"));
        return all;
    }
    QDate d_received = d("2025-03-04");
};

} // namespace

TEST_CASE("a document is stored in pieces with its size and SHA-256 and read back byte for byte") {
    Fixture f;
    const QByteArray bytes = payload(600 * 1024, "KLAAGSCHRIFT-VAN-MEVROUW-JANSEN");
    const DocumentInfo d = f.add(bytes);
    CHECK(d.id > 0);
    CHECK(d.size == bytes.size());
    CHECK(d.sha256 == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(d.addedBy == QStringLiteral("fbakkali"));
    CHECK(d.received == QDate(2025, 3, 4));
    CHECK(d.position == 0);
    // 600 KiB in pieces of at most 256 KiB: three.
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM document_chunks WHERE document_id = %1").arg(d.id)) == 3);
    CHECK(f.rows(QStringLiteral("SELECT max(length(data)) FROM document_chunks")) == DocumentRepository::ChunkSize);
    CHECK(f.readBack(d.id) == bytes);
    const QList<DocumentInfo> listed = f.documents().forCase(f.c.id);
    REQUIRE(listed.size() == 1);
    CHECK(listed.first() == d);
    const DocumentInfo second = f.add("tweede", QStringLiteral("foto.jpg"));
    CHECK(second.position == 1);
    CHECK(f.documents().forCase(f.c.id).size() == 2);
    CHECK(f.documents().countsFor({f.c.id, 999}) == QHash<qint64, int>{{f.c.id, 2}});
}

TEST_CASE("an empty document is stored too, with the SHA-256 of nothing") {
    Fixture f;
    const DocumentInfo d = f.add(QByteArray(), QStringLiteral("leeg.txt"));
    CHECK(d.size == 0);
    CHECK(d.sha256 == QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK(f.readBack(d.id).isEmpty());
}

TEST_CASE("a document over the limit is refused and nothing of it is stored") {
    Fixture f;
    const qint64 auditBefore = f.rows(QStringLiteral("SELECT count(*) FROM audit_log"));
    try {
        f.add(payload(300 * 1024, "TE-GROOT"), QStringLiteral("scan.pdf"), {}, 290 * 1024);
        FAIL("a document over the limit was stored");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Invalid);
        CHECK(e.message() == QStringLiteral("scan.pdf is groter dan 0,3 MB, de grens voor een document in dit "
                                            "gemeentebestand. Er is niets opgeslagen."));
    }
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM documents")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM document_chunks")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM documents_fts")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
}

TEST_CASE("a document whose bytes no longer match its SHA-256 is reported damaged, not handed out as fine") {
    Fixture f;
    const DocumentInfo d = f.add(payload(1000, "ORIGINEEL"));
    SqlQuery::run(f.session->database(),
                  QStringLiteral("UPDATE document_chunks SET data = zeroblob(1000) WHERE document_id = %1").arg(d.id));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    try {
        f.documents().read(d.id, out);
        FAIL("a damaged document was read as sound");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Corrupt);
        CHECK(e.message().contains(QStringLiteral("klacht.pdf is beschadigd")));
    }
}

TEST_CASE("a document's name and text are found by the full-text search of the case list") {
    Fixture f;
    const Case other = f.stored(intakeCase(d("2025-03-05"), QStringLiteral("De heer P. Visser")));
    f.add("%PDF", QStringLiteral("uitnodiging keukentafelgesprek.pdf"),
          QStringLiteral("Verslag hoorzitting over de traplift van mevrouw Jansen"));
    CHECK(f.session->cases().search(QStringLiteral("traplift")).size() == 1);
    CHECK(f.session->cases().search(QStringLiteral("keukentafelgesprek")).first().id == f.c.id);
    CaseSelection selection;
    selection.words = QStringLiteral("hoorzitting traplift");
    CHECK(CaseQuery(f.session->database()).ids(selection, {}, f.session->engine(), f.clock.today()) ==
          QList<qint64>{f.c.id});
    CHECK(f.session->cases().search(QStringLiteral("Visser")).first().id == other.id);
}

TEST_CASE("adding, opening, changing and removing a document are in the audit trail") {
    Fixture f;
    const DocumentInfo d = f.add("abc", QStringLiteral("brief.pdf"));
    f.documents().recordOpened(d.id, QStringLiteral("geopend"));
    f.documents().setKind(d.id, DocumentKind::Response);
    CHECK(f.documents().find(d.id)->kind == DocumentKind::Response);
    f.documents().remove(d.id);
    AuditFilter filter;
    filter.reference = f.c.reference;
    QStringList actions;
    for (const AuditRow& row : AuditTrail(f.session->database()).rows(filter))
        actions << row.entry.action;
    CHECK(actions.mid(actions.size() - 4) ==
          QStringList{QStringLiteral("document_add"), QStringLiteral("document_open"), QStringLiteral("document_kind"),
                      QStringLiteral("document_remove")});
    CHECK(AuditTrail::actionLabel(QStringLiteral("document_add")) == QStringLiteral("document toegevoegd"));
    CHECK_FALSE(f.documents().find(d.id).has_value());
}

TEST_CASE("a removed document leaves no byte of it in the file or its log") {
    Fixture f;
    const QByteArray marker = "GEHEIM-MEDISCH-VERSLAG-7731";
    const DocumentInfo d = f.add(payload(700 * 1024, marker), QStringLiteral("medisch.pdf"),
                                 QStringLiteral("diagnose depressie zorgvuldig"));
    REQUIRE(f.fileBytes().contains(marker));
    f.documents().remove(d.id);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM document_chunks")) == 0);
    CHECK(f.session->cases().search(QStringLiteral("depressie")).isEmpty());
    const QByteArray bytes = f.fileBytes();
    CHECK_FALSE(bytes.contains(marker));
    CHECK_FALSE(bytes.contains("depressie"));
}

TEST_CASE("the document service refuses a file over the municipality's limit before reading it") {
    Fixture f;
    MunicipalitySettings settings = f.session->settings();
    settings.documentLimitMegabytes = 1;
    f.session->saveSettings(settings);
    const QString big = f.dir.path(QStringLiteral("video.mp4"));
    QFile file(big);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(3 * 1024 * 1024 / 2)); // 1.5 MB
    file.close();
    DocumentService service(*f.session);
    try {
        service.addFile(f.c.id, big, DocumentKind::Attachment);
        FAIL("a file over the limit was added");
    } catch (const StorageError& e) {
        CHECK(e.message() == QStringLiteral("video.mp4 is 1,5 MB; een document mag in dit gemeentebestand hoogstens "
                                            "1,0 MB zijn. Er is niets toegevoegd."));
    }
    CHECK(service.list(f.c.id).isEmpty());
    CHECK_THROWS_AS(service.addFile(f.c.id, f.dir.path(QStringLiteral("bestaat-niet.pdf")), DocumentKind::Other),
                    StorageError);
}

TEST_CASE("the document service adds a file with its media type, and the text of plain text itself") {
    Fixture f;
    const QString path = f.dir.path(QStringLiteral("aantekening.txt"));
    writeFile(path, "Telefoonnotitie: mevrouw belde over de rolstoelbus.\n");
    DocumentService service(*f.session);
    const DocumentInfo d = service.addFile(f.c.id, path, DocumentKind::Other);
    CHECK(d.name == QStringLiteral("aantekening.txt"));
    CHECK(d.mediaType == QStringLiteral("text/plain"));
    CHECK(d.received == QDate(2025, 3, 10)); // today, when not given
    CHECK(f.session->cases().search(QStringLiteral("rolstoelbus")).size() == 1);
    CHECK(DocumentService::mediaTypeOf(QStringLiteral("klacht.msg")) == QStringLiteral("application/vnd.ms-outlook"));
    CHECK(DocumentService::mediaTypeOf(QStringLiteral("klacht.eml")) == QStringLiteral("message/rfc822"));
    CHECK(DocumentService::mediaTypeOf(QStringLiteral("scan.PDF")) == QStringLiteral("application/pdf"));
    CHECK(DocumentService::mediaTypeOf(QStringLiteral("zonder-extensie"), "%PDF-1.4\n") ==
          QStringLiteral("application/pdf"));
    CHECK(DocumentService::guessKind(QStringLiteral("Bericht.MSG")) == DocumentKind::Email);
    CHECK(DocumentService::guessKind(QStringLiteral("foto.jpg")) == DocumentKind::Attachment);
}

TEST_CASE("a klachtbehandelaar adds documents to his own cases only, and a beheerder to none") {
    Fixture f;
    for (User u : {User{0, QStringLiteral("beheer"), QStringLiteral("Bea Heer"), Role::Admin, true},
                   User{0, QStringLiteral("fbakkali"), QStringLiteral("Fatima Bakkali"), Role::Handler, true},
                   User{0, QStringLiteral("pjansen"), QStringLiteral("Piet Jansen"), Role::Handler, true}})
        f.session->users().add(u);
    const QString path = f.session->database().path();
    const QString file = f.dir.path(QStringLiteral("brief.pdf"));
    writeFile(file, "%PDF-1.4 brief");
    {
        MunicipalitySession own(Database::open(path), f.clock, QStringLiteral("fbakkali"));
        CHECK(DocumentService(own).addFile(f.c.id, file, DocumentKind::ComplaintLetter).id > 0);
    }
    for (const char* login : {"pjansen", "beheer"}) {
        MunicipalitySession other(Database::open(path), f.clock, QString::fromLatin1(login));
        DocumentService service(other);
        CHECK_FALSE(service.mayChange(other.cases().load(f.c.id)));
        CHECK_THROWS_AS(service.addFile(f.c.id, file, DocumentKind::Other), StorageError);
        // Reading is for everyone who may open the file.
        CHECK(service.list(f.c.id).size() == 1);
    }
}

TEST_CASE("a copy of a document goes through the output writer and a temporary copy is private") {
    Fixture f;
    const DocumentInfo d = f.add("%PDF-1.4 inhoud", QStringLiteral("../../etc/verslag: eerste*.pdf"));
    DocumentService service(*f.session);
    const QString out = f.dir.path(QStringLiteral("kopie.pdf"));
    CHECK(service.saveCopy(d.id, out).isEmpty());
    CHECK(readFile(out) == QByteArray("%PDF-1.4 inhoud"));
    // Never over the municipality file.
    const QString refused = service.saveCopy(d.id, f.session->database().path());
    CHECK_FALSE(refused.isEmpty());
    CHECK(f.session->cases().load(f.c.id).reference == f.c.reference);

    QString error;
    const QString temporary = service.temporaryCopy(d.id, &error);
    REQUIRE(error.isEmpty());
    const QFileInfo info(temporary);
    CHECK(info.fileName() == QStringLiteral("verslag_ eerste_.pdf")); // no folders, no forbidden characters
    CHECK(info.absolutePath().startsWith(DocumentService::temporaryFolder()));
    CHECK(readFile(temporary) == QByteArray("%PDF-1.4 inhoud"));
    CHECK(info.permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK((QFileInfo(DocumentService::temporaryFolder()).permissions() &
           (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther)) == 0);
    DocumentService::removeTemporaryCopies();
    CHECK_FALSE(QFileInfo::exists(temporary));
    AuditFilter filter;
    filter.reference = f.c.reference;
    CHECK(AuditTrail(f.session->database()).rows(filter).constLast().entry.action == QStringLiteral("document_open"));
}

TEST_CASE("names from outside become safe file names") {
    CHECK(DocumentService::safeFileName(QStringLiteral("C:\\Users\\x\\klacht.pdf")) == QStringLiteral("klacht.pdf"));
    CHECK(DocumentService::safeFileName(QStringLiteral("../../.bashrc")) == QStringLiteral("bashrc"));
    CHECK(DocumentService::safeFileName(QStringLiteral("a<b>c:d\"e|f?g*h.txt")) ==
          QStringLiteral("a_b_c_d_e_f_g_h.txt"));
    CHECK(DocumentService::safeFileName(QStringLiteral("tab\there.pdf")) == QStringLiteral("tab_here.pdf"));
    CHECK(DocumentService::safeFileName(QStringLiteral("CON.txt")) == QStringLiteral("_CON.txt"));
    CHECK(DocumentService::safeFileName(QStringLiteral("...")) == QStringLiteral("document"));
    CHECK(DocumentService::safeFileName(QString(300, u'é') + QStringLiteral(".pdf")).toUtf8().size() <= 200);
    CHECK(DocumentService::safeFileName(QString(300, u'é') + QStringLiteral(".pdf")).endsWith(QStringLiteral(".pdf")));
}

namespace {

MailMessage sampleMail() {
    MailMessage m;
    m.fromName = QStringLiteral("José van der Berg");
    m.fromAddress = QStringLiteral("jose@example.nl");
    m.date = QDateTime(d("2025-03-07"), QTime(23, 30), Qt::UTC); // 8 March 00:30 in Amsterdam
    m.subject = QStringLiteral("Klacht scootmobiel");
    m.body = QStringLiteral("Ik ben niet teruggebeld over mijn scootmobiel.");
    m.fileName = QStringLiteral("Klacht scootmobiel.msg");
    m.original = "ORIGINEEL-BERICHT";
    m.originalMediaType = QStringLiteral("application/vnd.ms-outlook");
    m.attachments.append(
        {QStringLiteral("verslag.pdf"), QStringLiteral("application/pdf"), "%PDF-1.4 verslag", false, false});
    m.attachments.append({QStringLiteral("logo.png"), QStringLiteral("image/png"), "PNG", true, false});
    m.attachments.append({QStringLiteral("eerder.eml"), QStringLiteral("message/rfc822"), "From: x", false, true});
    return m;
}

} // namespace

TEST_CASE("an e-mail proposes a case: sender, local date of the message, channel e-mail, subject and body") {
    const DutchTime dutch;
    const MailMessage m = sampleMail();
    const Case c = MailIntake::draft(m, d("2025-03-10"), QStringLiteral("fbakkali"));
    CHECK(c.channel == Channel::Email);
    CHECK(c.kind == CaseKind::WrittenComplaint);
    CHECK(c.klager.name == QStringLiteral("José van der Berg"));
    CHECK(c.klager.email == QStringLiteral("jose@example.nl"));
    CHECK(c.received == m.date.toLocalTime().date());
    CHECK(c.klaagschriftDated == m.date.toLocalTime().date()); // the dagtekening, Awb 9:4 lid 2 b
    CHECK(c.story == QStringLiteral("Klacht scootmobiel\n\nIk ben niet teruggebeld over mijn scootmobiel."));
    CHECK(c.handler == QStringLiteral("fbakkali"));
    // A message dated after today, or not at all, was received today.
    MailMessage later = m;
    later.date = QDateTime(d("2025-04-01"), QTime(9, 0));
    CHECK(MailIntake::draft(later, d("2025-03-10"), {}).received == d("2025-03-10"));
    CHECK_FALSE(MailIntake::draft(later, d("2025-03-10"), {}).klaagschriftDated.isValid());
    later.date = QDateTime();
    CHECK(MailIntake::draft(later, d("2025-03-10"), {}).received == d("2025-03-10"));
    CHECK_FALSE(MailIntake::draft(later, d("2025-03-10"), {}).klaagschriftDated.isValid());

    const QList<MailIntake::Item> items = MailIntake::documentsOf(m);
    REQUIRE(items.size() == 4);
    CHECK(items.at(0).name == QStringLiteral("Klacht scootmobiel.msg"));
    CHECK(items.at(0).kind == DocumentKind::Email);
    CHECK(items.at(1).kind == DocumentKind::Attachment);
    CHECK(items.at(2).inlinePart);
    CHECK(items.at(3).kind == DocumentKind::Email);
}

TEST_CASE("registering an e-mail stores the case, its start in Oplossen and the chosen documents together") {
    Fixture f;
    const MailMessage m = sampleMail();
    Case c = MailIntake::draft(m, f.clock.today(), f.session->user());
    c.domain = PolicyDomain::Wmo;
    const Case stored = MailIntake::registerCase(*f.session, c, m, {0, 2}, nullptr);
    CHECK(stored.id > 0);
    CHECK(stored.phase == Phase::Informal);
    const QList<DocumentInfo> docs = DocumentRepository(f.session->database(), f.clock, {}).forCase(stored.id);
    REQUIRE(docs.size() == 3);
    CHECK(docs.at(0).name == QStringLiteral("Klacht scootmobiel.msg"));
    CHECK(docs.at(0).kind == DocumentKind::Email);
    CHECK(docs.at(0).received == stored.received);
    CHECK(docs.at(1).name == QStringLiteral("verslag.pdf"));
    CHECK(docs.at(1).parentId == docs.at(0).id);
    CHECK(docs.at(2).name == QStringLiteral("eerder.eml"));
    CHECK(docs.at(2).kind == DocumentKind::Email);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    DocumentRepository(f.session->database(), f.clock, {}).read(docs.at(0).id, out);
    CHECK(out.data() == QByteArray("ORIGINEEL-BERICHT"));
    // The message's text is searchable.
    CHECK(f.session->cases().search(QStringLiteral("teruggebeld scootmobiel")).first().id == stored.id);
}

TEST_CASE("an e-mail whose attachment is over the limit registers nothing at all") {
    Fixture f;
    MunicipalitySettings settings = f.session->settings();
    settings.documentLimitMegabytes = 1;
    f.session->saveSettings(settings);
    MailMessage m = sampleMail();
    m.attachments[0].data = payload(1024 * 1024 + 1, "GROOT");
    const qint64 cases = f.rows(QStringLiteral("SELECT count(*) FROM cases"));
    const qint64 audit = f.rows(QStringLiteral("SELECT count(*) FROM audit_log"));
    Case c = MailIntake::draft(m, f.clock.today(), f.session->user());
    try {
        MailIntake::registerCase(*f.session, c, m, {0, 1, 2}, nullptr);
        FAIL("an e-mail with a too large attachment was registered");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("verslag.pdf is groter dan 1,0 MB")));
    }
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM cases")) == cases);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM documents")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM document_chunks")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
    CHECK_THROWS_AS(MailIntake::registerCase(*f.session, c, m, {7}, nullptr), StorageError);
}
