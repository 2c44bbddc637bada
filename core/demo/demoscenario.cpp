#include "demoscenario.h"

#include "demojudgment.h"

#include "../workflow/eventtext.h"

#include <QtDebug>

#include <algorithm>
#include <limits>

DemoScenario::DemoScenario(const Workflow& workflow, const DeadlineEngine& engine, DemoRandom& rng,
                           const DemoTexts::Context& ctx)
    : m_workflow(workflow)
    , m_engine(engine)
    , m_rng(rng)
    , m_ctx(ctx) {}

int DemoScenario::run(Case& c, const QDateTime& now) {
    m_steps.clear();
    m_older = c.received.daysTo(now.date()) > 183;
    switch (c.kind) {
    case CaseKind::Signal: planSignal(c); break;
    case CaseKind::OralComplaint: planOral(c); break;
    case CaseKind::WrittenComplaint: planWritten(c); break;
    }
    // Steps were planned route by route; on the same day they keep their planned order.
    std::stable_sort(m_steps.begin(), m_steps.end(), [](const Step& a, const Step& b) { return a.day < b.day; });

    // E-mail and web forms arrive at any hour, the rest during office hours.
    const bool anyHour =
        c.channel == Channel::Email || c.channel == Channel::WebForm || c.channel == Channel::SocialMedia;
    QDateTime cursor = at(c.received,
                          anyHour ? QTime(7, 0).addSecs(60 * m_rng.between(0, 15 * 60))
                                  : QTime(8, 30).addSecs(60 * m_rng.between(0, 8 * 60)),
                          now);
    if (cursor > now)
        cursor = now;
    c.events.append({0, cursor, EventKind::Note, c.handler, DemoTexts::receiptNote(c.kind, c.channel)});

    // Now and then a case is forgotten after a few steps: the deadline overview must show it.
    int budget = m_rng.chance(1 - settles(0.98)) ? m_rng.between(1, 3) : std::numeric_limits<int>::max();
    int refused = 0;
    for (Step& step : m_steps) {
        const QDateTime at = moment(step.day, cursor);
        if (at > now || (step.isTransition && budget-- <= 0))
            break;
        if (!step.isTransition) {
            c.events.append({0, at, step.noteKind, c.handler, DemoTexts::timelineText(m_rng, m_ctx, step.noteKind)});
            cursor = at;
            continue;
        }
        step.request.note = DemoTexts::transitionNote(m_rng, m_ctx, step.request.action);
        const TransitionResult result = m_workflow.apply(c, step.request, at, c.handler);
        if (!result) {
            qCritical("Demo: workflow refused %s on %s: %s", qPrintable(Workflow::code(step.request.action)),
                      qPrintable(step.request.date.toString(Qt::ISODate)), qPrintable(result.reason));
            Q_ASSERT_X(false, "DemoScenario::run", "the workflow refused a planned step");
            ++refused;
            continue;
        }
        if (Workflow::needsLetter(step.request.action)) {
            // The letter that is the legal act, recorded as sent from the document system.
            const LetterType type =
                step.request.action == WorkflowAction::Close ? LetterType::Closing : LetterType::Adjournment;
            CaseEvent letter = EventText::letterSent(type, c.klager.name, step.request.date, LetterOrigin::Elsewhere);
            letter.at = at;
            letter.author = c.handler;
            c.events.append(letter);
        }
        cursor = at;
    }
    return refused;
}

void DemoScenario::planSignal(const Case& c) {
    const QDate start = contactDay(c.received, 3, 0.05, true);
    transition(start, TransitionRequest::of(WorkflowAction::StartInformal));
    QDate last = start;
    if (m_rng.chance(0.5)) {
        last = after(start, 0, 6);
        note(last, EventKind::ContactMoment);
    }
    if (m_rng.chance(settles(0.94)))
        planResolution(last, 0.97);
}

void DemoScenario::planOral(const Case& c) {
    const bool atOnce = c.channel == Channel::Phone || c.channel == Channel::Desk;
    const QDate contact = contactDay(c.received, m_engine.terms().firstContactWorkingDays, 0.12, atOnce);
    if (m_rng.chance(0.95))
        transition(contact, TransitionRequest::of(WorkflowAction::RecordFirstContact));
    const QDate informal = after(contact, 0, 2);
    transition(informal, TransitionRequest::of(WorkflowAction::StartInformal));

    const int route = m_rng.weighted({74, 15, 11});
    if (route == 1 && !m_ctx.provider.isEmpty()) {
        planReferral(informal);
    } else if (route == 2) {
        QDate last = informal;
        if (m_rng.chance(0.5)) {
            last = after(informal, 0, 5);
            note(last, EventKind::ContactMoment);
        }
        transition(after(last, 2, 20), TransitionRequest::of(WorkflowAction::Withdraw));
    } else {
        planResolution(informal, 0.985);
    }
}

