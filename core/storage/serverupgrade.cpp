#include "serverupgrade.h"

#include "auditaction.h"
#include "serverconnection.h"
#include "serverschema.h"
#include "sqldialect.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

[[noreturn]] void refuse(const QString& message) {
    throw StorageError(StorageError::Kind::Invalid, message);
}

// The logins of the other connections to this database (a program left open, a colleague's window).
QStringList otherConnections(ServerConnection& server) {
    QSqlQuery q = server.query(QStringLiteral("SELECT DISTINCT coalesce(usename, '?') FROM pg_stat_activity "
                                              "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                                              "AND backend_type = 'client backend' ORDER BY 1"));
    QStringList logins;
    while (q.next())
        logins << q.value(0).toString();
    return logins;
}

// The checks before anything changes; returns the server's version.
int check(ServerConnection& server, const QString& database, int target) {
    if (!server.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toBool()) {
        refuse(ServerUpgrade::tr("Bijwerken verandert tabellen die de rol %1 bezit; daarvoor is een superuser van de "
                                 "server nodig (bijvoorbeeld postgres). Verbind als superuser en probeer het opnieuw. "
                                 "Er is niets gewijzigd.")
                   .arg(ServerSchema::ownerRole(database)));
    }
    const bool ours =
        server.scalar(QStringLiteral("SELECT to_regclass('server_info') IS NOT NULL")).toBool() &&
        server.scalar(QStringLiteral("SELECT value FROM server_info WHERE key = 'application'")).toString() ==
            QLatin1String("Aan Tafel");
    if (!ours) {
        refuse(ServerUpgrade::tr("De database %1 bevat geen gemeente van Aan Tafel; er is niets om bij te werken. Er "
                                 "is niets gewijzigd.")
                   .arg(database));
    }
    const int version =
        server.scalar(QStringLiteral("SELECT value FROM server_info WHERE key = 'schema_version'")).toInt();
    if (version > target) {
        refuse(ServerUpgrade::tr("De gemeente in %1 heeft schemaversie %2, nieuwer dan deze versie van Aan Tafel kent "
                                 "(%3). Werk Aan Tafel bij. Er is niets gewijzigd.")
                   .arg(database)
                   .arg(version)
                   .arg(target));
    }
    if (version < ServerUpgrade::BaseVersion) {
        refuse(ServerUpgrade::tr("De gemeente in %1 heeft schemaversie %2; een teamserver begint bij versie %3. Er is "
                                 "niets gewijzigd.")
                   .arg(database)
                   .arg(version)
                   .arg(ServerUpgrade::BaseVersion));
    }
    if (version < target) {
        if (const QStringList others = otherConnections(server); !others.isEmpty()) {
            refuse(ServerUpgrade::tr(
                       "Er is/zijn nog %n verbinding/verbindingen met de database %1 (%2). Laat iedereen Aan "
                       "Tafel sluiten en probeer het opnieuw: een oudere versie zou anders doorwerken "
                       "in een schema dat zij niet kent. Er is niets gewijzigd.",
                       nullptr, int(others.size()))
                       .arg(database, others.join(QStringLiteral(", "))));
        }
    }
    return version;
}

// Whether a step's statement keeps or fills what is derived from the copied rows (CREATE TRIGGER, INSERT INTO,
// UPDATE): at a set-up it runs after the copy (afterCopy()), which would otherwise fire the trigger for every
// statement of the copy, or fill from rows not yet there.
bool derivesFromCopy(const QString& statement) {
    return statement.startsWith(QLatin1String("CREATE TRIGGER ")) ||
           statement.startsWith(QLatin1String("INSERT INTO ")) || statement.startsWith(QLatin1String("UPDATE "));
}

} // namespace

namespace {

// The program's three roles of the municipality, as a list for GRANT.
QString programRoles(const QString& database) {
    return ServerSchema::roleName(database, Role::Handler) + QStringLiteral(", ") +
           ServerSchema::roleName(database, Role::Coordinator) + QStringLiteral(", ") +
           ServerSchema::roleName(database, Role::Admin);
}

// A trigger function that runs as its owner (the owner role), so that every role that writes the rows it follows
// keeps the table it derives without a right on that table.
QString ownersTrigger(const QString& name, const QString& body, const QString& declarations = {}) {
    return QStringLiteral("CREATE FUNCTION %1() RETURNS trigger\n"
                          "    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$\n")
               .arg(name) +
           (declarations.isEmpty() ? QString() : QStringLiteral("DECLARE\n") + declarations) +
           QStringLiteral("BEGIN\n") + body + QStringLiteral("    RETURN NULL;\nEND\n$$");
}

// Version 10: the search vector of every searched row stored with it (a generated column, computed when
// the row is written), and the GIN indexes over those columns instead of over the expression. A search then
// reads a row's vector instead of computing it again from its text, so that it can also check the newest
// cases one by one (CaseQuery) and recheck a lossy page of a large GIN result cheaply. The expression is the
// first version's (SqlDialect::searchVector), so that the same words find the same rows.
QStringList storedSearchVectors(const QString&) {
    struct Searched {
        const char* table;
        const char* index;
        QString text;
    };
    const Searched searched[] = {{"cases", "cases_search", SqlDialect::caseSearchText()},
                                 {"events", "events_search", SqlDialect::eventSearchText()},
                                 {"documents_fts", "documents_search", SqlDialect::documentSearchText()}};
    QStringList statements;
    // The old index first: adding a stored column rewrites the table and would rebuild it.
    for (const Searched& s : searched)
        statements << QStringLiteral("DROP INDEX %1").arg(QLatin1String(s.index));
    for (const Searched& s : searched) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN search tsvector GENERATED ALWAYS AS (%2) STORED")
                          .arg(QLatin1String(s.table), SqlDialect::searchVector(s.text));
    }
    for (const Searched& s : searched) {
        statements << QStringLiteral("CREATE INDEX %1 ON %2 USING gin (search)")
                          .arg(QLatin1String(s.index), QLatin1String(s.table));
    }
    return statements;
}

// Version 11: every word of the search vectors in a table of its own (search_words), so that a search can turn a
// word start into the whole words it starts (SearchWords) and ask the GIN indexes for those exact entries: a
// word start is a partial match there, gathered over the whole register from every word it starts before it
// meets the other words of the search, where exact entries let a rare word skip through a common one. The
// table only ever has to hold at least the words of the vectors: a word is added with the row that brings it
// (a trigger on every statement that writes cases, events or documents_fts, as the owner role, so that every
// role that may write those rows adds their words without a right on the table) and never taken away. The
// triggers and the filling run after a set-up's copy (ServerUpgrade::indexes), as the indexes do.
QStringList searchWords(const QString& database) {
    const QString everyone = programRoles(database);
    QStringList statements = {
        // Compared byte by byte (COLLATE "C"), as the index compares a word start with its words, so that a
        // range of the primary key holds every word of a start.
        QStringLiteral("CREATE TABLE search_words (word TEXT COLLATE \"C\" PRIMARY KEY)"),
        QStringLiteral("GRANT SELECT ON search_words TO %1").arg(everyone),
        // The words of the rows a statement wrote that are not in the table yet, in order (two writers add
        // their words in the same order, so that neither waits for a word the other holds while it holds one
        // the other wants). An update adds the words its rows did not have before.
        ownersTrigger(
            QStringLiteral("search_words_add"),
            QStringLiteral(
                "    IF TG_OP = 'UPDATE' THEN\n"
                "        INSERT INTO search_words (word)\n"
                "            SELECT word FROM (SELECT unnest(tsvector_to_array(search)) AS word FROM written\n"
                "                EXCEPT SELECT unnest(tsvector_to_array(search)) FROM replaced) AS added\n"
                "            ORDER BY word ON CONFLICT DO NOTHING;\n"
                "    ELSE\n"
                "        INSERT INTO search_words (word)\n"
                "            SELECT DISTINCT unnest(tsvector_to_array(search)) AS word FROM written\n"
                "            ORDER BY word ON CONFLICT DO NOTHING;\n"
                "    END IF;\n")),
        QStringLiteral("REVOKE ALL ON FUNCTION search_words_add() FROM PUBLIC"),
        // Retention (a beheerder) takes out the words that only the destroyed or anonymised cases held: of the
        // candidates (one per line, the words of those cases before they went), those no row holds any more. A
        // word of letters and digits only is asked of the GIN indexes as that very word; another word stays.
        QStringLiteral(
            "CREATE FUNCTION search_words_prune(candidates text) RETURNS void\n"
            "    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$\n"
            "DELETE FROM search_words AS w\n"
            "    WHERE w.word = ANY (string_to_array(candidates, E'\\n')) AND w.word ~ '^[[:alnum:]]+$'\n"
            "    AND NOT EXISTS (SELECT 1 FROM cases WHERE search @@ ('''' || w.word || '''')::tsquery)\n"
            "    AND NOT EXISTS (SELECT 1 FROM events WHERE search @@ ('''' || w.word || '''')::tsquery)\n"
            "    AND NOT EXISTS (SELECT 1 FROM documents_fts WHERE search @@ ('''' || w.word || '''')::tsquery)\n"
            "$$"),
        QStringLiteral("REVOKE ALL ON FUNCTION search_words_prune(text) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION search_words_prune(text) TO %1")
            .arg(ServerSchema::roleName(database, Role::Admin)),
    };
    for (const char* table : {"cases", "events", "documents_fts"}) {
        const QString t = QLatin1String(table);
        statements << QStringLiteral("CREATE TRIGGER %1_search_words_insert AFTER INSERT ON %1 REFERENCING NEW TABLE "
                                     "AS written FOR EACH STATEMENT EXECUTE FUNCTION search_words_add()")
                          .arg(t)
                   << QStringLiteral("CREATE TRIGGER %1_search_words_update AFTER UPDATE ON %1 REFERENCING OLD TABLE "
                                     "AS replaced NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION "
                                     "search_words_add()")
                          .arg(t);
    }
    statements << QStringLiteral("INSERT INTO search_words (word) SELECT DISTINCT unnest(tsvector_to_array(search)) "
                                 "FROM (SELECT search FROM cases UNION ALL SELECT search FROM events UNION ALL SELECT "
                                 "search FROM documents_fts) AS searched ORDER BY 1 ON CONFLICT DO NOTHING");
    return statements;
}

// Version 12: for each received date, an id at or below the lowest id of the cases received that day (case_days),
// so that a search's window of the newest cases (CaseQuery) reads the edge of its cases' ids from a few rows
// instead of walking every case of the window in an index. The table only ever has to hold, for every day with a
// case, an id at or below each of that day's cases: a trigger on every statement that adds cases or changes them
// (as the owner role, as search_words' does) lowers a day's id where a case brings a lower one, or adds the day; a
// case that goes, or moves to another day, leaves its old day's id as it is, which stays low enough. Only a
// lowered id takes a lock on its day's row, so that colleagues who register cases of the same day do not wait for
// each other. A day some writer adds at the same moment is added by one and lowered by the other (ON CONFLICT).
// The trigger and the filling run after a set-up's copy (ServerUpgrade::indexes), as the indexes do.
QStringList caseDays(const QString& database) {
    const QString everyone = programRoles(database);
    QStringList statements = {
        QStringLiteral("CREATE TABLE case_days (day TEXT PRIMARY KEY, first_id BIGINT NOT NULL)"),
        QStringLiteral("GRANT SELECT ON case_days TO %1").arg(everyone),
        ownersTrigger(
            QStringLiteral("case_days_lower"),
            QStringLiteral("    UPDATE case_days AS d SET first_id = w.first_id\n"
                           "        FROM (SELECT received, min(id) AS first_id FROM written GROUP BY received) AS w\n"
                           "        WHERE d.day = w.received AND w.first_id < d.first_id;\n"
                           "    INSERT INTO case_days AS d (day, first_id)\n"
                           "        SELECT received, min(id) FROM written AS w\n"
                           "        WHERE NOT EXISTS (SELECT 1 FROM case_days AS k WHERE k.day = w.received)\n"
                           "        GROUP BY received ORDER BY received\n"
                           "        ON CONFLICT (day) DO UPDATE SET first_id = excluded.first_id\n"
                           "        WHERE excluded.first_id < d.first_id;\n")),
        QStringLiteral("REVOKE ALL ON FUNCTION case_days_lower() FROM PUBLIC"),
        QStringLiteral("CREATE TRIGGER cases_case_days_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS written "
                       "FOR EACH STATEMENT EXECUTE FUNCTION case_days_lower()"),
        QStringLiteral("CREATE TRIGGER cases_case_days_update AFTER UPDATE ON cases REFERENCING NEW TABLE AS written "
                       "FOR EACH STATEMENT EXECUTE FUNCTION case_days_lower()"),
        QStringLiteral("INSERT INTO case_days (day, first_id) SELECT received, min(id) FROM cases GROUP BY received"),
    };
    return statements;
}

// Version 13: every word of a case's timeline entries and documents with the case (cases.timeline_words, the words
// without their places), so that a search that checks the newest cases one by one (CaseQuery's walk) looks at its
// timeline entries and documents only where the case holds every word it asks: a look at the row the walk reads
// anyway instead of a look through the indexes on case at every case. The words are kept by triggers on every
// statement that writes, changes or deletes timeline entries or document texts, or deletes documents (a document
// never moves to another case), as the owner role, as search_words' are: the case's words are made again from its
// rows, so that a word that went (retention blanks a timeline) goes with it, and written only where they changed.
// The trigger first locks the cases it touches, so that a writer that does not take the program's write lock
// (Transaction) waits for another's words and then reads them. NULL where the words would pass a search vector's
// size (1 MiB, which array_to_tsvector does not check): the search then looks at that case's timeline itself.
// The filling runs after a set-up's copy.
QString wordsOrNull(const QString& words) {
    return QStringLiteral("CASE WHEN sum(octet_length(%1)) > 1000000 THEN NULL ELSE "
                          "array_to_tsvector(coalesce(array_agg(%1), '{}')) END")
        .arg(words);
}

QStringList timelineWords(const QString&) {
    // The words of the cases whose ids the trigger gathered in touched.
    const QString remake =
        QStringLiteral("    PERFORM 1 FROM cases WHERE id = ANY (touched) ORDER BY id FOR UPDATE;\n"
                       "    UPDATE cases AS c SET timeline_words = w.words\n"
                       "        FROM (SELECT t.id, (SELECT ") +
        wordsOrNull(QStringLiteral("x.word")) +
        QStringLiteral("\n"
                       "                FROM (SELECT unnest(tsvector_to_array(e.search)) AS word FROM events AS e\n"
                       "                      WHERE e.case_id = t.id\n"
                       "                      UNION SELECT unnest(tsvector_to_array(f.search)) FROM documents AS d\n"
                       "                      JOIN documents_fts AS f ON f.rowid = d.id WHERE d.case_id = t.id) AS x)\n"
                       "                AS words FROM (SELECT DISTINCT unnest(touched) AS id) AS t) AS w\n"
                       "        WHERE c.id = w.id AND c.timeline_words IS DISTINCT FROM w.words;\n");
    auto trigger = [&](const QString& name, const QString& gather) {
        return ownersTrigger(name, gather + remake, QStringLiteral("    touched bigint[];\n"));
    };
    QStringList statements = {
        QStringLiteral("ALTER TABLE cases ADD COLUMN timeline_words tsvector DEFAULT ''"),
        trigger(QStringLiteral("timeline_words_events"),
                QStringLiteral("    IF TG_OP = 'DELETE' THEN\n"
                               "        SELECT array_agg(case_id) INTO touched FROM removed;\n"
                               "    ELSE\n"
                               "        SELECT array_agg(case_id) INTO touched FROM written;\n"
                               "    END IF;\n")),
        trigger(QStringLiteral("timeline_words_documents"),
                QStringLiteral("    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'documents' THEN\n"
                               "        SELECT array_agg(case_id) INTO touched FROM removed;\n"
                               "    ELSIF TG_OP = 'DELETE' THEN\n"
                               "        SELECT array_agg(d.case_id) INTO touched FROM removed AS r\n"
                               "            JOIN documents AS d ON d.id = r.rowid;\n"
                               "    ELSE\n"
                               "        SELECT array_agg(d.case_id) INTO touched FROM written AS w\n"
                               "            JOIN documents AS d ON d.id = w.rowid;\n"
                               "    END IF;\n")),
        QStringLiteral("REVOKE ALL ON FUNCTION timeline_words_events() FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON FUNCTION timeline_words_documents() FROM PUBLIC"),
    };
    const struct {
        const char* table;
        const char* function;
    } followed[] = {{"events", "timeline_words_events"}, {"documents_fts", "timeline_words_documents"}};
    for (const auto& f : followed) {
        const QString t = QLatin1String(f.table);
        const QString fn = QLatin1String(f.function);
        statements << QStringLiteral("CREATE TRIGGER %1_timeline_words_insert AFTER INSERT ON %1 REFERENCING NEW TABLE "
                                     "AS written FOR EACH STATEMENT EXECUTE FUNCTION %2()")
                          .arg(t, fn)
                   << QStringLiteral("CREATE TRIGGER %1_timeline_words_update AFTER UPDATE ON %1 REFERENCING NEW TABLE "
                                     "AS written FOR EACH STATEMENT EXECUTE FUNCTION %2()")
                          .arg(t, fn)
                   << QStringLiteral("CREATE TRIGGER %1_timeline_words_delete AFTER DELETE ON %1 REFERENCING OLD TABLE "
                                     "AS removed FOR EACH STATEMENT EXECUTE FUNCTION %2()")
                          .arg(t, fn);
    }
    // A document that goes takes its text along (ON DELETE CASCADE) before its row is gone: its case is known from
    // the document.
    statements << QStringLiteral("CREATE TRIGGER documents_timeline_words_delete AFTER DELETE ON documents "
                                 "REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "
                                 "timeline_words_documents()")
               << QStringLiteral("UPDATE cases AS c SET timeline_words = w.words FROM (SELECT x.case_id, ") +
                      wordsOrNull(QStringLiteral("x.word")) +
                      QStringLiteral(" AS words FROM (SELECT e.case_id, unnest(tsvector_to_array(e.search)) AS word "
                                     "FROM events AS e UNION SELECT d.case_id, unnest(tsvector_to_array(f.search)) "
                                     "FROM documents AS d JOIN documents_fts AS f ON f.rowid = d.id) AS x GROUP BY "
                                     "x.case_id) AS w WHERE c.id = w.case_id");
    return statements;
}

} // namespace

