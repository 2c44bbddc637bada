// aantafel-cli letter end to end, with the real PDF writer: every letter type written for a case the
// workflow brought into the fitting state, read back with pdftotext, and checked for what the letter
// must say (names, kenmerk, the dates worked out by hand, the ombudsman and the one-year term, both
// addressees of the verdaging, the parts with their judgments); and the refusals: exit code 1, the
// reason on stderr, no file.
#include "letterfixture.h"
#include "pdftools.h"

#include "cli/cli.h"
#include "print/letterpdfwriter.h"

#include <QFileInfo>

namespace {

struct LetterRun {
    int code = -1;
    QString out;
    QString err;
    QString pdf;
    QString text; // the whole PDF, white space made single
};

LetterRun runLetter(LetterFixture& f, const Case& c, const QString& type, const QStringList& extra = {}) {
    LetterRun r;
    r.pdf = f.dir.path(type + QStringLiteral(".pdf"));
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    LetterPdfWriter writer;
    r.code = Cli::run(QStringList{QStringLiteral("letter"), f.path, QStringLiteral("--case"), c.reference,
                                  QStringLiteral("--type"), type, QStringLiteral("--pdf"), r.pdf} +
                          extra,
                      out, err, f.clock, CliServices{&writer, nullptr});
    out.flush();
    err.flush();
    if (QFileInfo::exists(r.pdf))
        r.text = PdfTools::flatText(r.pdf);
    return r;
}

// Checks that the letter ran, and that its text holds every phrase.
void requireWritten(const LetterRun& r, const QStringList& phrases) {
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.code == Cli::Ok);
    REQUIRE(QFileInfo::exists(r.pdf));
    INFO("text: " << r.text.toStdString());
    for (const QString& phrase : phrases) {
        INFO("phrase: " << phrase.toStdString());
        CHECK(r.text.contains(phrase));
    }
}

void requireRefused(const LetterRun& r, const QString& reason) {
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(reason));
    CHECK_FALSE(QFileInfo::exists(r.pdf));
}

// What every letter of Gemeente Tafeldam carries: letterhead, place and date, kenmerk, signature
// block, and the footer.
QStringList letterBasics(const Case& c, const QString& date) {
    return {QStringLiteral("Gemeente Tafeldam Postbus 10 1234 AB Tafeldam Telefoon 14 0123 klachten@tafeldam.nl"),
            QStringLiteral("Datum Tafeldam, ") + date,
            QStringLiteral("Ons kenmerk ") + c.reference,
            QStringLiteral("Behandeld door Fatima Bakkali"),
            QStringLiteral("Met vriendelijke groet, Fatima Bakkali Klachtbehandelaar Gemeente Tafeldam"),
            QStringLiteral("Gemeente Tafeldam · Postbus 10, 1234 AB Tafeldam · 14 0123 · klachten@tafeldam.nl")};
}

const QStringList klagerAddress{QStringLiteral("Mevrouw A. Jansen Dorpsstraat 1 1234 AB Tafeldam"),
                                QStringLiteral("Geachte mevrouw Jansen,")};

} // namespace

TEST_CASE("aantafel-cli letter writes the ontvangstbevestiging with the handling term", "[letterpdf][cli]") {
    LetterFixture f; // Wednesday 12 March 2025
    const Case c = f.stored(LetterFixture::klaagschrift());
    const LetterRun r = runLetter(f, c, QStringLiteral("ontvangstbevestiging"));
    requireWritten(r, letterBasics(c, QStringLiteral("12 maart 2025")) + klagerAddress +
                          QStringList{QStringLiteral("Op vrijdag 7 maart 2025 hebben wij uw klacht ontvangen"),
                                      QStringLiteral("artikel 9:6"),
                                      // 6 weeks: Fri 18 April is Goede Vrijdag, Mon 21 April tweede Paasdag.
                                      QStringLiteral("uiterlijk op dinsdag 22 april 2025")});
    CHECK(PdfTools::pageCount(r.pdf) == 1);
    CHECK(r.out.contains(QLatin1String("Ontvangstbevestiging voor zaak KL-2025-0001")));
}

