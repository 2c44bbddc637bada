// Makes a long wait for the file visible. When another user (another program on the network share)
// is writing, a write of ours waits up to the busy timeout for its turn; BusyWait replaces SQLite's
// silent busy timeout on one connection by an equivalent wait that calls onLongWait once per wait
// as soon as it has lasted noticeAfterMs, so that the program can say "Bezig…" instead of seeming to
// hang. After timeoutMs the write gives up as before (StorageError::Locked, nothing changed).
//
// The callback runs inside SQLite, on the connection's thread: it must not touch the database.
// The same wait covers the write gate (a restore or retention run holding the file). Destroying the
// BusyWait restores the plain busy timeout.
#pragma once

#include <QElapsedTimer>

#include <functional>

class Database;

class BusyWait {
public:
    BusyWait(Database& db, int timeoutMs, int noticeAfterMs, std::function<void()> onLongWait);
    ~BusyWait();
    BusyWait(const BusyWait&) = delete;
    BusyWait& operator=(const BusyWait&) = delete;

    // How many waits lasted long enough to be noticed (for tests and diagnostics).
    int noticedWaits() const { return m_noticed; }
    // One step of a wait outside SQLite (the write gate, Database::enterWrite): sleeps a little,
    // announces a long wait like any other, and says whether to try again.
    bool waitForTurn(int attempt) { return wait(attempt) != 0; }

private:
    static int handler(void* self, int attempt);
    int wait(int attempt);

    Database& m_db;
    int m_timeoutMs;
    int m_noticeAfterMs;
    std::function<void()> m_onLongWait;
    QElapsedTimer m_waiting;
    bool m_announced = false;
    int m_noticed = 0;
};
