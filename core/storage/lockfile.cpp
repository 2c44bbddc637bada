#include "lockfile.h"

#include "storageerror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QThread>
#include <QUrl>

#include <atomic>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

const QString Header =
    QStringLiteral("# Aan Tafel: wie dit gemeentebestand open heeft. Niet wijzigen of verwijderen; het "
                   "programma houdt dit zelf bij.\n");

// Far beyond the text, so that Windows' mandatory locks never stand in the way of reading it.
constexpr qint64 LockBase = 0x40000000;

qint64 offsetOf(LockFile::Range range) {
    return LockBase + qint64(range);
}

QString encode(const QString& s) {
    return s.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QString decode(const QString& s) {
    return s == u'-' ? QString() : QUrl::fromPercentEncoding(s.toLatin1());
}

QString moment(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

bool processRuns(qint64 pid) {
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED; // it exists, under another account
    const DWORD state = WaitForSingleObject(process, 0);
    CloseHandle(process);
    return state == WAIT_TIMEOUT;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

QString thisHost() {
    static const QString host = QSysInfo::machineHostName();
    return host;
}

} // namespace

bool LockRecord::isThisMachine() const {
    return host.isEmpty() || host == thisHost();
}

bool LockRecord::isLeftBehind(const QDateTime& now) const {
    if (isThisMachine())
        return !processRuns(pid);
    return !heartbeat.isValid() || heartbeat.msecsTo(now) > LockFile::StaleAfterMs;
}

QString LockRecord::describe() const {
    const QString who = user.isEmpty() ? LockFile::tr("iemand") : user;
    return LockFile::tr("%1 (%2 op %3)").arg(who, program.isEmpty() ? QStringLiteral("Aan Tafel") : program, host);
}

QString LockRecord::serialise() const {
    const QStringList fields{kind == Kind::Hold ? QStringLiteral("hold") : QStringLiteral("open"),
                             encode(id),
                             QString::number(pid),
                             encode(host),
                             encode(program),
                             encode(user),
                             moment(since),
                             moment(heartbeat),
                             encode(detail)};
    return fields.join(u' ');
}

std::optional<LockRecord> LockRecord::parse(const QString& line) {
    const QStringList f = line.trimmed().split(u' ');
    if (f.size() != 9 || (f.at(0) != QLatin1String("open") && f.at(0) != QLatin1String("hold")))
        return std::nullopt;
    LockRecord r;
    r.kind = f.at(0) == QLatin1String("hold") ? Kind::Hold : Kind::Open;
    r.id = decode(f.at(1));
    bool ok = false;
    r.pid = f.at(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    r.host = decode(f.at(3));
    r.program = decode(f.at(4));
    r.user = decode(f.at(5));
    r.since = QDateTime::fromString(f.at(6), Qt::ISODateWithMs);
    r.heartbeat = QDateTime::fromString(f.at(7), Qt::ISODateWithMs);
    r.detail = decode(f.at(8));
    return r;
}

LockFile::LockFile(const QString& databasePath)
    : m_path(pathFor(databasePath))
    , m_databasePath(databasePath) {}

LockFile::~LockFile() {
    if (!isOpen())
        return;
        // Closing releases every lock of this open file description.
#ifdef Q_OS_WIN
    CloseHandle(HANDLE(m_handle));
#else
    ::close(int(m_handle));
#endif
}

QString LockFile::pathFor(const QString& databasePath) {
    return databasePath + QStringLiteral(".lock");
}

bool LockFile::isOpen() const {
    return m_handle != -1;
}

void LockFile::open() {
    if (isOpen())
        return;
    const QString file = QDir::toNativeSeparators(m_path);
#ifdef Q_OS_WIN
    HANDLE handle = CreateFileW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(m_path).utf16()),
                                GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("Het vergrendelbestand %1 kan niet worden aangemaakt of geopend; in deze map kan niet "
                              "worden geschreven.")
                               .arg(file),
                           QStringLiteral("CreateFileW error %1").arg(GetLastError()));
    }
    m_handle = qintptr(handle);
#else
    const QByteArray name = QFile::encodeName(m_path);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0) {
        const int error = errno;
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("Het vergrendelbestand %1 kan niet worden aangemaakt of geopend; in deze map kan niet "
                              "worden geschreven.")
                               .arg(file),
                           QString::fromLocal8Bit(strerror(error)));
    }
    m_handle = fd;
    // A new lock file gets the permissions of the municipality file, as SQLite gives its journal.
    struct stat own {};
    struct stat database {};
    if (::fstat(fd, &own) == 0 && own.st_size == 0 && own.st_uid == ::geteuid() &&
        ::stat(QFile::encodeName(m_databasePath).constData(), &database) == 0)
        ::fchmod(fd, database.st_mode & 0666);
