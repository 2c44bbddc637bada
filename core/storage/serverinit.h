// Sets up a municipality on a team server: in an empty PostgreSQL database it creates the program's roles,
// the schema at the latest version (ServerSchema) with its grants, and the same first contents as a new
// municipality file (settings, the theme list, the shipped decreed days, the audit row of the creation), all
// in one transaction: it either happens whole or not at all.
//
// It refuses, with a Dutch message and without changing anything, a database that already holds tables, a
// database name that cannot prefix the role names, roles of that name that already exist, and a connection
// that is not a superuser's (creating roles and handing objects to them needs one).
#pragma once

#include "municipalitysettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ServerConnection;

class ServerInit {
    Q_DECLARE_TR_FUNCTIONS(ServerInit)
public:
    struct Result {
        QString database;
        QStringList roles; // klachtbehandelaar, klachtencoördinator, beheerder, as named on the server
    };
    static Result initialise(ServerConnection& server, const MunicipalitySettings& settings, const QString& user);

    // The tables in the database's schemas other than PostgreSQL's own; empty for an empty database.
    static QStringList existingTables(ServerConnection& server);
};
