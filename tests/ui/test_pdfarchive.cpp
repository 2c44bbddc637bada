// Letters and the yearly report are archive-grade: PDF/A-1b with the identification in the XMP
// metadata (pdfaid part 1, conformance B), the title, the municipality as author and the kenmerk, every
// font embedded, and a file qpdf finds sound. A sent letter is stored as the PDF that went out, with its
// SHA-256, beside the HTML.
#include "letterfixture.h"
#include "pdftools.h"
#include "testsupport.h"

#include "letters/lettersender.h"
#include "print/letterpdfwriter.h"
#include "print/pdfarchive.h"
#include "print/reportpdfwriter.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTimeZone>

namespace {

// The exit code of a program, -1 when it did not run.
int exitCode(const QString& program, const QStringList& args, QString* output = nullptr) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return -1;
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitCode();
}

// Every font pdffonts lists is embedded ("emb" column yes); false when it lists none.
bool fontsEmbedded(const QString& pdf) {
    QString out;
    REQUIRE(exitCode(QStringLiteral("pdffonts"), {pdf}, &out) == 0);
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    if (lines.isEmpty())
        return false;
    for (const QString& line : lines) {
        // name type encoding emb sub uni object ID: emb is the fourth field from the end but three.
        const QStringList fields = line.simplified().split(u' ');
        if (fields.size() < 7 || fields.at(fields.size() - 5) != QLatin1String("yes"))
            return false;
    }
    return true;
}

void checkArchiveGrade(const QString& pdf, const QString& title, const QString& author, const QString& subject) {
    CHECK(exitCode(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}) == 0);
    CHECK(fontsEmbedded(pdf));
    const QByteArray bytes = readFile(pdf);
    CHECK(bytes.contains("<pdfaid:part>1</pdfaid:part>"));
    CHECK(bytes.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
    CHECK(bytes.contains(QByteArray("<rdf:li xml:lang=\"x-default\">" + title.toUtf8() + "</rdf:li>")));
    CHECK(bytes.contains(
        QByteArray("<dc:creator><rdf:Seq><rdf:li>" + author.toUtf8() + "</rdf:li></rdf:Seq></dc:creator>")));
    CHECK(bytes.contains(QByteArray("<pdf:Keywords>" + subject.toUtf8() + "</pdf:Keywords>")));
    CHECK(bytes.contains("/OutputIntents")); // sRGB, which PDF/A requires for colour
    CHECK(PdfTools::info(pdf, QStringLiteral("Title")) == title);
}

} // namespace

TEST_CASE("a letter is written as PDF/A-1b with title, municipality and kenmerk, every font embedded") {
    LetterFixture f;
    const Case c = f.formalCase();
    const ComposedLetter letter = LetterComposer(*f.session).compose(c, LetterType::Acknowledgement, f.clock.today());
    const QString pdf = f.dir.path(QStringLiteral("brief.pdf"));
    REQUIRE(LetterPdfWriter().write(letter.job, pdf).isEmpty());
    checkArchiveGrade(pdf, QStringLiteral("Ontvangstbevestiging ") + c.reference, f.session->settings().name,
                      c.reference);
}

TEST_CASE("a sent letter is stored as the PDF/A that went out, with its SHA-256, beside its HTML") {
    LetterFixture f;
    const Case c = f.formalCase();
    const ComposedLetter letter = LetterComposer(*f.session).compose(c, LetterType::Acknowledgement, f.clock.today());
    REQUIRE(letter.mayFinalise());
    LetterPdfWriter writer;
    const SentLetter sent = LetterSender(*f.session).send(letter, nullptr, &writer);
    LetterStore store(f.session->database(), f.clock, LetterFixture::user());
    const QByteArray pdf = store.pdfOf(sent.id);
    REQUIRE(pdf.startsWith("%PDF-1.4"));
    CHECK(pdf.contains("<pdfaid:part>1</pdfaid:part>"));
    CHECK(sent.pdfSha256 == QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    const QList<SentLetter> listed = store.lettersOf(c.id);
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().pdfSha256 == sent.pdfSha256);
    CHECK(listed.first().html == letter.html);
    CHECK(listed.first().pdf.isEmpty()); // the bytes only through pdfOf
}

TEST_CASE("the yearly report is written as PDF/A-1b with the municipality as author") {
    TempDir dir;
    PrintJob job;
    job.layout = PrintJob::Layout::Report;
    job.title = QStringLiteral("Klachtenjaarverslag 2025");
    job.author = QStringLiteral("Gemeente Tafeldam");
    job.subject = QStringLiteral("2025");
    job.html = QStringLiteral("<h1>Klachtenjaarverslag 2025</h1><p>In 2025 kwamen 42 klachten binnen.</p>");
    const QString pdf = dir.path(QStringLiteral("verslag.pdf"));
    REQUIRE(ReportPdfWriter().write(job, pdf).isEmpty());
    checkArchiveGrade(pdf, job.title, job.author, job.subject);
}

TEST_CASE("the XMP metadata escapes what the municipality's name may hold") {
    PrintJob job;
    job.title = QStringLiteral("Brief <1> & \"2\"");
    job.author = QStringLiteral("Gemeente Zaanstad & Co");
    const QByteArray xmp =
        PdfArchive::xmp(job, QStringLiteral("Aan Tafel"), QDateTime(d("2025-03-10"), QTime(9, 0), QTimeZone::utc()));
    CHECK(xmp.contains("Brief &lt;1&gt; &amp; &quot;2&quot;"));
    CHECK(xmp.contains("Gemeente Zaanstad &amp; Co"));
    CHECK(xmp.contains("<xmp:CreateDate>2025-03-10T09:00:00Z</xmp:CreateDate>"));
    CHECK_FALSE(xmp.contains("<pdf:Keywords>")); // no kenmerk, no keywords
}
