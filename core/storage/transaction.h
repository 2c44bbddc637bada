// RAII write transaction: BEGIN IMMEDIATE on construction (so a writer waits for, or is refused by,
// another writer before it changes anything), ROLLBACK in the destructor unless commit() was
// called. Every write of the program goes through one of these. Transactions nest: inside an open
// transaction a Transaction becomes a savepoint, so that a caller can bundle several stores' writes
// into one atomic change (the inner commit() releases the savepoint, the outer one commits).
// The outermost transaction passes the file's write gate first (Database::enterWrite), so that it
// waits for, or is refused by, an exclusive hold such as a restore.
#pragma once

#include <QString>

class Database;

class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
    bool m_gated = false;
    QString m_savepoint; // empty for the outermost transaction
};
