// The letters as legal acts, stored: sending (or recording as sent elsewhere) the afdoeningsbrief
// closes a formal complaint on the letter's date, the verdagingsbrief adjourns (also without a named
// beklaagde), the letters say what the law requires and what was recorded, the committee is fixed at
// receipt, and reopening after an afdoening registers a new, linked complaint. All through
// CaseService and LetterSender, with their permissions.
//
// Mevrouw A. de Vries's klaagschrift (pinnedcomplaint.h) is received on Friday 7 March 2025:
//   9:11 lid 1: Fri 18 Apr Goede Vrijdag, Mon 21 Apr tweede Paasdag → dinsdag 22 april 2025;
//   9:11 lid 2: 6 + 4 weeks → vrijdag 16 mei 2025; 9:24 from a letter of Tue 15 Apr 2025 → 15 april 2026.
#include "testsupport.h"

#include "pinnedcomplaint.h"

#include "letters/lettercomposer.h"
#include "letters/letterfields.h"
#include "letters/lettersender.h"
#include "storage/storageerror.h"
#include "users/userrepository.h"
#include "workflow/caseservice.h"
#include "workflow/eventtext.h"

namespace {

ComposedLetter compose(LetterSession& f, const Case& c, LetterType type, QDate date) {
    return LetterComposer(f.session).compose(c, type, date);
}

QString lettersText(const ComposedLetter& letter) {
    return plainText(letter.html);
}

} // namespace

TEST_CASE("sending the afdoeningsbrief closes the formal complaint on the letter's date", "[law][afdoening]") {
    TempDir dir;
    LetterSession f(dir, d("2025-04-17"));
    Case c = f.store(deVriesComplaint());
    REQUIRE(c.isOpen());
    // The letter is dated Tue 15 April 2025, two days before it is recorded.
    const ComposedLetter letter = compose(f, c, LetterType::Closing, d("2025-04-15"));
    INFO(letter.check.missing.join(u'\n').toStdString());
    REQUIRE(letter.mayFinalise());
    Case saved;
    LetterSender(f.session).send(letter, &saved);
    const Case stored = f.session.cases().load(c.id);
    CHECK(stored.phase == Phase::Closed);
    CHECK(stored.outcome == Outcome::PartlyUpheld); // one part gegrond, one ongegrond
    CHECK(stored.closedOn == d("2025-04-15"));
    CHECK(stored.closingNoticeSent == d("2025-04-15"));
    CHECK(f.session.engine().timeliness(stored) == Timeliness::WithinTerm);
    // One letter entry, language-neutral, and the Close step's record.
    const CaseEvent& last = stored.events.constLast();
    CHECK(last.code == QStringLiteral("letter.sent"));
    CHECK(last.params.value(QStringLiteral("type")) == QStringLiteral("afdoening"));
    CHECK(EventText::render(last) == QStringLiteral("Brief verstuurd: Afdoeningsbrief (aan Mevrouw A. de Vries)"));
    CHECK(std::any_of(stored.events.cbegin(), stored.events.cend(),
                      [](const CaseEvent& e) { return e.code == QStringLiteral("workflow.close"); }));
    // The letter names the ombudsman term from its own date: woensdag 15 april 2026.
    CHECK(lettersText(letter).contains(QStringLiteral("tot en met woensdag 15 april 2026")));
    // Sent once: the letter no longer fits the closed case.
    CHECK_FALSE(LetterTypes::isAvailable(LetterType::Closing, stored, f.session.engine(), d("2025-04-17")));
}

TEST_CASE("an afdoeningsbrief written elsewhere, recorded as sent, is the same legal act", "[law][afdoening]") {
    TempDir dir;
    LetterSession f(dir, d("2025-04-24"));
    Case c = f.store(deVriesComplaint());
    // Dated Wed 23 April 2025: a day after the term of Tue 22 April.
    REQUIRE(CaseService(f.session).recordLetter(c, LetterType::Closing, d("2025-04-23")));
    const Case stored = f.session.cases().load(c.id);
    CHECK(stored.closedOn == d("2025-04-23"));
    CHECK(stored.closingNoticeSent == d("2025-04-23"));
    CHECK(f.session.engine().timeliness(stored) == Timeliness::Late);
    CHECK(stored.events.constLast().params.value(QStringLiteral("origin")) == QStringLiteral("elsewhere"));
    // No letter document is stored for it (the dossier does not yet hold documents).
    CHECK(LetterStore(f.session.database(), f.clock, QString()).lettersOf(c.id).isEmpty());
}