QList<ServerUpgrade::Step> ServerUpgrade::steps() {
    // Version 9 is the first on a server (tables()). A migration of the file after it adds its PostgreSQL
    // statements here as a step too, with the grants its new tables need (the grants of tables() are on
    // whole tables: a new column of one is covered).
    return {{10, storedSearchVectors}, {11, searchWords}, {12, caseDays}, {13, timelineWords}};
}

int ServerUpgrade::versionAfter(const QList<Step>& steps) {
    return steps.isEmpty() ? BaseVersion : steps.last().version;
}

void ServerUpgrade::apply(ServerConnection& server, const QString& database, int from, const QList<Step>& steps) {
    server.exec(QStringLiteral("SET LOCAL ROLE %1").arg(ServerSchema::ownerRole(database)));
    for (const Step& step : steps) {
        if (step.version <= from)
            continue;
        for (const QString& statement : step.statements(database))
            server.exec(statement);
    }
    server.exec(QStringLiteral("RESET ROLE"));
}

void ServerUpgrade::applyToTables(ServerConnection& server, const QString& database, const QList<Step>& steps) {
    server.exec(QStringLiteral("SET LOCAL ROLE %1").arg(ServerSchema::ownerRole(database)));
    for (const Step& step : steps) {
        for (const QString& statement : step.statements(database)) {
            if (!ServerSchema::isIndex(statement) && !ServerSchema::isIndexDrop(statement) &&
                !derivesFromCopy(statement))
                server.exec(statement);
        }
    }
    server.exec(QStringLiteral("RESET ROLE"));
}

