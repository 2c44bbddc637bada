#include "deadlineengine.h"

#include "../domain/judgment.h"

#include <algorithm>

namespace {

bool isHandlingKind(DeadlineKind kind) {
    return kind == DeadlineKind::Handling || kind == DeadlineKind::AdjournedHandling ||
           kind == DeadlineKind::AgreedDelay;
}

} // namespace

DeadlineEngine::DeadlineEngine(const HolidayCalendar& calendar, PolicyTerms terms)
    : m_calc(calendar)
    , m_terms(terms) {}

HandlingTerms DeadlineEngine::handlingTerms(QDate received, bool committee) const {
    const int weeks = committee ? 10 : 6;
    HandlingTerms result;
    result.received = received;
    result.handling = m_calc.addWeeks(received, weeks);
    // Our reading of 9:11 lid 2: the four weeks are added to the statutory term, and the sum is
    // counted from receipt, so Atw art. 4 decides whether the adjourned term can be extended.
    result.handlingExtended = m_calc.addWeeks(received, weeks + 4);
    result.nonHandlingNotice = m_calc.addWeeks(received, 4);
    return result;
}

CountedDate DeadlineEngine::objectionTerm(QDate decisionPublished) const {
    return m_calc.addWeeks(decisionPublished, 6, tr("bekendgemaakt"));
}

bool DeadlineEngine::adjournmentCounts(const Case& c, const HandlingTerms& terms) {
    return c.isAdjourned() && c.adjournedOn >= c.received && c.adjournedOn <= terms.handling.due;
}

bool DeadlineEngine::consentCounts(const Case& c, const HandlingTerms& terms) {
    return adjournmentCounts(c, terms) && c.consentReceived.isValid() && c.agreedDueDate.isValid() &&
           c.consentReceived <= terms.handlingExtended.due && c.agreedDueDate > terms.handlingExtended.due;
}

QDate DeadlineEngine::handledOn(const Case& c) {
    if (c.isOpen())
        return {};
    if (isJudgment(c.outcome)) {
        if (c.closingNoticeSent.isValid())
            return c.closingNoticeSent;
        return c.historyImported ? c.closedOn : QDate();
    }
    return c.closedOn;
}

std::optional<Timeliness> DeadlineEngine::timeliness(const Case& c, QDate handlingDue, QDate adjournedDue) {
    // The statutory handling term (art. 9:11) binds written complaints that are handled; an oral
    // complaint gets the same dates only as policy, a 9:8 decision its own notice term.
    if (c.kind != CaseKind::WrittenComplaint || c.outcome == Outcome::NotHandled || c.isOpen() ||
        !c.received.isValid() || !c.closedOn.isValid())
        return std::nullopt;
    const QDate handled = handledOn(c);
    if (!handled.isValid())
        return Timeliness::Late; // judged, but no written afdoening: the complaint was never handled
    if (handled <= handlingDue)
        return Timeliness::WithinTerm;
    HandlingTerms terms;
    terms.handling.due = handlingDue;
    terms.handlingExtended.due = adjournedDue;
    if (adjournmentCounts(c, terms) && handled <= adjournedDue)
        return Timeliness::AfterAdjournment;
    if (consentCounts(c, terms) && handled <= c.agreedDueDate)
        return Timeliness::AfterAdjournment;
    return Timeliness::Late;
}

std::optional<Timeliness> DeadlineEngine::timeliness(const Case& c) const {
    if (!c.received.isValid())
        return std::nullopt;
    const HandlingTerms terms = handlingTerms(c.received, c.committee);
    return timeliness(c, terms.handling.due, terms.handlingExtended.due);
}

