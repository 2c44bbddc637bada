// aantafel-cli letter: the command composes the same letter as the GUI and hands its PrintJob to the
// PDF writer of the entry point. Here that writer is a double that records what it is given; the
// drawing itself (and pdftotext on the result) is tested where the writer lives, in the ui layer.
#include "testsupport.h"

#include "clirun.h"
#include "pinnedcomplaint.h"

#include "letters/lettercomposer.h"
#include "letters/letterstore.h"
#include "output/printjob.h"
#include "storage/caserepository.h"

#include <QFile>

namespace {

class RecordingPdf final : public PdfOutput {
public:
    // Draws nothing: records the job and where the output writer puts it.
    QString render(const PrintJob& job, QIODevice& device) override {
        jobs << job;
        paths << static_cast<QFileDevice&>(device).fileName();
        if (!failure.isEmpty())
            return failure;
        device.write("%PDF-1.4 test double\n");
        return {};
    }
    QList<PrintJob> jobs;
    QStringList paths;
    QString failure;
};

CliResult runLetter(const QStringList& args, PdfOutput* pdf, QDate today = QDate(2025, 4, 15)) {
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    const FixedClock clock(today);
    CliServices services;
    services.letterPdf = pdf;
    r.code = Cli::run(QStringList{QStringLiteral("letter")} + args, out, err, clock, services);
    out.flush();
    err.flush();
    return r;
}

// Gemeente Proefstad with the pinned complaint KL-2025-0007 (formal, both parts judged).
struct Fixture {
    explicit Fixture(Case c = deVriesComplaint()) {
        MunicipalitySettings settings = proefstadSettings();
        settings.logoPng = QByteArray("\x89PNG logo", 9);
        auto db = MunicipalityFile::create(file, settings, QStringLiteral("beheer"));
        const FixedClock clock(d("2025-03-07"));
        CaseRepository(*db, clock, QStringLiteral("beheer")).save(c);
    }
    QStringList args(const char* type, const QStringList& more = {}) const {
        return QStringList{file,
                           QStringLiteral("--case"),
                           QStringLiteral("KL-2025-0007"),
                           QStringLiteral("--type"),
                           QString::fromLatin1(type),
                           QStringLiteral("--pdf"),
                           pdf} +
               more;
    }
    Case load() {
        auto db = Database::open(file);
        const FixedClock clock(d("2025-04-15"));
        return *CaseRepository(*db, clock, QStringLiteral("x")).findByReference(QStringLiteral("KL-2025-0007"));
    }
    TempDir dir;
    QString file = dir.path(QStringLiteral("proefstad.aantafel"));
    QString pdf = dir.path(QStringLiteral("brief.pdf"));
};

} // namespace

TEST_CASE("letter writes the afdoeningsbrief the GUI would print, letterhead, logo and footer included") {
    Fixture f;
    RecordingPdf pdf;
    const CliResult r = runLetter(f.args("afdoening"), &pdf);
    INFO(r.err.toStdString());
    REQUIRE(r.code == Cli::Ok);
    REQUIRE(pdf.jobs.size() == 1);
    CHECK(pdf.paths.first() == f.pdf);
    CHECK(QFile::exists(f.pdf));
    const PrintJob& job = pdf.jobs.first();
    CHECK(job.layout == PrintJob::Layout::Letter);
    CHECK(job.images.value(QStringLiteral("logo")) == QByteArray("\x89PNG logo", 9));
    CHECK(job.footer.startsWith(QStringLiteral("Gemeente Proefstad · Postbus 100")));
    const QString text = plainText(job.html);
    CHECK(text.contains(QStringLiteral("Proefstad, 15 april 2025")));
    CHECK(text.contains(QStringLiteral("Ons kenmerk KL-2025-0007")));
    CHECK(text.contains(QStringLiteral("dit klachtonderdeel is gegrond")));
    CHECK(text.contains(QStringLiteral("De Nationale ombudsman")));
    CHECK(text.contains(QStringLiteral("tot en met woensdag 15 april 2026")));
    CHECK(r.out.contains(QStringLiteral("Afdoeningsbrief voor zaak KL-2025-0007 (aan Mevrouw A. de Vries)")));

    // The same document as the composer makes in the GUI.
    auto db = Database::open(f.file);
    const FixedClock clock(d("2025-04-15"));
    MunicipalitySession session(std::move(db), clock, QStringLiteral("x"));
    const Case c = *session.cases().findByReference(QStringLiteral("KL-2025-0007"));
    CHECK(job.html == LetterComposer(session).compose(c, LetterType::Closing, d("2025-04-15")).job.html);
}

TEST_CASE("letter --date sets the letter date and so the ombudsman term") {
    Fixture f;
    RecordingPdf pdf;
    REQUIRE(runLetter(f.args("afdoening", {QStringLiteral("--date"), QStringLiteral("2025-04-18")}), &pdf).code ==
            Cli::Ok);
    const QString text = plainText(pdf.jobs.first().html);
    CHECK(text.contains(QStringLiteral("Proefstad, 18 april 2025")));
    CHECK(text.contains(QStringLiteral("tot en met zaterdag 18 april 2026")));
}

TEST_CASE("letter refuses an afdoeningsbrief without a judgment: exit 1, the reason, no file") {
    Case c = deVriesComplaint();
    c.parts[1].judgment = Outcome::None;
    Fixture f(c);
    RecordingPdf pdf;
    const CliResult r = runLetter(f.args("afdoening"), &pdf);
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(QStringLiteral("Klachtonderdeel 2 (Onvriendelijk bejegend) heeft nog geen oordeel.")));
    CHECK(pdf.jobs.isEmpty());
    CHECK_FALSE(QFile::exists(f.pdf));
}

