// aantafel-cli report: the yearly report of a small municipality as CSV, HTML and (through the
// PDF service the entry point provides) PDF, and the refusals with their exit codes.
#include "testsupport.h"

#include "clirun.h"

#include "cli/cli.h"
#include "domain/clock.h"
#include "output/printjob.h"
#include "storage/caserepository.h"
#include "storage/municipalityfile.h"

#include <QFile>

namespace {

const QDate today(2026, 2, 15);

// Gemeente Proefstad with three complaints and a signal of 2025 and one complaint of 2024.
struct ReportFile {
    TempDir dir;
    QString path = dir.path(QStringLiteral("proefstad.aantafel"));

    ReportFile() {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Proefstad");
        auto db = MunicipalityFile::create(path, settings, QStringLiteral("test"));
        const FixedClock clock(today);
        CaseRepository cases(*db, clock, QStringLiteral("test"));
        const auto add = [&](CaseKind kind, const char* received, const char* closed, Outcome outcome) {
            Case c;
            c.kind = kind;
            c.channel = kind == CaseKind::WrittenComplaint ? Channel::Letter : Channel::Phone;
            c.received = d(received);
            c.klager.name = QStringLiteral("Henk Vermeulen");
            c.story = QStringLiteral("Mijn traplift is nooit geplaatst.");
            c.domain = PolicyDomain::Wmo;
            c.phase = closed ? Phase::Closed : Phase::Informal;
            c.closedOn = closed ? d(closed) : QDate();
            c.outcome = outcome;
            // A judged complaint is closed by its afdoeningsbrief, on the letter's date.
            if (outcome == Outcome::Upheld || outcome == Outcome::Rejected)
                c.closingNoticeSent = c.closedOn;
            cases.save(c);
        };
        // 2025-03-07 + 6 weeks runs to Tue 2025-04-22 (Goede Vrijdag, tweede Paasdag).
        add(CaseKind::WrittenComplaint, "2025-03-07", "2025-04-22", Outcome::Upheld);
        add(CaseKind::WrittenComplaint, "2025-03-07", "2025-04-25", Outcome::Rejected);
        add(CaseKind::OralComplaint, "2025-09-01", "2025-09-03", Outcome::ResolvedToSatisfaction);
        add(CaseKind::Signal, "2025-10-01", nullptr, Outcome::None);
        add(CaseKind::OralComplaint, "2024-12-20", nullptr, Outcome::None);
    }
};

QString readText(const QString& path) {
    return QString::fromUtf8(readFile(path));
}

// Draws nothing: records the job and where the output writer would put it.
class CapturingPdf final : public PdfOutput {
public:
    QString render(const PrintJob& job, QIODevice& device) override {
        jobs << job;
        paths << static_cast<QFileDevice&>(device).fileName();
        device.write("%PDF-1.4 test double\n");
        return failure;
    }
    QList<PrintJob> jobs;
    QStringList paths;
    QString failure;
};

} // namespace

TEST_CASE("report --format csv writes every figure of the year") {
    ReportFile f;
    const QString out = f.dir.path(QStringLiteral("verslag.csv"));
    const CliResult r = runCliOn({QStringLiteral("report"), f.path, QStringLiteral("--year"), QStringLiteral("2025"),
                                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out},
                                 today);
    CHECK(r.code == Cli::Ok);
    CHECK(r.out.contains(QStringLiteral("Klachtenjaarverslag 2025 geschreven naar")));
    CHECK(r.out.contains(QStringLiteral("(klachten: 3, signalen: 1)")));
    const QByteArray bytes = readFile(out);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes.mid(3));
    CHECK(csv.startsWith(QStringLiteral("sectie;onderdeel;waarde;percentage\r\n")));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (const char* expected : {"Aantallen;Klachten;3;", "Aantallen;Signalen;1;",
                                 "Afhandelingstermijn (schriftelijke klachten);Binnen de termijn;1;50,0",
                                 "Afhandelingstermijn (schriftelijke klachten);Te laat;1;50,0",
                                 "Informeel en formeel;Informeel opgelost (naar tevredenheid);1;33,3",
                                 "Uitkomst (schriftelijke klachten);Gegrond;1;50,0",
                                 "Overgenomen uit vorig jaar;Klachten;1;", "Behandelduur;Mediaan aantal dagen;46,0;"}) {
        INFO(expected);
        CHECK(lines.contains(QString::fromUtf8(expected)));
    }
    CHECK_FALSE(csv.contains(QStringLiteral("Vermeulen")));
}

TEST_CASE("report --format html writes a complete document without personal data") {
    ReportFile f;
    const QString out = f.dir.path(QStringLiteral("verslag.html"));
    const CliResult r = runCliOn({QStringLiteral("report"), f.path, QStringLiteral("--year"), QStringLiteral("2025"),
                                  QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), out},
                                 today);
    CHECK(r.code == Cli::Ok);
    const QString html = readText(out);
    CHECK(html.contains(QStringLiteral("<title>Klachtenjaarverslag 2025 \u2014 Gemeente Proefstad</title>")));
    CHECK(html.contains(QStringLiteral("9:12a")));
    CHECK(html.contains(QStringLiteral("<svg")));
    CHECK(html.trimmed().endsWith(QStringLiteral("</html>")));
    CHECK_FALSE(html.contains(QStringLiteral("Vermeulen")));
    CHECK_FALSE(html.contains(QStringLiteral("traplift")));
}

