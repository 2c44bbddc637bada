// Trying a team-server location before it is used or written to a connection file: connects (with the
// user's ~/.pgpass, Kerberos, or a password typed in this process, ServerConnection::rememberPassword) and
// says in one Dutch sentence what is there: a municipality and its name, an empty database, or why there
// is no connection. passwordNeeded tells the caller to ask for a password and try again.
#pragma once

#include "serverlocation.h"

#include <QCoreApplication>
#include <QString>

class ServerProbe {
    Q_DECLARE_TR_FUNCTIONS(ServerProbe)
public:
    struct Result {
        bool connected = false;
        bool passwordNeeded = false; // the server wants a password that libpq does not have, or refused it
        bool municipality = false;   // the database holds a municipality of Aan Tafel
        QString name;                // its name (the settings)
        int schemaVersion = 0;
        QString message; // Dutch, for the user
    };
    static Result run(const ServerLocation& location);
};
