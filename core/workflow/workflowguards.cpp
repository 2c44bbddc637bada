#include "workflow.h"

#include "../domain/judgment.h"

// The guards of the workflow: which actions the state of a case allows, and whether the dates and
// parameters of a request make sense. Every refusal is a Dutch sentence the handler can act on.

#include <algorithm>
#include <initializer_list>

QDate Workflow::effectiveDate(const TransitionRequest& request, QDate today) {
    return request.date.isValid() ? request.date : today;
}

QString Workflow::referralProviderFor(const Case& c, const TransitionRequest& request) {
    const QString provider = request.provider.trimmed();
    return provider.isEmpty() ? c.subject.provider.trimmed() : provider;
}

QDate Workflow::referralFollowUpFor(const TransitionRequest& request, QDate date) const {
    if (request.followUp.isValid())
        return request.followUp;
    return m_engine.calculator().addWorkingDays(date, m_engine.terms().referralFollowUpWorkingDays).due;
}

QDate Workflow::satisfactionFollowUpFor(const TransitionRequest& request, QDate date) const {
    if (request.followUp.isValid())
        return request.followUp;
    return m_engine.calculator().addWorkingDays(date, m_engine.terms().followUpWorkingDays).due;
}

// "“X” kan alleen in de fase A, B of C"; empty when the case is in one of phases.
QString Workflow::phaseRefusal(const Case& c, WorkflowAction action, std::initializer_list<Phase> phases) {
    if (std::find(phases.begin(), phases.end(), c.phase) != phases.end())
        return {};
    QStringList names;
    for (Phase p : phases)
        names.append(EnumText::label(p));
    // "A", "A of B", "A, B of C": the last two joined by the translator's own word for "or".
    const QString last = names.takeLast();
    const QString alternatives =
        names.isEmpty() ? last : tr("%1 of %2", "alternatives").arg(names.join(QStringLiteral(", ")), last);
    return tr("\u201c%1\u201d kan alleen in de fase %2; deze zaak staat in de fase %3.")
        .arg(label(action), alternatives, EnumText::label(c.phase));
}

QString Workflow::stateRefusal(const Case& c, WorkflowAction action) const {
    switch (action) {
    case WorkflowAction::StartInformal: return phaseRefusal(c, action, {Phase::Intake});
    case WorkflowAction::ResolveToSatisfaction: return phaseRefusal(c, action, {Phase::Informal, Phase::Formal});
    case WorkflowAction::StartFormal: return startFormalRefusal(c);
    case WorkflowAction::ReturnToInformal: return phaseRefusal(c, action, {Phase::Formal});
    case WorkflowAction::DeclineToHandle:
        return phaseRefusal(c, action, {Phase::Intake, Phase::Informal, Phase::Formal});
    case WorkflowAction::Refer: return phaseRefusal(c, action, {Phase::Intake, Phase::Informal});
    case WorkflowAction::RecordReferralFeedback:
    case WorkflowAction::ResumeInformal: return phaseRefusal(c, action, {Phase::Referred});
    case WorkflowAction::PlanHearing:
    case WorkflowAction::RecordHearing:
    case WorkflowAction::RecordHearingException:
    case WorkflowAction::RecordHearingReport:
    case WorkflowAction::RecordCommitteeAdvice:
    case WorkflowAction::Judge:
    case WorkflowAction::Close: return formalStateRefusal(c, action);
    case WorkflowAction::Withdraw: return closedRefusal(c);
    case WorkflowAction::Reopen: return c.isOpen() ? tr("De zaak is nog open.") : QString();
    case WorkflowAction::Adjourn:
    case WorkflowAction::RecordConsent:
    case WorkflowAction::RecordFirstContact:
    case WorkflowAction::RecordAcknowledgement:
    case WorkflowAction::RecordFollowUp: return recordStateRefusal(c, action);
    }
    return {};
}

QString Workflow::closedRefusal(const Case& c) {
    return c.isOpen() ? QString() : tr("De zaak is afgesloten; heropen haar eerst.");
}