void DemoScenario::planWritten(const Case& c) {
    const PolicyTerms& terms = m_engine.terms();
    const bool electronic = c.channel == Channel::Email || c.channel == Channel::WebForm;
    const QDate ack = contactDay(c.received, terms.acknowledgementWorkingDays, 0.12, electronic);
    transition(ack, TransitionRequest::of(WorkflowAction::RecordAcknowledgement));
    QDate from = ack;
    if (m_rng.chance(0.95)) {
        const QDate contact = contactDay(c.received, terms.firstContactWorkingDays, 0.12, false);
        transition(contact, TransitionRequest::of(WorkflowAction::RecordFirstContact));
        from = std::max(from, contact);
    }

    const bool older = TermCalculator::conductOlderThanOneYear(c.conductDate, c.received);
    if ((c.aboutDecisionContent && m_rng.chance(0.8)) || (older && m_rng.chance(0.7))) {
        planDecline(c, from);
        return;
    }
    const int route = m_rng.weighted({20, 12, 58, 5, 5});
    if (route == 0) {
        planDecline(c, from);
        return;
    }
    if (route == 2 && Workflow::aboutProviderConduct(c) && !m_ctx.provider.isEmpty()) {
        // About the provider's own care: its complaint rules apply; the municipality hands it over warmly.
        planReferral(from);
        return;
    }
    if (route == 2) {
        planFormal(c, from);
        return;
    }
    if (route == 4 && !m_ctx.provider.isEmpty()) {
        planReferral(from);
        return;
    }
    const QDate informal = after(from, 0, 2);
    transition(informal, TransitionRequest::of(WorkflowAction::StartInformal));
    if (route == 3)
        transition(after(informal, 3, 20), TransitionRequest::of(WorkflowAction::Withdraw));
    else
        planResolution(informal, 0.985);
}

QDate DemoScenario::planResolution(QDate from, double followUpChance) {
    QDate last = from;
    if (m_rng.chance(0.6)) {
        last = after(last, 0, 5);
        note(last, EventKind::ContactMoment);
    }
    if (m_rng.chance(0.5)) {
        last = after(last, 1, 7);
        note(last, m_rng.chance(0.7) ? EventKind::Agreement : EventKind::Note);
    }
    const QDate day = after(last, 3, 24);
    TransitionRequest resolve = TransitionRequest::of(WorkflowAction::ResolveToSatisfaction);
    resolve.confirmation = m_rng.weighted<ConfirmationMethod>({{ConfirmationMethod::Phone, 45},
                                                               {ConfirmationMethod::Email, 25},
                                                               {ConfirmationMethod::InPerson, 15},
                                                               {ConfirmationMethod::Letter, 15}});
    resolve.followUp = workingDaysAfter(day, m_engine.terms().followUpWorkingDays);
    const QDate due = resolve.followUp;
    transition(day, resolve);
    planFollowUp(day, due, followUpChance);
    return day;
}

void DemoScenario::planFollowUp(QDate resolved, QDate due, double chance) {
    if (m_rng.chance(settles(chance)))
        transition(std::max(after(resolved, 1, 1), workday(due.addDays(m_rng.between(-3, 5)))),
                   TransitionRequest::of(WorkflowAction::RecordFollowUp));
}

void DemoScenario::planReferral(QDate from) {
    const QDate day = after(from, 0, 4);
    TransitionRequest refer = TransitionRequest::of(WorkflowAction::Refer);
    refer.provider = m_ctx.provider;
    refer.followUp = workingDaysAfter(day, m_engine.terms().referralFollowUpWorkingDays);
    const QDate checkBack = refer.followUp;
    transition(day, refer);
    QDate last = day;
    if (m_rng.chance(0.5)) {
        last = after(day, 1, 5);
        note(last, EventKind::ContactMoment);
    }
    const QDate feedback = std::max(after(last, 1, 1), workday(checkBack.addDays(m_rng.between(-2, 10))));
    if (m_rng.chance(0.85)) {
        transition(feedback, TransitionRequest::of(WorkflowAction::RecordReferralFeedback));
    } else {
        transition(feedback, TransitionRequest::of(WorkflowAction::ResumeInformal));
        planResolution(feedback, 0.985);
    }
}

