// A reservekopie of a municipality on a team server: a complete, ordinary municipality file written from the
// server (aantafel-cli backup postgresql://… --to KOPIE.aantafel), so that a portable copy, the file-based
// restore and every command that takes a file keep working for a municipality that moved to the server.
//
// The copy is of one moment (one read-only REPEATABLE READ transaction on the server, while colleagues keep
// working); every table of the server is written into a new file at the program's schema version and
// verified per table by its row count and the same content checksum as the move to the server (ServerCopy,
// one implementation for both directions). The file is written under a temporary name beside the target,
// checked (quick_check) and only then renamed into place; a target that exists, a folder that cannot be
// written, a server at another schema version and a database that holds no municipality are refused with a
// Dutch message, and nothing is left behind. The server is only read, apart from recording the copy in its
// backup_copies (as a copy of a file is recorded in the file) when the login may.
#pragma once

#include "storage/servercopy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ServerConnection;

class ServerBackup {
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)
public:
    // Writes the copy at target; returns each table as copied and verified. Throws StorageError.
    static QList<TableCopy> write(ServerConnection& server, const QString& target);
    // The schema version of the municipality in the server's database (server_info); throws StorageError
    // (NotOurs) when the database holds no municipality.
    static int schemaVersion(ServerConnection& server);
};