QString Workflow::startFormalRefusal(const Case& c) {
    QString why = phaseRefusal(c, WorkflowAction::StartFormal, {Phase::Informal});
    if (why.isEmpty() && c.kind == CaseKind::Signal)
        why = tr("Een signaal kent geen formele klachtprocedure; registreer het als klacht om het formeel te "
                 "behandelen.");
    if (why.isEmpty() && aboutProviderConduct(c))
        why = tr("De klacht gaat over %1, een gecontracteerde aanbieder: voor klachten over de zorg of "
                 "ondersteuning van de aanbieder gelden diens eigen klachtregels (Wmo 2015, Jeugdwet, Wkkgz), "
                 "niet de klachtprocedure van de gemeente. Draag de klacht warm over, of leg vast dat zij gaat "
                 "over de regie van de gemeente zelf.")
                  .arg(c.subject.provider.trimmed());
    return why;
}

// The steps of the formal procedure: the hearing, the committee's advice, the judgment and the
// afdoening.
QString Workflow::formalStateRefusal(const Case& c, WorkflowAction action) {
    QString why = action == WorkflowAction::Close && !c.isOpen() ? QString() : phaseRefusal(c, action, {Phase::Formal});
    if (!why.isEmpty())
        return why;
    switch (action) {
    case WorkflowAction::PlanHearing:
    case WorkflowAction::RecordHearing:
        if (c.hearingHeld.isValid() && c.respondentHearing != RespondentHearing::None)
            return tr("Klager en beklaagde zijn al gehoord of in de gelegenheid gesteld (art. 9:10 lid 1 Awb).");
        return {};
    case WorkflowAction::RecordHearingException:
        if (c.hearingHeld.isValid())
            return tr("De klager is al gehoord op %1.").arg(TermCalculator::shortDate(c.hearingHeld));
        if (c.hearingException != HearingException::None)
            return tr("Er is al vastgelegd waarom van het horen van de klager is afgezien: %1.")
                .arg(EnumText::label(c.hearingException).toLower());
        return {};
    case WorkflowAction::RecordHearingReport:
        if (!anyoneHeard(c))
            return tr("Een hoorverslag hoort bij een gehouden hoorzitting: leg eerst vast wie er is gehoord "
                      "(art. 9:10 lid 3 Awb).");
        return {};
    case WorkflowAction::RecordCommitteeAdvice:
        if (!c.committee)
            return tr("Bij deze klacht adviseert geen klachtadviescommissie (afdeling 9.1.3 Awb).");
        return {};
    case WorkflowAction::Judge:
        why = hearingRefusal(c);
        if (why.isEmpty() && c.committee && !c.committeeAdviceOn.isValid())
            why = tr("De klachtadviescommissie heeft nog niet geadviseerd; leg eerst haar advies vast "
                     "(afdeling 9.1.3 Awb).");
        return why;
    case WorkflowAction::Close:
        if (c.isOpen()) {
            if (overallJudgment(c) == Outcome::None)
                return tr("Afdoen kan pas als het oordeel over de klacht is vastgelegd (art. 9:12 lid 1 Awb).");
            return {};
        }
        // A judged complaint of an older file, closed without a recorded afdoening: the letter can
        // still be recorded, and the closing follows its date.
        if (isJudgment(c.outcome) && !c.closingNoticeSent.isValid() && !c.historyImported)
            return {};
        return tr("De klacht is al afgedaan.");
    default: return {};
    }
}