TEST_CASE("aantafel-cli letter writes the bevestiging van de informele oplossing", "[letterpdf][cli]") {
    LetterFixture f;
    Case c = f.stored(LetterFixture::klaagschrift());
    f.step(c, WorkflowAction::StartInformal);
    const LetterRun r = runLetter(f, c, QStringLiteral("informele-oplossing"));
    requireWritten(r, letterBasics(c, QStringLiteral("12 maart 2025")) + klagerAddress +
                          QStringList{QStringLiteral("Een besluit op mijn aanvraag."),
                                      QStringLiteral("artikel 9:5 van de Algemene wet bestuursrecht")});
}

TEST_CASE("aantafel-cli letter writes the uitnodiging hoorzitting with its date", "[letterpdf][cli]") {
    LetterFixture f;
    Case c = f.formalCase();
    f.step(c, WorkflowAction::PlanHearing, d("2025-03-31"));
    const LetterRun r = runLetter(f, c, QStringLiteral("uitnodiging-hoorzitting"));
    requireWritten(r, letterBasics(c, QStringLiteral("12 maart 2025")) + klagerAddress +
                          QStringList{QStringLiteral("hoorzitting op maandag 31 maart 2025 bij Gemeente Tafeldam"),
                                      QStringLiteral("Ook De heer P. de Vries"), QStringLiteral("artikel 9:10")});
}

TEST_CASE("aantafel-cli letter writes the verdaging to the klager and to the beklaagde", "[letterpdf][cli]") {
    LetterFixture f;
    const Case c = f.formalCase();
    const LetterRun r = runLetter(f, c, QStringLiteral("verdaging"));
    requireWritten(r, letterBasics(c, QStringLiteral("12 maart 2025")) + klagerAddress);
    // Two copies, each from a page of its own: first the klager's, then the beklaagde's.
    const int pages = PdfTools::pageCount(r.pdf);
    REQUIRE(pages == 2);
    CHECK_FALSE(r.text.contains(QLatin1String("pagina"))); // each copy is a letter of one page
    int beklaagdeFrom = 0;
    for (int page = 2; page <= pages && beklaagdeFrom == 0; ++page) {
        if (PdfTools::flatText(r.pdf, page, page).contains(QLatin1String("Geachte heer De Vries,")))
            beklaagdeFrom = page;
    }
    REQUIRE(beklaagdeFrom > 0);
    const QString klager = PdfTools::flatText(r.pdf, 1, beklaagdeFrom - 1);
    const QString beklaagde = PdfTools::flatText(r.pdf, beklaagdeFrom, pages);
    CHECK(klager.contains(QLatin1String("Mevrouw A. Jansen Dorpsstraat 1 1234 AB Tafeldam")));
    CHECK_FALSE(klager.contains(QLatin1String("Geachte heer De Vries,")));
    CHECK(beklaagde.contains(QLatin1String("De heer P. de Vries Team Wmo Gemeente Tafeldam")));
    CHECK_FALSE(beklaagde.contains(QLatin1String("Dorpsstraat")));
    // 6 + 4 weeks after Friday 7 March 2025.
    for (const QString& copy : {klager, beklaagde}) {
        CHECK(copy.contains(QLatin1String("dinsdag 22 april 2025")));
        CHECK(copy.contains(QLatin1String("uiterlijk op vrijdag 16 mei 2025 afgehandeld")));
        CHECK(copy.contains(QLatin1String("Ons kenmerk KL-2025-0001")));
        CHECK(copy.contains(QLatin1String("artikel 9:11, tweede lid")));
    }
}

TEST_CASE("aantafel-cli letter writes the verzoek om instemming met verder uitstel", "[letterpdf][cli]") {
    LetterFixture f;
    Case c = f.formalCase();
    f.step(c, WorkflowAction::Adjourn, d("2025-03-12"));
    f.at("2025-05-06");
    const LetterRun r = runLetter(f, c, QStringLiteral("instemming-uitstel"));
    requireWritten(r, letterBasics(c, QStringLiteral("6 mei 2025")) + klagerAddress +
                          QStringList{QStringLiteral("Op woensdag 12 maart 2025 hebben wij u laten weten"),
                                      QStringLiteral("verdaagd tot uiterlijk vrijdag 16 mei 2025"),
                                      QStringLiteral("artikel 9:11, derde lid"),
                                      QStringLiteral("Ik, Mevrouw A. Jansen, stem ermee in")});
}

