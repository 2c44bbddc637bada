#include "samplecase.h"

namespace {

ComplaintPart part(const char* description, const char* findings, Outcome judgment) {
    return ComplaintPart{QString::fromUtf8(description), QString::fromUtf8(findings), judgment};
}

} // namespace

Case SampleCase::forType(LetterType type, QDate today) {
    Case c;
    c.reference = QStringLiteral("KL-%1-0001").arg(today.year());
    c.kind = CaseKind::WrittenComplaint;
    c.channel = Channel::Letter;
    c.received = today.addDays(-21);
    c.conductDate = today.addDays(-40);
    c.klager.name = QStringLiteral("Mevrouw A. de Vries-Jansen");
    c.klager.address = QStringLiteral("Voorbeeldstraat 12\n1234 AB Voorbeeldstad");
    c.klager.phone = QStringLiteral("06-12345678");
    c.klager.email = QStringLiteral("a.devries@example.nl");
    c.subject.department = QStringLiteral("Team Wmo");
    c.subject.employee = QStringLiteral("De heer P. Bakker");
    c.domain = PolicyDomain::Wmo;
    c.story = QStringLiteral("Mijn aanvraag voor huishoudelijke hulp ligt al acht weken stil en ik word niet "
                             "teruggebeld.");
    c.desiredOutcome = QStringLiteral("Een besluit op mijn aanvraag en excuses voor het uitblijven van reactie.");
    c.handler = QStringLiteral("M. Klaassen");
    c.phase = Phase::Formal;
    c.acknowledgementSent = c.received.addDays(3);

    switch (type) {
    case LetterType::InformalResolution: c.phase = Phase::Informal; break;
    case LetterType::HearingInvitation: c.hearingPlanned = today.addDays(14); break;
    case LetterType::ConsentRequest: c.adjournedOn = today.addDays(-7); break;
    case LetterType::NonHandlingNotice:
        c.phase = Phase::Intake;
        c.conductDate = c.received.addYears(-2);
        c.nonHandlingGround = NonHandlingGround::OlderThanOneYear;
        break;
    case LetterType::Closing:
        c.hearingHeld = today.addDays(-7);
        c.parts = {part("Er is acht weken niet op de aanvraag beslist.",
                        "De aanvraag is door een personeelstekort blijven liggen.", Outcome::Upheld),
                   part("Mevrouw is niet teruggebeld.", "Er zijn twee terugbelverzoeken genoteerd; één is beantwoord.",
                        Outcome::PartlyUpheld),
                   part("De consulent was onvriendelijk aan de telefoon.",
                        "Het gesprek is niet na te gaan; beide lezingen verschillen.", Outcome::NoJudgment)};
        c.conclusions = QStringLiteral("Wij nemen binnen twee weken een besluit op uw aanvraag en hebben de "
                                       "werkwijze voor terugbelverzoeken aangepast.");
        break;
    default: break;
    }
    return c;
}
