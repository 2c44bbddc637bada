// Copies the rows of a municipality file into the tables of a team server (ServerSchema), keeping every
// id, so that references between rows stay what they were, and sets the server's identity counters past
// the copied ids. Runs inside the caller's server transaction; reads the file in one read transaction, so
// that the copy is of one moment. Used by aantafel-cli server init (the contents of a new municipality) and
// to move a municipality file to the server.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

class Database;
class ServerConnection;

struct TableCopy {
    QString table;
    qint64 fileRows = 0;
    qint64 serverRows = 0;  // counted on the server after the copy
    QString fileChecksum;   // RowChecksum of the file's rows
    QString serverChecksum; // the same of the server's rows, read back after the copy
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
    // Copies every table of ServerSchema::tableOrder(); throws StorageError when the server refuses a row or
    // when a table's row count or content checksum on the server differs from the file's afterwards.
    static QList<TableCopy> copyAll(Database& file, ServerConnection& server);
    // The columns of a file table as the copy reads them (PRAGMA table_info; for documents_fts its rowid
    // first).
    static QStringList fileColumns(Database& file, const QString& table);
};
