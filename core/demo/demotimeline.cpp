// What a handler writes in the timeline of a demo case: how it came in, contact moments, agreements,
// notes, and the remark that goes with each workflow step. Placeholders as in demotexts.cpp.
#include "demotexts.h"

namespace {

constexpr QStringView contactMoments[] = {
    u"Klager gebeld over {S}. Verhaal doorgenomen en gevraagd wat klager wil bereiken.",
    u"Klager belde zelf om te vragen hoe het staat met {S}; uitgelegd wat de volgende stap is.",
    u"Contact opgenomen met {D} over {S}; zij zoeken het uit en bellen klager terug.",
    u"Huisbezoek bij klager; de situatie rond {S} aan de keukentafel besproken.",
    u"Voicemail ingesproken bij klager met het verzoek terug te bellen.",
    u"E-mail van klager ontvangen met aanvullende informatie over {S}.",
    u"Overleg met {P} over {S}; zij nemen vandaag nog contact op met klager."};
constexpr QStringView agreements[] = {u"Met klager afgesproken wat er rond {S} moet gebeuren en wie wat doet.",
                                      u"Afgesproken dat {D} uiterlijk vrijdag contact opneemt met klager.",
                                      u"Afgesproken dat klager één vaste contactpersoon krijgt bij {D}.",
                                      u"Afspraken over {S} per e-mail aan klager bevestigd."};
constexpr QStringView notes[] = {u"Navraag gedaan bij {D}: het verzoek over {S} lag stil door ziekte van een collega.",
                                 u"Dossier bekeken: er is inderdaad niet teruggebeld.",
                                 u"Klager heeft liever geen contact meer met de betrokken medewerker.",
                                 u"Gesprek met de teamleider van {D} over wat hiervan te leren valt.",
                                 u"Eerder dit jaar vergelijkbare klachten over {S}; meegenomen voor het jaarverslag."};

// A signal comes from a melder (wijkteam, cliëntondersteuner, raadslid) and is about more than one resident.
constexpr QStringView signalContacts[] = {u"Melder gebeld voor meer voorbeelden.",
                                          u"Navraag bij {D}: zij herkennen het signaal.",
                                          u"Overleg met {P} over het signaal."};
constexpr QStringView signalAgreements[] = {
    u"Afgesproken dat {D} binnen twee weken laat weten wat zij met het signaal doen."};
constexpr QStringView signalNotes[] = {u"Vergelijkbare signalen eerder dit jaar; meegenomen voor het jaarverslag.",
                                       u"Signaal ingebracht in het overleg met de teamleiders."};
constexpr QStringView signalStart[] = {u"Signaal opgepakt; navraag gedaan bij {D}.",
                                       u"Signaal besproken in het teamoverleg; {D} gevraagd om uitleg."};
constexpr QStringView signalResolve[] = {u"Signaal besproken met {D}; werkwijze aangepast en melder geïnformeerd.",
                                         u"Melder teruggekoppeld wat er met het signaal is gedaan."};
constexpr QStringView signalFollowUp[] = {u"Melder nagebeld: de situatie is verbeterd.",
                                          u"Nagevraagd bij de melder: er zijn geen nieuwe meldingen."};

constexpr QStringView startInformal[] = {u"Informeel oppakken: klager wil vooral dat het probleem wordt opgelost.",
                                         u"Samen met klager naar een oplossing zoeken; {D} is ingelicht.",
                                         u"Klager wil geen formele procedure, maar een oplossing voor {S}."};
constexpr QStringView resolve[] = {u"Opgelost naar tevredenheid van klager; afspraken schriftelijk bevestigd.",
                                   u"Klager is tevreden: er is een oplossing voor {S}.",
                                   u"Oplossing met klager en {D} afgesproken; klager is tevreden."};
constexpr QStringView startFormal[] = {u"Klager wil een formeel oordeel over de gedraging.",
                                       u"Informele oplossing niet gelukt; formele behandeling gestart.",
                                       u"Klager staat erop dat de klacht formeel wordt behandeld."};
constexpr QStringView decline[] = {u"Kennisgeving niet-behandelen verstuurd, met verwijzing naar de ombudsman.",
                                   u"Klacht niet in behandeling genomen; klager schriftelijk geïnformeerd."};
constexpr QStringView refer[] = {u"Warme overdracht aan {P}; contactpersoon ingelicht en klager op de hoogte gebracht.",
                                 u"Met klager afgesproken dat {P} dit oppakt; wij bellen na of het gelukt is."};
constexpr QStringView feedback[] = {u"{P} laat weten dat het is opgelost; klager bevestigt dit.",
                                    u"Terugkoppeling van {P} ontvangen: afspraken met klager gemaakt."};
constexpr QStringView resume[] = {u"{P} komt er niet uit; wij pakken het weer zelf op."};
constexpr QStringView planHearing[] = {u"Uitnodiging hoorzitting verstuurd aan klager en beklaagde.",
                                       u"Hoorzitting ingepland; klager en beklaagde uitgenodigd."};
constexpr QStringView hearing[] = {u"Hoorzitting gehouden; de klager en de beklaagde zijn ieder apart gehoord.",
                                   u"Gesprek gevoerd over de klacht; aantekeningen gemaakt voor het verslag."};
constexpr QStringView hearingException[] = {u"Niet horen: reden vastgelegd en klager geïnformeerd."};
constexpr QStringView adjourn[] = {
    u"Verdaging: het onderzoek kost meer tijd; klager en beklaagde schriftelijk geïnformeerd.",
    u"Afdoening verdaagd met vier weken; brief aan klager en beklaagde."};
constexpr QStringView consent[] = {u"Klager stemt schriftelijk in met verder uitstel."};
constexpr QStringView hearingReport[] = {
    u"Hoorverslag opgesteld en aan klager en beklaagde gestuurd.",
    u"Verslag van het horen naar beide partijen gestuurd, met de vraag of het klopt."};
constexpr QStringView committeeAdvice[] = {
    u"Advies van de klachtadviescommissie ontvangen.",
    u"De commissie heeft haar advies uitgebracht; het gaat mee met de afdoening."};
constexpr QStringView closeLetter[] = {
    u"Afdoeningsbrief verstuurd vanuit het documentsysteem, met de verwijzing naar de "
    u"ombudsman."};
constexpr QStringView returnToInformal[] = {
    u"Klager wil toch liever samen naar een oplossing zoeken; de formele behandeling is gestopt."};
constexpr QStringView judge[] = {u"Oordeel vastgesteld met de bevindingen en conclusies voor de afdoeningsbrief.",
                                 u"Oordeel bepaald na het horen van beide partijen."};
constexpr QStringView withdraw[] = {u"Klager trekt de klacht in: het probleem is inmiddels opgelost.",
                                    u"Klager ziet af van verdere behandeling.",
                                    u"Klager laat weten dat het niet meer hoeft; telefonisch bevestigd."};
constexpr QStringView firstContact[] = {u"Eerste contact met klager: verhaal gehoord en verwachtingen besproken.",
                                        u"Klager teruggebeld; gevraagd wat klager wil bereiken."};
constexpr QStringView acknowledgement[] = {u"Ontvangstbevestiging verstuurd."};
constexpr QStringView followUp[] = {u"Nagebeld: klager geeft aan dat het nu goed gaat.",
                                    u"Nagebeld: de afspraak over {S} is nagekomen.",
                                    u"Nagebeld: klager is tevreden, maar vond dat het te lang duurde."};
constexpr QStringView reopen[] = {u"Klager belt terug: het probleem is er weer. Zaak heropend."};

} // namespace

