#include "searchindex.h"

#include "database.h"
#include "sqlquery.h"

namespace {

const QStringList insertTriggers{QStringLiteral("cases_fts_insert"), QStringLiteral("events_fts_insert")};

} // namespace

BulkIndexing::BulkIndexing(Database& db)
    : m_db(db) {
    // The server's GIN indexes follow every insert; there are no triggers to lift.
    if (!db.dialect().hasFileMaintenance())
        return;
    QStringList statements;
    for (const QString& name : insertTriggers) {
        SqlQuery q(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = :name"));
        q.bind(QStringLiteral(":name"), name).exec();
        if (q.next())
            statements << q.value(0).toString();
    }
    // A schema whose triggers look different is left alone: slower, but never wrong.
    if (statements.size() != insertTriggers.size())
        return;
    m_lastCase = SqlQuery::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM cases")).toLongLong();
    m_lastEvent = SqlQuery::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM events")).toLongLong();
    for (const QString& name : insertTriggers)
        SqlQuery::run(db, QStringLiteral("DROP TRIGGER ") + name);
    m_triggers = statements;
}

void BulkIndexing::finish() {
    if (m_triggers.isEmpty())
        return;
    SqlQuery cases(m_db, QStringLiteral("INSERT INTO cases_fts (rowid, reference, klager_name, story, "
                                        "desired_outcome) SELECT id, reference, klager_name, story, "
                                        "desired_outcome FROM cases WHERE id > :last ORDER BY id"));
    cases.bind(QStringLiteral(":last"), m_lastCase).exec();
    SqlQuery events(m_db, QStringLiteral("INSERT INTO events_fts (rowid, text) SELECT id, text FROM events "
                                         "WHERE id > :last ORDER BY id"));
    events.bind(QStringLiteral(":last"), m_lastEvent).exec();
    for (const QString& statement : std::as_const(m_triggers))
        SqlQuery::run(m_db, statement);
    m_triggers.clear();
}
