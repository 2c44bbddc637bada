#include "calendarstore.h"

#include "deadlinestore.h"

#include "auditlog.h"
#include "database.h"
#include "sqlquery.h"
#include "sqlrows.h"
#include "transaction.h"

#include <QDateTime>

HolidayCalendar CalendarStore::load() {
    HolidayCalendar calendar = HolidayCalendar::statutoryOnly();
    {
        SqlRows days(m_db, QStringLiteral("SELECT day, description FROM decreed_days ORDER BY day"));
        days.exec();
        while (days.next()) {
            const QDate day = days.date(0);
            if (day.isValid())
                calendar.addDecreedDay(day, days.text(1));
        }
    }
    SqlRows years(m_db, QStringLiteral("SELECT year FROM decreed_years ORDER BY year"));
    years.exec();
    while (years.next())
        calendar.addDecreedYear(int(years.integer(0)));
    return calendar;
}

void CalendarStore::addDecreedDay(QDate day, const QString& description, const QString& user) {
    if (!day.isValid())
        throw StorageError(StorageError::Kind::Invalid, tr("Geef een geldige datum op voor de feestdag."));
    Transaction transaction(m_db);
    SqlQuery old(m_db, QStringLiteral("SELECT description FROM decreed_days WHERE day = :day"));
    old.bind(QStringLiteral(":day"), SqlValue::date(day)).exec();
    const bool existed = old.next();
    const QString oldDescription = existed ? old.value(0).toString() : QString();
    old.finish();
    if (existed && oldDescription == description)
        return;
    SqlQuery write(m_db, QStringLiteral("INSERT INTO decreed_days (day, description) VALUES (:day, :description) "
                                        "ON CONFLICT (day) DO UPDATE SET description = excluded.description"));
    write.bind(QStringLiteral(":day"), SqlValue::date(day))
        .bind(QStringLiteral(":description"), SqlValue::text(description))
        .exec();
    const QString iso = day.toString(Qt::ISODate);
    AuditLog(m_db).record(QDateTime::currentDateTime(), user, 0, AuditAction::Calendar, QStringLiteral("decreed_day"),
                          existed ? iso + QStringLiteral(" ") + oldDescription : QString(),
                          iso + QStringLiteral(" ") + description);
    if (!existed)
        DeadlineStore(m_db).refreshAll(); // a new day off moves the terms that end on it
    transaction.commit();
}

void CalendarStore::addDecreedYear(int year, const QString& user) {
    if (year < 1900 || year > 9999)
        throw StorageError(StorageError::Kind::Invalid, tr("%1 is geen geldig jaar.").arg(year));
    Transaction transaction(m_db);
    SqlQuery write(m_db, QStringLiteral("INSERT INTO decreed_years (year) VALUES (:year) ON CONFLICT DO NOTHING"));
    write.bind(QStringLiteral(":year"), year).exec();
    if (write.numRowsAffected() > 0) {
        AuditLog(m_db).record(QDateTime::currentDateTime(), user, 0, AuditAction::Calendar,
                              QStringLiteral("decreed_year"), {}, QString::number(year));
    }
    transaction.commit();
}

void CalendarStore::removeDecreedDay(QDate day, const QString& user) {
    Transaction transaction(m_db);
    SqlQuery old(m_db, QStringLiteral("SELECT description FROM decreed_days WHERE day = :day"));
    old.bind(QStringLiteral(":day"), SqlValue::date(day)).exec();
    if (!old.next())
        return;
    const QString description = old.value(0).toString();
    old.finish();
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM decreed_days WHERE day = :day"));
    remove.bind(QStringLiteral(":day"), SqlValue::date(day)).exec();
    AuditLog(m_db).record(QDateTime::currentDateTime(), user, 0, AuditAction::Calendar, QStringLiteral("decreed_day"),
                          day.toString(Qt::ISODate) + QStringLiteral(" ") + description, {});
    DeadlineStore(m_db).refreshAll();
    transaction.commit();
}

void CalendarStore::seedShipped() {
    Transaction transaction(m_db);
    SqlQuery day(m_db, QStringLiteral("INSERT INTO decreed_days (day, description) VALUES (:day, :description) "
                                      "ON CONFLICT DO NOTHING"));
    for (const DecreedDay& d : HolidayCalendar::shippedDecreedDays()) {
        day.bind(QStringLiteral(":day"), SqlValue::date(d.day))
            .bind(QStringLiteral(":description"), SqlValue::text(d.description))
            .exec();
    }
    SqlQuery year(m_db, QStringLiteral("INSERT INTO decreed_years (year) VALUES (:year) ON CONFLICT DO NOTHING"));
    for (int y : HolidayCalendar::shippedDecreedYears())
        year.bind(QStringLiteral(":year"), y).exec();
    DeadlineStore(m_db).refreshAll();
    transaction.commit();
}