TEST_CASE("report --format pdf hands the print job with its charts to the PDF service") {
    ReportFile f;
    const QString out = f.dir.path(QStringLiteral("verslag.pdf"));
    const QStringList args{QStringLiteral("report"),   f.path,
                           QStringLiteral("--year"),   QStringLiteral("2025"),
                           QStringLiteral("--format"), QStringLiteral("pdf"),
                           QStringLiteral("--out"),    out};
    CHECK(Cli::needsGui(args));
    CapturingPdf pdf;
    QString printed, errors;
    QTextStream outStream(&printed), errStream(&errors);
    const FixedClock clock(today);
    CHECK(Cli::run(args, outStream, errStream, clock, CliServices{nullptr, &pdf}) == Cli::Ok);
    REQUIRE(pdf.jobs.size() == 1);
    CHECK(pdf.paths.first() == out);
    CHECK(pdf.jobs.first().layout == PrintJob::Layout::Report);
    CHECK(pdf.jobs.first().charts.size() == 5);
    CHECK(pdf.jobs.first().html.contains(QStringLiteral("<img src=\"chart-quarters\"")));

    pdf.failure = QStringLiteral("Kan verslag.pdf niet schrijven: schijf vol.");
    CHECK(Cli::run(args, outStream, errStream, clock, CliServices{nullptr, &pdf}) == Cli::Refused);
    errStream.flush();
    CHECK(errors.contains(QStringLiteral("schijf vol")));
}

TEST_CASE("report refuses a PDF when no PDF writer is available, and says what to do instead") {
    ReportFile f;
    const CliResult r = runCliOn({QStringLiteral("report"), f.path, QStringLiteral("--year"), QStringLiteral("2025"),
                                  QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                                  f.dir.path(QStringLiteral("x.pdf"))},
                                 today);
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(QStringLiteral("kan geen PDF maken")));
    CHECK_FALSE(QFile::exists(f.dir.path(QStringLiteral("x.pdf"))));
}

TEST_CASE("report refuses a bad year, a missing --year or --out, an unknown format and an unwritable path") {
    ReportFile f;
    const QString out = f.dir.path(QStringLiteral("verslag.csv"));
    const auto run = [&](const QStringList& args) {
        return runCliOn(QStringList{QStringLiteral("report")} + args, today);
    };
    const QString year = QStringLiteral("--year");
    const QString format = QStringLiteral("--format");
    const QString outOption = QStringLiteral("--out");

    CliResult r = run({f.path, year, QStringLiteral("twintig"), format, QStringLiteral("csv"), outOption, out});
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("Gebruik: aantafel-cli report")));
    CHECK(run({f.path, year, QStringLiteral("20255"), format, QStringLiteral("csv"), outOption, out}).code ==
          Cli::UsageOrFile);
    r = run({f.path, format, QStringLiteral("csv"), outOption, out});
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("--year")));
    r = run({f.path, year, QStringLiteral("2025"), format, QStringLiteral("csv")});
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("--out")));
    r = run({f.path, year, QStringLiteral("2025"), format, QStringLiteral("docx"), outOption, out});
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("kies pdf, html of csv")));
    CHECK_FALSE(QFile::exists(out));

    r = run({f.path, year, QStringLiteral("2025"), format, QStringLiteral("csv"), outOption,
             f.dir.path(QStringLiteral("bestaat-niet/verslag.csv"))});
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(QStringLiteral("Kan ")));
    CHECK(r.err.contains(QStringLiteral("niet schrijven")));

    r = run({f.dir.path(QStringLiteral("nergens.aantafel")), year, QStringLiteral("2025"), format,
             QStringLiteral("csv"), outOption, out});
    CHECK(r.code == Cli::UsageOrFile);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("report takes the format from the name of the output file when --format is left out") {
    ReportFile f;
    const QString out = f.dir.path(QStringLiteral("verslag.html"));
    const CliResult r = runCliOn({QStringLiteral("report"), f.path, QStringLiteral("--year"), QStringLiteral("2025"),
                                  QStringLiteral("--out"), out},
                                 today);
    CHECK(r.code == Cli::Ok);
    CHECK(readText(out).startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(Cli::usage().contains(QStringLiteral("report BESTAND --year JJJJ")));
    // Only a PDF needs the graphical part of Qt, also when the format comes from the file name.
    CHECK(Cli::needsGui({QStringLiteral("report"), f.path, QStringLiteral("--year"), QStringLiteral("2025"),
                         QStringLiteral("--out"), QStringLiteral("verslag.PDF")}));
    CHECK_FALSE(Cli::needsGui({QStringLiteral("report"), f.path, QStringLiteral("--year"), QStringLiteral("2025"),
                               QStringLiteral("--out"), out}));
    CHECK_FALSE(Cli::needsGui({QStringLiteral("report"), f.path, QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--out"), QStringLiteral("verslag.pdf")}));
    // The "--option=value" forms, which the command itself accepts, count the same.
    CHECK(Cli::needsGui({QStringLiteral("report"), f.path, QStringLiteral("--format=pdf")}));
    CHECK(Cli::needsGui({QStringLiteral("report"), f.path, QStringLiteral("--out=verslag.pdf")}));
    CHECK_FALSE(Cli::needsGui(
        {QStringLiteral("report"), f.path, QStringLiteral("--format=csv"), QStringLiteral("--out=verslag.pdf")}));
}