QString DemoTexts::receiptNote(CaseKind kind, Channel channel) {
    const QStringView what = kind == CaseKind::Signal             ? u"Signaal"
                             : kind == CaseKind::WrittenComplaint ? u"Klaagschrift"
                                                                  : u"Klacht";
    QStringView how;
    switch (channel) {
    case Channel::Phone: how = u"telefonisch ontvangen."; break;
    case Channel::Desk: how = u"aan de balie ontvangen."; break;
    case Channel::Email: how = u"ontvangen per e-mail."; break;
    case Channel::Letter: how = u"ontvangen per post."; break;
    case Channel::WebForm: how = u"ontvangen via het webformulier."; break;
    case Channel::NeighbourhoodTeam: how = u"doorgegeven door het wijkteam."; break;
    case Channel::KitchenTable: how = u"geuit tijdens een keukentafelgesprek en doorgegeven door de consulent."; break;
    case Channel::ViaCouncillor: how = u"doorgegeven door een raadslid."; break;
    case Channel::SocialMedia: how = u"ontvangen via sociale media."; break;
    case Channel::Other: how = u"ontvangen via een ketenpartner."; break;
    }
    return what % u' ' % how;
}

QString DemoTexts::timelineText(DemoRandom& rng, const Context& ctx, EventKind kind) {
    QStringView text;
    switch (kind) {
    case EventKind::Agreement: text = ctx.signal ? rng.pick(signalAgreements) : rng.pick(agreements); break;
    case EventKind::Note: text = ctx.signal ? rng.pick(signalNotes) : rng.pick(notes); break;
    default: text = ctx.signal ? rng.pick(signalContacts) : rng.pick(contactMoments); break;
    }
    if (ctx.provider.isEmpty() && text.contains(u"{P}"))
        text = ctx.signal ? signalContacts[0] : contactMoments[0];
    return fill(ctx, text);
}

