// The document font: the Liberation Sans the program carries, or the municipality's house font where
// it is installed; the letters, the yearly report and the letter dialog use it; and the letterhead's
// label column is measured in it, so that a wide font does not break "Behandeld door" over two lines.
#include "letterfixture.h"
#include "pdftools.h"

#include "admin/housefontdialog.h"
#include "cli/cli.h"
#include "letters/letterdialog.h"
#include "print/labelcolumns.h"
#include "print/letterfont.h"
#include "print/letterlayout.h"
#include "print/letterpdfwriter.h"
#include "print/reportpdfwriter.h"
#include "shell/housefontfield.h"
#include "storage/municipalitysettings.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>
#include <QTextTable>

namespace {

// A monospaced face, much wider than Liberation Sans: "Behandeld door" at 10.5 pt measures about
// 14 × 0.6 em = 88 pt = 118 CSS pixels, more than the 110 the shipped templates give the label column.
// From fonts-dejavu-core (TEST_PACKAGES).
const QString WideFont = QStringLiteral("DejaVu Sans Mono");
const QString AbsentFont = QStringLiteral("Gemeente Huisletter Nergens Geinstalleerd");

void setHouseFont(LetterFixture& f, const QString& family) {
    MunicipalitySettings settings = f.session->settings();
    settings.houseFont = family;
    f.session->saveSettings(settings);
}

struct Written {
    int code = -1;
    QString err;
    QString pdf;
};

Written writeLetter(LetterFixture& f, const Case& c) {
    Written w;
    w.pdf = f.dir.path(QStringLiteral("ontvangstbevestiging.pdf"));
    QString out;
    QTextStream outStream(&out);
    QTextStream errStream(&w.err);
    LetterPdfWriter writer;
    w.code =
        Cli::run({QStringLiteral("letter"), f.path, QStringLiteral("--case"), c.reference, QStringLiteral("--type"),
                  QStringLiteral("ontvangstbevestiging"), QStringLiteral("--pdf"), w.pdf},
                 outStream, errStream, f.clock, CliServices{&writer, nullptr});
    errStream.flush();
    return w;
}

// The lines of the PDF as laid out, each with its runs of white space made single.
QStringList lines(const QString& pdf) {
    QStringList result;
    for (const QString& line : PdfTools::text(pdf).split(u'\n'))
        result << line.simplified();
    return result;
}

bool allBundled(const QStringList& fonts) {
    for (const QString& font : fonts) {
        if (!font.startsWith(QLatin1String("LiberationSans")))
            return false;
    }
    return !fonts.isEmpty();
}

} // namespace

TEST_CASE("The program carries Liberation Sans and documents use it when no house font is set", "[letterfont]") {
    REQUIRE(LetterFont::registerBundled());
    CHECK(QFontDatabase::hasFamily(LetterFont::bundledFamily()));
    CHECK(LetterFont::family({}) == QLatin1String("Liberation Sans"));
    const QFont font = LetterFont::font({}, 10.5);
    CHECK(QFontInfo(font).family() == QLatin1String("Liberation Sans"));
    CHECK(font.pointSizeF() == 10.5);
    CHECK(LetterFont::fallbackNote({}).isEmpty());
    // Bold and italic are carried too, so a letter's <b> and <i> do not fall back to another family.
    CHECK(QFontDatabase::styles(LetterFont::bundledFamily()).size() >= 4);
}

TEST_CASE("An installed house font is used — one that is not installed gives the bundled font and a note",
          "[letterfont]") {
    REQUIRE(QFontDatabase::hasFamily(WideFont));
    CHECK(LetterFont::family(WideFont) == WideFont);
    CHECK(QFontInfo(LetterFont::font(WideFont, 10.5)).family() == WideFont);
    CHECK(LetterFont::fallbackNote(WideFont).isEmpty());

    CHECK(LetterFont::family(AbsentFont) == LetterFont::bundledFamily());
    const QString note = LetterFont::fallbackNote(AbsentFont);
    CHECK(note.contains(AbsentFont));
    CHECK(note.contains(QStringLiteral("niet geïnstalleerd")));
    CHECK(note.contains(LetterFont::bundledFamily()));
}

TEST_CASE("A letter PDF embeds only the bundled Liberation Sans", "[letterfont][letterpdf]") {
    LetterFixture f;
    const Case c = f.stored(LetterFixture::klaagschrift());
    const Written w = writeLetter(f, c);
    INFO(w.err.toStdString());
    REQUIRE(w.code == Cli::Ok);
    const QStringList fonts = PdfTools::fonts(w.pdf);
    INFO(fonts.join(u' ').toStdString());
    CHECK(allBundled(fonts));
    CHECK(lines(w.pdf).contains(QStringLiteral("Behandeld door Fatima Bakkali")));
}

TEST_CASE("With a deliberately wide house font every label of the letterhead stays on one line",
          "[letterfont][letterpdf]") {
    LetterFixture f;
    setHouseFont(f, WideFont);
    const Case c = f.stored(LetterFixture::klaagschrift());
    const Written w = writeLetter(f, c);
    INFO(w.err.toStdString());
    REQUIRE(w.code == Cli::Ok);
    // The wide font is really the one drawn.
    const QStringList fonts = PdfTools::fonts(w.pdf);
    INFO(fonts.join(u' ').toStdString());
    CHECK(fonts.contains(QStringLiteral("DejaVuSansMono")));
    // Each label with its value on one line, in reading order; no label broken, nothing between.
    const QStringList text = lines(w.pdf);
    INFO(text.join(u'\n').toStdString());
    CHECK(text.contains(QStringLiteral("Datum Tafeldam, 12 maart 2025")));
    CHECK(text.contains(QStringLiteral("Ons kenmerk ") + c.reference));
    CHECK(text.contains(QStringLiteral("Behandeld door Fatima Bakkali")));
    CHECK(text.contains(QStringLiteral("Onderwerp Ontvangstbevestiging van uw klacht")));
    CHECK_FALSE(text.contains(QStringLiteral("door")));
    CHECK_FALSE(text.contains(QStringLiteral("kenmerk")));
}

