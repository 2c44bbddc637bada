// Inzage (AVG): the cases of one klager found by name, e-mail or address; the JSON holds every field
// of exactly the confirmed cases and nothing of anybody else; the document lists the cases; the
// export is recorded in the audit trail.
#include "storagetestsupport.h"

#include "letters/letterstore.h"
#include "privacy/inzage.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Fixture {
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    FixedClock clock{testNow()};
    CaseRepository cases{*db, clock, QStringLiteral("fbakkali")};
    Inzage inzage{*db, clock, QStringLiteral("beheer")};

    Case stored(Case c) {
        c.reference.clear();
        cases.save(c);
        return c;
    }
};

QList<qint64> idsOf(const QList<InzageMatch>& matches) {
    QList<qint64> ids;
    for (const InzageMatch& m : matches)
        ids << m.id;
    return ids;
}

} // namespace

TEST_CASE("an inzageverzoek finds the klager's cases by name, e-mail or address, and nobody else's") {
    Fixture f;
    Case full = everyFieldCase();
    const Case first = f.stored(full);
    Case second = intakeCase(d("2025-02-03"), QStringLiteral("T. Özdemir-van der Berg"));
    second = f.stored(second);
    Case byMail = intakeCase(d("2025-02-10"), QStringLiteral("Tülay Ö."));
    byMail.klager.email = QStringLiteral("T.Ozdemir@example.nl");
    byMail = f.stored(byMail);
    const Case other = f.stored(intakeCase(d("2025-02-04"), QStringLiteral("De heer B. de Vries")));

    InzageQuery query;
    query.name = QStringLiteral("özdemir");
    CHECK(idsOf(f.inzage.find(query)) == QList<qint64>{first.id, second.id});
    query.email = QStringLiteral("t.ozdemir@example.nl ");
    CHECK(idsOf(f.inzage.find(query)) == QList<qint64>{first.id, second.id, byMail.id});
    InzageQuery byAddress;
    byAddress.address = QStringLiteral("lindelaan 7");
    CHECK(idsOf(f.inzage.find(byAddress)) == QList<qint64>{first.id});
    CHECK(f.inzage.find(InzageQuery{}).isEmpty());
    InzageQuery wildcard;
    wildcard.name = QStringLiteral("%");
    CHECK(f.inzage.find(wildcard).isEmpty());
    (void)other;
}

TEST_CASE("the inzage JSON holds every field, the timeline, parts, letters and audit rows of the chosen cases only") {
    Fixture f;
    const Case first = f.stored(everyFieldCase());
    const Case other = f.stored(intakeCase(d("2025-02-04"), QStringLiteral("De heer B. de Vries")));
    SentLetter letter;
    letter.caseId = first.id;
    letter.type = LetterType::Acknowledgement;
    letter.recipient = QStringLiteral("Mevrouw T. Özdemir");
    letter.letterDate = d("2024-11-06");
    letter.author = QStringLiteral("fbakkali");
    letter.html = QStringLiteral("Wij bevestigen.");
    LetterStore(*f.db, f.clock, QStringLiteral("fbakkali")).insert(letter); // recorded now, by the clock

    const QByteArray bytes = f.inzage.json({first.id});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray cases = doc.object().value(QStringLiteral("cases")).toArray();
    REQUIRE(cases.size() == 1);
    const QJsonObject c = cases.at(0).toObject();
    const QJsonObject fields = c.value(QStringLiteral("fields")).toObject();
    CHECK(fields.value(QStringLiteral("reference")).toString() == first.reference);
    CHECK(fields.value(QStringLiteral("klager_name")).toString() == first.klager.name);
    CHECK(fields.value(QStringLiteral("klager_address")).toString() == first.klager.address);
    CHECK(fields.value(QStringLiteral("klager_phone")).toString() == first.klager.phone);
    CHECK(fields.value(QStringLiteral("story")).toString() == first.story);
    CHECK(fields.value(QStringLiteral("conclusions")).toString() == first.conclusions);
    CHECK(fields.value(QStringLiteral("received")).toString() == QStringLiteral("2024-11-04"));
    CHECK(fields.size() >= 40);
    CHECK(c.value(QStringLiteral("themes")).toArray().size() == 2);
    CHECK(c.value(QStringLiteral("parts")).toArray().size() == 3);
    CHECK(c.value(QStringLiteral("timeline")).toArray().size() == first.events.size());
    // The letter as the letter store keeps it, every field.
    const QJsonObject sent = c.value(QStringLiteral("letters")).toArray().at(0).toObject();
    CHECK(sent.value(QStringLiteral("type")).toString() == LetterTypes::code(LetterType::Acknowledgement));
    CHECK(sent.value(QStringLiteral("recipient")).toString() == QStringLiteral("Mevrouw T. Özdemir"));
    CHECK(sent.value(QStringLiteral("letter_date")).toString() == QStringLiteral("2024-11-06"));
    CHECK(sent.value(QStringLiteral("created_at")).toString() == testNow().toUTC().toString(Qt::ISODateWithMs));
    CHECK(sent.value(QStringLiteral("author")).toString() == QStringLiteral("fbakkali"));
    CHECK(sent.value(QStringLiteral("body")).toString() == QStringLiteral("Wij bevestigen."));
    CHECK_FALSE(c.value(QStringLiteral("audit")).toArray().isEmpty());
    CHECK_FALSE(bytes.contains(other.reference.toUtf8()));
    CHECK_FALSE(bytes.contains("de Vries"));
}