TEST_CASE("the afdoeningsbrief is refused without findings and conclusions, and tells the recorded hearing",
          "[law][afdoening]") {
    TempDir dir;
    LetterSession f(dir, d("2025-04-15"));
    Case c = deVriesComplaint();
    c.hearingPlanned = d("2025-04-08"); // planned for the 8th, held on the 10th
    c.parts[0].findings.clear();
    c.conclusions.clear();
    c = f.store(c);
    const ComposedLetter refused = compose(f, c, LetterType::Closing, d("2025-04-15"));
    CHECK_FALSE(refused.mayFinalise());
    const QString missing = refused.check.missing.join(u'\n');
    CHECK(missing.contains(QStringLiteral("klachtonderdeel 1 ontbreken de bevindingen")));
    CHECK(missing.contains(QStringLiteral("De conclusies ontbreken")));
    CHECK_THROWS_AS(LetterSender(f.session).send(refused), StorageError);
    CHECK(f.session.cases().load(c.id).isOpen());

    c.parts[0].findings = QStringLiteral("Drie keer toegezegd terug te bellen, niet gedaan.");
    c.conclusions = QStringLiteral("Wij bieden u excuses aan.");
    f.session.cases().save(c);
    const QString text = lettersText(compose(f, c, LetterType::Closing, d("2025-04-15")));
    // From what was recorded: who was heard on which day, and the verslag; never the planned date.
    CHECK(text.contains(QStringLiteral("Op donderdag 10 april 2025 hebben wij u gehoord over uw klacht.")));
    CHECK(text.contains(QStringLiteral("Ook J. Bakker, op wiens gedraging uw klacht betrekking heeft, is gehoord")));
    CHECK(text.contains(QStringLiteral("Het verslag van het horen is u op vrijdag 11 april 2025 toegestuurd.")));
    CHECK_FALSE(text.contains(QStringLiteral("8 april 2025")));
}

TEST_CASE("the verdagingsbrief without a named beklaagde goes to the head of the department and adjourns",
          "[law][verdaging]") {
    TempDir dir;
    LetterSession f(dir, d("2025-04-15"));
    Case c = deVriesComplaint();
    c.subject.employee.clear(); // unreachability of Team Wmo: nobody in particular
    c.parts.clear();
    c = f.store(c);
    const ComposedLetter letter = compose(f, c, LetterType::Adjournment, d("2025-04-15"));
    INFO(letter.check.missing.join(u'\n').toStdString());
    REQUIRE(letter.mayFinalise());
    REQUIRE(letter.copies.size() == 2);
    CHECK(letter.recipient == QStringLiteral("Mevrouw A. de Vries en Het hoofd van Team Wmo"));
    CHECK(plainText(letter.copies.at(1).html)
              .contains(QStringLiteral("het hoofd van Team Wmo, omdat de klacht niet "
                                       "over een bepaalde medewerker gaat")));
    LetterSender(f.session).send(letter);
    const Case stored = f.session.cases().load(c.id);
    CHECK(stored.adjournedOn == d("2025-04-15"));
    CHECK(f.session.engine().governingHandlingDeadline(stored, d("2025-04-15"))->due == d("2025-05-16"));
}