TEST_CASE("The label column is widened to its widest label in the font used, on the paper's resolution",
          "[letterfont]") {
    QPdfWriter device(QStringLiteral("/dev/null"));
    LetterLayout::prepare(device);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setUseDesignMetrics(true);
    QFont wide = LetterFont::font(WideFont, 10.5);
    wide.setLetterSpacing(QFont::PercentageSpacing, 130); // wider still
    document.setDefaultFont(wide);
    document.setHtml(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><td width=\"110\">Datum</td>"
                                    "<td>Tafeldam, 12 maart 2025</td></tr><tr><td>Behandeld door</td>"
                                    "<td>Fatima Bakkali</td></tr></table>"));
    const qreal body = LetterLayout::bodyWidthMm() / 25.4 * device.logicalDpiX();
    document.setTextWidth(body);

    const auto labelLines = [&document] {
        document.documentLayout()->documentSize(); // finishes the layout
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.text() == QLatin1String("Behandeld door"))
                return block.layout()->lineCount();
        }
        return -1;
    };
    REQUIRE(labelLines() == 2); // the fixed 110 pixels are too narrow for this font

    LabelColumns::fit(document, &device, LetterLayout::bodyWidthMm() / 25.4 * 96.0 / 3.0);
    CHECK(labelLines() == 1);
    // Never wider than the limit: a label that long wraps as before.
    QTextDocument limited;
    limited.setDefaultFont(wide);
    limited.setHtml(QStringLiteral("<table><tr><td width=\"40\">Behandeld door</td><td>x</td></tr></table>"));
    LabelColumns::fit(limited, nullptr, 60);
    const auto* table = qobject_cast<QTextTable*>(limited.rootFrame()->childFrames().value(0));
    REQUIRE(table);
    CHECK(table->format().columnWidthConstraints().value(0).rawValue() == 60);
}

TEST_CASE("The yearly report PDF is set in the document font", "[letterfont][report]") {
    LetterFixture f;
    f.stored(LetterFixture::klaagschrift());
    const QString pdf = f.dir.path(QStringLiteral("jaarverslag.pdf"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    ReportPdfWriter writer;
    const int code = Cli::run({QStringLiteral("report"), f.path, QStringLiteral("--year"), QStringLiteral("2025"),
                               QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf},
                              outStream, errStream, f.clock, CliServices{nullptr, &writer});
    errStream.flush();
    INFO(err.toStdString());
    REQUIRE(code == Cli::Ok);
    const QStringList fonts = PdfTools::fonts(pdf);
    INFO(fonts.join(u' ').toStdString());
    CHECK(allBundled(fonts));

    setHouseFont(f, WideFont);
    REQUIRE(Cli::run({QStringLiteral("report"), f.path, QStringLiteral("--year"), QStringLiteral("2025"),
                      QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf},
                     outStream, errStream, f.clock, CliServices{nullptr, &writer}) == Cli::Ok);
    CHECK(PdfTools::fonts(pdf).contains(QStringLiteral("DejaVuSansMono")));
    // The HTML version asks a browser for the house font first, then Liberation Sans's look-alikes.
    const QString html = f.dir.path(QStringLiteral("jaarverslag.html"));
    REQUIRE(Cli::run({QStringLiteral("report"), f.path, QStringLiteral("--year"), QStringLiteral("2025"),
                      QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), html},
                     outStream, errStream, f.clock, CliServices{nullptr, &writer}) == Cli::Ok);
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll())
              .contains(QLatin1String("font-family: 'DejaVu Sans Mono', 'Liberation Sans', Arial, Helvetica, "
                                      "sans-serif;")));
}

TEST_CASE("The letter dialog says so when the house font is not installed here", "[letterfont][letterdialog]") {
    LetterFixture f;
    const Case c = f.stored(LetterFixture::klaagschrift());
    {
        LetterDialog dialog(*f.session, f.notifier, c);
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("letterFontNote")) == nullptr);
    }
    setHouseFont(f, AbsentFont);
    LetterDialog dialog(*f.session, f.notifier, c);
    dialog.show();
    const auto* note = dialog.findChild<QLabel*>(QStringLiteral("letterFontNote"));
    REQUIRE(note);
    CHECK(note->isVisible());
    CHECK(note->text() == LetterFont::fallbackNote(AbsentFont));
    // The editor shows the letter in the font it will print in.
    CHECK(QFontInfo(dialog.editor()->document()->defaultFont()).family() == LetterFont::bundledFamily());
}

TEST_CASE("Beheer Huislettertype stores the house font in the municipality file", "[letterfont][admin]") {
    LetterFixture f;
    HouseFontDialog dialog(*f.session, f.notifier);
    CHECK(dialog.field()->family().isEmpty());
    CHECK(dialog.field()->status().contains(LetterFont::bundledFamily()));
    dialog.field()->edit()->setText(QStringLiteral("  ") + WideFont + QStringLiteral(" "));
    CHECK(dialog.field()->status().contains(QStringLiteral("is op deze computer geïnstalleerd")));
    REQUIRE(dialog.save());
    CHECK(f.session->settings().houseFont == WideFont);
    // In the file, not only in the session.
    CHECK(MunicipalitySettingsStore(f.session->database()).load().houseFont == WideFont);

    dialog.field()->setFamily(AbsentFont);
    CHECK(dialog.field()->status().contains(QStringLiteral("niet geïnstalleerd")));
}
