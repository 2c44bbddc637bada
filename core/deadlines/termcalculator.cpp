#include "termcalculator.h"

#include "../i18n/languages.h"

#include <QLocale>

namespace {

// Atw art. 4: terms of more than twelve weeks are not extended.
constexpr int maxExtendedWeeks = 12;

} // namespace

CountedDate TermCalculator::addWeeks(QDate start, int weeks) const {
    return addWeeks(start, weeks, tr("ontvangen"));
}

CountedDate TermCalculator::addOneYear(QDate start) const {
    return addOneYear(start, tr("vanaf"));
}

CountedDate TermCalculator::addWorkingDays(QDate start, int workingDays) const {
    return addWorkingDays(start, workingDays, tr("ontvangen"));
}

CountedDate TermCalculator::addWeeks(QDate start, int weeks, const QString& startLabel) const {
    CountedDate result;
    result.start = start;
    if (!start.isValid())
        return result;

    const bool atwApplies = weeks <= maxExtendedWeeks;
    result.nominal = start.addDays(qint64(7) * weeks);
    result.due = atwApplies ? atwExtend(result.nominal) : result.nominal;
    result.extended = result.due != result.nominal;

    const QString span = weeks == 1 ? tr("1 week") : tr("%1 weken").arg(weeks);
    result.counting = tr("%1 %2 + %3 = %4").arg(startLabel, shortDate(start), span, describedDate(result.nominal));
    if (result.extended) {
        result.counting += tr("; Atw art. 1: verschoven naar %1").arg(shortDate(result.due));
    } else if (!atwApplies && m_calendar.isNonWorkingDay(result.nominal)) {
        result.counting += tr("; geen verschuiving: Atw art. 4 (termijn van meer dan twaalf weken)");
    }
    // Only a term that Atw art. 1 can move depends on the decreed days.
    if (atwApplies) {
        result.calendarFrom = result.nominal;
        result.warning = yearWarning(result.nominal, result.due);
    }
    return result;
}

CountedDate TermCalculator::addOneYear(QDate start, const QString& startLabel) const {
    CountedDate result;
    result.start = start;
    if (!start.isValid())
        return result;

    // QDate::addYears maps 29 February onto 28 February in a common year.
    result.nominal = start.addYears(1);
    result.due = result.nominal;
    if (start.month() == 2 && start.day() == 29 && result.due.day() == 28)
        result.counting = tr("%1 %2 + 1 jaar = %3 (29 februari bestaat niet in %4)")
                              .arg(startLabel, shortDate(start), describedDate(result.due))
                              .arg(result.due.year());
    else
        result.counting = tr("%1 %2 + 1 jaar = %3").arg(startLabel, shortDate(start), describedDate(result.due));
    result.counting += tr("; geen verschuiving: Atw art. 4 (termijn van een jaar)");
    return result;
}

QDate TermCalculator::nthWorkingDayAfter(QDate start, int workingDays) const {
    if (!start.isValid())
        return {};
    QDate day = start;
    for (int counted = 0; counted < workingDays;) {
        day = day.addDays(1);
        if (!m_calendar.isNonWorkingDay(day))
            ++counted;
    }
    return day;
}

CountedDate TermCalculator::addWorkingDays(QDate start, int workingDays, const QString& startLabel) const {
    CountedDate result;
    result.start = start;
    if (!start.isValid())
        return result;

    QStringList skippedHolidays;
    QDate day = start;
    for (int counted = 0; counted < workingDays;) {
        day = day.addDays(1);
        if (!m_calendar.isNonWorkingDay(day))
            ++counted;
        else if (m_calendar.isHoliday(day))
            skippedHolidays << describedDate(day);
    }
    result.nominal = day;
    result.due = day;

    const QString span = workingDays == 1 ? tr("1 werkdag") : tr("%1 werkdagen").arg(workingDays);
    result.counting = tr("%1 %2 + %3 = %4").arg(startLabel, shortDate(start), span, shortDate(day));
    if (!skippedHolidays.isEmpty())
        result.counting +=
            tr("; feestdagen overgeslagen: %1").arg(Languages::locale().createSeparatedList(skippedHolidays));
    if (workingDays > 0) {
        result.calendarFrom = start.addDays(1);
        result.warning = yearWarning(start.addDays(1), day);
    }
    return result;
}

QDate TermCalculator::atwExtend(QDate day) const {
    if (!day.isValid())
        return day;
    while (m_calendar.isNonWorkingDay(day))
        day = day.addDays(1);
    return day;
}

bool TermCalculator::conductOlderThanOneYear(QDate conduct, QDate filed) {
    if (!conduct.isValid() || !filed.isValid())
        return false;
    return conduct < filed.addYears(-1);
}

// In the program's language (Languages::locale()): "vr 7 mrt 2025", "Fri 7 Mar 2025".
QString TermCalculator::shortDate(QDate day) {
    if (!day.isValid())
        return {};
    const QLocale locale = Languages::locale();
    QString month = locale.monthName(day.month(), QLocale::ShortFormat);
    if (month.endsWith(u'.'))
        month.chop(1);
    QString weekday = locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
    if (weekday.endsWith(u'.'))
        weekday.chop(1);
    return weekday + u' ' + QString::number(day.day()) + u' ' + month + u' ' + QString::number(day.year());
}

QString TermCalculator::yearWarning(QDate day) const {
    return yearWarning(day, day);
}

QString TermCalculator::yearWarning(QDate first, QDate last) const {
    if (!first.isValid() || !last.isValid())
        return {};
    QStringList years;
    for (int year = first.year(); year <= last.year(); ++year) {
        if (!m_calendar.isYearDecreed(year))
            years << QString::number(year);
    }
    if (years.isEmpty())
        return {};
    const QString joined = Languages::locale().createSeparatedList(years);
    return tr("Voor %1 zijn nog geen bij Koninklijk Besluit gelijkgestelde dagen vastgesteld (Atw art. 3 lid 3); "
              "de datum kan nog verschuiven.")
        .arg(joined);
}

QString TermCalculator::describedDate(QDate day) const {
    const QString reason = m_calendar.nonWorkingReason(day);
    return reason.isEmpty() ? shortDate(day) : tr("%1 (%2)").arg(shortDate(day), reason);
}