// What is recorded about terms and contacts: the verdaging and the klager's consent to more delay, the
// first contact, the ontvangstbevestiging and the "hoe gaat het nu?" call.
QString Workflow::recordStateRefusal(const Case& c, WorkflowAction action) {
    const bool signal = c.kind == CaseKind::Signal;
    QString why;
    switch (action) {
    case WorkflowAction::Adjourn:
        why = phaseRefusal(c, action, {Phase::Informal, Phase::Formal});
        if (why.isEmpty() && signal)
            why = tr("Voor een signaal geldt geen afhandelingstermijn; verdagen is niet aan de orde.");
        if (why.isEmpty() && c.isAdjourned())
            why = tr("De behandeling is al op %1 verdaagd; verder uitstel kan alleen met schriftelijke instemming "
                     "van de klager (art. 9:11 lid 3 Awb).")
                      .arg(TermCalculator::shortDate(c.adjournedOn));
        return why;
    case WorkflowAction::RecordConsent:
        why = closedRefusal(c);
        if (why.isEmpty() && !c.isAdjourned())
            why = tr("Instemming met verder uitstel is pas aan de orde als de behandeling al is verdaagd "
                     "(art. 9:11 lid 3 Awb).");
        return why;
    case WorkflowAction::RecordFirstContact:
        why = closedRefusal(c);
        if (why.isEmpty() && c.firstContactOn.isValid())
            why = tr("Het eerste contact is al vastgelegd op %1.").arg(TermCalculator::shortDate(c.firstContactOn));
        return why;
    case WorkflowAction::RecordAcknowledgement:
        why = closedRefusal(c);
        if (why.isEmpty() && signal)
            why = tr("Een signaal krijgt geen ontvangstbevestiging.");
        if (why.isEmpty() && c.acknowledgementSent.isValid())
            why = tr("De ontvangstbevestiging is al verstuurd op %1.")
                      .arg(TermCalculator::shortDate(c.acknowledgementSent));
        return why;
    case WorkflowAction::RecordFollowUp:
        if (c.isOpen() || c.outcome != Outcome::ResolvedToSatisfaction)
            return tr("Nabellen hoort bij een zaak die naar tevredenheid is opgelost en afgesloten.");
        if (!c.followUpDue.isValid())
            return tr("Er is geen datum om na te bellen vastgelegd.");
        if (c.followUpDone.isValid())
            return tr("Er is al nagebeld op %1.").arg(TermCalculator::shortDate(c.followUpDone));
        return {};
    default: return {};
    }
}

// The hearing of 9:10 is done: the klager heard or one of the exceptions of lid 2 recorded; a named
// beklaagde heard or given the opportunity (lid 1; the exceptions concern the klager only); and when
// anyone was heard, the verslag recorded and sent (lid 3).
QString Workflow::hearingRefusal(const Case& c) {
    if (!c.hearingHeld.isValid() && c.hearingException == HearingException::None)
        return tr("Een klacht kan pas worden beoordeeld als de klager is gehoord of is vastgelegd waarom van horen "
                  "is afgezien (art. 9:10 Awb).");
    if (!c.subject.employee.trimmed().isEmpty() && c.respondentHearing == RespondentHearing::None)
        return tr("%1, op wiens gedraging de klacht betrekking heeft, moet in de gelegenheid zijn gesteld te worden "
                  "gehoord (art. 9:10 lid 1 Awb); leg vast dat de beklaagde is gehoord of die gelegenheid niet "
                  "heeft benut.")
            .arg(c.subject.employee.trimmed());
    if (anyoneHeard(c) && (c.hearingReport.trimmed().isEmpty() || !c.hearingReportSent.isValid()))
        return tr("Van het horen wordt een verslag gemaakt (art. 9:10 lid 3 Awb); leg het hoorverslag vast met de "
                  "datum waarop het aan klager en beklaagde is gestuurd.");
    return {};
}

QStringList Workflow::closingGaps(const Case& c) {
    QStringList gaps;
    if (aboutProviderConduct(c))
        gaps << tr("De klacht gaat over een gecontracteerde aanbieder en niet over de regie van de gemeente; zij "
                   "wordt niet formeel door de gemeente afgedaan.");
    const Outcome judgment = overallJudgment(c);
    if (!isJudgment(judgment))
        gaps << tr("Het oordeel over de klacht ontbreekt: gegrond, deels gegrond, ongegrond of geen oordeel mogelijk "
                   "(art. 9:12 lid 1 Awb).");
    if (c.parts.isEmpty()) {
        if (c.findings.trimmed().isEmpty())
            gaps << tr("De bevindingen van het onderzoek naar de klacht ontbreken (art. 9:12 lid 1 Awb).");
    } else {
        int number = 0;
        for (const ComplaintPart& part : c.parts) {
            ++number;
            if (!isJudgment(part.judgment))
                gaps << tr("Klachtonderdeel %1 (%2) heeft nog geen oordeel.")
                            .arg(number)
                            .arg(part.description.trimmed().isEmpty() ? tr("zonder omschrijving")
                                                                      : part.description.trimmed());
            if (part.findings.trimmed().isEmpty())
                gaps << tr("Bij klachtonderdeel %1 ontbreken de bevindingen (art. 9:12 lid 1 Awb).").arg(number);
        }
    }
    if (c.conclusions.trimmed().isEmpty())
        gaps << tr("De conclusies ontbreken (art. 9:12 lid 1 Awb); verbindt u er geen conclusies aan, schrijf dat "
                   "dan op.");
    if (const QString hearing = hearingRefusal(c); !hearing.isEmpty())
        gaps << hearing;
    if (c.hearingException == HearingException::ManifestlyUnfounded) {
        bool upheld = judgment == Outcome::Upheld || judgment == Outcome::PartlyUpheld;
        for (const ComplaintPart& part : c.parts)
            upheld = upheld || part.judgment == Outcome::Upheld || part.judgment == Outcome::PartlyUpheld;
        if (upheld)
            gaps << tr("Van het horen van de klager is afgezien omdat de klacht kennelijk ongegrond is (art. 9:10 "
                       "lid 2 a Awb); een oordeel (deels) gegrond past daar niet bij. Hoor de klager alsnog.");
    }
    if (c.committee) {
        if (!c.committeeAdviceOn.isValid())
            gaps << tr("Het advies van de klachtadviescommissie ontbreekt; het gaat met de afdoening mee (art. 9:16 "
                       "Awb).");
        else if (isJudgment(judgment) && judgment != c.committeeAdvice && c.departureReasons.trimmed().isEmpty())
            gaps << tr("Het oordeel (%1) wijkt af van het advies van de commissie (%2): vermeld de reden daarvoor "
                       "(art. 9:16 Awb).")
                        .arg(EnumText::label(judgment), EnumText::label(c.committeeAdvice));
    }
    return gaps;
}

