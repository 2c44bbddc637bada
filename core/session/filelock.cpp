#include "filelock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTimer>

FileLock::FileLock(const QString& databasePath)
    : m_path(lockPathFor(databasePath))
    , m_lock(std::make_unique<QLockFile>(m_path)) {
    // Never stale by age alone on this machine: a program may stay open on a file for days.
    m_lock->setStaleLockTime(0);
}

FileLock::~FileLock() = default;

bool FileLock::tryAcquire() {
    if (m_lock->isLocked())
        return true;
    // A lock file is removed on every clean exit: one that is there now was left behind or is held.
    const bool existed = QFileInfo::exists(m_path);
    // tryLock itself takes over a lock of this machine whose process is gone.
    bool acquired = m_lock->tryLock(0);
    if (!acquired && m_lock->error() == QLockFile::LockFailedError && removeIfLeftBehind())
        acquired = m_lock->tryLock(0);
    m_recovered = acquired && existed;
    if (acquired && QCoreApplication::instance()) {
        m_heartbeat = std::make_unique<QTimer>();
        m_heartbeat->setInterval(HeartbeatMs);
        QObject::connect(m_heartbeat.get(), &QTimer::timeout, m_heartbeat.get(), [this] { refresh(); });
        m_heartbeat->start();
    }
    return acquired;
}

bool FileLock::removeIfLeftBehind() {
    qint64 pid = 0;
    QString host;
    QString app;
    // This machine: its process still runs (else tryLock had taken the lock over), however old.
    if (m_lock->getLockInfo(&pid, &host, &app) && (host.isEmpty() || host == QSysInfo::machineHostName()))
        return false;
    // Another machine (or an unreadable lock): we cannot see its processes, only its heartbeat.
    const QDateTime refreshed = QFileInfo(m_path).lastModified();
    if (refreshed.isValid() && refreshed.msecsTo(QDateTime::currentDateTime()) <= StaleAfterMs)
        return false;
    return m_lock->removeStaleLockFile();
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

void FileLock::refresh() {
    if (!m_lock->isLocked())
        return;
    QFile file(m_path);
    // On Windows the holder's own open handle already keeps the lock from being removed.
    if (file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        file.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
}

QString FileLock::lockPathFor(const QString& databasePath) {
    return databasePath + QStringLiteral(".lock");
}
