#include "sqlitechangefeed.h"

#include "storage/database.h"
#include "storage/storageerror.h"

SqliteChangeFeed::SqliteChangeFeed(Database& db, int intervalMs, QObject* parent)
    : ExternalChangeFeed(parent)
    , m_db(db)
    , m_log(db) {
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SqliteChangeFeed::checkNow);
}

void SqliteChangeFeed::start() {
    try {
        m_position = m_log.position();
        m_version = m_db.dataVersion();
    } catch (const StorageError&) {
        // The file cannot be read now; the first look that can sets the starting point.
    }
    m_timer.start();
}

void SqliteChangeFeed::stop() {
    m_timer.stop();
}

void SqliteChangeFeed::checkNow() {
    ExternalChanges changes;
    try {
        // The position first, the version second: when the version is unchanged, no other connection
        // had committed before the position was read either, so every row up to it is our own.
        const ChangeLog::Position now = m_log.position();
        const qint64 version = m_db.dataVersion();
        if (version == m_version) {
            m_position = now;
            return;
        }
        m_version = version;
        changes = m_log.since(m_position);
    } catch (const StorageError&) {
        return; // busy or unreadable for a moment: the next look tries again
    }
    if (!changes.isEmpty())
        emit changed(changes);
}