QString Workflow::dateRefusal(const Case& c, const TransitionRequest& request, QDate date, QDate today) const {
    if (!c.received.isValid())
        return tr("De ontvangstdatum van de zaak ontbreekt.");
    if (!date.isValid())
        return tr("Vul een datum in.");
    if (request.action == WorkflowAction::PlanHearing) {
        // A hearing is planned ahead: only the past is out of bounds.
        if (date < c.received)
            return tr("De datum van de hoorzitting ligt voor de ontvangstdatum.");
        return {};
    }
    if (date < c.received)
        return tr("De datum ligt voor de ontvangstdatum.");
    if (date > today)
        return tr("De datum ligt in de toekomst.");
    return {};
}

QString Workflow::parameterRefusal(const Case& c, const TransitionRequest& request, QDate date, QDate today) const {
    switch (request.action) {
    case WorkflowAction::ResolveToSatisfaction:
        if (request.confirmation == ConfirmationMethod::None)
            return tr("Leg vast hoe de klager heeft bevestigd dat de klacht naar tevredenheid is opgelost "
                      "(art. 9:5 Awb).");
        if (request.followUp.isValid() && request.followUp < date)
            return tr("De datum om na te bellen ligt voor de datum van de oplossing.");
        return {};
    case WorkflowAction::DeclineToHandle: return declineRefusal(c, request, today);
    case WorkflowAction::Refer:
        if (referralProviderFor(c, request).isEmpty())
            return tr("Vul de aanbieder in aan wie de klacht wordt overgedragen.");
        if (request.followUp.isValid() && request.followUp < date)
            return tr("De datum om de terugkoppeling na te vragen ligt voor de datum van de overdracht.");
        return {};
    case WorkflowAction::RecordHearing:
    case WorkflowAction::RecordHearingException:
    case WorkflowAction::RecordHearingReport:
    case WorkflowAction::RecordCommitteeAdvice: return hearingParameterRefusal(c, request, date);
    case WorkflowAction::ReturnToInformal:
        if (request.confirmation == ConfirmationMethod::None)
            return tr("Leg vast hoe de klager ermee heeft ingestemd dat de klacht weer informeel wordt opgepakt.");
        return {};
    case WorkflowAction::Reopen:
        if (closedByDecision(c))
            return tr("Na een afdoening of een kennisgeving niet-behandelen is heropenen een nieuwe klacht (anders "
                      "geldt art. 9:8 lid 1 a Awb); die wordt aan deze zaak gekoppeld.");
        return {};
    case WorkflowAction::Close: {
        if (request.letter == LetterOrigin::None)
            return tr("De klacht is afgehandeld met de schriftelijke kennisgeving van bevindingen, oordeel en "
                      "conclusies (art. 9:12 lid 1 Awb): verstuur de afdoeningsbrief, of leg vast dat die elders is "
                      "verstuurd.");
        // A judged complaint of an older file gets its afdoening recorded as it was; today's content
        // rules apply to the afdoening of an open complaint.
        const QStringList gaps = c.isOpen() ? closingGaps(c) : QStringList();
        if (!gaps.isEmpty())
            return tr("De afdoening kan nog niet:\n%1").arg(gaps.join(QLatin1Char('\n')));
        return {};
    }
    case WorkflowAction::Adjourn:
    case WorkflowAction::RecordConsent: return termParameterRefusal(c, request, date, today);
    case WorkflowAction::Judge:
        if (!isJudgment(request.judgment))
            return tr("Kies het oordeel: gegrond, deels gegrond, ongegrond of geen oordeel mogelijk (art. 9:12 Awb).");
        if (c.hearingException == HearingException::ManifestlyUnfounded &&
            (request.judgment == Outcome::Upheld || request.judgment == Outcome::PartlyUpheld))
            return tr("Van het horen van de klager is afgezien omdat de klacht kennelijk ongegrond is (art. 9:10 lid 2 "
                      "a Awb); het oordeel kan dan niet (deels) gegrond zijn. Hoor de klager alsnog.");
        if (c.committee && c.committeeAdviceOn.isValid() && request.judgment != c.committeeAdvice &&
            request.reasons.trimmed().isEmpty() && c.departureReasons.trimmed().isEmpty())
            return tr("Het oordeel wijkt af van het advies van de commissie (%1): vermeld de reden daarvoor (art. 9:16 "
                      "Awb).")
                .arg(EnumText::label(c.committeeAdvice));
        return {};
    default: return {};
    }
}

