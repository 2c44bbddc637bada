#include "filelock.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

FileLock::FileLock(const QString& databasePath)
    : m_lock(std::make_unique<QLockFile>(lockPathFor(databasePath))) {
    // Never stale by age: a program may stay open on a file for days. Stale means the holding
    // process is gone (QLockFile checks the PID when the lock was taken on this machine).
    m_lock->setStaleLockTime(0);
}

FileLock::~FileLock() = default;

bool FileLock::tryAcquire() {
    if (m_lock->isLocked())
        return true;
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->removeStaleLockFile())
        return m_lock->tryLock(0);
    return false;
}

bool FileLock::isHeld() const {
    return m_lock->isLocked();
}

QString FileLock::holder() const {
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return {};
    return host.isEmpty() ? app : QCoreApplication::translate("FileLock", "%1 op %2").arg(app, host);
}

QString FileLock::lockPathFor(const QString& databasePath) {
    return databasePath + QStringLiteral(".lock");
}
