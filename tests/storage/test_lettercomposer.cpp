// Every letter type composed for the pinned complaint of Mevrouw A. de Vries (received Friday
// 7 March 2025; terms in tests/pinnedcomplaint.h), read back as plain text: the elements the Awb
// requires, the dates worked out by hand and the names. Then every refusal of the content check.
#include "testsupport.h"

#include "pinnedcomplaint.h"

#include "letters/lettercomposer.h"
#include "letters/letterstore.h"
#include "storage/sqlquery.h"

namespace {

struct Composed {
    ComposedLetter letter;
    QString text;
};

Composed compose(LetterSession& f, const Case& c, LetterType type, const char* date = "2025-04-15") {
    Composed r{LetterComposer(f.session).compose(c, type, d(date)), {}};
    r.text = plainText(r.letter.html);
    return r;
}

void requireFinal(const Composed& r) {
    INFO("missing: " << r.letter.check.missing.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(r.letter.mayFinalise());
    CHECK(r.letter.issues.isEmpty());
}

bool missingSays(const ComposedLetter& letter, const char* words) {
    for (const QString& m : letter.check.missing) {
        if (m.contains(QString::fromUtf8(words)))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("every letter starts with the letterhead, the address, place and date, kenmerk and onderwerp") {
    TempDir dir;
    MunicipalitySettings settings = proefstadSettings();
    settings.logoPng = QByteArray("\x89PNG fake logo", 14);
    LetterSession f(dir, d("2025-04-15"), settings);
    const Case c = f.store(deVriesComplaint());
    const Composed r = compose(f, c, LetterType::Closing);
    requireFinal(r);
    CHECK(r.letter.html.contains(QStringLiteral("<img src=\"logo\"")));
    CHECK(r.letter.job.images.value(QStringLiteral("logo")) == settings.logoPng);
    CHECK(r.letter.job.layout == PrintJob::Layout::Letter);
    CHECK(r.letter.job.html == r.letter.html);
    CHECK(r.letter.job.footer ==
          QStringLiteral("Gemeente Proefstad · Postbus 100, 1234 AB Proefstad · 0123 456 789 · klachten@proefstad.nl"));
    CHECK(r.letter.job.title == QStringLiteral("Afdoeningsbrief KL-2025-0007"));
    const qsizetype head = r.text.indexOf(QStringLiteral("Gemeente Proefstad"));
    const qsizetype address = r.text.indexOf(QStringLiteral("Mevrouw A. de Vries\nDorpsstraat 1\n1234 AB Proefstad"));
    const qsizetype date = r.text.indexOf(QStringLiteral("Proefstad, 15 april 2025"));
    const qsizetype reference = r.text.indexOf(QStringLiteral("Ons kenmerk KL-2025-0007"));
    const qsizetype subject = r.text.indexOf(QStringLiteral("Onderwerp Afhandeling van uw klacht"));
    const qsizetype salutation = r.text.indexOf(QStringLiteral("Geachte mevrouw De Vries,"));
    CHECK(head >= 0);
    CHECK(head < address);
    CHECK(address < date);
    CHECK(date < reference);
    CHECK(reference < subject);
    CHECK(subject < salutation);
    CHECK(r.text.contains(QStringLiteral("Met vriendelijke groet,\nFatima el Amrani\nKlachtbehandelaar")));
}

TEST_CASE("ontvangstbevestiging: received date, handler and the six-week term") {
    TempDir dir;
    LetterSession f(dir);
    Case c = deVriesComplaint();
    c.phase = Phase::Intake;
    c.acknowledgementSent = {};
    c = f.store(c);
    const Composed r = compose(f, c, LetterType::Acknowledgement, "2025-03-10");
    requireFinal(r);
    CHECK(r.text.contains(QStringLiteral("Op vrijdag 7 maart 2025 hebben wij uw klacht ontvangen")));
    CHECK(r.text.contains(QStringLiteral("artikel 9:6")));
    CHECK(r.text.contains(QStringLiteral("uiterlijk op dinsdag 22 april 2025: binnen zes weken")));
    CHECK(r.text.contains(QStringLiteral("traplift bleef maanden liggen & niemand belde terug")));
    CHECK_FALSE(r.text.contains(QStringLiteral("klachtadviescommissie")));
    CHECK(r.letter.recipient == QStringLiteral("Mevrouw A. de Vries"));

    SECTION("with a committee it says so and gives the ten-week term (9:15)") {
        Case withCommittee = c;
        withCommittee.committee = true;
        const Composed k = compose(f, withCommittee, LetterType::Acknowledgement, "2025-03-10");
        requireFinal(k);
        CHECK(k.text.contains(QStringLiteral("klachtadviescommissie")));
        CHECK(k.text.contains(QStringLiteral("uiterlijk op vrijdag 16 mei 2025: binnen tien weken")));
    }
}

TEST_CASE("bevestiging informele oplossing: what the klager wanted, the agreements and article 9:5") {
    TempDir dir;
    LetterSession f(dir);
    Case c = deVriesComplaint();
    c.phase = Phase::Informal;
    CaseEvent agreement;
    agreement.kind = EventKind::Agreement;
    agreement.at = f.clock.now();
    agreement.text = QStringLiteral("Besluit over de traplift uiterlijk 1 mei");
    c.events << agreement;
    c = f.store(c);
    const Composed r = compose(f, c, LetterType::InformalResolution);
    requireFinal(r);
    CHECK(r.text.contains(QStringLiteral("Een besluit over de traplift en excuses.")));
    CHECK(r.text.contains(QStringLiteral("– Besluit over de traplift uiterlijk 1 mei")));
    CHECK(r.text.contains(QStringLiteral("naar tevredenheid is opgelost")));
    CHECK(r.text.contains(QStringLiteral("artikel 9:5")));
}

TEST_CASE("uitnodiging hoorzitting: the date of the hearing and the beklaagde is heard too") {
    TempDir dir;
    LetterSession f(dir, d("2025-03-28"));
    Case c = deVriesComplaint();
    c.hearingHeld = {};
    c = f.store(c);
    const Composed r = compose(f, c, LetterType::HearingInvitation, "2025-03-28");
    requireFinal(r);
    CHECK(r.text.contains(QStringLiteral("hoorzitting op donderdag 10 april 2025")));
    CHECK(r.text.contains(QStringLiteral("Ook J. Bakker")));
    CHECK(r.text.contains(QStringLiteral("artikel 9:10")));
}

TEST_CASE("without a named beklaagde the hearing letters still read well") {
    TempDir dir;
    LetterSession f(dir, d("2025-03-28"));
    Case c = deVriesComplaint();
    c.subject.employee.clear();
    c.respondentHearing = RespondentHearing::None; // nobody in particular to hear
    c = f.store(c);
    Composed r = compose(f, c, LetterType::Closing, "2025-04-15");
    requireFinal(r);
    CHECK(r.text.contains(QStringLiteral("Op donderdag 10 april 2025 hebben wij u gehoord over uw klacht.")));
    CHECK_FALSE(r.text.contains(QStringLiteral("op wiens gedraging")));
    c.hearingHeld = {};
    r = compose(f, c, LetterType::HearingInvitation, "2025-03-28");
    requireFinal(r);
    CHECK(r.text.contains(QStringLiteral("Ook degene over wiens gedraging u klaagt wordt gehoord")));
}

TEST_CASE("verdagingsbrief: two copies, to the klager and to the beklaagde, with the new date") {
    TempDir dir;
    LetterSession f(dir);
    const Case c = f.store(deVriesComplaint());
    const Composed r = compose(f, c, LetterType::Adjournment);
    requireFinal(r);
    REQUIRE(r.letter.copies.size() == 2);
    CHECK(r.letter.recipient == QStringLiteral("Mevrouw A. de Vries en J. Bakker"));
    CHECK(r.text.count(QStringLiteral("uiterlijk op vrijdag 16 mei 2025 afgehandeld")) == 2);
    CHECK(r.text.count(QStringLiteral("artikel 9:11, tweede lid")) == 2);
    CHECK(r.letter.html.count(QStringLiteral("page-break-before: always")) == 1);
    // Each copy has its own address and salutation.
    const qsizetype second = r.text.indexOf(QStringLiteral("J. Bakker\nTeam Wmo\nGemeente Proefstad"));
    CHECK(second > r.text.indexOf(QStringLiteral("Mevrouw A. de Vries\nDorpsstraat 1")));
    CHECK(r.text.indexOf(QStringLiteral("Geachte J. Bakker,")) > second);
    CHECK(r.text.contains(QStringLiteral("Wij zouden uw klacht uiterlijk op dinsdag 22 april 2025 afhandelen")));
    CHECK(r.text.contains(QStringLiteral("ontvingen wij een klacht van Mevrouw A. de Vries over een gedraging van u")));
}

TEST_CASE("verzoek om instemming: the adjournment, the written consent and the proposed date") {
    TempDir dir;
    LetterSession f(dir, d("2025-05-12"));
    Case c = deVriesComplaint();
    c.adjournedOn = d("2025-04-15");
    c = f.store(c);
    Composed r = compose(f, c, LetterType::ConsentRequest, "2025-05-12");
    requireFinal(r);
    CHECK(r.text.contains(QStringLiteral("Op dinsdag 15 april 2025 hebben wij u laten weten")));
    CHECK(r.text.contains(QStringLiteral("verdaagd tot uiterlijk vrijdag 16 mei 2025")));
    CHECK(r.text.contains(QStringLiteral("schriftelijk mee instemt (artikel 9:11, derde lid")));
    CHECK(r.text.contains(QStringLiteral("samen een nieuwe datum af te spreken")));

    c.agreedDueDate = d("2025-06-06");
    r = compose(f, c, LetterType::ConsentRequest, "2025-05-12");
    requireFinal(r);
    CHECK(r.text.contains(QStringLiteral("uiterlijk op vrijdag 6 juni 2025")));
}

TEST_CASE("kennisgeving niet-behandelen: the ground, the ombudsman and the term") {
    TempDir dir;
    LetterSession f(dir, d("2025-03-20"));
    Case c = deVriesComplaint();
    c.phase = Phase::Intake;
    c.conductDate = d("2023-12-01");
    c = f.store(c);
    c.nonHandlingGround = NonHandlingGround::OlderThanOneYear; // being recorded with the notice
    const Composed r = compose(f, c, LetterType::NonHandlingNotice, "2025-03-20");
    requireFinal(r);
    // The ground in the words of the law, not the interface's short label.
    CHECK(
        r.text.contains(QStringLiteral("Uw klacht gaat over een gedraging die langer dan een jaar voor de indiening "
                                       "van uw klacht heeft plaatsgevonden (artikel 9:8, eerste lid, onder b, Awb).")));
    CHECK(r.text.contains(QStringLiteral("De Nationale ombudsman, Postbus 93122, 2509 AC Den Haag, "
                                         "www.nationaleombudsman.nl")));
    CHECK(r.text.contains(QStringLiteral("binnen een jaar na de datum van deze brief")));
    CHECK(r.text.contains(QStringLiteral("tot en met vrijdag 20 maart 2026")));
    CHECK(r.letter.ground == NonHandlingGround::OlderThanOneYear);
}

TEST_CASE("afschrift aan beklaagde: addressed to the beklaagde, naming the klager and article 9:9") {
    TempDir dir;
    LetterSession f(dir);
    const Case c = f.store(deVriesComplaint());
    const Composed r = compose(f, c, LetterType::CopyToRespondent);
    requireFinal(r);
    CHECK(r.letter.recipient == QStringLiteral("J. Bakker"));
    CHECK(r.text.contains(QStringLiteral("J. Bakker\nTeam Wmo\nGemeente Proefstad")));
    CHECK(r.text.contains(QStringLiteral("Geachte J. Bakker,")));
    CHECK(r.text.contains(QStringLiteral("een klacht van Mevrouw A. de Vries over een gedraging van u als medewerker "
                                         "van Team Wmo")));
    CHECK(r.text.contains(QStringLiteral("artikel 9:9")));
    CHECK_FALSE(r.text.contains(QStringLiteral("Dorpsstraat")));
}

TEST_CASE("afdoeningsbrief: findings and judgment per part, conclusions, measures, ombudsman and term") {
    TempDir dir;
    LetterSession f(dir);
    const Case c = f.store(deVriesComplaint());
    SqlQuery(f.session.database(), QStringLiteral("INSERT INTO measures (title, scope, status, created_at) VALUES "
                                                  "('Terugbelafspraken vastleggen in het zaaksysteem', 'structural', "
                                                  "'planned', '2025-04-14T10:00:00.000Z')"))
        .exec();
    SqlQuery link(f.session.database(),
                  QStringLiteral("INSERT INTO measure_cases (measure_id, case_id) VALUES (last_insert_rowid(), ?)"));
    link.bind(0, c.id).exec();

    const Composed r = compose(f, c, LetterType::Closing);
    requireFinal(r);
    CHECK(r.text.contains(QStringLiteral("Klachtonderdeel 1: Niet teruggebeld\nBevindingen: De consulent heeft drie "
                                         "keer toegezegd terug te bellen en dat niet gedaan.\nOordeel: dit "
                                         "klachtonderdeel is gegrond.")));
    CHECK(r.text.contains(QStringLiteral("Klachtonderdeel 2: Onvriendelijk bejegend")));
    CHECK(r.text.contains(QStringLiteral("dit klachtonderdeel is ongegrond.")));
    CHECK(r.text.contains(QStringLiteral("Ons oordeel over uw klacht als geheel: deels gegrond.")));
    CHECK(r.text.contains(QStringLiteral("Wij bieden u excuses aan en nemen binnen twee weken een besluit.")));
    CHECK(r.text.contains(QStringLiteral("– Terugbelafspraken vastleggen in het zaaksysteem")));
    // The hearing as recorded: the klager, J. Bakker, the verslag (9:10).
    CHECK(
        r.text.contains(QStringLiteral("Op donderdag 10 april 2025 hebben wij u gehoord over uw klacht. Ook J. Bakker, "
                                       "op wiens gedraging uw klacht betrekking heeft, is gehoord, op donderdag 10 "
                                       "april 2025. Het verslag van het horen is u op vrijdag 11 april 2025 "
                                       "toegestuurd.")));
    CHECK(r.text.contains(QStringLiteral("Bent u het niet eens met deze afhandeling?\nDan kunt u binnen een jaar na de "
                                         "datum van deze brief uw klacht voorleggen aan De Nationale ombudsman, "
                                         "Postbus 93122, 2509 AC Den Haag, www.nationaleombudsman.nl.")));
    CHECK(r.text.contains(QStringLiteral("tot en met woensdag 15 april 2026 (artikel 9:24 Awb)")));
    CHECK(r.text.contains(QStringLiteral("Wat wij verbeteren")));
}

TEST_CASE("afdoening is refused without a judgment, and says which part lacks one") {
    TempDir dir;
    LetterSession f(dir);
    Case c = deVriesComplaint();
    c.parts[1].judgment = Outcome::None;
    c = f.store(c);
    Composed r = compose(f, c, LetterType::Closing);
    CHECK_FALSE(r.letter.mayFinalise());
    CHECK(missingSays(r.letter, "Klachtonderdeel 2 (Onvriendelijk bejegend) heeft nog geen oordeel."));

    c.parts.clear();
    c.findings = QStringLiteral("Er is niet teruggebeld.");
    r = compose(f, c, LetterType::Closing);
    CHECK(missingSays(r.letter, "Het oordeel over de klacht ontbreekt"));
}

TEST_CASE("afdoening and niet-behandelen are refused without the ombudsman or the term") {
    TempDir dir;
    MunicipalitySettings settings = proefstadSettings();
    settings.ombudsman.name.clear();
    settings.ombudsman.address.clear();
    LetterSession f(dir, d("2025-04-15"), settings);
    Case c = f.store(deVriesComplaint());
    Composed r = compose(f, c, LetterType::Closing);
    CHECK(missingSays(r.letter, "De naam van de ombudsman ontbreekt"));
    CHECK(missingSays(r.letter, "Het adres van de ombudsman ontbreekt"));

    SECTION("an own template that dropped the ombudsman paragraph") {
        TempDir other;
        LetterSession g(other);
        Case judged = g.store(deVriesComplaint());
        QString own = LetterStore::shippedTemplate(LetterType::NonHandlingNotice);
        own.remove(QRegularExpression(QStringLiteral("<p><b>Bent u het niet eens.*?</p>"),
                                      QRegularExpression::DotMatchesEverythingOption));
        LetterStore(g.session.database(), g.clock, QStringLiteral("f.elamrani"))
            .saveTemplate(LetterType::NonHandlingNotice, own);
        judged.phase = Phase::Intake;
        judged.nonHandlingGround = NonHandlingGround::InsufficientWeight;
        const Composed n = compose(g, judged, LetterType::NonHandlingNotice);
        CHECK(missingSays(n.letter, "De brief noemt de ombudsman (De Nationale ombudsman) niet."));
        CHECK(missingSays(n.letter, "De brief noemt de termijn niet"));
    }
}

TEST_CASE("niet-behandelen is refused without its ground") {
    TempDir dir;
    LetterSession f(dir);
    Case c = deVriesComplaint();
    c.phase = Phase::Intake;
    c = f.store(c);
    const Composed r = compose(f, c, LetterType::NonHandlingNotice);
    CHECK_FALSE(r.letter.mayFinalise());
    CHECK(missingSays(r.letter, "De grond om de klacht niet te behandelen ontbreekt (art. 9:8 Awb)."));
}

TEST_CASE("verdaging without a named beklaagde goes to the head of the department — without the new date refused") {
    TempDir dir;
    LetterSession f(dir);
    Case c = deVriesComplaint();
    c.subject.employee.clear();
    c = f.store(c);
    // Conduct without a named person: not blocked, the second copy goes to the head of Team Wmo.
    Composed r = compose(f, c, LetterType::Adjournment);
    requireFinal(r);
    CHECK(r.letter.recipient == QStringLiteral("Mevrouw A. de Vries en Het hoofd van Team Wmo"));

    c.subject.employee = QStringLiteral("J. Bakker");
    QString own = LetterStore::shippedTemplate(LetterType::Adjournment);
    own.replace(QStringLiteral("{{termijn.verdaagd}}"), QStringLiteral("later"));
    LetterStore(f.session.database(), f.clock, QStringLiteral("f.elamrani")).saveTemplate(LetterType::Adjournment, own);
    r = compose(f, c, LetterType::Adjournment);
    CHECK(missingSays(r.letter, "De nieuwe afhandelingsdatum ontbreekt in de brief"));
}

TEST_CASE("a letter that does not fit the case state is refused with the reason") {
    TempDir dir;
    LetterSession f(dir);
    Case c = deVriesComplaint();
    c.phase = Phase::Intake;
    c = f.store(c);
    const Composed r = compose(f, c, LetterType::Closing);
    CHECK_FALSE(r.letter.mayFinalise());
    CHECK(r.letter.check.missing.first().contains(QStringLiteral("formele fase")));
}

TEST_CASE("an unknown placeholder in an own template refuses the letter — an empty one only warns") {
    TempDir dir;
    MunicipalitySettings settings = proefstadSettings();
    settings.phone.clear();
    LetterSession f(dir, d("2025-04-15"), settings);
    const Case c = f.store(deVriesComplaint());
    LetterStore store(f.session.database(), f.clock, QStringLiteral("f.elamrani"));

    Composed r = compose(f, c, LetterType::HearingInvitation);
    CHECK(r.letter.mayFinalise());
    REQUIRE(r.letter.issues.size() == 1);
    CHECK(r.letter.issues.first().kind == TemplateIssue::Kind::Empty);
    CHECK(r.letter.issues.first().name == QStringLiteral("gemeente.telefoon"));
    CHECK(r.letter.check.warnings.join(QString()).contains(QStringLiteral("{{gemeente.telefoon}} is leeg")));

    store.saveTemplate(LetterType::HearingInvitation,
                       QStringLiteral("<p>{{aan.aanhef}}</p>\n<p>{{klager.voornaam}}</p>"));
    r = compose(f, c, LetterType::HearingInvitation);
    CHECK_FALSE(r.letter.mayFinalise());
    CHECK(missingSays(r.letter, "Onbekend veld {{klager.voornaam}} (regel 2)"));
}
