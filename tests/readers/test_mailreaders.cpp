// The e-mail readers on messages shaped like real mail (tests/data/mail, made by make-samples.py and
// make-msg.cpp): quoted-printable and base64 bodies, Windows-1252 and UTF-8, RFC 2047 and RFC 2231
// names, HTML only, inline images, nested forwards, an Outlook .msg with attachments and an embedded
// message, and broken messages that must be refused with a Dutch reason.
#include "testsupport.h"

#include "documents/mailmessage.h"
#include "readers/documenttextreader.h"
#include "readers/htmltext.h"
#include "readers/mailfilereader.h"
#include "readers/mimemessagereader.h"

#include <QProcess>
#include <QTimeZone>

namespace {

QString mailPath(const char* name) {
    return QStringLiteral(AANTAFEL_TEST_DATA "/mail/") + QString::fromLatin1(name);
}

MailReader::Result read(const char* name) {
    return MailFileReader().readFile(mailPath(name), 50 * 1024 * 1024);
}

const MailAttachment* named(const MailMessage& m, const QString& name) {
    for (const MailAttachment& a : m.attachments) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a Windows-1252 quoted-printable message gives sender, date, subject and body in proper text") {
    const MailReader::Result r = read("qp-windows1252.eml");
    REQUIRE(r.ok());
    const MailMessage& m = r.message;
    CHECK(m.fromName == QStringLiteral("José van der Berg")); // RFC 2047, ISO-8859-1
    CHECK(m.fromAddress == QStringLiteral("jose.vanderberg@example.nl"));
    CHECK(m.subject == QStringLiteral("Klacht over de scootmobiel – niet teruggebeld")); // RFC 2047, UTF-8 base64
    // Tue 4 Mar 2025 14:32:10 +0100 is 13:32:10 UTC.
    CHECK(m.date.toUTC() == QDateTime(d("2025-03-04"), QTime(13, 32, 10), QTimeZone::utc()));
    CHECK(m.body.contains(QStringLiteral("€ 19,50 per maand betaal ik wél")));
    CHECK(m.body.contains(QStringLiteral("José van der Berg")));
    CHECK(m.attachments.isEmpty());
    CHECK(m.original == readFile(mailPath("qp-windows1252.eml")));
    CHECK(m.originalMediaType == QStringLiteral("message/rfc822"));
}

TEST_CASE("a UTF-8 base64 body comes with its attachments, names decoded by RFC 2231") {
    const MailReader::Result r = read("base64-utf8-attachments.eml");
    REQUIRE(r.ok());
    const MailMessage& m = r.message;
    CHECK(m.fromName == QStringLiteral("Özlem Yıldız")); // raw UTF-8 in the header, as some programs send it
    CHECK(m.body.startsWith(QStringLiteral("Beste medewerker,")));
    CHECK(m.body.contains(QStringLiteral("Özlem Yıldız")));
    REQUIRE(m.attachments.size() == 2);
    const MailAttachment* pdf = named(m, QStringLiteral("verslag gesprek één.pdf"));
    REQUIRE(pdf);
    CHECK(pdf->mediaType == QStringLiteral("application/pdf"));
    CHECK(pdf->data == readFile(mailPath("parts/verslag.pdf"))); // base64 undone byte for byte
    CHECK_FALSE(pdf->inlinePart);
    const MailAttachment* photo = named(m, QStringLiteral("foto brief.png"));
    REQUIRE(photo);
    CHECK(photo->data == readFile(mailPath("parts/foto.png")));
}

TEST_CASE("an HTML-only message becomes readable text without style, script or tags") {
    const MailReader::Result r = read("html-only.eml");
    REQUIRE(r.ok());
    const QString body = r.message.body;
    CHECK(body.startsWith(QStringLiteral("Geachte heer/mevrouw,\n\nAan de balie werd ik")));
    CHECK(body.contains(QStringLiteral("naar mijn bijstandsuitkering vroeg.\nDit wil ik niet nog eens meemaken.")));
    CHECK(body.contains(QStringLiteral("• Datum: 4 maart\n• Tijd: 10.15 uur")));
    CHECK(body.contains(QStringLiteral("Pieter Bakker—Dorpsstraat 3")));
    CHECK_FALSE(body.contains(QStringLiteral("color")));
    CHECK_FALSE(body.contains(QStringLiteral("alert")));
    CHECK_FALSE(body.contains(u'<'));
}

TEST_CASE("with plain and HTML the plain body is taken, an inline image is marked inline, an attachment not") {
    const MailReader::Result r = read("inline-image.eml");
    REQUIRE(r.ok());
    const MailMessage& m = r.message;
    CHECK(m.body == QStringLiteral("Mijn pgb is al twee maanden niet uitbetaald.\nGroet, Anna de Vries"));
    REQUIRE(m.attachments.size() == 2);
    CHECK(m.attachments.at(0).inlinePart);
    CHECK(m.attachments.at(0).name == QStringLiteral("logo.png")); // named after its Content-ID
    CHECK(m.attachments.at(0).mediaType == QStringLiteral("image/png"));
    CHECK_FALSE(m.attachments.at(1).inlinePart);
    CHECK(m.attachments.at(1).name == QStringLiteral("afschrift.png"));
}

TEST_CASE("a forward of a forward keeps the forwarded message whole and its text in the body") {
    const MailReader::Result r = read("nested-forward.eml");
    REQUIRE(r.ok());
    const MailMessage& m = r.message;
    CHECK(m.fromAddress == QStringLiteral("coordinator@voorbeeld.nl"));
    CHECK(m.body.startsWith(QStringLiteral("Graag als klacht registreren.")));
    // Both levels are in the story, the resident's own words included.
    CHECK(m.body.contains(QStringLiteral("Van: Wijkteam Zuid <wijkteam@voorbeeld.nl>")));
    CHECK(m.body.contains(QStringLiteral("Dit hoort bij klachten, denk ik.")));
    CHECK(m.body.contains(QStringLiteral("Van: Fatima Bakkali <f.bakkali@example.nl>")));
    CHECK(m.body.contains(QStringLiteral("Al zes weken wacht ik op een besluit")));
    REQUIRE(m.attachments.size() == 1);
    const MailAttachment& forwarded = m.attachments.first();
    CHECK(forwarded.forwarded);
    CHECK(forwarded.mediaType == QStringLiteral("message/rfc822"));
    CHECK(forwarded.name == QStringLiteral("Fwd: Jeugdhulp voor mijn zoon.eml"));
    // The forwarded message is a message again, with the innermost one and its attachment in it.
    const MailReader::Result inner = MailFileReader().read(forwarded.name, forwarded.data);
    REQUIRE(inner.ok());
    CHECK(inner.message.fromName == QStringLiteral("Wijkteam Zuid"));
    REQUIRE(inner.message.attachments.size() == 1);
    const MailReader::Result innermost =
        MailFileReader().read(QStringLiteral("x.eml"), inner.message.attachments.first().data);
    REQUIRE(innermost.ok());
    REQUIRE(innermost.message.attachments.size() == 1);
    CHECK(innermost.message.attachments.first().data == readFile(mailPath("parts/verslag.pdf")));
}

TEST_CASE("an Outlook message gives sender, time, body and attachments, an embedded message as e-mail") {
    const MailReader::Result r = read("outlook-attachments.msg");
    REQUIRE(r.ok());
    const MailMessage& m = r.message;
    CHECK(m.subject == QStringLiteral("Klacht over de Wmo-consulent – geen reactie"));
    CHECK(m.fromName == QStringLiteral("Hendrika de Wit-Ëlzinga"));
    CHECK(m.fromAddress == QStringLiteral("h.dewit@example.nl")); // the SMTP address, not the Exchange name
    // PR_CLIENT_SUBMIT_TIME 2025-03-10 10:30:00 UTC.
    CHECK(m.date.toUTC() == QDateTime(d("2025-03-10"), QTime(10, 30), QTimeZone::utc()));
    CHECK(m.body.startsWith(QStringLiteral("Geachte heer, mevrouw,\n\nSinds januari wacht ik")));
    CHECK_FALSE(m.body.contains(u'\r'));
    CHECK(m.originalMediaType == QStringLiteral("application/vnd.ms-outlook"));
    REQUIRE(m.attachments.size() == 3);
    CHECK(m.attachments.at(0).name == QStringLiteral("verslag keukentafelgesprek.pdf"));
    CHECK(m.attachments.at(0).data == readFile(mailPath("parts/verslag.pdf")));
    CHECK_FALSE(m.attachments.at(0).inlinePart);
    CHECK(m.attachments.at(1).name == QStringLiteral("image001.png"));
    CHECK(m.attachments.at(1).inlinePart);
    const MailAttachment& embedded = m.attachments.at(2);
    CHECK(embedded.forwarded);
    CHECK(embedded.name == QStringLiteral("Hulp voor mevrouw De Wit.eml"));
    const MailReader::Result inner = MailFileReader().read(embedded.name, embedded.data);
    REQUIRE(inner.ok());
    CHECK(inner.message.fromAddress == QStringLiteral("gerda.smit@example.nl"));
    CHECK(inner.message.body == QStringLiteral("Mijn buurvrouw krijgt al weken geen hulp meer."));
    REQUIRE(inner.message.attachments.size() == 1);
    CHECK(inner.message.attachments.first().data == readFile(mailPath("parts/verslag.pdf")));
}

TEST_CASE("the sample Outlook message is exactly what its generator writes") {
    TempDir dir;
    const QString out = dir.path(QStringLiteral("again.msg"));
    QProcess generator;
    generator.start(QStringLiteral(AANTAFEL_MAKE_TEST_MSG), {mailPath("parts"), out});
    REQUIRE(generator.waitForFinished(30000));
    REQUIRE(generator.exitCode() == 0);
    CHECK(readFile(out) == readFile(mailPath("outlook-attachments.msg")));
}

TEST_CASE("broken messages are refused with a Dutch reason") {
    struct Broken {
        const char* file;
        const char* reason;
    };
    for (const Broken& b :
         {Broken{"broken-empty.eml", "is leeg"}, Broken{"broken-no-headers.eml", "geen kopregels van een e-mail"},
          Broken{"broken-truncated.eml", "afgebroken"}, Broken{"broken-not-outlook.msg", "geen Outlook-bestand"},
          Broken{"broken-compound.msg", "beschadigd of onvolledig"}}) {
        INFO(b.file);
        const MailReader::Result r = read(b.file);
        CHECK_FALSE(r.ok());
        CHECK(r.error.contains(QString::fromUtf8(b.reason)));
        CHECK(r.error.contains(QStringLiteral("Er is niets geregistreerd")));
        CHECK(r.message == MailMessage{});
    }
}

TEST_CASE("a message over the size limit is refused before it is read") {
    const MailReader::Result r = MailFileReader().readFile(mailPath("base64-utf8-attachments.eml"), 1000);
    CHECK_FALSE(r.ok());
    CHECK(r.error.contains(QStringLiteral("hoogstens 0,0 MB")));
}

TEST_CASE("a message written for an embedded Outlook message reads back the same") {
    MailMessage m;
    m.fromName = QStringLiteral("Gerda Smit");
    m.fromAddress = QStringLiteral("gerda.smit@example.nl");
    m.subject = QStringLiteral("Hulp – dringend");
    m.date = QDateTime(d("2025-03-07"), QTime(11, 0), QTimeZone(3600));
    m.body = QStringLiteral("Regel één\nRegel twee");
    m.attachments.append(
        {QStringLiteral("één.pdf"), QStringLiteral("application/pdf"), QByteArray("%PDF-1.4 x"), false, false});
    const MailReader::Result back = MailFileReader().read(QStringLiteral("x.eml"), MimeMessageReader::compose(m));
    REQUIRE(back.ok());
    CHECK(back.message.fromName == m.fromName);
    CHECK(back.message.fromAddress == m.fromAddress);
    CHECK(back.message.subject == m.subject);
    CHECK(back.message.date == m.date);
    CHECK(back.message.body == m.body);
    REQUIRE(back.message.attachments.size() == 1);
    CHECK(back.message.attachments.first().name == m.attachments.first().name);
    CHECK(back.message.attachments.first().data == m.attachments.first().data);
}

TEST_CASE("the text of a PDF, of an e-mail and of HTML is extracted for the search") {
    const DocumentTextReader reader;
    const QString pdf = reader.fromFile(mailPath("parts/verslag.pdf"), QStringLiteral("application/pdf"));
    CHECK(pdf.contains(QStringLiteral("Verslag hoorzitting klacht scootmobiel")));
    CHECK(reader.fromData(readFile(mailPath("parts/verslag.pdf")), QStringLiteral("application/pdf")) == pdf);
    const QString mail =
        reader.fromData(readFile(mailPath("outlook-attachments.msg")), QStringLiteral("application/vnd.ms-outlook"));
    CHECK(mail.contains(QStringLiteral("herindicatie")));
    CHECK(reader.fromData("<p>Hallo&nbsp;<b>wereld</b></p>", QStringLiteral("text/html")) ==
          QStringLiteral("Hallo wereld"));
    // Damaged or foreign data has no text, and says nothing.
    CHECK(reader.fromData("%PDF-1.4 kapot", QStringLiteral("application/pdf")).isEmpty());
    CHECK(reader.fromData(readFile(mailPath("parts/foto.png")), QStringLiteral("image/png")).isEmpty());
}

TEST_CASE("HTML to text keeps paragraphs, breaks and list items and drops the rest") {
    CHECK(HtmlText::toPlainText("<p>Een</p><p>Twee<br>Drie</p>") == QStringLiteral("Een\n\nTwee\nDrie"));
    CHECK(HtmlText::toPlainText("<ol><li>a</li><li>b</li></ol>") == QStringLiteral("• a\n• b"));
    CHECK(HtmlText::toPlainText("<div>x   y\n z</div>") == QStringLiteral("x y z"));
    CHECK(HtmlText::toPlainText("<pre>a\n  b</pre>") == QStringLiteral("a\n  b"));
    CHECK(HtmlText::toPlainText("").isEmpty());
    CHECK(HtmlText::toPlainText("<html><head><title>t</title></head><body>ok</body></html>") == QStringLiteral("ok"));
}
