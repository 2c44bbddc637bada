// The letter PDF writer on hand-made print jobs: A4, the footer on every page, "pagina N van M"
// from page two, the logo on the first page only, body images by name; a place that cannot be
// written gives a Dutch reason and no file; the printer path draws the same pages.
#include "pdftools.h"
#include "testsupport.h"

#include "print/letterpdfwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPrinter>

namespace {

const QString Footer = QStringLiteral("Gemeente Tafeldam · Postbus 10 · 1234 AB Tafeldam · 14 0123");

QByteArray png(QSize size, QColor color) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A letter with `paragraphs` paragraphs of text between the salutation and the signature image.
PrintJob letter(int paragraphs) {
    PrintJob job;
    job.layout = PrintJob::Layout::Letter;
    job.title = QStringLiteral("Ontvangstbevestiging KL-2025-0042");
    job.footer = Footer;
    job.images.insert(QStringLiteral("logo"), png({600, 200}, QColor(0x1f, 0x4e, 0x79)));
    job.images.insert(QStringLiteral("handtekening"), png({300, 90}, QColor(0x33, 0x33, 0x33)));
    QString html = QStringLiteral("<p>Mevrouw A. Jansen<br>Dorpsstraat 1<br>1234 AB Tafeldam</p>"
                                  "<p>Kenmerk: KL-2025-0042</p><p>Geachte mevrouw Jansen,</p>");
    for (int i = 1; i <= paragraphs; ++i)
        html += QStringLiteral("<p>Alinea %1. Wij hebben uw klacht over de huishoudelijke hulp goed ontvangen en "
                               "nemen binnen vijf werkdagen contact met u op om te horen wat u wilt bereiken.</p>")
                    .arg(i);
    html += QStringLiteral("<p>Met vriendelijke groet,</p><p><img src=\"handtekening\" width=\"150\"></p>"
                           "<p>Fatima Bakkali<br>klachtbehandelaar</p>");
    job.html = html;
    return job;
}

} // namespace

TEST_CASE("A letter of three pages is A4 with the footer on every page and page numbers from page two", "[letterpdf]") {
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("brief.pdf"));
    LetterPdfWriter writer;
    REQUIRE(writer.write(letter(40), pdf).isEmpty());

    REQUIRE(PdfTools::pageCount(pdf) == 3);
    CHECK(PdfTools::info(pdf, QStringLiteral("Page size")).contains(QLatin1String("(A4)")));
    CHECK(PdfTools::info(pdf, QStringLiteral("Title")) == QLatin1String("Ontvangstbevestiging KL-2025-0042"));

    const QString first = PdfTools::flatText(pdf, 1, 1);
    CHECK(first.contains(QLatin1String("Mevrouw A. Jansen Dorpsstraat 1 1234 AB Tafeldam")));
    CHECK(first.contains(QLatin1String("Kenmerk: KL-2025-0042")));
    CHECK(first.contains(QLatin1String("Alinea 1.")));
    CHECK_FALSE(first.contains(QLatin1String("pagina")));
    for (int page = 1; page <= 3; ++page) {
        INFO("page " << page);
        CHECK(PdfTools::flatText(pdf, page, page).contains(Footer));
    }
    CHECK(PdfTools::flatText(pdf, 2, 2).contains(QLatin1String("pagina 2 van 3")));
    CHECK(PdfTools::flatText(pdf, 3, 3).contains(QLatin1String("pagina 3 van 3")));
    CHECK(PdfTools::flatText(pdf, 3, 3).contains(QLatin1String("Met vriendelijke groet, Fatima Bakkali")));

    // Every paragraph is printed once: the cut between pages loses and repeats nothing.
    const QString all = PdfTools::flatText(pdf);
    for (int i = 1; i <= 40; ++i) {
        INFO("paragraph " << i);
        CHECK(all.count(QStringLiteral("Alinea %1.").arg(i)) == 1);
    }
}

TEST_CASE("The logo is drawn on the first page only and body images are found by name", "[letterpdf]") {
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("brief.pdf"));
    REQUIRE(LetterPdfWriter().write(letter(40), pdf).isEmpty());
    // The logo in the letterhead of page 1, the signature image at the end of the letter on page 3.
    CHECK(PdfTools::imagePages(pdf) == QList<int>{1, 3});

    PrintJob withoutLogo = letter(2);
    withoutLogo.images.remove(QStringLiteral("logo"));
    REQUIRE(LetterPdfWriter().write(withoutLogo, pdf).isEmpty());
    CHECK(PdfTools::imagePages(pdf) == QList<int>{1});
}

TEST_CASE("A letterhead that places the logo itself gets it once", "[letterpdf]") {
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("brief.pdf"));
    PrintJob job = letter(2);
    job.html.prepend(QStringLiteral("<table width=\"100%\"><tr><td><img src=\"logo\" height=\"64\"></td>"
                                    "<td align=\"right\"><b>Gemeente Tafeldam</b></td></tr></table>"));
    REQUIRE(LetterPdfWriter().write(job, pdf).isEmpty());
    CHECK(PdfTools::imagePages(pdf) == QList<int>{1, 1}); // the logo and the signature, no second logo
    CHECK(PdfTools::flatText(pdf).startsWith(QLatin1String("Gemeente Tafeldam Mevrouw A. Jansen")));
}

