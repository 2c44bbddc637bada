// Sets up a municipality on a team server: in an empty PostgreSQL database it creates the program's roles,
// the schema at the latest version (ServerSchema) with its grants, and the same first contents as a new
// municipality file (settings, the theme list, the shipped decreed days, the audit row of the creation), all
// in one transaction: it either happens whole or not at all.
//
// It refuses, with a Dutch message and without changing anything, a database that already holds tables, a
// database name that cannot prefix the role names, roles of that name that already exist, and a connection
// that is not a superuser's (creating roles and handing objects to them needs one). moveFile does the same
// with the whole contents of a municipality file (aantafel-cli migrate). Both fill the tables before they
// make the indexes, and gather the planner's statistics (ANALYZE) before they commit.
#pragma once

#include "municipalitysettings.h"
#include "servercopy.h"
#include "serverupgrade.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;
class ServerConnection;

class ServerInit {
    Q_DECLARE_TR_FUNCTIONS(ServerInit)
public:
    struct Result {
        QString database;
        QStringList roles; // klachtbehandelaar, klachtencoördinator, beheerder, as named on the server
    };
    static Result initialise(ServerConnection& server, const MunicipalitySettings& settings, const QString& user);
    // The same through other upgrade steps than the program's (tests: a server of the first version, {}).
    static Result initialise(ServerConnection& server, const MunicipalitySettings& settings, const QString& user,
                             const QList<ServerUpgrade::Step>& steps);
    // Moves a municipality file to the server: the same set-up, with everything the file holds (every row of
    // every table, ids kept) instead of the first contents; each table is verified by its row count and a
    // content checksum (ServerCopy) before the transaction commits, and the move is recorded in the server's
    // audit trail. The file must be at the latest schema version; it is only read. *copies receives what
    // was copied and verified.
    static Result moveFile(ServerConnection& server, Database& file, const QString& user, QList<TableCopy>* copies);

    // The tables in the database's schemas other than PostgreSQL's own; empty for an empty database.
    static QStringList existingTables(ServerConnection& server);

private:
    // Everything but the contents: the checks, then (in the open transaction) roles, schema and grants.
    // The indexes (and what fills a table derived from the rows: ServerUpgrade::afterCopy()) are left out and
    // returned: buildIndexes makes them once the rows are in.
    static Result prepare(ServerConnection& server);
    static QStringList createSchema(ServerConnection& server, const QString& database,
                                    const QList<ServerUpgrade::Step>& steps);
    // After the copy, in the same transaction: the indexes (each built from the rows in one go, which is
    // many times faster than keeping it up to date row by row), then the planner's statistics (ANALYZE),
    // so that the first queries on the new database are planned on its real sizes.
    static void buildIndexes(ServerConnection& server, const QString& database, const QStringList& indexes);
};
