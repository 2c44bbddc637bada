// Marks a municipality file as in use by one program instance, with a lock file next to it
// ("<file>.lock": who, on which machine). A second instance that finds the lock held opens the
// file read-only and can say by whom it is held. A lock left by a crashed instance on this machine
// is recognised as stale and taken over.
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

class FileLock {
public:
    explicit FileLock(const QString& databasePath);
    ~FileLock();

    // True when this instance now holds the lock.
    bool tryAcquire();
    bool isHeld() const;
    // Who holds the lock when tryAcquire() failed: "gebruiker op computer", or empty when unknown.
    QString holder() const;

    // The lock file of a municipality file.
    static QString lockPathFor(const QString& databasePath);

private:
    std::unique_ptr<QLockFile> m_lock;
};
