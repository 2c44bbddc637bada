#include "serverchangefeed.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QTimer>

ServerChangeFeed::ServerChangeFeed(Database& db, int pollIntervalMs, QObject* parent)
    : ExternalChangeFeed(parent)
    , m_db(db)
    , m_log(db)
    , m_poll(new QTimer(this)) {
    m_poll->setInterval(pollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &ServerChangeFeed::checkNow);
}

ServerChangeFeed::~ServerChangeFeed() {
    stop();
}

void ServerChangeFeed::start() {
    try {
        m_position = m_log.position();
    } catch (const StorageError&) {
        // Unreachable for a moment; the first notification reads from the start of the log's tail.
    }
    QSqlDriver* driver = m_db.connection().driver();
    if (m_listening || m_poll->isActive())
        return;
    if (driver && m_listeningAllowed) {
        connect(driver, &QSqlDriver::notification, this, &ServerChangeFeed::notified);
        m_listening = driver->subscribeToNotification(m_db.dialect().changeChannel());
        if (m_listening)
            return;
        disconnect(driver, &QSqlDriver::notification, this, &ServerChangeFeed::notified);
    }
    m_poll->start();
}

bool ServerChangeFeed::isPolling() const {
    return m_poll->isActive();
}

void ServerChangeFeed::stop() {
    m_poll->stop();
    QSqlDriver* driver = m_db.connection().driver();
    if (!driver)
        return;
    disconnect(driver, &QSqlDriver::notification, this, &ServerChangeFeed::notified);
    if (m_listening)
        driver->unsubscribeFromNotification(m_db.dialect().changeChannel());
    m_listening = false;
}

void ServerChangeFeed::notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
    if (name != m_db.dialect().changeChannel() || source == QSqlDriver::SelfSource)
        return;
    checkNow();
}

void ServerChangeFeed::checkNow() {
    ExternalChanges changes;
    try {
        changes = m_log.since(m_position);
    } catch (const StorageError&) {
        return; // the next notification tries again
    }
    if (!changes.isEmpty())
        emit changed(changes);
}