QList<Deadline> DeadlineEngine::deadlinesFor(const Case& c, QDate today) const {
    QList<Deadline> list;
    if (c.received.isValid()) {
        const HandlingTerms terms = handlingTerms(c.received, c.committee);
        addPolicyTerms(list, c, today);
        addNonHandlingNotice(list, c, terms, today);
        addHandlingTerms(list, c, terms, today);
    }
    addHearing(list, c, today);
    addFollowUps(list, c, today);
    addObjectionTerm(list, c, today);
    if (std::optional<Deadline> ombudsman = ombudsmanTerm(c, today))
        list << *ombudsman;
    closeOut(list, c);
    std::stable_sort(list.begin(), list.end(), [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    return list;
}

void DeadlineEngine::addPolicyTerms(QList<Deadline>& list, const Case& c, QDate today) const {
    if (c.kind == CaseKind::WrittenComplaint) {
        list << make(DeadlineKind::Acknowledgement,
                     m_calc.addWorkingDays(c.received, m_terms.acknowledgementWorkingDays), c.acknowledgementSent,
                     false, basisLabel(DeadlineKind::Acknowledgement, false),
                     tr("Het bestuursorgaan bevestigt de ontvangst van een klaagschrift schriftelijk; de wet noemt "
                        "geen termijn, de gemeente hanteert %1 werkdagen.")
                         .arg(m_terms.acknowledgementWorkingDays),
                     today);
    }
    if (c.kind != CaseKind::Signal) {
        list << make(DeadlineKind::FirstContact, m_calc.addWorkingDays(c.received, m_terms.firstContactWorkingDays),
                     c.firstContactOn, false, basisLabel(DeadlineKind::FirstContact, false),
                     tr("De gemeente neemt binnen %1 werkdagen persoonlijk contact op met de klager om te horen wat "
                        "er is gebeurd en wat de klager wil bereiken.")
                         .arg(m_terms.firstContactWorkingDays),
                     today);
    }
}

void DeadlineEngine::addNonHandlingNotice(QList<Deadline>& list, const Case& c, const HandlingTerms& terms,
                                          QDate today) const {
    // Only once a 9:8 ground is recorded: an old conduct date alone is a choice, not a duty (9:8 lid 1 b).
    if (c.kind == CaseKind::Signal ||
        (c.nonHandlingGround == NonHandlingGround::None && c.outcome != Outcome::NotHandled))
        return;
    const bool written = c.kind == CaseKind::WrittenComplaint;
    list << make(DeadlineKind::NonHandlingNotice, terms.nonHandlingNotice, c.nonHandlingNoticeSent, written,
                 basisLabel(DeadlineKind::NonHandlingNotice, written),
                 tr("Wie een klacht niet in behandeling neemt, laat dat de klager zo spoedig mogelijk en "
                    "uiterlijk binnen vier weken na ontvangst schriftelijk weten."),
                 today);
}

void DeadlineEngine::addHandlingTerms(QList<Deadline>& list, const Case& c, const HandlingTerms& terms,
                                      QDate today) const {
    if (c.kind == CaseKind::Signal || c.outcome == Outcome::NotHandled)
        return;
    // Afdeling 9.1.2 binds klaagschriften; an oral complaint gets the same terms as policy.
    const bool written = c.kind == CaseKind::WrittenComplaint;
    const QDate handled = handledOn(c);
    const bool adjourned = adjournmentCounts(c, terms);
    const bool consent = consentCounts(c, terms);

    const QString handlingText = c.committee ? tr("Met een klachtadviescommissie handelt het bestuursorgaan de klacht "
                                                  "af binnen tien weken na ontvangst van het klaagschrift.")
                                             : tr("Het bestuursorgaan handelt de klacht af binnen zes weken na "
                                                  "ontvangst van het klaagschrift.");
    Deadline handling = make(DeadlineKind::Handling, terms.handling, handled, written,
                             basisLabel(DeadlineKind::Handling, written), handlingText, today);
    if (adjourned)
        handling.status = DeadlineStatus::Superseded;
    list << handling;

    if (adjourned) {
        CountedDate extended = terms.handlingExtended;
        extended.counting += tr("; verdaging gemeld op %1").arg(TermCalculator::shortDate(c.adjournedOn));
        Deadline deadline =
            make(DeadlineKind::AdjournedHandling, extended, handled, written,
                 basisLabel(DeadlineKind::AdjournedHandling, written),
                 tr("Het bestuursorgaan kan de afhandeling voor ten hoogste vier weken verdagen, met "
                    "schriftelijke mededeling aan de klager en de beklaagde; die vier weken tellen hier "
                    "op bij de termijn vanaf de ontvangst."),
                 today);
        if (consent)
            deadline.status = DeadlineStatus::Superseded;
        list << deadline;
    }
    if (consent) {
        const QString counting =
            tr("schriftelijke instemming van de klager ontvangen op %1; afgesproken: %2")
                .arg(TermCalculator::shortDate(c.consentReceived), TermCalculator::shortDate(c.agreedDueDate));
        list << make(DeadlineKind::AgreedDelay, fixed(c.agreedDueDate, counting), handled, written,
                     basisLabel(DeadlineKind::AgreedDelay, written),
                     tr("Verder uitstel van de afhandeling is alleen mogelijk voor zover de klager daarmee "
                        "schriftelijk instemt."),
                     today);
    }
}

void DeadlineEngine::addHearing(QList<Deadline>& list, const Case& c, QDate today) const {
    if (c.kind == CaseKind::Signal || !c.hearingPlanned.isValid() || c.hearingException != HearingException::None)
        return;
    const bool written = c.kind == CaseKind::WrittenComplaint;
    list << make(
        DeadlineKind::Hearing,
        fixed(c.hearingPlanned, tr("hoorzitting gepland op %1").arg(TermCalculator::shortDate(c.hearingPlanned))),
        c.hearingHeld, written, basisLabel(DeadlineKind::Hearing, written),
        tr("Het bestuursorgaan stelt de klager en de beklaagde in de gelegenheid te worden gehoord en "
           "maakt van het horen een verslag."),
        today);
}

void DeadlineEngine::addFollowUps(QList<Deadline>& list, const Case& c, QDate today) const {
    const QString policy = basisLabel(DeadlineKind::FollowUp, false);
    if (c.followUpDue.isValid()) {
        list << make(DeadlineKind::FollowUp,
                     fixed(c.followUpDue, tr("nabellen gepland op %1").arg(TermCalculator::shortDate(c.followUpDue))),
                     c.followUpDone, false, policy,
                     tr("Enige tijd na de informele oplossing vraagt de gemeente de klager hoe het nu gaat, zodat "
                        "blijkt of de afspraken zijn nagekomen."),
                     today);
    }
    if (c.referralFollowUp.isValid()) {
        const QString provider = c.referralProvider.isEmpty() ? tr("de aanbieder") : c.referralProvider;
        list << make(DeadlineKind::ReferralFeedback,
                     fixed(c.referralFollowUp,
                           tr("terugkoppeling gepland op %1").arg(TermCalculator::shortDate(c.referralFollowUp))),
                     c.referralFeedback, false, policy,
                     tr("Na een warme overdracht aan %1 houdt de gemeente de regie en gaat zij na of de klacht is "
                        "opgelost.")
                         .arg(provider),
                     today);
    }
}

void DeadlineEngine::addObjectionTerm(QList<Deadline>& list, const Case& c, QDate today) const {
    if (!c.aboutDecisionContent || !c.decisionPublished.isValid())
        return;
    Deadline objection = make(DeadlineKind::ObjectionTerm, objectionTerm(c.decisionPublished), {}, true,
                              basisLabel(DeadlineKind::ObjectionTerm, true),
                              tr("Tegen de inhoud van een besluit staat bezwaar open binnen zes weken na de "
                                 "bekendmaking; wijs de klager op die termijn."),
                              today);
    // While the case is open the handler must still warn the klager, so it counts down like our own
    // terms; afterwards it is only history.
    if (!c.isOpen())
        objection.status = DeadlineStatus::Informational;
    list << objection;
}

CountedDate DeadlineEngine::ombudsmanTermAfter(QDate noticeDate) const {
    return m_calc.addOneYear(noticeDate, tr("verstuurd"));
}

std::optional<Deadline> DeadlineEngine::ombudsmanTerm(const Case& c, QDate today) const {
    if (c.kind == CaseKind::Signal || !c.received.isValid())
        return std::nullopt;
    const QString text = tr("De klager kan zich tot een jaar na de afdoening, of na het einde van de termijn waarin de "
                            "klacht had moeten zijn afgehandeld, tot de ombudsman wenden; een later verzoek mag de "
                            "ombudsman weigeren.");
    const auto informational = [&](const CountedDate& counted, const QString& basis) {
        Deadline dl = make(DeadlineKind::OmbudsmanTerm, counted, {}, true, basis, text, today);
        dl.status = DeadlineStatus::Informational;
        return dl;
    };
    // Lid 1 a: the written afdoening (an imported closure stands for it).
    if (!c.isOpen() && isJudgment(c.outcome)) {
        const QDate handled = handledOn(c);
        if (handled.isValid())
            return informational(ombudsmanTermAfter(handled), tr("art. 9:24 lid 1 a Awb"));
    }
    // Lid 1 b: the handling ended otherwise, by the written 9:8 notice.
    if (c.outcome == Outcome::NotHandled && c.nonHandlingNoticeSent.isValid())
        return informational(ombudsmanTermAfter(c.nonHandlingNoticeSent), tr("art. 9:24 lid 1 b Awb"));
    // Lid 1 b: the handling should have ended (the statutory term binds a klaagschrift) and no written
    // afdoening came. The klager then chose to end it, or still waits.
    const bool endedByKlager = !c.isOpen() && !isJudgment(c.outcome);
    if (c.kind != CaseKind::WrittenComplaint || endedByKlager || c.outcome == Outcome::NotHandled)
        return std::nullopt;
    const HandlingTerms terms = handlingTerms(c.received, c.committee);
    const QDate due = consentCounts(c, terms)       ? c.agreedDueDate
                      : adjournmentCounts(c, terms) ? terms.handlingExtended.due
                                                    : terms.handling.due;
    if (!due.isValid() || today <= due)
        return std::nullopt;
    return informational(m_calc.addOneYear(due, tr("afhandelingstermijn eindigde")), tr("art. 9:24 lid 1 b Awb"));
}

void DeadlineEngine::closeOut(QList<Deadline>& list, const Case& c) {
    if (c.isOpen())
        return;
    const bool owesAfdoening = isJudgment(c.outcome) && !handledOn(c).isValid();
    for (Deadline& dl : list) {
        if (!dl.isPending() || dl.kind == DeadlineKind::FollowUp)
            continue;
        if (owesAfdoening && isHandlingKind(dl.kind))
            continue; // judged, but the written afdoening is still owed: the term keeps running
        dl.status = DeadlineStatus::Superseded;
    }
}

std::optional<Deadline> DeadlineEngine::nextDeadline(const Case& c, QDate today) const {
    for (const Deadline& dl : deadlinesFor(c, today)) {
        if (dl.isPending() && dl.kind != DeadlineKind::ObjectionTerm && dl.kind != DeadlineKind::OmbudsmanTerm)
            return dl;
    }
    return std::nullopt;
}

std::optional<Deadline> DeadlineEngine::governingHandlingDeadline(const Case& c, QDate today) const {
    const QList<Deadline> list = deadlinesFor(c, today);
    for (DeadlineKind kind : {DeadlineKind::AgreedDelay, DeadlineKind::AdjournedHandling, DeadlineKind::Handling}) {
        const auto it =
            std::find_if(list.cbegin(), list.cend(), [kind](const Deadline& dl) { return dl.kind == kind; });
        if (it != list.cend())
            return *it;
    }
    return std::nullopt;
}

bool DeadlineEngine::mayOweDeadline(const Case& c) {
    return c.isOpen() ||
           (c.outcome == Outcome::ResolvedToSatisfaction && c.followUpDue.isValid() && !c.followUpDone.isValid());
}

DeadlineStatus DeadlineEngine::statusFor(QDate due, QDate metOn, QDate today) const {
    if (metOn.isValid())
        return metOn <= due ? DeadlineStatus::Met : DeadlineStatus::MetLate;
    if (!due.isValid() || !today.isValid())
        return DeadlineStatus::Open;
    if (today > due)
        return DeadlineStatus::Overdue;
    if (today == due)
        return DeadlineStatus::DueToday;
    if (due <= m_calc.nthWorkingDayAfter(today, m_terms.warningWorkingDays))
        return DeadlineStatus::DueSoon;
    return DeadlineStatus::Open;
}

Deadline DeadlineEngine::make(DeadlineKind kind, const CountedDate& counted, QDate metOn, bool statutory,
                              const QString& basis, const QString& basisText, QDate today) const {
    Deadline dl;
    dl.kind = kind;
    dl.due = counted.due;
    dl.metOn = metOn;
    dl.statutory = statutory;
    dl.basis = basis;
    dl.basisText = basisText;
    dl.counting = counted.counting;
    dl.warning = counted.warning;
    dl.calendarFrom = counted.calendarFrom;
    dl.status = statusFor(dl.due, metOn, today);
    return dl;
}

CountedDate DeadlineEngine::fixed(QDate due, const QString& counting) {
    CountedDate counted;
    counted.start = due;
    counted.nominal = due;
    counted.due = due;
    counted.counting = counting;
    return counted;
}

QString DeadlineEngine::basisLabel(DeadlineKind kind, bool statutory) {
    // Whole sentences for the translator: an oral complaint follows afdeling 9.1.2 by analogy.
    switch (kind) {
    case DeadlineKind::Acknowledgement: return tr("art. 9:6 Awb; termijn volgens gemeentelijk beleid");
    case DeadlineKind::FirstContact:
    case DeadlineKind::FollowUp:
    case DeadlineKind::ReferralFeedback: return tr("gemeentelijk beleid (handreiking Nationale ombudsman)");
    case DeadlineKind::NonHandlingNotice:
        return statutory ? tr("art. 9:8 lid 3 Awb") : tr("art. 9:8 lid 3 Awb (mondelinge klacht: naar analogie)");
    case DeadlineKind::Handling:
        return statutory ? tr("art. 9:11 lid 1 Awb") : tr("art. 9:11 lid 1 Awb (mondelinge klacht: naar analogie)");
    case DeadlineKind::AdjournedHandling:
        return statutory ? tr("art. 9:11 lid 2 Awb") : tr("art. 9:11 lid 2 Awb (mondelinge klacht: naar analogie)");
    case DeadlineKind::AgreedDelay:
        return statutory ? tr("art. 9:11 lid 3 Awb") : tr("art. 9:11 lid 3 Awb (mondelinge klacht: naar analogie)");
    case DeadlineKind::Hearing:
        return statutory ? tr("art. 9:10 Awb") : tr("art. 9:10 Awb (mondelinge klacht: naar analogie)");
    case DeadlineKind::ObjectionTerm: return tr("art. 6:7 Awb");
    case DeadlineKind::OmbudsmanTerm: return tr("art. 9:24 Awb");
    }
    return {};
}

bool DeadlineEngine::isPolicyKind(DeadlineKind kind) {
    return kind == DeadlineKind::Acknowledgement || kind == DeadlineKind::FirstContact ||
           kind == DeadlineKind::FollowUp || kind == DeadlineKind::ReferralFeedback;
}

QString DeadlineEngine::basisCode(DeadlineKind kind, bool statutory) {
    if (isPolicyKind(kind))
        return QStringLiteral("policy");
    return statutory ? QStringLiteral("law") : QStringLiteral("analogy");
}

std::optional<bool> DeadlineEngine::statutoryFromBasisCode(DeadlineKind kind, const QString& code) {
    if (code == QLatin1String("policy") && isPolicyKind(kind))
        return false;
    if (isPolicyKind(kind))
        return std::nullopt;
    if (code == QLatin1String("law"))
        return true;
    if (code == QLatin1String("analogy"))
        return false;
    return std::nullopt;
}
