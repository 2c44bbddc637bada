// How one open Database takes part in the lock-file protocol (lockfile.h): the rules of its
// location, its record in the lock file, the single-writer place under the network-share rules,
// and the write gate that every write transaction passes.
//
// The rules. On a disk of this computer any number of instances write side by side (WAL, short
// transactions, the busy wait and the revision check keep that safe); their records are presence
// only. As soon as anyone reaches the file over a network share, the network rules hold for
// everyone: a rollback journal (never WAL) and one writer at a time — the one that holds the Writer
// lock; the others read. A share instance that finds instances working in WAL on the file refuses,
// because reading a write-ahead log over a network is not safe either.
//
// The gate. Every write transaction takes the Gate lock shared (Transaction does, through
// Database::enterWrite); an exclusive hold (a restore, retention scrubbing: ExclusiveHold in
// core/session) takes it exclusively after first taking Pending, so that it waits for the running
// write transactions and no new one starts meanwhile. A writer that meets a hold waits for its turn
// as for any busy file ("Bezig…") and then gives up with a Dutch message naming the hold; nothing is
// written. A hold taken through this access lets this access's own transactions pass.
#pragma once

#include "lockfile.h"
#include "storagelocation.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

class FileAccess {
    Q_DECLARE_TR_FUNCTIONS(FileAccess)
public:
    struct Request {
        // Under the network rules with another writer: read (true) or refuse (false, StorageError::Locked).
        bool readOnlyWhenTaken = false;
        // Where the file lives; nullopt: StorageLocation::classify().
        std::optional<Location> location;
        // Who the record names; empty: the operating-system account.
        QString user;
    };

    // Takes this instance's place by the rules of the file's location. Throws StorageError: the lock
    // file cannot be written, another program writes under the network rules (unless
    // readOnlyWhenTaken), or the file is on a share while instances elsewhere use its write-ahead log.
    static std::unique_ptr<FileAccess> open(const QString& databasePath, const Request& request);
    ~FileAccess();
    FileAccess(const FileAccess&) = delete;
    FileAccess& operator=(const FileAccess&) = delete;

    const LocationInfo& location() const { return m_location; }
    // Rollback journal and one writer: the file is on a share, or someone reaches it over one.
    bool underShareRules() const { return m_shareRules; }
    // Another program is the one writer; this instance reads.
    bool isReadOnly() const { return m_readOnly; }
    // Who was the one writer when this instance became a reader (empty when his record is missing).
    const std::optional<LockRecord>& writerWhenOpened() const { return m_writer; }
    // Records of instances that no longer run, removed while opening.
    const QList<LockRecord>& recovered() const { return m_recovered; }
    const LockRecord& ownRecord() const { return m_record; }

    // The live records of the other instances, read now.
    QList<LockRecord> others();
    // Under the network rules: whether another instance holds the one writer's place now.
    bool anotherWrites();
    // Rewrites this instance's heartbeat (a timer does it every minute when there is an event loop).
    void heartbeat();
    // The name the record shows from now on (after "Wie bent u?").
    void setUser(const QString& user);

    // The write gate (see the header comment). waitForTurn(attempt) sleeps a little and says whether
    // to try again; enterWrite throws StorageError::Locked when it says no.
    void enterWrite(const std::function<bool(int attempt)>& waitForTurn);
    void leaveWrite();

    // The exclusive hold through this access; its own write transactions pass the gate meanwhile.
    void beginHold(const QString& purpose, const QString& user, int waitMs);
    void endHold();
    bool isHolding() const { return m_holdId.has_value(); }

    // The live records of instances in other processes that have the file open (for a warning before
    // a restore), read from its lock file; empty when there is none.
    static QList<LockRecord> presentElsewhere(const QString& databasePath);

    // The Dutch refusal for a writer that meets an exclusive hold, naming it from the records.
    static QString holdRefusal(LockFile& lock);
    // Takes Pending and Gate exclusively (waiting up to waitMs for running writers) and writes the
    // hold record; returns its id. Throws StorageError::Locked naming who is at work when it cannot.
    static QString acquireHold(LockFile& lock, const QString& purpose, const QString& user, int waitMs,
                               const QString& file);
    static void releaseHold(LockFile& lock, const QString& id);

private:
    FileAccess(const QString& databasePath, const Request& request);
    void take();

    QString m_databasePath;
    Request m_request;
    LockFile m_lock;
    LocationInfo m_location;
    bool m_shareRules = false;
    bool m_readOnly = false;
    std::optional<LockRecord> m_writer;
    QList<LockRecord> m_recovered;
    LockRecord m_record;
    bool m_inWrite = false;
    std::optional<QString> m_holdId;
    std::unique_ptr<QTimer> m_heartbeat;
};
