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
#include "workflow/workflow.h"

#include <memory>

class MunicipalitySession {
public:
    MunicipalitySession(std::unique_ptr<Database> db, const Clock& clock, QString user);
    MunicipalitySession(const MunicipalitySession&) = delete;
    MunicipalitySession& operator=(const MunicipalitySession&) = delete;

    Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    const QString& user() const { return m_user; }
    // The operating-system account the program runs under (USER, or USERNAME on Windows): who is
    // recorded in the audit trail and whose cases are "mijn zaken". "onbekend" when neither is set.
    static QString operatingSystemUser();
    QDate today() const { return m_clock.today(); }

    const MunicipalitySettings& settings() const { return m_settings; }
    const HolidayCalendar& calendar() const { return m_calendar; }
    const DeadlineEngine& engine() const { return *m_engine; }
    const Workflow& workflow() const { return *m_workflow; }
    CaseRepository& cases() { return m_cases; }

    // Saves new settings and rebuilds what depends on them (policy terms → engine).
    void saveSettings(const MunicipalitySettings& settings);
    // Re-reads settings and calendar from the file, e.g. after another user changed them.
    void reload();

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
};
