// Marks a municipality file as in use by one program instance, with a lock file next to it
// ("<file>.lock": which program, which process, on which machine). A second instance that finds the
// lock held opens the file read-only and can say by whom it is held.
//
// A lock left behind by an instance that crashed is recognised and taken over (recoveredStaleLock()):
// on this machine when its process no longer runs; from another machine (a network share) when its
// holder stopped refreshing it. While held, the lock is refreshed every minute (a heartbeat on the
// thread's event loop), and a lock not refreshed for five minutes counts as left behind. A lock of a
// running instance on this machine is never taken over, however old.
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

class QTimer;

class FileLock {
public:
    static constexpr int HeartbeatMs = 60 * 1000;
    static constexpr int StaleAfterMs = 5 * 60 * 1000;

    explicit FileLock(const QString& databasePath);
    ~FileLock();

    // True when this instance now holds the lock.
    bool tryAcquire();
    bool isHeld() const;
    // True when tryAcquire() took the lock over from an instance that no longer runs.
    bool recoveredStaleLock() const { return m_recovered; }
    // Who holds the lock when tryAcquire() failed: "programma op computer", or empty when unknown.
    QString holder() const;
    // Rewrites the lock's time stamp: the heartbeat that tells other machines we still run.
    void refresh();

    // The lock file of a municipality file.
    static QString lockPathFor(const QString& databasePath);

private:
    bool removeIfLeftBehind();

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QTimer> m_heartbeat;
    bool m_recovered = false;
};