TEST_CASE("the afschrift to the beklaagde states the date that governs after a verdaging", "[law][afschrift]") {
    TempDir dir;
    LetterSession f(dir, d("2025-04-16"));
    Case c = deVriesComplaint();
    c.adjournedOn = d("2025-04-15");
    c = f.store(c);
    const ComposedLetter letter = compose(f, c, LetterType::CopyToRespondent, d("2025-04-16"));
    INFO(letter.check.missing.join(u'\n').toStdString());
    REQUIRE(letter.mayFinalise());
    const QString text = lettersText(letter);
    CHECK(text.contains(QStringLiteral("De klacht wordt uiterlijk op vrijdag 16 mei 2025 afgehandeld.")));
    CHECK_FALSE(text.contains(QStringLiteral("dinsdag 22 april 2025")));
    // A municipality template that still names the original term is refused.
    const ComposedLetter old = LetterComposer(f.session).compose(
        c, LetterType::CopyToRespondent, d("2025-04-16"),
        QStringLiteral("<p>{{aan.aanhef}}</p><p>De klacht wordt uiterlijk op {{termijn.afdoening}} afgehandeld.</p>"));
    CHECK(old.check.missing.join(u'\n').contains(QStringLiteral("vrijdag 16 mei 2025")));
}

TEST_CASE("the kennisgeving niet-behandelen quotes the ground of art. 9:8 accurately", "[law][9:8]") {
    TempDir dir;
    LetterSession f(dir, d("2025-03-20"));
    struct Row {
        NonHandlingGround ground;
        const char* words;
    };
    const QList<Row> rows{
        {NonHandlingGround::AlreadyHandled, "met inachtneming van artikel 9:4 en volgende"},
        {NonHandlingGround::OpenToAppeal, "bestaat niet uit het niet tijdig nemen van een besluit"},
        {NonHandlingGround::BeforeCourt, "een andere rechterlijke instantie dan een bestuursrechter"},
        {NonHandlingGround::CriminalInvestigation, "zolang dat zo is, behandelen wij uw klacht niet"},
        {NonHandlingGround::CriminalInvestigation, "of een vervolging gaande"},
    };
    for (const Row& row : rows) {
        Case c = deVriesComplaint();
        c.reference.clear();
        c.phase = Phase::Intake;
        c.nonHandlingGround = row.ground;
        c = f.store(c);
        const QString text = lettersText(compose(f, c, LetterType::NonHandlingNotice, d("2025-03-20")));
        INFO(EnumText::code(row.ground).toStdString());
        CHECK(text.contains(QString::fromUtf8(row.words)));
        CHECK(text.contains(LetterFields::groundText(row.ground)));
    }
}

TEST_CASE("whether a committee advises is fixed at receipt, said in the acknowledgement and enclosed (9:15, 9:16)",
          "[law][commissie]") {
    TempDir dir;
    LetterSession withoutCommittee(dir, d("2025-03-07"));
    Case c = deVriesComplaint();
    c.reference.clear();
    c.committee = true;
    // The municipality has no committee: refused, nothing stored.
    CHECK_THROWS_AS(CaseService(withoutCommittee.session).registerCase(c), StorageError);
    CHECK(withoutCommittee.session.cases().count() == 0);

    TempDir other;
    MunicipalitySettings settings = proefstadSettings();
    settings.committee = true;
    LetterSession f(other, d("2025-03-07"), settings);
    CaseService(f.session).registerCase(c);
    CHECK(c.committeeDecidedOn == d("2025-03-07"));
    CHECK(c.committeeReason.contains(QStringLiteral("Klachtregeling")));
    // Afterwards it cannot silently change 10 weeks back into 6.
    Case edited = c;
    edited.committee = false;
    CHECK(CaseService::editRefusal(c, edited).contains(QStringLiteral("vast bij ontvangst")));
    // The acknowledgement must say a committee advises.
    const ComposedLetter bare = LetterComposer(f.session).compose(
        c, LetterType::Acknowledgement, d("2025-03-10"), QStringLiteral("<p>{{aan.aanhef}}</p><p>Ontvangen.</p>"));
    CHECK(bare.check.missing.join(u'\n').contains(QStringLiteral("9:15")));
    CHECK(compose(f, c, LetterType::Acknowledgement, d("2025-03-10")).mayFinalise());
    // The afdoening: the advice recorded and enclosed; departing from it with reasons.
    c = f.session.cases().load(c.id);
    CHECK(Workflow::closingGaps(c).join(u'\n').contains(QStringLiteral("advies van de klachtadviescommissie")));
    c.committeeAdviceOn = d("2025-05-02");
    c.committeeAdvice = Outcome::Rejected;
    f.session.cases().save(c);
    CHECK(Workflow::closingGaps(c).join(u'\n').contains(QStringLiteral("wijkt af")));
    c.departureReasons = QStringLiteral("De gevolgen voor de klager wegen zwaarder dan de commissie meende.");
    f.session.cases().save(c);
    const ComposedLetter closing = compose(f, c, LetterType::Closing, d("2025-05-09"));
    INFO(closing.check.missing.join(u'\n').toStdString());
    CHECK(closing.mayFinalise());
    const QString text = lettersText(closing);
    CHECK(text.contains(QStringLiteral("op vrijdag 2 mei 2025 over uw klacht geadviseerd")));
    CHECK(text.contains(QStringLiteral("Het advies van de commissie is bij deze brief gevoegd")));
    CHECK(text.contains(QStringLiteral("De gevolgen voor de klager wegen zwaarder")));
}