TEST_CASE("the inzage document lists each chosen case, and the export is recorded per case") {
    Fixture f;
    const Case a = f.stored(everyFieldCase());
    const Case b = f.stored(intakeCase(d("2025-02-03"), QStringLiteral("Mevrouw T. Özdemir-Van der Berg")));
    const PrintJob job = f.inzage.document({a.id, b.id}, QStringLiteral("Gemeente Voorbeeld"));
    CHECK(job.layout == PrintJob::Layout::Report);
    CHECK(job.html.contains(a.reference));
    CHECK(job.html.contains(b.reference));
    CHECK(job.html.contains(QStringLiteral("in 2 klachtza"))); // "klachtzaken" once the catalogue is loaded
    CHECK(job.html.contains(QStringLiteral("Lindelaan 7<br>1234 AB Voorbeeld")));
    CHECK(job.html.contains(QStringLiteral("&quot;gewoon&quot;")));
    f.inzage.record({a.id, b.id}, QStringLiteral("pdf"));
    for (qint64 id : {a.id, b.id}) {
        const AuditEntry last = AuditLog(*f.db).forCase(id).constLast();
        CHECK(last.action == QStringLiteral("inzage"));
        CHECK(last.user == QStringLiteral("beheer"));
        CHECK(last.newValue == QStringLiteral("pdf"));
    }
}

TEST_CASE("the inzage lists the documents of the case file with their size and checksum") {
    Fixture f;
    const Case c = f.stored(everyFieldCase());
    QByteArray scan = "%PDF-1.4 klaagschrift";
    QBuffer buffer(&scan);
    buffer.open(QIODevice::ReadOnly);
    NewDocument d;
    d.caseId = c.id;
    d.name = QStringLiteral("klaagschrift Özdemir.pdf");
    d.kind = DocumentKind::ComplaintLetter;
    d.received = QDate(2024, 11, 4);
    const DocumentInfo stored =
        DocumentRepository(*f.db, f.clock, QStringLiteral("fbakkali")).add(d, buffer, 50 * 1024 * 1024);
    const QJsonArray documents = QJsonDocument::fromJson(f.inzage.json({c.id}))
                                     .object()
                                     .value(QStringLiteral("cases"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("documents"))
                                     .toArray();
    REQUIRE(documents.size() == 1);
    const QJsonObject doc = documents.at(0).toObject();
    CHECK(doc.value(QStringLiteral("name")).toString() == d.name);
    CHECK(doc.value(QStringLiteral("kind")).toString() == QStringLiteral("complaint"));
    CHECK(doc.value(QStringLiteral("size")).toInteger() == scan.size());
    CHECK(doc.value(QStringLiteral("sha256")).toString() == stored.sha256);
    CHECK(f.inzage.document({c.id}, QStringLiteral("Gemeente Tafeldam"))
              .html.contains(QStringLiteral("klaagschrift Özdemir.pdf")));
}