QString DemoTexts::transitionNote(DemoRandom& rng, const Context& ctx, WorkflowAction action) {
    switch (action) {
    case WorkflowAction::StartInformal: return fill(ctx, ctx.signal ? rng.pick(signalStart) : rng.pick(startInformal));
    case WorkflowAction::ResolveToSatisfaction:
        return fill(ctx, ctx.signal ? rng.pick(signalResolve) : rng.pick(resolve));
    case WorkflowAction::StartFormal: return fill(ctx, rng.pick(startFormal));
    case WorkflowAction::DeclineToHandle: return fill(ctx, rng.pick(decline));
    case WorkflowAction::Refer: return fill(ctx, rng.pick(refer));
    case WorkflowAction::RecordReferralFeedback: return fill(ctx, rng.pick(feedback));
    case WorkflowAction::ResumeInformal: return fill(ctx, rng.pick(resume));
    case WorkflowAction::PlanHearing: return fill(ctx, rng.pick(planHearing));
    case WorkflowAction::RecordHearing: return fill(ctx, rng.pick(hearing));
    case WorkflowAction::RecordHearingException: return fill(ctx, rng.pick(hearingException));
    case WorkflowAction::Adjourn: return fill(ctx, rng.pick(adjourn));
    case WorkflowAction::RecordConsent: return fill(ctx, rng.pick(consent));
    case WorkflowAction::Judge: return fill(ctx, rng.pick(judge));
    case WorkflowAction::RecordHearingReport: return fill(ctx, rng.pick(hearingReport));
    case WorkflowAction::RecordCommitteeAdvice: return fill(ctx, rng.pick(committeeAdvice));
    case WorkflowAction::Close: return fill(ctx, rng.pick(closeLetter));
    case WorkflowAction::ReturnToInformal: return fill(ctx, rng.pick(returnToInformal));
    case WorkflowAction::Withdraw: return fill(ctx, rng.pick(withdraw));
    case WorkflowAction::Reopen: return fill(ctx, rng.pick(reopen));
    case WorkflowAction::RecordFirstContact: return fill(ctx, rng.pick(firstContact));
    case WorkflowAction::RecordAcknowledgement: return fill(ctx, rng.pick(acknowledgement));
    case WorkflowAction::RecordFollowUp: return fill(ctx, ctx.signal ? rng.pick(signalFollowUp) : rng.pick(followUp));
    }
    return {};
}
