// The Algemene termijnenwet calendar: which days a statutory term may not end on.
// Art. 3 lid 1 and 2 (Nieuwjaarsdag, Goede Vrijdag, Paasmaandag, Koningsdag, 5 mei,
// Hemelvaartsdag, Pinkstermaandag, both Kerstdagen) are computed for any year; the days made
// equal by Royal Decree (art. 3 lid 3) are data: the shipped list plus what a beheerder adds
// to the municipality file. A year for which no decree is recorded is "not decreed", and
// callers must warn that a deadline in such a year may still move.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

struct DecreedDay {
    QDate day;
    QString description;
    bool operator==(const DecreedDay&) const = default;
};

class HolidayCalendar {
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)
public:
    // Statutory holidays plus the decreed days known when this version was released
    // (2023-04-28 … 2028-05-26) and the years those decrees cover (2023–2028).
    HolidayCalendar();

    // An empty calendar of decreed days: only the statutory holidays of art. 3 lid 1 and 2.
    static HolidayCalendar statutoryOnly();
    static QList<DecreedDay> shippedDecreedDays();
    static QList<int> shippedDecreedYears();

    // Easter Sunday (Gregorian computus), from which Goede Vrijdag, Paasmaandag,
    // Hemelvaartsdag and Pinkstermaandag follow.
    static QDate easterSunday(int year);

    bool isWeekend(QDate day) const;
    // A holiday in the sense of Atw art. 3 (including decreed days); weekends are not holidays.
    bool isHoliday(QDate day) const;
    // Weekend or holiday: a statutory term cannot end on such a day (Atw art. 1).
    bool isNonWorkingDay(QDate day) const { return isWeekend(day) || isHoliday(day); }
    // Dutch name of the holiday, e.g. "Goede Vrijdag", or std::nullopt.
    std::optional<QString> holidayName(QDate day) const;
    // Dutch description of why a day is not a day a term can end on: the holiday name,
    // "zaterdag" or "zondag"; empty for ordinary working days.
    QString nonWorkingReason(QDate day) const;

    void addDecreedDay(QDate day, const QString& description);
    void removeDecreedDay(QDate day);
    // Records that the decree for this year is known (possibly with no extra days).
    void addDecreedYear(int year);
    bool isYearDecreed(int year) const;
    QList<DecreedDay> decreedDays() const;
    QList<int> decreedYears() const;

private:
    QMap<QDate, QString> m_decreed;
    QSet<int> m_decreedYears;
};
