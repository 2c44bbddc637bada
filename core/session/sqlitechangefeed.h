// The change feed of a municipality file (externalchangefeed.h): every intervalMs it asks SQLite
// whether another connection committed since the last look (PRAGMA data_version, which reads nothing
// from disk in WAL mode), and only then reads the audit rows since the last
// position (ChangeLog). Commits of this window's own connection do not change data_version; the
// position then simply moves past them.
#pragma once

#include "externalchangefeed.h"

#include <QTimer>

class Database;

class SqliteChangeFeed : public ExternalChangeFeed {
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 1500;

    explicit SqliteChangeFeed(Database& db, int intervalMs = DefaultIntervalMs, QObject* parent = nullptr);

    void start() override;
    void stop() override;
    void checkNow() override;

private:
    Database& m_db;
    ChangeLog m_log;
    ChangeLog::Position m_position;
    qint64 m_version = 0;
    QTimer m_timer;
};