TEST_CASE("aantafel-cli letter writes the kennisgeving niet-behandelen with ground, ombudsman and term",
          "[letterpdf][cli]") {
    LetterFixture f;
    Case k = LetterFixture::klaagschrift();
    k.conductDate = d("2023-11-20"); // more than a year before Friday 7 March 2025
    Case c = f.stored(k);
    f.step(c, WorkflowAction::DeclineToHandle, d("2025-03-12"), [](TransitionRequest& request) {
        request.ground = NonHandlingGround::OlderThanOneYear;
        request.noticeSent = d("2025-03-12");
    });
    const LetterRun r = runLetter(f, c, QStringLiteral("niet-behandelen"));
    requireWritten(
        r, letterBasics(c, QStringLiteral("12 maart 2025")) + klagerAddress +
               QStringList{QStringLiteral("Uw klacht gaat over een gedraging die langer dan een jaar voor de "
                                          "indiening van uw klacht heeft plaatsgevonden (artikel 9:8, eerste lid, "
                                          "onder b, Awb)."),
                           QStringLiteral("binnen een jaar na de datum van deze brief uw klacht voorleggen aan De "
                                          "Nationale ombudsman, Postbus 93122, 2509 AC Den Haag, "
                                          "www.nationaleombudsman.nl"),
                           // One year after Wednesday 12 March 2025, no Atw extension.
                           QStringLiteral("tot en met donderdag 12 maart 2026 (artikel 9:24 Awb)")});
}

TEST_CASE("aantafel-cli letter writes the afschrift to the beklaagde only", "[letterpdf][cli]") {
    LetterFixture f;
    const Case c = f.formalCase();
    const LetterRun r = runLetter(f, c, QStringLiteral("afschrift-beklaagde"));
    requireWritten(r, letterBasics(c, QStringLiteral("12 maart 2025")) +
                          QStringList{QStringLiteral("De heer P. de Vries Team Wmo Gemeente Tafeldam"),
                                      QStringLiteral("Geachte heer De Vries,"),
                                      QStringLiteral("een klacht van Mevrouw A. Jansen over een gedraging van u als "
                                                     "medewerker van Team Wmo"),
                                      QStringLiteral("uiterlijk op dinsdag 22 april 2025 afgehandeld"),
                                      QStringLiteral("artikel 9:9")});
    CHECK_FALSE(r.text.contains(QLatin1String("Dorpsstraat")));
    CHECK_FALSE(r.text.contains(QLatin1String("Geachte mevrouw Jansen")));
}

TEST_CASE("aantafel-cli letter writes the afdoeningsbrief with every part, its judgment, ombudsman and term",
          "[letterpdf][cli]") {
    LetterFixture f;
    Case c = f.formalCase();
    c.parts = {ComplaintPart{QStringLiteral("Acht weken geen besluit op de aanvraag"),
                             QStringLiteral("De aanvraag bleef liggen door ziekte van de consulent."), Outcome::Upheld},
               ComplaintPart{QStringLiteral("De consulent was onbeleefd"),
                             QStringLiteral("Uit het gespreksverslag blijkt dat niet."), Outcome::Rejected}};
    c.conclusions = QStringLiteral("Wij beslissen binnen twee weken op uw aanvraag.");
    f.session->cases().save(c);
    f.at("2025-04-14");
    f.step(c, WorkflowAction::PlanHearing, d("2025-04-03"));
    // Klager and P. de Vries heard on Thu 3 April, the verslag sent on Fri 4 April (9:10).
    f.step(c, WorkflowAction::RecordHearing, d("2025-04-03"));
    f.step(c, WorkflowAction::RecordHearing, d("2025-04-03"),
           [](TransitionRequest& r) { r.person = HearingPerson::Beklaagde; });
    f.step(c, WorkflowAction::RecordHearingReport, d("2025-04-04"),
           [](TransitionRequest& r) { r.text = QStringLiteral("Verslag van het horen."); });
    f.step(c, WorkflowAction::Judge, d("2025-04-14"), [](TransitionRequest& r) { r.judgment = Outcome::PartlyUpheld; });

    const LetterRun r = runLetter(f, c, QStringLiteral("afdoening"));
    requireWritten(
        r,
        letterBasics(c, QStringLiteral("14 april 2025")) + klagerAddress +
            QStringList{
                QStringLiteral("Op vrijdag 7 maart 2025 hebben wij uw klacht ontvangen"),
                QStringLiteral(
                    "Op donderdag 3 april 2025 hebben wij u gehoord over uw klacht. Ook De heer P. de Vries, "
                    "op wiens gedraging uw klacht betrekking heeft, is gehoord, op donderdag 3 april 2025. "
                    "Het verslag van het horen is u op vrijdag 4 april 2025 toegestuurd."),
                QStringLiteral("Klachtonderdeel 1: Acht weken geen besluit op de aanvraag Bevindingen: De aanvraag "
                               "bleef liggen door ziekte van de consulent. Oordeel: dit klachtonderdeel is gegrond."),
                QStringLiteral("Klachtonderdeel 2: De consulent was onbeleefd Bevindingen: Uit het gespreksverslag "
                               "blijkt dat niet. Oordeel: dit klachtonderdeel is ongegrond."),
                QStringLiteral("Ons oordeel over uw klacht als geheel: deels gegrond."),
                QStringLiteral("Wij beslissen binnen twee weken op uw aanvraag."),
                QStringLiteral("voorleggen aan De Nationale ombudsman, Postbus 93122, 2509 AC Den Haag"),
                // One year after Monday 14 April 2025.
                QStringLiteral("tot en met dinsdag 14 april 2026 (artikel 9:24 Awb)")});
}