#endif
}

bool LockFile::nativeLock(Range range, Mode mode) {
#ifdef Q_OS_WIN
    const qint64 offset = offsetOf(range);
    OVERLAPPED where{};
    where.Offset = DWORD(offset & 0xffffffff);
    where.OffsetHigh = DWORD(quint64(offset) >> 32);
    const DWORD flags = LOCKFILE_FAIL_IMMEDIATELY | (mode == Mode::Exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0);
    return LockFileEx(HANDLE(m_handle), flags, 0, 1, 0, &where) != 0;
#else
    struct flock region {};
    region.l_type = mode == Mode::Exclusive ? F_WRLCK : F_RDLCK;
    region.l_whence = SEEK_SET;
    region.l_start = off_t(offsetOf(range));
    region.l_len = 1;
#ifdef F_OFD_SETLK
    // Open-file-description locks: per LockFile, not per process, and not dropped when another
    // descriptor of the same file is closed.
    return ::fcntl(int(m_handle), F_OFD_SETLK, &region) == 0;
#else
    return ::fcntl(int(m_handle), F_SETLK, &region) == 0;
#endif
#endif
}

void LockFile::nativeUnlock(Range range) {
#ifdef Q_OS_WIN
    const qint64 offset = offsetOf(range);
    OVERLAPPED where{};
    where.Offset = DWORD(offset & 0xffffffff);
    where.OffsetHigh = DWORD(quint64(offset) >> 32);
    UnlockFileEx(HANDLE(m_handle), 0, 1, 0, &where);
#else
    struct flock region {};
    region.l_type = F_UNLCK;
    region.l_whence = SEEK_SET;
    region.l_start = off_t(offsetOf(range));
    region.l_len = 1;
#ifdef F_OFD_SETLK
    ::fcntl(int(m_handle), F_OFD_SETLK, &region);
#else
    ::fcntl(int(m_handle), F_SETLK, &region);
#endif
#endif
}

bool LockFile::tryLock(Range range, Mode mode) {
    if (!isOpen())
        return false;
    int& held = m_held[int(range)];
    const int wanted = mode == Mode::Exclusive ? 2 : 1;
    if (held == wanted)
        return true;
#ifdef Q_OS_WIN
    // Windows does not convert a lock in place, and stacks a second one on the same range.
    if (held != 0) {
        nativeUnlock(range);
        held = 0;
    }
#endif
    if (!nativeLock(range, mode))
        return false;
    held = wanted;
    return true;
}

bool LockFile::lock(Range range, Mode mode, int waitMs) {
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 0;; ++attempt) {
        if (tryLock(range, mode))
            return true;
        if (waited.elapsed() >= waitMs)
            return false;
        QThread::msleep(attempt < 10 ? 2 : 10);
    }
}

void LockFile::unlock(Range range) {
    int& held = m_held[int(range)];
    if (held == 0 || !isOpen())
        return;
    nativeUnlock(range);
    held = 0;
}

bool LockFile::holds(Range range) const {
    return m_held[int(range)] != 0;
}

bool LockFile::takenByOthers(Range range, Mode mode) {
    if (!isOpen())
        return false;
#if !defined(Q_OS_WIN) && defined(F_OFD_GETLK)
    struct flock region {};
    region.l_type = mode == Mode::Exclusive ? F_WRLCK : F_RDLCK;
    region.l_whence = SEEK_SET;
    region.l_start = off_t(offsetOf(range));
    region.l_len = 1;
    if (::fcntl(int(m_handle), F_OFD_GETLK, &region) != 0)
        return true; // cannot tell: the careful answer
    return region.l_type != F_UNLCK;
#else
    if (holds(range))
        return false; // ours excludes the others' (they could not hold a conflicting lock)
    if (!nativeLock(range, mode))
        return true;
    nativeUnlock(range);
    return false;
#endif
}

