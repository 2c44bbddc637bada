// Everything that works on one open municipality file, composed once: the database, the
// injected clock and user, the municipality settings, the Atw calendar of the file, the deadline
// engine and the workflow built on it, and the case repository. The GUI keeps one per open
// window; the command line one per command. Owns the Database; the calendar outlives the engine
// and the engine the workflow (member order).
#pragma once

#include "deadlines/deadlineengine.h"
#include "deadlines/holidaycalendar.h"
#include "domain/clock.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/municipalitysettings.h"
#include "users/permissions.h"
#include "users/user.h"
#include "users/userrepository.h"
#include "workflow/workflow.h"

#include <memory>

class ExternalChangeFeed;

class MunicipalitySession {
public:
    MunicipalitySession(std::unique_ptr<Database> db, const Clock& clock, QString user);
    MunicipalitySession(const MunicipalitySession&) = delete;
    MunicipalitySession& operator=(const MunicipalitySession&) = delete;

    Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    // The name the audit trail records and "mijn zaken" matches: the login of the current user, or
    // the operating-system account when the file does not know it.
    const QString& user() const { return m_user; }
    // The operating-system account the program runs under (storage/systemaccount.h): who is recorded
    // in the audit trail and whose cases are "mijn zaken". "onbekend" only when the system knows no name.
    static QString operatingSystemUser();
    QDate today() const { return m_clock.today(); }

    const MunicipalitySettings& settings() const { return m_settings; }
    const HolidayCalendar& calendar() const { return m_calendar; }
    const DeadlineEngine& engine() const { return *m_engine; }
    const Workflow& workflow() const { return *m_workflow; }
    CaseRepository& cases() { return m_cases; }

    // Users and roles (users/permissions.h). The current user is resolved from user() when the
    // session starts: the active user with that login; nullopt when the file has no users or does
    // not know the account (then permissions() is read-only).
    UserRepository users() { return UserRepository(*m_db, m_clock, m_user); }
    const std::optional<User>& currentUser() const { return m_currentUser; }
    bool hasUsers() const { return m_hasUsers; }
    const Permissions& permissions() const { return m_permissions; }
    // Works on as this user from now on (chosen in "Wie bent u?" when the account is unknown): the
    // audit trail records his login, with one "identify" row naming the operating-system account.
    void actAs(const User& user);
    // Looks the current user up again (after the users changed).
    void reloadUsers();

    // Saves new settings and rebuilds what depends on them (policy terms → engine). Only a beheerder
    // (or anyone on a file without users): otherwise StorageError::ReadOnly with the reason.
    void saveSettings(const MunicipalitySettings& settings);
    // Re-reads settings and calendar from the file, e.g. after another user changed them.
    void reload();

    // The feed of what colleagues change in this file while it is open (externalchangefeed.h), not
    // yet started; on a file it polls every intervalMs, on a team server it listens for the server's
    // notifications.
    std::unique_ptr<ExternalChangeFeed> createChangeFeed(int intervalMs = 1500);

private:
    void rebuildEngine();

    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    QString m_user;
    MunicipalitySettings m_settings;
    HolidayCalendar m_calendar;
    std::unique_ptr<DeadlineEngine> m_engine;
    std::unique_ptr<Workflow> m_workflow;
    CaseRepository m_cases;
    std::optional<User> m_currentUser;
    bool m_hasUsers = false;
    Permissions m_permissions = Permissions::everybody();
};
