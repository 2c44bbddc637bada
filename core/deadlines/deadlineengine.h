// Turns a case into its deadlines. This is the one place that knows which terms apply to which
// kind of case in which phase (see shared domain guide, "Counting terms"):
// - handling: received + 6 weeks (10 with a committee), Atw applies;
// - adjourned: received + (6 + 4) = 10 weeks (Atw applies) or (10 + 4) = 14 weeks (no Atw, art. 4);
// - agreed delay: the date agreed with the klager's written consent (9:11 lid 3);
// - 9:8 lid 3 notice: received + 4 weeks, Atw applies; shown when a 9:8 ground is raised or chosen;
// - bezwaar: bekendmaking + 6 weeks (Awb 6:7), Atw applies; informational;
// - acknowledgement (klaagschrift), first contact (klachten), follow-up and referral feedback:
//   policy terms in working days.
// Signalen get no statutory terms. Closed cases keep their history: a deadline met on the closing
// day is Met, one met after its due date MetLate.
#pragma once

#include "deadline.h"
#include "holidaycalendar.h"
#include "policyterms.h"
#include "termcalculator.h"

#include "../domain/case.h"

#include <QList>

#include <optional>

// The answers of the deadline calculator (aantafel-cli deadlines) for one receipt date.
struct HandlingTerms {
    QDate received;
    CountedDate handling;          // 9:11 lid 1
    CountedDate handlingExtended;  // 9:11 lid 2, after verdaging
    CountedDate nonHandlingNotice; // 9:8 lid 3
};

class DeadlineEngine {
    Q_DECLARE_TR_FUNCTIONS(DeadlineEngine)
public:
    DeadlineEngine(const HolidayCalendar& calendar, PolicyTerms terms = {});

    HandlingTerms handlingTerms(QDate received, bool committee) const;
    CountedDate objectionTerm(QDate decisionPublished) const;

    // Every deadline that applies to the case, in chronological order of due date, each with
    // its status relative to today.
    QList<Deadline> deadlinesFor(const Case& c, QDate today) const;
    // The earliest pending deadline for which the municipality is responsible, if any.
    std::optional<Deadline> nextDeadline(const Case& c, QDate today) const;
    // The deadline for handling that currently governs the case: agreed delay, else adjourned,
    // else the ordinary handling term. Invalid for signals.
    std::optional<Deadline> governingHandlingDeadline(const Case& c, QDate today) const;

    DeadlineStatus statusFor(QDate due, QDate metOn, QDate today) const;

    // Whether the case can still owe a deadline: open, or closed as resolved to satisfaction with
    // the "hoe gaat het nu?" call still to be made. Lists and overviews skip every other case.
    static bool mayOweDeadline(const Case& c);

    const TermCalculator& calculator() const { return m_calc; }
    const PolicyTerms& terms() const { return m_terms; }

private:
    // The deadline with its texts, its status relative to today (before the case-level rules
    // of deadlinesFor: superseded, informational) and how it was counted.
    Deadline make(DeadlineKind kind, const CountedDate& counted, QDate metOn, bool statutory, const QString& basis,
                  const QString& basisText, QDate today) const;
    // Terms that do not count from a start day but are a date as agreed or planned.
    static CountedDate fixed(QDate due, const QString& counting);

    TermCalculator m_calc;
    PolicyTerms m_terms;
};
