// How the program names a place it opened, in the recent-files menu, on the welcome page and in the title bar:
// a municipality file by its name and folder, a team server (a postgresql:// URL or an .aantafel-server
// connection file, remembered as typed so that it reopens the same way) by its database and host. A file that
// is gone is not available; a URL always is (whether the server answers is found out when it is opened).
#pragma once

#include "storage/serverlocation.h"

#include <QCoreApplication>
#include <QString>

class RecentPlace {
    Q_DECLARE_TR_FUNCTIONS(RecentPlace)
public:
    explicit RecentPlace(QString where);

    bool isServer() const { return m_server; }
    // The short name: "gemeente.aantafel", "klachten.aantafel-server", "klachten op db.gemeente.local".
    QString name() const;
    // Where it is: the folder of a file, the server's URL (without password) for a URL.
    QString detail() const;
    // Whether it can be opened from the list: the file (or connection file) exists; a URL always.
    bool available() const;

    // "klachten op db.gemeente.local" (a server on a Unix socket of this computer: "klachten op deze
    // computer"), for the title bar and the status bar.
    static QString serverName(const ServerLocation& location);

private:
    QString m_where;
    bool m_server = false;
};
