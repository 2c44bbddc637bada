#include "municipalitysession.h"

#include "storage/calendarstore.h"

#include <QProcessEnvironment>

MunicipalitySession::MunicipalitySession(std::unique_ptr<Database> db, const Clock& clock, QString user)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_user(std::move(user))
    , m_cases(*m_db, m_clock, m_user) {
    reload();
}

void MunicipalitySession::saveSettings(const MunicipalitySettings& settings) {
    MunicipalitySettingsStore(*m_db).save(settings, m_user);
    m_settings = settings;
    rebuildEngine();
}

void MunicipalitySession::reload() {
    m_settings = MunicipalitySettingsStore(*m_db).load();
    m_calendar = CalendarStore(*m_db).load();
    rebuildEngine();
}

void MunicipalitySession::rebuildEngine() {
    // The workflow refers to the engine, so it goes first and comes back last.
    m_workflow.reset();
    m_engine = std::make_unique<DeadlineEngine>(m_calendar, m_settings.terms);
    m_workflow = std::make_unique<Workflow>(*m_engine);
}

QString MunicipalitySession::operatingSystemUser() {
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString user = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
    return user.isEmpty() ? QStringLiteral("onbekend") : user;
}
