// Counting terms the way the Awb and the Algemene termijnenwet (Atw) prescribe:
// - the day of receipt is not counted: N weeks end on the same weekday N weeks later;
// - Atw art. 1: a term that ends on a Saturday, Sunday or holiday runs on to the next day
//   that is none of these;
// - Atw art. 4: no extension for terms of more than twelve weeks or of a year or more;
// - policy terms (not law) count working days: weekends and holidays are skipped.
// Every result explains, in Dutch, how it was counted, so the UI can show its basis.
#pragma once

#include "holidaycalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

struct CountedDate {
    QDate start;        // day from which the term runs (not counted itself)
    QDate nominal;      // end before any Atw extension
    QDate due;          // the last day of the term
    bool extended = false;   // Atw art. 1 moved the end
    QString counting;   // e.g. "ontvangen vr 7 mrt 2025 + 6 weken = vr 18 apr 2025 (Goede Vrijdag) → di 22 apr 2025 (Atw art. 1)"
    QString warning;    // non-empty when the end falls in a year without recorded decreed days
};

class TermCalculator {
    Q_DECLARE_TR_FUNCTIONS(TermCalculator)
public:
    explicit TermCalculator(const HolidayCalendar& calendar) : m_calendar(calendar) {}

    // Statutory term in weeks; Atw art. 1 applies when weeks <= 12 (art. 4).
    CountedDate addWeeks(QDate start, int weeks) const;
    // Statutory term of one year (9:8 lid 1 b, 9:24): same calendar date a year later, no Atw.
    CountedDate addOneYear(QDate start) const;
    // Policy term in working days: the result is the N-th working day after start.
    CountedDate addWorkingDays(QDate start, int workingDays) const;
    // The first day on or after day that is no weekend or holiday.
    QDate atwExtend(QDate day) const;

    // Awb 9:8 lid 1 b: the conduct took place more than one year before the complaint was filed,
    // i.e. the conduct date is earlier than the same calendar date one year before filing.
    // (29 February filed: one year before is 28 February.)
    static bool conductOlderThanOneYear(QDate conduct, QDate filed);

    const HolidayCalendar& calendar() const { return m_calendar; }

private:
    QString yearWarning(QDate day) const;
    const HolidayCalendar& m_calendar;
};
