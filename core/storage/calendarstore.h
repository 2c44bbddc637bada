// The decreed days (Atw art. 3 lid 3) kept in the municipality file, so that a beheerder can add
// the days of a new Royal Decree without a new program version. A new file is seeded with the
// shipped list.
#pragma once

#include "../deadlines/holidaycalendar.h"

#include <QCoreApplication>

class Database;

class CalendarStore {
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)
public:
    explicit CalendarStore(Database& db)
        : m_db(db) {}
    // The statutory holidays plus every decreed day and year recorded in the file.
    HolidayCalendar load();
    // Each change is one transaction with an audit row ("calendar"); a change that changes nothing
    // writes nothing.
    void addDecreedDay(QDate day, const QString& description, const QString& user);
    void addDecreedYear(int year, const QString& user);
    void removeDecreedDay(QDate day, const QString& user);
    // Records the decreed days and years shipped with this version (a new file starts with them).
    void seedShipped();

private:
    Database& m_db;
};
