#include "municipalitysession.h"

#include "serverchangefeed.h"
#include "sqlitechangefeed.h"
#include "storage/auditlog.h"
#include "storage/calendarstore.h"
#include "storage/systemaccount.h"
#include "storage/transaction.h"

MunicipalitySession::MunicipalitySession(std::unique_ptr<Database> db, const Clock& clock, QString user)
    : m_db(std::move(db))
    , m_clock(clock)
    // On a team server the user is who signed in: the server's login, not the operating-system account.
    , m_user(m_db->isServer() ? m_db->serverLogin() : std::move(user))
    , m_cases(*m_db, m_clock, m_user) {
    reload();
    reloadUsers();
}

void MunicipalitySession::reloadUsers() {
    UserRepository repository = users();
    m_hasUsers = repository.hasUsers();
    m_currentUser = m_hasUsers ? repository.activeByLogin(m_user) : std::nullopt;
    m_permissions = m_hasUsers ? Permissions::of(m_currentUser) : Permissions::everybody();
}

void MunicipalitySession::actAs(const User& user) {
    const QString account = m_user;
    if (!m_db->isReadOnly()) {
        Transaction transaction(*m_db);
        AuditLog(*m_db).record(m_clock.now(), user.login, 0, AuditAction::Identify, QStringLiteral("account"), account,
                               user.login);
        transaction.commit();
    }
    m_user = user.login;
    m_cases.setUser(m_user);
    reloadUsers();
}

void MunicipalitySession::saveSettings(const MunicipalitySettings& settings) {
    if (const Permission p = m_permissions.check(Action::ManageSettings); !p)
        throw StorageError(StorageError::Kind::ReadOnly, p.reason);
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
    const QString user = SystemAccount::name();
    return user.isEmpty() ? QStringLiteral("onbekend") : user;
}

std::unique_ptr<ExternalChangeFeed> MunicipalitySession::createChangeFeed(int intervalMs) {
    if (m_db->isServer())
        return std::make_unique<ServerChangeFeed>(*m_db, intervalMs);
    return std::make_unique<SqliteChangeFeed>(*m_db, intervalMs);
}