void DemoScenario::planDecline(const Case& c, QDate from) {
    if (m_rng.chance(0.5)) {
        from = after(from, 0, 2);
        transition(from, TransitionRequest::of(WorkflowAction::StartInformal));
    }
    // The 9:8 lid 3 notice is due four weeks after receipt; now and then it goes out late.
    const QDate planned = c.received.addDays(m_rng.chance(0.9) ? m_rng.between(5, 25) : m_rng.between(30, 42));
    const QDate day = std::max(workday(planned), from);
    TransitionRequest decline = TransitionRequest::of(WorkflowAction::DeclineToHandle);
    if (TermCalculator::conductOlderThanOneYear(c.conductDate, c.received))
        decline.ground = NonHandlingGround::OlderThanOneYear;
    else if (c.aboutDecisionContent)
        decline.ground = NonHandlingGround::OpenToObjection;
    else
        decline.ground = m_rng.weighted<NonHandlingGround>({{NonHandlingGround::AlreadyHandled, 30},
                                                            {NonHandlingGround::OpenToAppeal, 12},
                                                            {NonHandlingGround::BeforeCourt, 12},
                                                            {NonHandlingGround::CriminalInvestigation, 3},
                                                            {NonHandlingGround::InsufficientWeight, 43}});
    decline.noticeSent = day;
    transition(day, decline);
}

void DemoScenario::planFormal(const Case& c, QDate from) {
    const QDate informal = after(from, 0, 2);
    transition(informal, TransitionRequest::of(WorkflowAction::StartInformal));
    QDate last = informal;
    if (m_rng.chance(0.6)) {
        last = after(informal, 0, 4);
        note(last, EventKind::ContactMoment);
    }
    const QDate formal = after(last, 3, 12);
    transition(formal, TransitionRequest::of(WorkflowAction::StartFormal));
    QDate latest = formal;

    // Now and then the klager would rather solve it together after all (with his agreement, recorded).
    if (m_rng.chance(0.04)) {
        const QDate back = after(formal, 2, 8);
        TransitionRequest request = TransitionRequest::of(WorkflowAction::ReturnToInformal);
        request.confirmation = m_rng.chance(0.6) ? ConfirmationMethod::Phone : ConfirmationMethod::Email;
        transition(back, request);
        planResolution(back, 0.985);
        return;
    }

    const QDate end = planHandlingTerm(c, formal, latest);
    HearingOutcome hearing = planHearing(c, formal, end, latest);
    planJudgment(c, hearing.end, hearing.latest, hearing.notHeard);
}

// When the formal procedure ends: within the term, after a verdaging before the term ends (9:11 lid 2),
// now and then followed by consent to more delay (lid 3), or late. latest moves to the last step planned.
QDate DemoScenario::planHandlingTerm(const Case& c, QDate formal, QDate& latest) {
    const HandlingTerms terms = m_engine.handlingTerms(c.received, c.committee);
    const QDate due = terms.handling.due;
    const QDate extended = terms.handlingExtended.due;
    const qint64 room = formal.daysTo(due);
    QDate end;
    if (room >= 3 && m_rng.chance(0.2)) {
        // Verdaging before the term ends (9:11 lid 2), now and then followed by consent to more delay.
        const QDate adjourn = std::max(formal, previousWorkday(formal.addDays(m_rng.between(1, int(room) - 1))));
        TransitionRequest adjournment = TransitionRequest::of(WorkflowAction::Adjourn);
        adjournment.letter = LetterOrigin::Elsewhere; // the verdagingsbrief, from the document system
        transition(adjourn, adjournment);
        latest = adjourn;
        if (m_rng.chance(0.25) && adjourn.daysTo(extended) >= 3) {
            const QDate consentDay = std::max(
                adjourn, previousWorkday(adjourn.addDays(m_rng.between(1, int(adjourn.daysTo(extended)) - 1))));
            TransitionRequest consent = TransitionRequest::of(WorkflowAction::RecordConsent);
            consent.agreedDueDate = workday(extended.addDays(m_rng.between(14, 28)));
            transition(consentDay, consent);
            latest = consentDay;
            end = previousWorkday(extended.addDays(m_rng.between(1, int(extended.daysTo(consent.agreedDueDate)))));
        } else {
            end = previousWorkday(due.addDays(m_rng.between(1, int(due.daysTo(extended)))));
        }
    } else if (room < 5 || m_rng.chance(0.1)) {
        end = workday(std::max(due, formal).addDays(m_rng.between(1, 15))); // handled late
    } else {
        end = previousWorkday(formal.addDays(m_rng.between(std::min<int>(10, int(room)), int(room))));
    }
    return end;
}