TEST_CASE("A letter in two copies numbers each copy by itself and heads each with the logo", "[letterpdf]") {
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("verdaging.pdf"));
    PrintJob job = letter(25); // two pages
    job.images.remove(QStringLiteral("handtekening"));
    job.html.remove(QStringLiteral("<p><img src=\"handtekening\" width=\"150\"></p>"));
    // The second copy as the composer writes it: a division that starts on a new page, with a table.
    job.html = QStringLiteral("<div>") + job.html +
               QStringLiteral("</div><div style=\"page-break-before: always\"><table width=\"100%\"><tr><td>"
                              "Tweede exemplaar</td></tr></table>") +
               letter(25).html.remove(QStringLiteral("<p><img src=\"handtekening\" width=\"150\"></p>")) +
               QStringLiteral("</div>");
    REQUIRE(LetterPdfWriter().write(job, pdf).isEmpty());
    REQUIRE(PdfTools::pageCount(pdf) == 4);
    CHECK_FALSE(PdfTools::flatText(pdf, 1, 1).contains(QLatin1String("pagina")));
    CHECK(PdfTools::flatText(pdf, 2, 2).contains(QLatin1String("pagina 2 van 2")));
    CHECK(PdfTools::flatText(pdf, 3, 3).startsWith(QLatin1String("Tweede exemplaar")));
    CHECK_FALSE(PdfTools::flatText(pdf, 3, 3).contains(QLatin1String("pagina")));
    CHECK(PdfTools::flatText(pdf, 4, 4).contains(QLatin1String("pagina 2 van 2")));
    CHECK(PdfTools::imagePages(pdf) == QList<int>{1, 3});
}

TEST_CASE("A letter that fits on one page has no page number", "[letterpdf]") {
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("brief.pdf"));
    REQUIRE(LetterPdfWriter().write(letter(3), pdf).isEmpty());
    CHECK(PdfTools::pageCount(pdf) == 1);
    CHECK_FALSE(PdfTools::flatText(pdf).contains(QLatin1String("pagina")));
    CHECK(PdfTools::flatText(pdf).contains(Footer));
}

TEST_CASE("A PDF that cannot be written gives a Dutch reason and leaves no file", "[letterpdf]") {
    TempDir dir;
    LetterPdfWriter writer;

    const QString noFolder = dir.path(QStringLiteral("bestaat-niet/brief.pdf"));
    const QString message = writer.write(letter(2), noFolder);
    CHECK(message.contains(QLatin1String("kan niet worden opgeslagen")));
    CHECK(message.contains(QLatin1String("bestaat niet")));
    CHECK_FALSE(QFileInfo::exists(noFolder));

    // A file where the folder should be.
    const QString notAFolder = dir.path(QStringLiteral("notitie.txt"));
    QFile note(notAFolder);
    REQUIRE(note.open(QIODevice::WriteOnly));
    note.write("aantekening");
    note.close();
    CHECK(writer.write(letter(2), notAFolder + QStringLiteral("/brief.pdf")).contains(QLatin1String("geen map")));

    const QString folder = dir.path(QStringLiteral("map.pdf"));
    REQUIRE(QDir().mkdir(folder));
    CHECK(writer.write(letter(2), folder).contains(QLatin1String("map met die naam")));

    CHECK(writer.write(letter(2), QString()) == QLatin1String("Er is geen bestandsnaam voor de PDF opgegeven."));
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("notitie.txt")});
}

TEST_CASE("Writing over an existing PDF replaces it whole and leaves no temporary file", "[letterpdf]") {
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("brief.pdf"));
    LetterPdfWriter writer;
    REQUIRE(writer.write(letter(40), pdf).isEmpty());
    REQUIRE(PdfTools::pageCount(pdf) == 3);
    REQUIRE(writer.write(letter(2), pdf).isEmpty());
    CHECK(PdfTools::pageCount(pdf) == 1);
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("brief.pdf")});
}

TEST_CASE("Printing draws the same pages as the PDF", "[letterpdf]") {
    TempDir dir;
    const QString printed = dir.path(QStringLiteral("afdruk.pdf"));
    const QString written = dir.path(QStringLiteral("brief.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::Letter)); // the handler picked another paper: a letter stays A4
    REQUIRE(LetterPdfWriter::print(letter(40), printer).isEmpty());
    REQUIRE(LetterPdfWriter().write(letter(40), written).isEmpty());

    CHECK(PdfTools::pageCount(printed) == 3);
    CHECK(PdfTools::info(printed, QStringLiteral("Page size")).contains(QLatin1String("(A4)")));
    for (int page = 1; page <= 3; ++page) {
        INFO("page " << page);
        CHECK(PdfTools::flatText(printed, page, page) == PdfTools::flatText(written, page, page));
    }
}