TEST_CASE("letter writes a verdagingsbrief without a named beklaagde and refuses a notice without a ground") {
    Case c = deVriesComplaint();
    c.subject.employee.clear();
    Fixture f(c);
    RecordingPdf pdf;
    // Conduct without a named person: the second copy goes to the head of Team Wmo (9:11 lid 2).
    CliResult r = runLetter(f.args("verdaging"), &pdf);
    INFO(r.err.toStdString());
    CHECK(r.code == Cli::Ok);
    CHECK(r.out.contains(QStringLiteral("Het hoofd van Team Wmo")));
    pdf.jobs.clear();

    Case intake = deVriesComplaint();
    intake.phase = Phase::Intake;
    Fixture g(intake);
    r = runLetter(g.args("niet-behandelen"), &pdf);
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(QStringLiteral("De grond om de klacht niet te behandelen ontbreekt")));
    CHECK(pdf.jobs.isEmpty());
}

TEST_CASE("letter refuses a letter that does not fit the case") {
    Case c = deVriesComplaint();
    c.phase = Phase::Intake;
    Fixture f(c);
    RecordingPdf pdf;
    const CliResult r = runLetter(f.args("uitnodiging-hoorzitting"), &pdf);
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(QStringLiteral("formele fase")));
}

TEST_CASE("letter --ground writes the notice with that ground — --record closes the case as not handled") {
    Case c = deVriesComplaint();
    c.phase = Phase::Intake;
    c.conductDate = d("2023-12-01");
    Fixture f(c);
    RecordingPdf pdf;
    const CliResult r = runLetter(
        f.args("niet-behandelen", {QStringLiteral("--ground"), QStringLiteral("9_8_1_b"), QStringLiteral("--record")}),
        &pdf, d("2025-03-20"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == Cli::Ok);
    CHECK(plainText(pdf.jobs.first().html).contains(QStringLiteral("langer dan een jaar voor de indiening")));
    const Case stored = f.load();
    CHECK(stored.outcome == Outcome::NotHandled);
    CHECK(stored.nonHandlingNoticeSent == d("2025-03-20"));
    CHECK(r.out.contains(QStringLiteral("vastgelegd")));
}

TEST_CASE("letter --record stores the acknowledgement and marks it sent — without --record the file is untouched") {
    Case c = deVriesComplaint();
    c.phase = Phase::Informal;
    c.acknowledgementSent = {};
    Fixture f(c);
    RecordingPdf pdf;
    REQUIRE(runLetter(f.args("ontvangstbevestiging", {QStringLiteral("--date"), QStringLiteral("2025-03-10")}), &pdf,
                      d("2025-03-10"))
                .code == Cli::Ok);
    CHECK_FALSE(f.load().acknowledgementSent.isValid());

    REQUIRE(runLetter(f.args("ontvangstbevestiging", {QStringLiteral("--record")}), &pdf, d("2025-03-10")).code ==
            Cli::Ok);
    const Case stored = f.load();
    CHECK(stored.acknowledgementSent == d("2025-03-10"));
    auto db = Database::open(f.file);
    const FixedClock clock(d("2025-03-10"));
    const QList<SentLetter> letters = LetterStore(*db, clock, {}).lettersOf(stored.id);
    REQUIRE(letters.size() == 1);
    CHECK(letters.first().html == pdf.jobs.last().html);
}

TEST_CASE("letter without a PDF writer refuses with a clear message") {
    Fixture f;
    const CliResult r = runLetter(f.args("afdoening"), nullptr);
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(QStringLiteral("kan geen PDF maken")));
    CHECK_FALSE(QFile::exists(f.pdf));
}

TEST_CASE("letter reports the writer's failure") {
    Fixture f;
    RecordingPdf pdf;
    pdf.failure = QStringLiteral("De map bestaat niet.");
    const CliResult r = runLetter(f.args("afdoening", {QStringLiteral("--record")}), &pdf);
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(QStringLiteral("De map bestaat niet.")));
    auto db = Database::open(f.file);
    const FixedClock clock(d("2025-04-15"));
    CHECK(LetterStore(*db, clock, {}).lettersOf(f.load().id).isEmpty());
}

TEST_CASE("letter usage errors: unknown type, missing options, unknown case") {
    Fixture f;
    RecordingPdf pdf;
    CliResult r = runLetter(f.args("bedankbrief"), &pdf);
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("Onbekende briefsoort: bedankbrief")));
    CHECK(r.err.contains(QStringLiteral("ontvangstbevestiging, informele-oplossing")));

    r = runLetter({f.file, QStringLiteral("--type"), QStringLiteral("afdoening")}, &pdf);
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("--case")));

    QStringList unknownCase = f.args("afdoening");
    unknownCase[2] = QStringLiteral("KL-2025-9999");
    r = runLetter(unknownCase, &pdf);
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(r.err.contains(QStringLiteral("KL-2025-9999")));

    r = runLetter(f.args("afdoening", {QStringLiteral("--date"), QStringLiteral("15-04-2025")}), &pdf);
    CHECK(r.code == Cli::UsageOrFile);
    CHECK(pdf.jobs.isEmpty());
}

TEST_CASE("the usage text lists the letter command") {
    const CliResult r = runCliOn({QStringLiteral("--help")}, d("2025-04-15"));
    CHECK(r.out.contains(QStringLiteral("letter BESTAND --case KENMERK --type SOORT --pdf UIT.pdf")));
}
