// Copies the rows of a municipality between a file and a team server (ServerSchema), in either direction,
// keeping every id, so that references between rows stay what they were. One table walk serves both: every
// table of ServerSchema::tableOrder() is read from one side, written to the other in multi-row INSERTs of
// up to 1,000 rows (or 4 MB), and then counted and read back on the receiving side, whose row count and
// content checksum (RowChecksum) must equal what was read; a difference throws and nothing is committed.
//
// - copyAll (file → server): runs inside the caller's server transaction and reads the file in one read
//   transaction, so that the copy is of one moment; afterwards the server's identity counters are set past
//   the copied ids. Used by aantafel-cli server init (the contents of a new municipality) and to move a
//   municipality file to the server (migrate).
// - copyBack (server → file): reads the server in one read-only REPEATABLE READ transaction (one moment,
//   while colleagues keep working) and writes a new, empty file at the same schema version in one write
//   transaction. Used by aantafel-cli backup of a team server (ServerBackup).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

class Database;
class ServerConnection;

struct TableCopy {
    QString table;
    qint64 fileRows = 0;    // read from the file (copyAll), counted in the file after the copy (copyBack)
    qint64 serverRows = 0;  // counted on the server after the copy (copyAll), read from it (copyBack)
    QString fileChecksum;   // RowChecksum of the file's rows
    QString serverChecksum; // the same of the server's rows
};

// A content checksum of a table's rows that does not depend on their order, so that the file and the server,
// which return rows in their own order, can be compared: each row's values in a canonical form (NULL,
// integer, text as UTF-8, bytes; each with its length) are hashed with SHA-256, and the first 64 bits of the
// hashes are added up (wrapping). Integers of any width, and text from either driver, give the same bytes.
class RowChecksum {
public:
    void add(const QVariantList& row);
    // 16 hexadecimal digits.
    QString hex() const;

private:
    quint64 m_sum = 0;
};

class ServerCopy {
    Q_DECLARE_TR_FUNCTIONS(ServerCopy)
public:
    // File → server. Throws StorageError when the server refuses a row or when a table's row count or
    // content checksum on the server differs from the file's afterwards.
    static QList<TableCopy> copyAll(Database& file, ServerConnection& server);
    // Server → file (an empty file at the server's schema version). Throws StorageError when the server
    // cannot be read, the file refuses a row, or a table's row count or checksum in the file differs from
    // the server's; the file's write transaction is then rolled back.
    static QList<TableCopy> copyBack(ServerConnection& server, Database& file);
    // The columns of a file table as the copy reads them (PRAGMA table_info; for documents_fts its rowid
    // first).
    static QStringList fileColumns(Database& file, const QString& table);
    // The rows a multi-row INSERT holds at most for a table of that many columns.
    static int rowsPerInsert(int columns);

private:
    enum class Direction { ToServer, ToFile };
    static TableCopy copyTable(Database& file, ServerConnection& server, const QString& table, Direction direction);
};
