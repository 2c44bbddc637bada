#include "workflow.h"

// The guards of the workflow: which actions the state of a case allows, and whether the dates and
// parameters of a request make sense. Every refusal is a Dutch sentence the handler can act on.

#include <algorithm>
#include <initializer_list>

namespace {

bool isJudgment(Outcome o) {
    return o == Outcome::Upheld || o == Outcome::PartlyUpheld || o == Outcome::Rejected || o == Outcome::NoJudgment;
}

} // namespace

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

QString Workflow::stateRefusal(const Case& c, WorkflowAction action) const {
    const auto onlyIn = [&](std::initializer_list<Phase> phases) -> QString {
        if (std::find(phases.begin(), phases.end(), c.phase) != phases.end())
            return {};
        QStringList names;
        for (Phase p : phases)
            names.append(EnumText::label(p));
        return tr("\u201c%1\u201d kan alleen in de fase %2; deze zaak staat in de fase %3.")
            .arg(label(action), names.join(tr(" of ")), EnumText::label(c.phase));
    };
    const QString closed = c.isOpen() ? QString() : tr("De zaak is afgesloten; heropen haar eerst.");
    const bool signal = c.kind == CaseKind::Signal;
    QString why;

    switch (action) {
    case WorkflowAction::StartInformal: return onlyIn({Phase::Intake});
    case WorkflowAction::ResolveToSatisfaction: return onlyIn({Phase::Informal, Phase::Formal});
    case WorkflowAction::StartFormal:
        why = onlyIn({Phase::Informal});
        if (why.isEmpty() && signal)
            why = tr("Een signaal kent geen formele klachtprocedure; registreer het als klacht om het formeel te "
                     "behandelen.");
        return why;
    case WorkflowAction::DeclineToHandle:
    case WorkflowAction::Refer: return onlyIn({Phase::Intake, Phase::Informal});
    case WorkflowAction::RecordReferralFeedback:
    case WorkflowAction::ResumeInformal: return onlyIn({Phase::Referred});
    case WorkflowAction::PlanHearing:
    case WorkflowAction::RecordHearing:
    case WorkflowAction::RecordHearingException: return onlyIn({Phase::Formal});
    case WorkflowAction::Adjourn:
        why = onlyIn({Phase::Informal, Phase::Formal});
        if (why.isEmpty() && signal)
            why = tr("Voor een signaal geldt geen afhandelingstermijn; verdagen is niet aan de orde.");
        if (why.isEmpty() && c.isAdjourned())
            why = tr("De behandeling is al op %1 verdaagd; verder uitstel kan alleen met schriftelijke instemming "
                     "van de klager (art. 9:11 lid 3 Awb).")
                      .arg(TermCalculator::shortDate(c.adjournedOn));
        return why;
    case WorkflowAction::RecordConsent:
        why = closed;
        if (why.isEmpty() && !c.isAdjourned())
            why = tr("Instemming met verder uitstel is pas aan de orde als de behandeling al is verdaagd "
                     "(art. 9:11 lid 3 Awb).");
        return why;
    case WorkflowAction::Judge:
        why = onlyIn({Phase::Formal});
        if (why.isEmpty() && !c.hearingHeld.isValid() && c.hearingException == HearingException::None)
            why = tr("Een klacht kan pas worden afgedaan als de klager is gehoord of is vastgelegd waarom van horen "
                     "is afgezien (art. 9:10 Awb).");
        return why;
    case WorkflowAction::Withdraw: return closed;
    case WorkflowAction::Reopen: return c.isOpen() ? tr("De zaak is nog open.") : QString();
    case WorkflowAction::RecordFirstContact:
        why = closed;
        if (why.isEmpty() && c.firstContactOn.isValid())
            why = tr("Het eerste contact is al vastgelegd op %1.").arg(TermCalculator::shortDate(c.firstContactOn));
        return why;
    case WorkflowAction::RecordAcknowledgement:
        why = closed;
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
    }
    return {};
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
    case WorkflowAction::DeclineToHandle:
        if (request.ground == NonHandlingGround::None)
            return tr("Kies de grond waarop de klacht niet in behandeling wordt genomen (art. 9:8 Awb).");
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
    case WorkflowAction::Refer:
        if (referralProviderFor(c, request).isEmpty())
            return tr("Vul de aanbieder in aan wie de klacht wordt overgedragen.");
        if (request.followUp.isValid() && request.followUp < date)
            return tr("De datum om de terugkoppeling na te vragen ligt voor de datum van de overdracht.");
        return {};
    case WorkflowAction::RecordHearingException:
        if (request.exception == HearingException::None)
            return tr("Kies waarom van horen wordt afgezien (art. 9:10 lid 2 Awb).");
        return {};
    case WorkflowAction::Adjourn: {
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
        if (current.isValid() && request.agreedDueDate <= current)
            return tr("De afgesproken datum moet na de geldende afdoeningsdatum (%1) liggen.")
                .arg(TermCalculator::shortDate(current));
        return {};
    }
    case WorkflowAction::Judge:
        if (!isJudgment(request.judgment))
            return tr("Kies het oordeel: gegrond, deels gegrond, ongegrond of geen oordeel mogelijk (art. 9:12 Awb).");
        return {};
    default: return {};
    }
}
