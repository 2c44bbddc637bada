// The file to itself: a restore and retention scrubbing may not share a municipality file with
// ordinary writers. An ExclusiveHold waits (bounded) until the write transactions that are running
// have ended, lets no new one start meanwhile (every writer — the program, aantafel-cli, on this
// computer or elsewhere — passes the file's write gate, fileaccess.h), and records who holds it and
// why, so that a writer that arrives is told ("… zet een reservekopie terug …") after waiting as for a
// busy file. When the running writers do not finish within the wait, the hold is refused with a Dutch
// message naming who has the file open, and nothing has been done.
//
// Take it before anything that must see the file as it finally is: the restore's "changed after the
// copy" check and its safety copy come after the hold, so that no write can land between them and the
// replacement. Released on destruction (also when the process dies: the locks are the operating
// system's).
#pragma once

#include "storage/lockfile.h"

#include <QString>

#include <memory>

class Database;

class ExclusiveHold {
public:
    enum class Purpose { Restore, Retention };
    // How long a hold waits for running writers by default: an import of a large register may take
    // half a minute on a busy computer.
    static constexpr int DefaultWaitMs = 30 * 1000;

    // On a file by path, without a connection of its own (the restore). Throws StorageError::Locked.
    ExclusiveHold(const QString& databasePath, Purpose purpose, int waitMs = DefaultWaitMs, const QString& user = {});
    // Through an open Database (retention): its own write transactions pass the gate while it is held.
    // A copy opened to be changed in place (OpenOptions::copy) needs no hold; a Database opened
    // read-only cannot hold the file: StorageError::ReadOnly.
    ExclusiveHold(Database& db, Purpose purpose, int waitMs = DefaultWaitMs, const QString& user = {});
    ~ExclusiveHold();
    ExclusiveHold(const ExclusiveHold&) = delete;
    ExclusiveHold& operator=(const ExclusiveHold&) = delete;

    // The other instances that have the file open (for a warning: their windows will show the result).
    QList<LockRecord> others();

    static QString purposeCode(Purpose purpose);

private:
    std::unique_ptr<LockFile> m_lock; // by path
    Database* m_db = nullptr;         // through a Database
    QString m_id;
};
