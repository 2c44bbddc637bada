// "<file>.lock": the small protocol by which every program instance on one municipality file (the
// program, aantafel-cli, on this computer or elsewhere on a network share) knows of the others. It
// holds two things:
//
// - Records, one text line per instance that has the file open for writing (who, which program, on
//   which computer, since when, how it writes, a heartbeat) and per exclusive hold (a restore or a
//   retention run). They are for people — the banner that names who writes now, the warning before a
//   restore — and are cleaned up when their instance is gone: on this computer when its process no
//   longer runs, from another computer when its heartbeat is older than StaleAfterMs.
// - Byte-range locks (fcntl open-file-description locks on Linux, LockFileEx on Windows) far beyond
//   the end of the text, which the operating system releases when a process dies, so that a crash
//   never leaves anything locked:
//     Records  exclusive while one instance rewrites the records, shared while one reads them;
//     Pending  exclusive while an exclusive hold waits for its turn, so that no new writer starves it;
//     Gate     shared for every write transaction, exclusive for the exclusive hold (a restore and
//              retention scrubbing need the file to themselves);
//     Writer   exclusive for the one writer under the network-share rules.
//
// The lock file is never deleted: another instance may hold locks on it at any moment, and a new
// file under the same name would not share them. It is created with the permissions of the
// municipality file, so that every account that may write the one may write the other.
//
// A LockFile belongs to one thread. Locks are per LockFile (per open file description), so two
// LockFiles in one process exclude each other exactly as two processes do.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

struct LockRecord {
    enum class Kind { Open, Hold };
    Kind kind = Kind::Open;
    QString id; // unique per record: host, process and a counter
    qint64 pid = 0;
    QString host;
    QString program;
    QString user;
    QDateTime since;
    QDateTime heartbeat;
    // Open: how the instance works in the file (the Mode codes below); Hold: what it does ("restore",
    // "retention").
    QString detail;

    // Codes of detail for Open records.
    static inline const QString LocalWriter = QStringLiteral("lokaal");        // WAL, writers side by side
    static inline const QString ShareWriter = QStringLiteral("netwerk");       // the one writer, rollback journal
    static inline const QString ShareReader = QStringLiteral("netwerk-lezen"); // reads while another writes
    static inline const QString Restore = QStringLiteral("restore");
    static inline const QString Retention = QStringLiteral("retention");

    bool isThisMachine() const;
    // Its instance no longer runs: on this computer its process is gone, elsewhere its heartbeat is
    // older than LockFile::StaleAfterMs.
    bool isLeftBehind(const QDateTime& now) const;
    bool underShareRules() const { return kind == Kind::Open && detail != LocalWriter; }
    // "Anna Jansen (Aan Tafel op werkplek-17)" for banners and messages.
    QString describe() const;

    QString serialise() const;
    static std::optional<LockRecord> parse(const QString& line);
};

class LockFile {
    Q_DECLARE_TR_FUNCTIONS(LockFile)
public:
    enum class Range { Records, Pending, Gate, Writer };
    enum class Mode { Shared, Exclusive };
    static constexpr int HeartbeatMs = 60 * 1000;
    static constexpr int StaleAfterMs = 5 * 60 * 1000;

    explicit LockFile(const QString& databasePath);
    ~LockFile(); // releases every lock (the records stay: removeRecord() first)
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;

    static QString pathFor(const QString& databasePath);
    const QString& path() const { return m_path; }

    // Opens the lock file, creating it when missing. Throws StorageError with a Dutch message when
    // the folder or the lock file cannot be written.
    void open();
    bool isOpen() const;

    // Non-blocking. A lock this LockFile already holds in the same mode is kept as it is.
    bool tryLock(Range range, Mode mode);
    // Tries until it succeeds or waitMs has passed (short sleeps).
    bool lock(Range range, Mode mode, int waitMs);
    void unlock(Range range);
    bool holds(Range range) const;
    // Whether another LockFile (this process or another) holds range so that mode could not be taken.
    bool takenByOthers(Range range, Mode mode);

    // The records as they are now, left-behind ones included (they are for people: see isLeftBehind).
    QList<LockRecord> records();
    // Read, change and write the records under the Records lock; records that are left behind are
    // removed first (returned in removed when asked; this process's own are never left behind). Throws StorageError
    // when the Records lock cannot be had within a few seconds or the file cannot be written.
    void update(const std::function<void(QList<LockRecord>&)>& change, QList<LockRecord>* removed = nullptr);

    // A record describing this process, with a fresh id (not yet written).
    static LockRecord recordForThisProcess(LockRecord::Kind kind, const QString& user, const QString& detail);

private:
    QList<LockRecord> readUnlocked();
    void writeUnlocked(const QList<LockRecord>& records);
    bool nativeLock(Range range, Mode mode);
    void nativeUnlock(Range range);

    QString m_path;
    QString m_databasePath;
    qintptr m_handle = -1;        // POSIX file descriptor or Windows HANDLE
    int m_held[4] = {0, 0, 0, 0}; // 0 none, 1 shared, 2 exclusive
};
