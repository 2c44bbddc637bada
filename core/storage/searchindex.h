// Internal to core/storage: keeping the full-text index of schema version 2 (cases_fts, events_fts)
// fast for bulk inserts. Row by row, through the insert triggers, FTS5 flushes its pending terms at
// every statement, which makes a large import many times slower than indexing all new rows in one
// statement. BulkIndexing suspends the two insert triggers inside the caller's transaction and
// indexes the new rows in finish(). DDL is transactional in SQLite: when the transaction rolls
// back, the triggers are back exactly as they were, and no other connection ever sees them gone.
#pragma once

#include <QStringList>

class Database;

class BulkIndexing {
public:
    // Call inside a Transaction, before the inserts.
    explicit BulkIndexing(Database& db);
    // Indexes every case and event inserted since construction and restores the triggers.
    void finish();

private:
    Database& m_db;
    qint64 m_lastCase = 0;
    qint64 m_lastEvent = 0;
    QStringList m_triggers; // the CREATE TRIGGER statements to restore; empty when nothing was suspended
};
