#include "busywait.h"

#include "database.h"

#include <sqlite3.h>

BusyWait::BusyWait(Database& db, int timeoutMs, int noticeAfterMs, std::function<void()> onLongWait)
    : m_db(db)
    , m_timeoutMs(timeoutMs)
    , m_noticeAfterMs(noticeAfterMs)
    , m_onLongWait(std::move(onLongWait)) {
    if (auto* handle = static_cast<sqlite3*>(m_db.sqliteHandle()))
        sqlite3_busy_handler(handle, &BusyWait::handler, this);
    m_db.setBusyWait(this);
}

BusyWait::~BusyWait() {
    m_db.setBusyWait(nullptr);
    if (auto* handle = static_cast<sqlite3*>(m_db.sqliteHandle()))
        sqlite3_busy_timeout(handle, m_timeoutMs);
}

int BusyWait::handler(void* self, int attempt) {
    return static_cast<BusyWait*>(self)->wait(attempt);
}

int BusyWait::wait(int attempt) {
    // SQLite counts the attempts of one wait from zero: a new wait starts the clock again.
    if (attempt == 0) {
        m_waiting.start();
        m_announced = false;
    }
    const qint64 waited = m_waiting.elapsed();
    if (waited >= m_timeoutMs)
        return 0;
    if (!m_announced && waited >= m_noticeAfterMs) {
        m_announced = true;
        ++m_noticed;
        if (m_onLongWait)
            m_onLongWait();
    }
    // Short sleeps first (most waits are a colleague's single save), then steadier ones.
    sqlite3_sleep(attempt < 10 ? 5 : 25);
    return 1;
}
