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
    QDate start;           // day from which the term runs (not counted itself)
    QDate nominal;         // end before any Atw extension
    QDate due;             // the last day of the term
    bool extended = false; // Atw art. 1 moved the end
    // How it was counted, e.g. "ontvangen vr 7 mrt 2025 + 6 weken = vr 18 apr 2025 (Goede Vrijdag);
    // Atw art. 1: verschoven naar di 22 apr 2025".
    QString counting;
    QString warning; // non-empty when the end falls in a year without recorded decreed days
    // The first day of the span whose decreed days (Atw art. 3 lid 3) the end depends on, up to due;
    // null when no decreed day can move it. warning is yearWarning(calendarFrom, due).
    QDate calendarFrom;
};

class TermCalculator {
    Q_DECLARE_TR_FUNCTIONS(TermCalculator)
public:
    explicit TermCalculator(const HolidayCalendar& calendar)
        : m_calendar(calendar) {}

    // Statutory term in weeks; Atw art. 1 applies when weeks <= 12 (art. 4).
    CountedDate addWeeks(QDate start, int weeks) const;
    // Statutory term of one year (9:8 lid 1 b, 9:24): same calendar date a year later, no Atw.
    CountedDate addOneYear(QDate start) const;
    // Policy term in working days: the result is the N-th working day after start.
    CountedDate addWorkingDays(QDate start, int workingDays) const;
    // The same, with the word the explanation uses for the start day (default "ontvangen", or
    // "vanaf" for the one-year term), e.g. "bekendgemaakt" for a bezwaartermijn.
    CountedDate addWeeks(QDate start, int weeks, const QString& startLabel) const;
    CountedDate addOneYear(QDate start, const QString& startLabel) const;
    CountedDate addWorkingDays(QDate start, int workingDays, const QString& startLabel) const;
    // The N-th working day after start, without the explanation: for the many status checks of a
    // list or overview, where addWorkingDays() would build text nobody reads.
    QDate nthWorkingDayAfter(QDate start, int workingDays) const;
    // The first day on or after day that is no weekend or holiday.
    QDate atwExtend(QDate day) const;

    // Awb 9:8 lid 1 b: the conduct took place more than one year before the complaint was filed,
    // i.e. the conduct date is earlier than the same calendar date one year before filing.
    // (29 February filed: one year before is 28 February.)
    static bool conductOlderThanOneYear(QDate conduct, QDate filed);

    // The short Dutch date every explanation uses, e.g. "vr 7 mrt 2025" (QLocale Dutch names,
    // without the abbreviation dot so that dates read alike in the UI, the CLI and letters).
    static QString shortDate(QDate day);

    const HolidayCalendar& calendar() const { return m_calendar; }
    QString yearWarning(QDate day) const;
    // Warns about every year from first to last (inclusive) without recorded decreed days; empty when
    // every one of them is recorded (CountedDate::warning).
    QString yearWarning(QDate first, QDate last) const;

private:
    // "vr 18 apr 2025 (Goede Vrijdag)": the date with the reason it is no working day, if any.
    QString describedDate(QDate day) const;
    const HolidayCalendar& m_calendar;
};