QList<LockRecord> LockFile::readUnlocked() {
    QByteArray bytes;
#ifdef Q_OS_WIN
    LARGE_INTEGER size{};
    if (GetFileSizeEx(HANDLE(m_handle), &size) && size.QuadPart > 0 && size.QuadPart < LockBase) {
        bytes.resize(qsizetype(size.QuadPart));
        OVERLAPPED from{};
        DWORD read = 0;
        if (!ReadFile(HANDLE(m_handle), bytes.data(), DWORD(bytes.size()), &read, &from))
            read = 0;
        bytes.resize(read);
    }
#else
    struct stat info {};
    if (::fstat(int(m_handle), &info) == 0 && info.st_size > 0 && info.st_size < LockBase) {
        bytes.resize(qsizetype(info.st_size));
        const ssize_t read = ::pread(int(m_handle), bytes.data(), size_t(bytes.size()), 0);
        bytes.resize(read > 0 ? qsizetype(read) : 0);
    }
#endif
    QList<LockRecord> list;
    for (const QString& line : QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#'))
            continue;
        if (std::optional<LockRecord> r = LockRecord::parse(line))
            list << *r;
    }
    return list;
}

void LockFile::writeUnlocked(const QList<LockRecord>& records) {
    QString text = Header;
    for (const LockRecord& r : records)
        text += r.serialise() + u'\n';
    const QByteArray bytes = text.toUtf8();
    bool written = false;
#ifdef Q_OS_WIN
    LARGE_INTEGER start{};
    OVERLAPPED at{};
    DWORD count = 0;
    written = SetFilePointerEx(HANDLE(m_handle), start, nullptr, FILE_BEGIN) && SetEndOfFile(HANDLE(m_handle)) &&
              WriteFile(HANDLE(m_handle), bytes.constData(), DWORD(bytes.size()), &count, &at) &&
              count == DWORD(bytes.size());
#else
    written = ::ftruncate(int(m_handle), 0) == 0 &&
              ::pwrite(int(m_handle), bytes.constData(), size_t(bytes.size()), 0) == ssize_t(bytes.size());
#endif
    if (!written) {
        throw StorageError(
            StorageError::Kind::Io,
            tr("Het vergrendelbestand %1 kan niet worden bijgewerkt.").arg(QDir::toNativeSeparators(m_path)));
    }
}

QList<LockRecord> LockFile::records() {
    if (!isOpen())
        return {};
    const bool held = holds(Range::Records);
    if (!held && !lock(Range::Records, Mode::Shared, 3000))
        return {};
    const QList<LockRecord> list = readUnlocked();
    if (!held)
        unlock(Range::Records);
    return list;
}

void LockFile::update(const std::function<void(QList<LockRecord>&)>& change, QList<LockRecord>* removed) {
    if (!isOpen())
        open();
    if (!lock(Range::Records, Mode::Exclusive, 5000)) {
        throw StorageError(StorageError::Kind::Locked,
                           tr("Het vergrendelbestand %1 blijft bezet. Probeer het over enkele ogenblikken opnieuw; er "
                              "is niets gewijzigd.")
                               .arg(QDir::toNativeSeparators(m_path)));
    }
    struct Release {
        LockFile& file;
        ~Release() { file.unlock(Range::Records); }
    } release{*this};
    const QList<LockRecord> before = readUnlocked();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<LockRecord> list;
    for (const LockRecord& r : before) {
        if (r.isLeftBehind(now)) {
            if (removed)
                *removed << r;
        } else {
            list << r;
        }
    }
    change(list);
    writeUnlocked(list);
}

LockRecord LockFile::recordForThisProcess(LockRecord::Kind kind, const QString& user, const QString& detail) {
    static std::atomic<quint64> counter{0};
    LockRecord r;
    r.kind = kind;
    r.pid = QCoreApplication::applicationPid();
    r.host = thisHost();
    r.id = QStringLiteral("%1:%2:%3").arg(r.host).arg(r.pid).arg(++counter);
    r.program = QCoreApplication::applicationName();
    if (r.program.isEmpty())
        r.program = QStringLiteral("Aan Tafel");
    r.user = user;
    r.since = QDateTime::currentDateTimeUtc();
    r.heartbeat = r.since;
    r.detail = detail;
    return r;
}
