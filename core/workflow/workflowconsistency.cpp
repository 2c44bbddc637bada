#include "workflow.h"

#include "../domain/judgment.h"

// The consistency check of stored cases (aantafel-cli check): everything the workflow could never
// have produced, for cases that were imported, edited by hand or written by an older version.

namespace {

// What every case has, and what an open or a closed case has.
void addClosureProblems(QStringList& problems, const Case& c) {
    if (c.reference.trimmed().isEmpty())
        problems.append(Workflow::tr("Het zaaknummer ontbreekt."));
    if (!c.received.isValid())
        problems.append(Workflow::tr("De ontvangstdatum ontbreekt."));

    if (c.isOpen()) {
        if (c.outcome != Outcome::None)
            problems.append(
                Workflow::tr("De zaak is open maar heeft al een uitkomst (%1).").arg(EnumText::label(c.outcome)));
        if (c.closedOn.isValid())
            problems.append(Workflow::tr("De zaak is open maar heeft een afsluitdatum."));
    } else {
        if (c.outcome == Outcome::None)
            problems.append(Workflow::tr("De zaak is afgesloten zonder uitkomst."));
        if (!c.closedOn.isValid())
            problems.append(Workflow::tr("De zaak is afgesloten zonder afsluitdatum."));
    }
    if (c.closedOn.isValid() && c.received.isValid() && c.closedOn < c.received)
        problems.append(Workflow::tr("De afsluitdatum ligt voor de ontvangstdatum."));
}

// What the outcome asks for: the grounds of 9:8, the klager's confirmation of 9:5, and for a judgment
// the hearing, the afdoening and the committee's advice.
void addOutcomeProblems(QStringList& problems, const Case& c) {
    const bool signal = c.kind == CaseKind::Signal;
    if (c.outcome == Outcome::NotHandled) {
        if (c.nonHandlingGround == NonHandlingGround::None)
            problems.append(Workflow::tr("Niet in behandeling genomen zonder grond (art. 9:8 Awb)."));
        if (!c.nonHandlingNoticeSent.isValid())
            problems.append(Workflow::tr("Niet in behandeling genomen zonder datum van de schriftelijke kennisgeving "
                                         "(art. 9:8 lid 3 Awb)."));
    }
    if (c.outcome == Outcome::ResolvedToSatisfaction && c.satisfactionConfirmation == ConfirmationMethod::None)
        problems.append(
            Workflow::tr("Naar tevredenheid opgelost zonder vastgelegde bevestiging van de klager (art. 9:5 Awb)."));
    if (isJudgment(c.outcome)) {
        if (!c.hearingHeld.isValid() && c.hearingException == HearingException::None)
            problems.append(Workflow::tr("Oordeel (%1) zonder hoorzitting of vastgelegde reden om van horen af te zien "
                                         "(art. 9:10 Awb).")
                                .arg(EnumText::label(c.outcome)));
        if (signal)
            problems.append(Workflow::tr("Een signaal heeft een oordeel (%1), maar kent geen formele klachtprocedure.")
                                .arg(EnumText::label(c.outcome)));
        if (!c.historyImported) {
            if (!c.closingNoticeSent.isValid())
                problems.append(Workflow::tr("Formeel afgesloten (%1) zonder schriftelijke afdoening: er is geen "
                                             "afdoeningsbrief verstuurd of vastgelegd (art. 9:12 lid 1 Awb).")
                                    .arg(EnumText::label(c.outcome)));
            else if (c.closedOn.isValid() && c.closedOn != c.closingNoticeSent)
                problems.append(
                    Workflow::tr("Afgesloten op %1, maar de afdoeningsbrief is van %2: de klacht is afgehandeld "
                                 "op de dag van de brief (art. 9:12 lid 1 Awb).")
                        .arg(TermCalculator::shortDate(c.closedOn), TermCalculator::shortDate(c.closingNoticeSent)));
            if (!c.hearingHeld.isValid() && !c.subject.employee.trimmed().isEmpty() &&
                c.respondentHearing == RespondentHearing::None)
                problems.append(
                    Workflow::tr("Oordeel zonder vastgelegd horen van de beklaagde: van horen afzien (art. 9:10 lid "
                                 "2 Awb) geldt alleen voor de klager."));
            if (Workflow::anyoneHeard(c) && c.hearingReport.trimmed().isEmpty())
                problems.append(Workflow::tr("Gehoord zonder vastgelegd hoorverslag (art. 9:10 lid 3 Awb)."));
            if (c.committee && !c.committeeAdviceOn.isValid())
                problems.append(
                    Workflow::tr("Een klachtadviescommissie adviseert, maar haar advies is niet vastgelegd (art. "
                                 "9:16 Awb)."));
        }
        if (c.hearingException == HearingException::ManifestlyUnfounded &&
            (c.outcome == Outcome::Upheld || c.outcome == Outcome::PartlyUpheld))
            problems.append(
                Workflow::tr("Oordeel %1, terwijl van horen is afgezien omdat de klacht kennelijk ongegrond was "
                             "(art. 9:10 lid 2 a Awb).")
                    .arg(EnumText::label(c.outcome).toLower()));
    }
    if (c.hearingException == HearingException::NoReply && !c.hearingReplyTerm.isValid() && !c.historyImported)
        problems.append(
            Workflow::tr("Afgezien van horen omdat de klager niet reageerde, zonder de termijn die hem was gesteld "
                         "(art. 9:10 lid 2 c Awb)."));
    if (Workflow::aboutProviderConduct(c) && (c.phase == Phase::Formal || isJudgment(c.outcome)))
        problems.append(
            Workflow::tr("Formeel behandeld als klacht over de aanbieder %1; klachten over een gecontracteerde "
                         "aanbieder vallen onder diens eigen klachtregels, de gemeente behandelt alleen haar eigen "
                         "regie.")
                .arg(c.subject.provider.trimmed()));
}

// A warme overdracht names its provider and follows up its feedback.
void addReferralProblems(QStringList& problems, const Case& c) {
    if (c.outcome == Outcome::Referred) {
        if (!c.referralFeedback.isValid())
            problems.append(Workflow::tr("Uitkomst doorverwezen zonder vastgelegde terugkoppeling van de aanbieder."));
        if (c.referralProvider.trimmed().isEmpty())
            problems.append(Workflow::tr("Uitkomst doorverwezen zonder aanbieder."));
    }

    if (c.phase == Phase::Referred) {
        if (c.referralProvider.trimmed().isEmpty())
            problems.append(Workflow::tr("Warme overdracht zonder aanbieder."));
        if (!c.referralFollowUp.isValid())
            problems.append(Workflow::tr("Warme overdracht zonder datum om de terugkoppeling na te vragen."));
    }
}

// The verdaging and the klager's consent to further delay (9:11), against the case's handling terms.
void addTermProblems(QStringList& problems, const Case& c, const DeadlineEngine& engine) {
    const bool signal = c.kind == CaseKind::Signal;
    if (c.received.isValid() && !signal) {
        const HandlingTerms terms = engine.handlingTerms(c.received, c.committee);
        if (c.isAdjourned() && !DeadlineEngine::adjournmentCounts(c, terms))
            problems.append(
                Workflow::tr("Verdaagd op %1, na het einde van de afhandelingstermijn (%2): die verdaging telt niet "
                             "(art. 9:11 lid 2 Awb).")
                    .arg(TermCalculator::shortDate(c.adjournedOn), TermCalculator::shortDate(terms.handling.due)));
        else if (c.consentReceived.isValid() && c.isAdjourned() && c.consentReceived > terms.handlingExtended.due)
            problems.append(
                Workflow::tr("Instemming met verder uitstel ontvangen op %1, nadat de verdaagde termijn (%2) was "
                             "verstreken: de klacht blijft te laat (art. 9:11 lid 3 Awb).")
                    .arg(TermCalculator::shortDate(c.consentReceived),
                         TermCalculator::shortDate(terms.handlingExtended.due)));
    }
    if (!c.isAdjourned() && (c.consentReceived.isValid() || c.agreedDueDate.isValid()))
        problems.append(Workflow::tr("Instemming met verder uitstel of een afgesproken datum zonder verdaging "
                                     "(art. 9:11 lid 3 Awb)."));
    if (c.consentReceived.isValid() != c.agreedDueDate.isValid())
        problems.append(Workflow::tr("Instemming met verder uitstel en de afgesproken datum horen samen te gaan."));
    if (signal && c.isAdjourned())
        problems.append(Workflow::tr("Een signaal is verdaagd, maar kent geen afhandelingstermijn."));
    if (signal && c.phase == Phase::Formal)
        problems.append(Workflow::tr("Een signaal staat in de fase %1, maar kent geen formele klachtprocedure.")
                            .arg(EnumText::label(Phase::Formal)));
}

} // namespace

QStringList Workflow::consistencyProblems(const Case& c) const {
    QStringList problems;
    addClosureProblems(problems, c);
    addOutcomeProblems(problems, c);
    addReferralProblems(problems, c);
    addTermProblems(problems, c, m_engine);
    return problems;
}
