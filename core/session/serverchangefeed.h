// The change feed of a municipality on a PostgreSQL team server (externalchangefeed.h): every write
// transaction of the program sends a notification on its database's channel as it commits (Transaction,
// SqlDialect::changeChannel), which the server delivers to every connection that listens; this feed listens
// on the session's own connection (QSqlDriver::subscribeToNotification, LISTEN) and, on a notification from
// another connection, reads the audit rows since its last position (ChangeLog) and announces them. So a
// colleague's change reaches an open window as soon as it is committed, without polling. Notifications of
// the connection's own commits are ignored; its own rows may still be announced along with a colleague's.
//
// Where the server's notifications cannot be listened for (the driver refuses the subscription, as through a
// connection pooler in transaction mode that does not pass them on), the feed falls back to looking every
// pollIntervalMs, as on a file: slower to hear, the same changes.
#pragma once

#include "externalchangefeed.h"

#include <QSqlDriver>

class Database;
class QTimer;

class ServerChangeFeed : public ExternalChangeFeed {
    Q_OBJECT
public:
    static constexpr int DefaultPollIntervalMs = 1500;

    explicit ServerChangeFeed(Database& db, int pollIntervalMs = DefaultPollIntervalMs, QObject* parent = nullptr);
    ~ServerChangeFeed() override;

    void start() override;
    void stop() override;
    void checkNow() override;

    // Whether the feed hears of changes by the server's notification (true) or looks for them (false).
    bool isListening() const { return m_listening; }
    bool isPolling() const;
    // Tests: start() polls without trying to listen, as when the subscription is refused.
    void setListeningAllowed(bool allowed) { m_listeningAllowed = allowed; }

private:
    void notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    Database& m_db;
    ChangeLog m_log;
    ChangeLog::Position m_position;
    bool m_listening = false;
    bool m_listeningAllowed = true;
    QTimer* m_poll = nullptr;
};