QStringList ServerUpgrade::indexes(const QString& database, const QList<Step>& steps) {
    QStringList indexes;
    for (const QString& statement : ServerSchema::tables()) {
        if (ServerSchema::isIndex(statement))
            indexes << statement;
    }
    for (const Step& step : steps) {
        for (const QString& statement : step.statements(database)) {
            if (ServerSchema::isIndexDrop(statement)) {
                const QString name = ServerSchema::indexName(statement);
                indexes.removeIf([&](const QString& made) { return ServerSchema::indexName(made) == name; });
            } else if (ServerSchema::isIndex(statement)) {
                indexes << statement;
            }
        }
    }
    return indexes;
}

QStringList ServerUpgrade::afterCopy(const QString& database, const QList<Step>& steps) {
    QStringList statements = indexes(database, steps);
    for (const Step& step : steps) {
        for (const QString& statement : step.statements(database)) {
            if (derivesFromCopy(statement))
                statements << statement;
        }
    }
    return statements;
}

ServerUpgrade::Result ServerUpgrade::run(ServerConnection& server, const QString& user) {
    return run(server, user, steps());
}

ServerUpgrade::Result ServerUpgrade::run(ServerConnection& server, const QString& user, const QList<Step>& steps) {
    Result result;
    result.database = server.scalar(QStringLiteral("SELECT current_database()")).toString();
    result.to = versionAfter(steps);
    result.from = check(server, result.database, result.to);
    if (result.from == result.to)
        return result;

    server.inTransaction([&] {
        // Nobody starts working in the old schema while it changes.
        server.exec(QStringLiteral("LOCK TABLE server_info IN ACCESS EXCLUSIVE MODE"));
        // The sorting memory of a set-up's index builds (ServerInit::buildIndexes), for a step's indexes.
        server.exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"));
        apply(server, result.database, result.from, steps);
        // The planner's statistics of what the steps made (a new column has none until autovacuum comes by),
        // as a set-up gathers them: the first searches after the upgrade are planned on the real vectors.
        server.exec(QStringLiteral("ANALYZE"));
        server.exec(QStringLiteral("UPDATE server_info SET value = :version WHERE key = 'schema_version'"),
                    {{QStringLiteral(":version"), QString::number(result.to)}});
        server.exec(QStringLiteral("INSERT INTO audit_log (at, \"user\", case_id, action, field, old_value, new_value) "
                                   "VALUES (:at, :user, NULL, :action, 'schema', :from, :to)"),
                    {{QStringLiteral(":at"), SqlValue::moment(QDateTime::currentDateTime())},
                     {QStringLiteral(":user"), user},
                     {QStringLiteral(":action"), AuditActions::code(AuditAction::ServerUpgrade)},
                     {QStringLiteral(":from"), QString::number(result.from)},
                     {QStringLiteral(":to"), QString::number(result.to)}});
    });
    return result;
}