// Awb 9:8: a ground, one that can still arise during the formal procedure, and the written notice.
QString Workflow::declineRefusal(const Case& c, const TransitionRequest& request, QDate today) {
    if (request.ground == NonHandlingGround::None)
        return tr("Kies de grond waarop de klacht niet in behandeling wordt genomen (art. 9:8 Awb).");
    if (c.phase == Phase::Formal && request.ground != NonHandlingGround::OpenToAppeal &&
        request.ground != NonHandlingGround::BeforeCourt && request.ground != NonHandlingGround::CriminalInvestigation)
        return tr("Tijdens de formele behandeling kan een klacht alleen nog niet verder worden behandeld op een "
                  "grond die later kan opkomen: beroep, een andere rechter of strafvervolging (art. 9:8 lid 1 "
                  "d-f Awb).");
    if (!request.noticeSent.isValid())
        return tr("Vul de datum in waarop de klager schriftelijk is bericht dat de klacht niet in behandeling "
                  "wordt genomen (art. 9:8 lid 3 Awb).");
    if (request.noticeSent < c.received)
        return tr("De kennisgeving kan niet voor de ontvangstdatum zijn verstuurd.");
    if (request.noticeSent > today)
        return tr("De datum van de kennisgeving ligt in de toekomst; leg het niet-behandelen vast zodra de "
                  "kennisgeving is verstuurd.");
    if (request.ground == NonHandlingGround::OlderThanOneYear) {
        if (!c.conductDate.isValid())
            return tr("De datum van de gedraging is onbekend; zonder die datum is niet vast te stellen dat de "
                      "gedraging langer dan een jaar voor indiening plaatsvond (art. 9:8 lid 1 b Awb).");
        if (!TermCalculator::conductOlderThanOneYear(c.conductDate, c.received))
            return tr("De gedraging (%1) vond niet langer dan een jaar voor indiening (%2) plaats "
                      "(art. 9:8 lid 1 b Awb).")
                .arg(TermCalculator::shortDate(c.conductDate), TermCalculator::shortDate(c.received));
    }
    return {};
}

