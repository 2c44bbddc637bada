// The journal mode of a municipality file, chosen by where it lives (fileaccess.h): the write-ahead
// log (WAL) on a disk of this computer, where any number of instances write side by side; the
// rollback journal (DELETE) under the network-share rules, because "WAL does not work over a network
// filesystem" (SQLite, wal.html).
//
// A file that still has its write-ahead log when it is found on a share (it was moved there, or a
// colleague on the file's own computer used it last) is converted safely: every page of the log is
// first copied into the file (checkpoint), then the journal mode is switched and the result verified
// (the mode, no log beside the file, the file header's version bytes). When another program still has
// the file open the conversion is refused with a Dutch message and nothing is changed.
#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

class JournalMode {
    Q_DECLARE_TR_FUNCTIONS(JournalMode)
public:
    // "wal", "delete", … as SQLite reports it.
    static QString current(Database& db);
    static void useWriteAheadLog(Database& db);
    // Converts from WAL when needed. others: who else has the file open (for the refusal), may be empty.
    // Throws StorageError::Locked when another program holds the file.
    static void useRollbackJournal(Database& db, const QString& others = {});
    // What the file header says (bytes 18 and 19: 1 rollback journal, 2 WAL); 0 when unreadable.
    static int headerVersion(const QString& path);
};
