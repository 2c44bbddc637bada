// Drives one freshly registered demo case through the Workflow the way a handler would: first
// contact and acknowledgement within (or sometimes after) the policy terms, then an informal
// solution, a warme overdracht, a formal procedure with hearing and judgment, a 9:8 refusal or a
// withdrawal, with contact moments, agreements and notes in between. The whole route is planned
// from the date of receipt and then played until the clock's "now": what would happen later has not
// happened yet, so old cases end up closed and recent ones open in whatever phase they reached.
// Loose ends (a case forgotten halfway, a signal never settled, a follow-up call never made) are common
// in the last half year and rare before it: in a real register someone notices them in the end, so the
// open work does not grow with the years a register covers.
// Every transition goes through Workflow::apply; a refusal is a bug in this plan.
#pragma once

#include "demorandom.h"
#include "demotexts.h"

#include "../domain/case.h"
#include "../workflow/workflow.h"

#include <QDateTime>
#include <QList>

class DemoScenario {
public:
    DemoScenario(const Workflow& workflow, const DeadlineEngine& engine, DemoRandom& rng,
                 const DemoTexts::Context& ctx);

    // Plans and plays the case's route up to now. Returns the number of refused transitions (0).
    // Timeline moments get now's offset from UTC: with Qt::LocalTime every QDateTime construction and
    // comparison asks the C library's mktime, which reads the time zone file each time (Qt 6.4); a
    // fixed offset costs nothing, and across a DST change an office-hours time shifts by an hour.
    int run(Case& c, const QDateTime& now);

private:
    struct Step {
        QDate day; // when the handler acts
        bool isTransition = true;
        TransitionRequest request;
        EventKind noteKind = EventKind::Note;
    };

    void planSignal(const Case& c);
    void planOral(const Case& c);
    void planWritten(const Case& c);
    // Resolved to satisfaction, and how likely the "hoe gaat het nu?" call is made afterwards.
    QDate planResolution(QDate from, double followUpChance);
    // The "hoe gaat het nu?" call after a solution, around its due date, made with this chance.
    void planFollowUp(QDate resolved, QDate due, double chance);
    void planReferral(QDate from);
    void planFormal(const Case& c, QDate from);
    // The steps of planFormal.
    struct HearingOutcome {
        QDate end;    // when the procedure can end, at the earliest
        QDate latest; // the last step planned so far
        HearingException notHeard;
    };
    QDate planHandlingTerm(const Case& c, QDate formal, QDate& latest);
    HearingOutcome planHearing(const Case& c, QDate formal, QDate end, QDate latest);
    void planJudgment(const Case& c, QDate end, QDate latest, HearingException notHeard);
    void planDecline(const Case& c, QDate from);

    // The chance that what settles a case happens, for this case: as given for a case of the last half
    // year, and fifty times less likely to be missed for an older one.
    double settles(double chance) const;

    void transition(QDate day, TransitionRequest request);
    void note(QDate day, EventKind kind);
    // A contact within the policy term in most cases, later in some.
    QDate contactDay(QDate received, int termWorkingDays, double lateChance, bool sameDayLikely);

    QDate workday(QDate day) const;         // this day or the next working day
    QDate previousWorkday(QDate day) const; // this day or the previous working day
    QDate after(QDate from, int minDays, int maxDays);
    QDate workingDaysAfter(QDate from, int workingDays) const;
    // When a step on this day is written down: office hours, after the previous entry.
    QDateTime moment(QDate day, const QDateTime& previous);
    static QDateTime at(QDate day, QTime time, const QDateTime& base);

    const Workflow& m_workflow;
    bool m_older = false; // received more than half a year before now
    const DeadlineEngine& m_engine;
    DemoRandom& m_rng;
    const DemoTexts::Context& m_ctx;
    QList<Step> m_steps;
};
