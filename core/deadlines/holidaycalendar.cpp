#include "holidaycalendar.h"

#include "../i18n/languages.h"

#include <QStringList>

#include <algorithm>

namespace {

// Koningsdag (from 2014) and Koninginnedag (1949–2013) move back one day when they fall on a
// Sunday. The app has no cases from before 1949, so Wilhelmina's 31 August is not modelled.
QDate monarchsDay(int year) {
    const QDate day = year >= 2014 ? QDate(year, 4, 27) : QDate(year, 4, 30);
    return day.dayOfWeek() == Qt::Sunday ? day.addDays(-1) : day;
}

} // namespace

HolidayCalendar::HolidayCalendar() {
    for (const DecreedDay& d : shippedDecreedDays())
        m_decreed.insert(d.day, d.description);
    for (int year : shippedDecreedYears())
        m_decreedYears.insert(year);
}

HolidayCalendar HolidayCalendar::statutoryOnly() {
    HolidayCalendar calendar;
    calendar.m_decreed.clear();
    calendar.m_decreedYears.clear();
    return calendar;
}

QList<DecreedDay> HolidayCalendar::shippedDecreedDays() {
    const QString afterKingsDay = tr("Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Koningsdag)");
    const QString afterAscension = tr("Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Hemelvaartsdag)");
    const QString afterChristmas = tr("Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Tweede Kerstdag)");
    const QString afterNewYear = tr("Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Nieuwjaarsdag)");
    return {
        {QDate(2023, 4, 28), afterKingsDay},  {QDate(2023, 5, 19), afterAscension},
        {QDate(2024, 5, 10), afterAscension}, {QDate(2024, 12, 27), afterChristmas},
        {QDate(2025, 5, 30), afterAscension}, {QDate(2026, 1, 2), afterNewYear},
        {QDate(2026, 5, 15), afterAscension}, {QDate(2027, 5, 7), afterAscension},
        {QDate(2028, 4, 28), afterKingsDay},  {QDate(2028, 5, 26), afterAscension},
    };
}

QList<int> HolidayCalendar::shippedDecreedYears() {
    return {2023, 2024, 2025, 2026, 2027, 2028};
}

QDate HolidayCalendar::easterSunday(int year) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool HolidayCalendar::isWeekend(QDate day) const {
    const int dow = day.dayOfWeek();
    return dow == Qt::Saturday || dow == Qt::Sunday;
}

bool HolidayCalendar::isHoliday(QDate day) const {
    // The same days as holidayName(), without building names: the deadline engine asks this for
    // every day it counts, thousands of times per overview.
    if (!day.isValid())
        return false;
    const int month = day.month();
    const int dom = day.day();
    if ((month == 1 && dom == 1) || (month == 5 && dom == 5) || (month == 12 && (dom == 25 || dom == 26)))
        return true;
    const qint64 fromEaster = easterSunday(day.year()).daysTo(day);
    if (fromEaster == -2 || fromEaster == 1 || fromEaster == 39 || fromEaster == 50)
        return true;
    return day == monarchsDay(day.year()) || m_decreed.contains(day);
}

std::optional<QString> HolidayCalendar::holidayName(QDate day) const {
    if (!day.isValid())
        return std::nullopt;

    // Several holidays can share a day (Hemelvaartsdag fell on 5 May in 2016): name them all.
    QStringList names;
    const int month = day.month();
    const int dom = day.day();
    if (month == 1 && dom == 1)
        names << tr("Nieuwjaarsdag");

    const qint64 fromEaster = easterSunday(day.year()).daysTo(day);
    if (fromEaster == -2)
        names << tr("Goede Vrijdag");
    else if (fromEaster == 1)
        names << tr("Tweede Paasdag");
    else if (fromEaster == 39)
        names << tr("Hemelvaartsdag");
    else if (fromEaster == 50)
        names << tr("Tweede Pinksterdag");

    if (day == monarchsDay(day.year()))
        names << (day.year() >= 2014 ? tr("Koningsdag") : tr("Koninginnedag"));
    if (month == 5 && dom == 5)
        names << tr("Bevrijdingsdag");
    if (month == 12 && dom == 25)
        names << tr("Eerste Kerstdag");
    if (month == 12 && dom == 26)
        names << tr("Tweede Kerstdag");

    const auto decreed = m_decreed.constFind(day);
    if (decreed != m_decreed.constEnd())
        names << (decreed->isEmpty() ? tr("Bij Koninklijk Besluit gelijkgestelde dag") : *decreed);

    if (names.isEmpty())
        return std::nullopt;
    return Languages::locale().createSeparatedList(names);
}

QString HolidayCalendar::nonWorkingReason(QDate day) const {
    if (const auto name = holidayName(day))
        return *name;
    if (day.dayOfWeek() == Qt::Saturday)
        return tr("zaterdag");
    if (day.dayOfWeek() == Qt::Sunday)
        return tr("zondag");
    return {};
}

void HolidayCalendar::addDecreedDay(QDate day, const QString& description) {
    if (day.isValid())
        m_decreed.insert(day, description);
}

void HolidayCalendar::removeDecreedDay(QDate day) {
    m_decreed.remove(day);
}

void HolidayCalendar::addDecreedYear(int year) {
    m_decreedYears.insert(year);
}

bool HolidayCalendar::isYearDecreed(int year) const {
    return m_decreedYears.contains(year);
}

QList<DecreedDay> HolidayCalendar::decreedDays() const {
    QList<DecreedDay> days;
    days.reserve(m_decreed.size());
    for (auto it = m_decreed.constBegin(); it != m_decreed.constEnd(); ++it)
        days.append({it.key(), it.value()});
    return days;
}

QList<int> HolidayCalendar::decreedYears() const {
    QList<int> years(m_decreedYears.cbegin(), m_decreedYears.cend());
    std::sort(years.begin(), years.end());
    return years;
}
