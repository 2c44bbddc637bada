// The change feed of a municipality on a PostgreSQL team server (externalchangefeed.h): every write
// transaction of the program sends a notification on its database's channel as it commits (Transaction,
// SqlDialect::changeChannel), which the server delivers to every connection that listens; this feed listens
// on the session's own connection (QSqlDriver::subscribeToNotification, LISTEN) and, on a notification from
// another connection, reads the audit rows since its last position (ChangeLog) and announces them. So a
// colleague's change reaches an open window as soon as it is committed, without polling. Notifications of
// the connection's own commits are ignored; its own rows may still be announced along with a colleague's.
#pragma once

#include "externalchangefeed.h"

#include <QSqlDriver>

class Database;

class ServerChangeFeed : public ExternalChangeFeed {
    Q_OBJECT
public:
    explicit ServerChangeFeed(Database& db, QObject* parent = nullptr);
    ~ServerChangeFeed() override;

    void start() override;
    void stop() override;
    void checkNow() override;

private:
    void notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    Database& m_db;
    ChangeLog m_log;
    ChangeLog::Position m_position;
    bool m_listening = false;
};