TEST_CASE("reopening after an afdoening registers a new complaint linked to the old one", "[law][heropenen]") {
    TempDir dir;
    LetterSession f(dir, d("2025-05-01"));
    Case c = deVriesComplaint();
    c.adjournedOn = d("2025-04-15");
    c = f.store(c);
    REQUIRE(CaseService(f.session).recordLetter(c, LetterType::Closing, d("2025-04-25")));
    c = f.session.cases().load(c.id);
    Case next;
    REQUIRE(CaseService(f.session).reopen(c, d("2025-05-01"), QStringLiteral("Het probleem is terug."), &next));
    // The old complaint stays afgedaan and names its successor.
    const Case old = f.session.cases().load(c.id);
    CHECK(old.phase == Phase::Closed);
    CHECK(old.outcome == Outcome::PartlyUpheld);
    CHECK(old.events.constLast().code == QStringLiteral("case.reopened_as"));
    CHECK(old.events.constLast().params.value(QStringLiteral("successor")) == next.reference);
    // The new one: received on Thu 1 May 2025, its own term (6 weeks: Thu 12 June 2025), nothing carried over.
    const Case fresh = f.session.cases().load(next.id);
    CHECK(fresh.predecessor == old.reference);
    CHECK(fresh.received == d("2025-05-01"));
    CHECK(fresh.phase == Phase::Intake);
    CHECK(fresh.klager == old.klager);
    CHECK_FALSE(fresh.adjournedOn.isValid());
    CHECK_FALSE(fresh.hearingHeld.isValid());
    CHECK(fresh.respondentHearing == RespondentHearing::None);
    CHECK(fresh.parts.isEmpty());
    CHECK(f.session.engine().handlingTerms(fresh.received, fresh.committee).handling.due == d("2025-06-12"));
}

TEST_CASE("a klachtbehandelaar cannot send the afdoening: that is the coordinator's sign-off", "[law][rollen]") {
    TempDir dir;
    LetterSession f(dir, d("2025-04-15"));
    UserRepository users = f.session.users();
    // The first user becomes beheerder; then the handler whose account runs the session.
    User admin{0, QStringLiteral("beheer"), QStringLiteral("Beheerder"), Role::Admin, true};
    User handler{0, QStringLiteral("f.elamrani"), QStringLiteral("Fatima el Amrani"), Role::Handler, true};
    users.add(admin);
    users.add(handler);
    f.session.reloadUsers();
    REQUIRE(f.session.currentUser());
    Case c = deVriesComplaint();
    c.handler = QStringLiteral("f.elamrani");
    c = f.store(c);
    const ComposedLetter letter = compose(f, c, LetterType::Closing, d("2025-04-15"));
    REQUIRE(letter.mayFinalise());
    try {
        LetterSender(f.session).send(letter);
        FAIL("a handler closed a formal complaint");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::ReadOnly);
        CHECK(e.message().contains(QStringLiteral("klachtencoördinator")));
    }
    CHECK(f.session.cases().load(c.id).isOpen());
    CHECK_FALSE(CaseService(f.session).recordLetter(c, LetterType::Closing, d("2025-04-15")));
}