// The hearing (9:10): the klager heard, or not on one of the grounds of lid 2; a named beklaagde
// heard or given the opportunity; a verslag when anyone was heard.
DemoScenario::HearingOutcome DemoScenario::planHearing(const Case& c, QDate formal, QDate end, QDate latest) {
    const QDate firstStep = std::min(after(formal, 1, 4), std::max(end, formal));
    const bool namedRespondent = !c.subject.employee.trimmed().isEmpty();
    HearingException notHeard = HearingException::None;
    bool anyoneHeard = false;
    if (m_rng.chance(0.25)) {
        TransitionRequest exception = TransitionRequest::of(WorkflowAction::RecordHearingException);
        exception.exception = m_rng.weighted<HearingException>({{HearingException::KlagerWaived, 45},
                                                                {HearingException::NoReply, 30},
                                                                {HearingException::ManifestlyUnfounded, 25}});
        notHeard = exception.exception;
        QDate day = firstStep;
        if (notHeard == HearingException::NoReply) {
            // Two weeks to say he wishes to be heard; recorded once that term has passed.
            exception.replyTerm = firstStep.addDays(14);
            day = after(exception.replyTerm, 1, 3);
        }
        transition(day, exception);
        latest = std::max(latest, day);
        if (namedRespondent) {
            TransitionRequest respondent = TransitionRequest::of(WorkflowAction::RecordHearing);
            respondent.person = HearingPerson::Beklaagde;
            respondent.respondent = m_rng.chance(0.7) ? RespondentHearing::Heard : RespondentHearing::Declined;
            anyoneHeard = respondent.respondent == RespondentHearing::Heard;
            const QDate heard = after(firstStep, 2, 8);
            transition(heard, respondent);
            latest = std::max(latest, heard);
        }
    } else {
        const int span = std::max(7, int(firstStep.daysTo(end)) - 2);
        const QDate hearingDay = std::max(firstStep, previousWorkday(firstStep.addDays(m_rng.between(7, span))));
        TransitionRequest plan = TransitionRequest::of(WorkflowAction::PlanHearing, hearingDay);
        transition(firstStep, plan);
        transition(hearingDay, TransitionRequest::of(WorkflowAction::RecordHearing));
        if (namedRespondent) {
            TransitionRequest respondent = TransitionRequest::of(WorkflowAction::RecordHearing);
            respondent.person = HearingPerson::Beklaagde;
            respondent.respondent = m_rng.chance(0.85) ? RespondentHearing::Heard : RespondentHearing::Declined;
            transition(hearingDay, respondent);
        }
        anyoneHeard = true;
        latest = std::max(latest, hearingDay);
    }
    if (anyoneHeard) {
        TransitionRequest report = TransitionRequest::of(WorkflowAction::RecordHearingReport);
        report.text = QStringLiteral("Verslag van het horen: de klager en de beklaagde hebben hun kant van de zaak "
                                     "verteld; de lezingen zijn in dit verslag naast elkaar gezet.");
        const QDate sent = after(latest, 1, 4);
        transition(sent, report);
        latest = std::max(latest, sent);
    }
    end = std::max(end, latest);
    return {end, latest, notHeard};
}