// The hearing of 9:10 and the committee's advice: who was heard, why the klager was not, the verslag.
QString Workflow::hearingParameterRefusal(const Case& c, const TransitionRequest& request, QDate date) {
    switch (request.action) {
    case WorkflowAction::RecordHearing:
        if (request.person == HearingPerson::Beklaagde && request.respondent == RespondentHearing::None)
            return tr("Leg vast of de beklaagde is gehoord of de gelegenheid daartoe niet heeft benut (art. 9:10 "
                      "lid 1 Awb).");
        if (request.person == HearingPerson::Beklaagde && c.respondentHearing != RespondentHearing::None)
            return tr("Voor de beklaagde is al vastgelegd: %1.").arg(EnumText::label(c.respondentHearing).toLower());
        if (request.person == HearingPerson::Klager && c.hearingHeld.isValid())
            return tr("De klager is al gehoord op %1.").arg(TermCalculator::shortDate(c.hearingHeld));
        return {};
    case WorkflowAction::RecordHearingException:
        if (request.exception == HearingException::None)
            return tr("Kies waarom van het horen van de klager wordt afgezien (art. 9:10 lid 2 Awb).");
        if (request.exception == HearingException::NoReply) {
            if (!request.replyTerm.isValid())
                return tr("Vul de termijn in waarbinnen de klager kon laten weten gehoord te willen worden (art. "
                          "9:10 lid 2 c Awb).");
            if (request.replyTerm < c.received)
                return tr("De gestelde termijn ligt voor de ontvangstdatum.");
            if (date <= request.replyTerm)
                return tr("De gestelde termijn loopt nog tot en met %1; pas daarna kan worden vastgelegd dat de "
                          "klager niet heeft gereageerd (art. 9:10 lid 2 c Awb).")
                    .arg(TermCalculator::shortDate(request.replyTerm));
        }
        if (request.exception == HearingException::ManifestlyUnfounded &&
            (c.judgment == Outcome::Upheld || c.judgment == Outcome::PartlyUpheld))
            return tr("Het vastgelegde oordeel is %1; de klacht is dan niet kennelijk ongegrond (art. 9:10 lid 2 a "
                      "Awb).")
                .arg(EnumText::label(c.judgment).toLower());
        return {};
    case WorkflowAction::RecordHearingReport:
        if (request.text.trimmed().isEmpty())
            return tr("Vul het hoorverslag in (art. 9:10 lid 3 Awb).");
        return {};
    case WorkflowAction::RecordCommitteeAdvice:
        if (!isJudgment(request.judgment))
            return tr("Kies wat de commissie adviseert: gegrond, deels gegrond, ongegrond of geen oordeel mogelijk.");
        return {};
    default: return {};
    }
}

// The verdaging of 9:11 lid 2 and the further delay of lid 3, against the term that governs now.
QString Workflow::termParameterRefusal(const Case& c, const TransitionRequest& request, QDate date, QDate today) const {
    switch (request.action) {
    case WorkflowAction::Adjourn: {
        if (request.letter == LetterOrigin::None)
            return tr("Een verdaging gaat in met de schriftelijke mededeling aan klager en beklaagde (art. 9:11 lid "
                      "2 Awb): verstuur de verdagingsbrief, of leg vast dat die elders is verstuurd.");
        const QDate due = m_engine.handlingTerms(c.received, c.committee).handling.due;
        if (date > due)
            return tr("De verdaging moet worden gemeld voordat de afhandelingstermijn verstrijkt: uiterlijk %1 "
                      "(art. 9:11 lid 2 Awb).")
                .arg(TermCalculator::shortDate(due));
        return {};
    }
    case WorkflowAction::RecordConsent: {
        if (!request.agreedDueDate.isValid())
            return tr("Vul de met de klager afgesproken afdoeningsdatum in (art. 9:11 lid 3 Awb).");
        const std::optional<Deadline> governing = m_engine.governingHandlingDeadline(c, today);
        const QDate current =
            governing ? governing->due : m_engine.handlingTerms(c.received, c.committee).handlingExtended.due;
        // Consent extends a term that still runs; once it has expired the complaint is late, and stays so.
        if (current.isValid() && date > current)
            return tr("De geldende afhandelingstermijn is op %1 verstreken; instemming met verder uitstel moet "
                      "binnen zijn voordat de termijn verstrijkt (art. 9:11 lid 3 Awb). De klacht is te laat "
                      "afgehandeld; de klager kan naar de ombudsman (art. 9:24 lid 1 b Awb).")
                .arg(TermCalculator::shortDate(current));
        if (current.isValid() && request.agreedDueDate <= current)
            return tr("De afgesproken datum moet na de geldende afdoeningsdatum (%1) liggen.")
                .arg(TermCalculator::shortDate(current));
        return {};
    }
    default: return {};
    }
}
