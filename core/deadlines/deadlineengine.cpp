#include "deadlineengine.h"

#include <algorithm>

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

QList<Deadline> DeadlineEngine::deadlinesFor(const Case& c, QDate today) const {
    QList<Deadline> list;
    const bool complaint = c.kind != CaseKind::Signal;
    const bool written = c.kind == CaseKind::WrittenComplaint;
    const bool notHandled = c.outcome == Outcome::NotHandled;
    // Afdeling 9.1.2 binds klaagschriften; an oral complaint gets the same terms as policy.
    const QString analogy = written ? QString() : tr(" (mondelinge klacht: naar analogie)");
    const QString policy = tr("gemeentelijk beleid (handreiking Nationale ombudsman)");

    if (c.received.isValid()) {
        const HandlingTerms terms = handlingTerms(c.received, c.committee);

        if (written) {
            list << make(DeadlineKind::Acknowledgement,
                         m_calc.addWorkingDays(c.received, m_terms.acknowledgementWorkingDays), c.acknowledgementSent,
                         false, tr("art. 9:6 Awb; termijn volgens gemeentelijk beleid"),
                         tr("Het bestuursorgaan bevestigt de ontvangst van een klaagschrift schriftelijk; de wet noemt "
                            "geen termijn, de gemeente hanteert %1 werkdagen.")
                             .arg(m_terms.acknowledgementWorkingDays),
                         today);
        }
        if (complaint) {
            list << make(
                DeadlineKind::FirstContact, m_calc.addWorkingDays(c.received, m_terms.firstContactWorkingDays),
                c.firstContactOn, false, policy,
                tr("De gemeente neemt binnen %1 werkdagen persoonlijk contact op met de klager om te horen wat "
                   "er is gebeurd en wat de klager wil bereiken.")
                    .arg(m_terms.firstContactWorkingDays),
                today);
        }

        // 9:8 lid 1 b is only a live question while the case has not gone formal.
        const bool oldConduct = c.isOpen() && (c.phase == Phase::Intake || c.phase == Phase::Informal) &&
                                TermCalculator::conductOlderThanOneYear(c.conductDate, c.received);
        if (complaint && (c.nonHandlingGround != NonHandlingGround::None || notHandled || oldConduct)) {
            list << make(DeadlineKind::NonHandlingNotice, terms.nonHandlingNotice, c.nonHandlingNoticeSent, written,
                         tr("art. 9:8 lid 3 Awb") + analogy,
                         tr("Wie een klacht niet in behandeling neemt, laat dat de klager zo spoedig mogelijk en "
                            "uiterlijk binnen vier weken na ontvangst schriftelijk weten."),
                         today);
        }

        if (complaint && !notHandled) {
            const QString handlingText =
                c.committee ? tr("Met een klachtadviescommissie handelt het bestuursorgaan de klacht af binnen tien "
                                 "weken na ontvangst van het klaagschrift.")
                            : tr("Het bestuursorgaan handelt de klacht af binnen zes weken na ontvangst van het "
                                 "klaagschrift.");
            Deadline handling = make(DeadlineKind::Handling, terms.handling, c.closedOn, written,
                                     tr("art. 9:11 lid 1 Awb") + analogy, handlingText, today);
            if (c.isAdjourned())
                handling.status = DeadlineStatus::Superseded;
            list << handling;

            const bool consent = c.consentReceived.isValid() && c.agreedDueDate.isValid();
            if (c.isAdjourned()) {
                CountedDate extended = terms.handlingExtended;
                extended.counting += tr("; verdaging gemeld op %1").arg(TermCalculator::shortDate(c.adjournedOn));
                Deadline adjourned = make(
                    DeadlineKind::AdjournedHandling, extended, c.closedOn, written, tr("art. 9:11 lid 2 Awb") + analogy,
                    tr("Het bestuursorgaan kan de afhandeling voor ten hoogste vier weken verdagen, met "
                       "schriftelijke mededeling aan de klager en de beklaagde; die vier weken tellen hier "
                       "op bij de termijn vanaf de ontvangst."),
                    today);
                if (consent)
                    adjourned.status = DeadlineStatus::Superseded;
                list << adjourned;
            }
            if (consent) {
                const QString counting =
                    tr("schriftelijke instemming van de klager ontvangen op %1; afgesproken: %2")
                        .arg(TermCalculator::shortDate(c.consentReceived), TermCalculator::shortDate(c.agreedDueDate));
                list << make(DeadlineKind::AgreedDelay, fixed(c.agreedDueDate, counting), c.closedOn, written,
                             tr("art. 9:11 lid 3 Awb") + analogy,
                             tr("Verder uitstel van de afhandeling is alleen mogelijk voor zover de klager daarmee "
                                "schriftelijk instemt."),
                             today);
            }
        }
    }

    if (complaint && c.hearingPlanned.isValid() && c.hearingException == HearingException::None) {
        list << make(
            DeadlineKind::Hearing,
            fixed(c.hearingPlanned, tr("hoorzitting gepland op %1").arg(TermCalculator::shortDate(c.hearingPlanned))),
            c.hearingHeld, written, tr("art. 9:10 Awb") + analogy,
            tr("Het bestuursorgaan stelt de klager en de beklaagde in de gelegenheid te worden gehoord en "
               "maakt van het horen een verslag."),
            today);
    }
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
    if (c.aboutDecisionContent && c.decisionPublished.isValid()) {
        Deadline objection =
            make(DeadlineKind::ObjectionTerm, objectionTerm(c.decisionPublished), {}, true, tr("art. 6:7 Awb"),
                 tr("Tegen de inhoud van een besluit staat bezwaar open binnen zes weken na de "
                    "bekendmaking; wijs de klager op die termijn."),
                 today);
        // While the case is open the handler must still warn the klager, so it counts down like
        // our own terms; afterwards it is only history.
        if (!c.isOpen())
            objection.status = DeadlineStatus::Informational;
        list << objection;
    }
    const bool judged = c.outcome == Outcome::Upheld || c.outcome == Outcome::PartlyUpheld ||
                        c.outcome == Outcome::Rejected || c.outcome == Outcome::NoJudgment || notHandled;
    if (complaint && !c.isOpen() && c.closedOn.isValid() && judged) {
        Deadline ombudsman = make(DeadlineKind::OmbudsmanTerm, m_calc.addOneYear(c.closedOn, tr("afgedaan")), {}, true,
                                  tr("art. 9:24 Awb"),
                                  tr("De klager kan zich tot een jaar na de afdoening tot de ombudsman wenden; een "
                                     "later verzoek mag de ombudsman weigeren."),
                                  today);
        ombudsman.status = DeadlineStatus::Informational;
        list << ombudsman;
    }

    // A closed case owes nothing any more, except the "hoe gaat het nu?" call that follows closing.
    if (!c.isOpen()) {
        for (Deadline& dl : list) {
            if (dl.kind != DeadlineKind::FollowUp && dl.isPending())
                dl.status = DeadlineStatus::Superseded;
        }
    }

    std::stable_sort(list.begin(), list.end(), [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    return list;
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