TEST_CASE("aantafel-cli letter refuses an afdoeningsbrief with a part not yet judged, and writes nothing",
          "[letterpdf][cli]") {
    LetterFixture f;
    Case c = f.formalCase();
    c.parts = {ComplaintPart{QStringLiteral("Geen besluit"), QStringLiteral("Klopt."), Outcome::Upheld},
               ComplaintPart{QStringLiteral("Onbeleefd"), QString(), Outcome::None}};
    f.session->cases().save(c);
    const LetterRun r = runLetter(f, c, QStringLiteral("afdoening"));
    requireRefused(r, QStringLiteral("kan niet worden opgemaakt"));
    CHECK(r.err.contains(QLatin1String("Onbeleefd")));
}

TEST_CASE("aantafel-cli letter writes a verdaging without a named beklaagde to the head of the department",
          "[letterpdf][cli]") {
    LetterFixture f;
    Case k = LetterFixture::klaagschrift();
    k.subject.employee.clear(); // nobody in particular: Team Wmo does not answer
    Case c = f.stored(k);
    f.step(c, WorkflowAction::StartInformal, d("2025-03-10"));
    f.step(c, WorkflowAction::StartFormal, d("2025-03-11"));
    const LetterRun r = runLetter(f, c, QStringLiteral("verdaging"));
    requireWritten(r, {QStringLiteral("Het hoofd van Team Wmo Team Wmo Gemeente Tafeldam"),
                       QStringLiteral("en naar het hoofd van Team Wmo, omdat de klacht niet over een bepaalde "
                                      "medewerker gaat")});
}

TEST_CASE("aantafel-cli letter refuses a letter that does not fit the state of the case", "[letterpdf][cli]") {
    LetterFixture f;
    const Case c = f.stored(LetterFixture::klaagschrift()); // just received
    const LetterRun r = runLetter(f, c, QStringLiteral("afdoening"));
    requireRefused(r, QStringLiteral("kan niet worden opgemaakt"));
    CHECK(r.err.contains(QLatin1String("  - ")));
}

TEST_CASE("aantafel-cli letter says why a PDF cannot be written, and leaves no file", "[letterpdf][cli]") {
    LetterFixture f;
    const Case c = f.stored(LetterFixture::klaagschrift());
    LetterRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    LetterPdfWriter writer;
    const QString pdf = f.dir.path(QStringLiteral("geen-map/brief.pdf"));
    r.code = Cli::run({QStringLiteral("letter"), f.path, QStringLiteral("--case"), c.reference,
                       QStringLiteral("--type"), QStringLiteral("ontvangstbevestiging"), QStringLiteral("--pdf"), pdf},
                      out, err, f.clock, CliServices{&writer, nullptr});
    err.flush();
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(QLatin1String("kan niet worden opgeslagen: de map")));
    CHECK_FALSE(QFileInfo::exists(pdf));
}
