// Copies the rows of a municipality file into the tables of a team server (ServerSchema), keeping every
// id, so that references between rows stay what they were, and sets the server's identity counters past
// the copied ids. Runs inside the caller's server transaction; reads the file in one read transaction, so
// that the copy is of one moment. Used by aantafel-cli server init (the contents of a new municipality) and
// to move a municipality file to the server.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
class ServerConnection;

struct TableCopy {
    QString table;
    qint64 fileRows = 0;
    qint64 serverRows = 0; // counted on the server after the copy
};

class ServerCopy {
    Q_DECLARE_TR_FUNCTIONS(ServerCopy)
public:
    // Copies every table of ServerSchema::tableOrder(); throws StorageError when the server refuses a row or
    // when a table's row count on the server differs from the file's afterwards.
    static QList<TableCopy> copyAll(Database& file, ServerConnection& server);
    // The columns of a file table as the copy reads them (PRAGMA table_info; for documents_fts its rowid
    // first).
    static QStringList fileColumns(Database& file, const QString& table);
};
