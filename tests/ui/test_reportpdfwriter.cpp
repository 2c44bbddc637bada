// The report PDF writer: a hand-made report job becomes an A4 PDF with its text, its charts as
// images where the HTML names them, the footer and "pagina N van M" on every page; a file that
// cannot be written leaves nothing behind. End to end: aantafel-cli's report command through
// Cli::run with this writer.
#include "testsupport.h"

#include "cli/cli.h"
#include "domain/clock.h"
#include "print/reportpdfwriter.h"
#include "report/reportexport.h"
#include "storage/municipalityfile.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace {

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& path) {
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

int pageCount(const QString& path) {
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

int imageCount(const QString& path) {
    const QString list = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    return int(list.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 2; // two header lines
}

PrintJob handMadeJob(int paragraphs) {
    PrintJob job;
    job.layout = PrintJob::Layout::Report;
    job.title = QStringLiteral("Klachtenjaarverslag 2026 — Gemeente Tafeldam");
    job.footer = QStringLiteral("Gemeente Tafeldam — Klachtenjaarverslag 2026");
    job.html = QStringLiteral("<h1>Klachtenjaarverslag 2026</h1><h2>Klachten per kwartaal</h2>"
                              "<p><img src=\"chart-quarters\" width=\"600\"></p>");
    for (int i = 0; i < paragraphs; ++i)
        job.html += QStringLiteral("<p>Alinea %1 over de behandeling van klachten in het verslagjaar.</p>").arg(i + 1);
    ChartData chart;
    chart.name = QStringLiteral("chart-quarters");
    chart.title = QStringLiteral("Klachten per kwartaal");
    chart.kind = ChartData::Kind::StackedBar;
    chart.categories = {QStringLiteral("K1"), QStringLiteral("K2"), QStringLiteral("K3"), QStringLiteral("K4")};
    chart.series = {{QStringLiteral("Wmo 2015"), {10, 12, 8, 9}}, {QStringLiteral("Jeugdwet"), {4, 3, 6, 2}}};
    job.charts = {chart};
    return job;
}

} // namespace

TEST_CASE("a report job becomes an A4 PDF with its text, chart, footer and page numbers on every page") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("verslag.pdf"));
    ReportPdfWriter writer;
    REQUIRE(writer.write(handMadeJob(120), path).isEmpty());
    const int pages = pageCount(path);
    REQUIRE(pages >= 3);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Klachtenjaarverslag 2026")));
    CHECK(text.contains(QStringLiteral("Alinea 120 over de behandeling")));
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("pagina %1 van %2").arg(page).arg(pages)));
    CHECK(text.count(QStringLiteral("Gemeente Tafeldam — Klachtenjaarverslag 2026")) == pages);
    CHECK(imageCount(path) >= 1);
    // Charts are stored losslessly: JPEG would blur their labels.
    CHECK_FALSE(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).contains(QStringLiteral("jpeg")));
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    CHECK(info.contains(QStringLiteral("x 842 pts (A4)")));
    CHECK(info.contains(QStringLiteral("Klachtenjaarverslag 2026 — Gemeente Tafeldam")));
}

TEST_CASE("a report PDF that cannot be written says so in Dutch and leaves no file") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("bestaat-niet/verslag.pdf"));
    ReportPdfWriter writer;
    const QString error = writer.write(handMadeJob(1), path);
    CHECK(error.startsWith(QStringLiteral("Het verslag kon niet worden opgeslagen in")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("aantafel-cli report writes the yearly report as PDF with the ui's writer") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("gemeente.aantafel"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Tafeldam");
    MunicipalityFile::create(file, settings, QStringLiteral("Fatima Bakkali"));
    const QString pdf = dir.path(QStringLiteral("jaarverslag.pdf"));
    ReportPdfWriter writer;
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const FixedClock clock(d("2026-05-20"));
    const int code = Cli::run({QStringLiteral("report"), file, QStringLiteral("--year"), QStringLiteral("2025"),
                               QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf},
                              out, err, clock, CliServices{nullptr, &writer});
    out.flush();
    err.flush();
    CHECK(errText.isEmpty());
    CHECK(code == Cli::Ok);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Klachtenjaarverslag 2025")));
    CHECK(text.contains(QStringLiteral("pagina 1 van")));
    CHECK(imageCount(pdf) >= 5);
}