// The end of the formal procedure: solved to the klager's satisfaction after all (9:5), or judged (with
// the committee's advice first under afdeling 9.1.3) and closed by the afdoeningsbrief.
void DemoScenario::planJudgment(const Case& c, QDate end, QDate latest, HearingException notHeard) {
    if (m_rng.chance(0.08)) {
        // Awb 9:5: solved to the klager's satisfaction during the formal procedure.
        TransitionRequest resolve = TransitionRequest::of(WorkflowAction::ResolveToSatisfaction);
        resolve.confirmation = ConfirmationMethod::Letter;
        resolve.followUp = workingDaysAfter(end, m_engine.terms().followUpWorkingDays);
        const QDate callDue = resolve.followUp;
        transition(end, resolve);
        planFollowUp(end, callDue, 0.97);
        return;
    }
    TransitionRequest judge = TransitionRequest::of(WorkflowAction::Judge);
    judge.judgment = notHeard == HearingException::ManifestlyUnfounded
                         ? Outcome::Rejected
                         : m_rng.weighted<Outcome>({{Outcome::Upheld, 28},
                                                    {Outcome::PartlyUpheld, 30},
                                                    {Outcome::Rejected, 36},
                                                    {Outcome::NoJudgment, 6}});
    judge.findings = DemoJudgment::findings(m_rng, judge.judgment);
    judge.conclusions = DemoJudgment::conclusions(judge.judgment);
    if (c.committee) {
        // Afdeling 9.1.3: the committee hears and advises; now and then the college departs from it.
        TransitionRequest advice = TransitionRequest::of(WorkflowAction::RecordCommitteeAdvice);
        advice.judgment = judge.judgment;
        if (notHeard != HearingException::ManifestlyUnfounded && m_rng.chance(0.15)) {
            advice.judgment = judge.judgment == Outcome::Rejected ? Outcome::PartlyUpheld : Outcome::Rejected;
            judge.reasons = QStringLiteral("Het college weegt de gevolgen voor de klager zwaarder dan de commissie "
                                           "en komt daarom tot een ander oordeel.");
        }
        advice.text = QStringLiteral("Advies van de klachtadviescommissie, met haar bevindingen en aanbevelingen.");
        const QDate adviceDay = std::max(end, after(latest, 3, 10));
        transition(adviceDay, advice);
        end = adviceDay;
    }
    transition(end, judge);
    // The afdoeningsbrief, written in the municipality's document system and recorded as sent: the
    // complaint is handled on its date (9:12 lid 1).
    TransitionRequest close = TransitionRequest::of(WorkflowAction::Close);
    close.letter = LetterOrigin::Elsewhere;
    transition(end, close);
}

void DemoScenario::transition(QDate day, TransitionRequest request) {
    if (!request.date.isValid())
        request.date = day;
    m_steps.append({day, true, std::move(request), EventKind::Note});
}

void DemoScenario::note(QDate day, EventKind kind) {
    m_steps.append({day, false, {}, kind});
}

double DemoScenario::settles(double chance) const {
    return m_older ? 1 - (1 - chance) / 50 : chance;
}

QDate DemoScenario::contactDay(QDate received, int termWorkingDays, double lateChance, bool sameDayLikely) {
    if (m_rng.chance(lateChance))
        return workingDaysAfter(received, termWorkingDays + m_rng.between(1, 7));
    if (sameDayLikely && m_rng.chance(0.4))
        return workday(received);
    return workingDaysAfter(received, m_rng.between(1, std::max(1, termWorkingDays)));
}

QDate DemoScenario::workday(QDate day) const {
    const HolidayCalendar& calendar = m_engine.calculator().calendar();
    while (calendar.isNonWorkingDay(day))
        day = day.addDays(1);
    return day;
}

QDate DemoScenario::previousWorkday(QDate day) const {
    const HolidayCalendar& calendar = m_engine.calculator().calendar();
    while (calendar.isNonWorkingDay(day))
        day = day.addDays(-1);
    return day;
}

QDate DemoScenario::after(QDate from, int minDays, int maxDays) {
    return workday(from.addDays(m_rng.between(minDays, maxDays)));
}

QDate DemoScenario::workingDaysAfter(QDate from, int workingDays) const {
    // The policy terms' own counting (TermCalculator::addWorkingDays) without its explanation text.
    const HolidayCalendar& calendar = m_engine.calculator().calendar();
    QDate day = from;
    for (int left = workingDays; left > 0;) {
        day = day.addDays(1);
        if (!calendar.isNonWorkingDay(day))
            --left;
    }
    return day;
}

QDateTime DemoScenario::moment(QDate day, const QDateTime& previous) {
    if (day <= previous.date()) {
        // Later the same day than the previous entry: the timeline stays in order.
        const QDateTime later = previous.addSecs(60 * m_rng.between(4, 50));
        return later.date() == previous.date() ? later : previous.addSecs(1);
    }
    return at(day, QTime(8, 30).addSecs(60 * m_rng.between(0, 7 * 60 + 30)), previous);
}

QDateTime DemoScenario::at(QDate day, QTime time, const QDateTime& base) {
    return QDateTime(day, time, Qt::OffsetFromUTC, base.offsetFromUtc());
}
