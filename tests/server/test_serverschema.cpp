// The PostgreSQL schema against the file's: every table and column of the file's latest schema version is on
// the server, with a matching type and NOT NULL, the same order, defaults, keys, references, enum codes and
// indexes, so that a migration of the file that forgets the server, or a translation that loses something
// (SchemaTranslation), fails here. Also the Dutch search and collation the server schema promises.
#include "servertestsupport.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/municipalityfile.h"
#include "storage/serverconnection.h"
#include "storage/serverschema.h"
#include "storage/serverupgrade.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

struct FileColumn {
    QString name;
    QString type; // declared type: INTEGER, TEXT, BLOB, or empty (FTS5 columns)
    bool notNull = false;
    bool primaryKey = false;
};

QList<FileColumn> fileColumns(Database& db, const QString& table) {
    QList<FileColumn> columns;
    SqlQuery info(db, QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info(:table) ORDER BY cid"));
    info.bind(QStringLiteral(":table"), table).exec();
    while (info.next())
        columns.append({info.value(0).toString(), info.value(1).toString().toUpper(), info.value(2).toInt() != 0,
                        info.value(3).toInt() != 0});
    return columns;
}

// The PostgreSQL data types a file's declared type may become.
QStringList serverTypesFor(const QString& fileType) {
    if (fileType == QLatin1String("INTEGER"))
        return {QStringLiteral("integer"), QStringLiteral("bigint")};
    if (fileType == QLatin1String("BLOB"))
        return {QStringLiteral("bytea")};
    return {QStringLiteral("text")};
}

MunicipalitySettings settings() {
    MunicipalitySettings s;
    s.name = QStringLiteral("Gemeente Schematest");
    return s;
}

// The scratch database made a new municipality at the program's schema; its location.
ServerLocation initialised(const ScratchDatabase& scratch) {
    scratch.initialise(settings().name, QStringLiteral("test"));
    return scratch.location();
}

// One municipality at the latest schema twice: on the test cluster, and as a new file.
struct BothSchemas {
    ScratchDatabase scratch;
    ServerConnection server{initialised(scratch)};
    TempDir dir;
    std::unique_ptr<Database> file =
        MunicipalityFile::create(dir.path(QStringLiteral("schema.aantafel")), settings(), QStringLiteral("test"));
};

} // namespace

TEST_CASE("the server schema holds the tables of the file's latest schema version, at a version of its own") {
    // A migration of the file raises FileVersion with a step of the server (serverschema.h).
    CHECK(ServerSchema::FileVersion == Migrations::latestVersion());
    CHECK(ServerSchema::FileVersion == Database::CurrentVersion);
    CHECK(ServerUpgrade::versionAfter(ServerUpgrade::steps()) == ServerSchema::Version);
    CHECK(ServerSchema::Version >= ServerSchema::FileVersion);
}

TEST_CASE("every table and column of the file's latest schema exists on the server with a matching type") {
    SKIP_WITHOUT_TEST_SERVER();
    BothSchemas both;
    ServerConnection& server = both.server;
    const std::unique_ptr<Database>& file = both.file;
    CHECK(server.scalar(QStringLiteral("SELECT value FROM server_info WHERE key = 'schema_version'")).toInt() ==
          ServerSchema::Version);
    REQUIRE(file->schemaVersion() == Migrations::latestVersion());

    // The file's tables: FTS5 virtual tables and their shadow tables apart.
    QStringList plain;
    QMap<QString, QString> virtualTables; // name -> CREATE VIRTUAL TABLE statement
    SqlQuery tables(*file, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    tables.exec();
    while (tables.next()) {
        const QString sql = tables.value(1).toString();
        if (sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
            virtualTables.insert(tables.value(0).toString(), sql);
        else
            plain << tables.value(0).toString();
    }
    REQUIRE(plain.contains(QStringLiteral("cases")));
    REQUIRE(virtualTables.contains(QStringLiteral("cases_fts")));
    QStringList shadow;
    for (const QString& table : plain) {
        for (const QString& v : virtualTables.keys()) {
            if (table.startsWith(v + QLatin1Char('_')))
                shadow << table;
        }
    }
    QStringList compared;
    for (const QString& table : plain) {
        if (!shadow.contains(table))
            compared << table;
    }
    static const QRegularExpression contentOption(QStringLiteral("content='([a-z_]+)'"));
    for (auto it = virtualTables.constBegin(); it != virtualTables.constEnd(); ++it) {
        const QRegularExpressionMatch content = contentOption.match(it.value());
        if (content.hasMatch()) {
            // An index over a table's own columns: on the server the column search, to_tsvector('aantafel_nl',
            // …) of those columns stored with each row, and a GIN index over it.
            INFO("full-text index " << it.key().toStdString() << " of table " << content.captured(1).toStdString());
            CHECK(server
                      .scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND "
                                             "tablename = :table AND indexdef LIKE '%USING gin (search)'"),
                              {{QStringLiteral(":table"), content.captured(1)}})
                      .toInt() == 1);
            CHECK(server
                      .scalar(QStringLiteral("SELECT generation_expression FROM information_schema.columns WHERE "
                                             "table_schema = 'public' AND table_name = :table AND column_name = "
                                             "'search' AND is_generated = 'ALWAYS'"),
                              {{QStringLiteral(":table"), content.captured(1)}})
                      .toString()
                      .contains(QStringLiteral("to_tsvector('aantafel_nl'")));
        } else {
            compared << it.key(); // holds text of its own: a table on the server
        }
    }

    for (const QString& table : compared) {
        INFO("table " << table.toStdString());
        QMap<QString, QPair<QString, bool>> serverColumns; // name -> (data type, nullable)
        QSqlQuery q = server.query(QStringLiteral("SELECT column_name, data_type, is_nullable FROM "
                                                  "information_schema.columns WHERE table_schema = 'public' AND "
                                                  "table_name = :table"),
                                   {{QStringLiteral(":table"), table}});
        while (q.next())
            serverColumns.insert(q.value(0).toString(),
                                 {q.value(1).toString(), q.value(2).toString() == QLatin1String("YES")});
        REQUIRE_FALSE(serverColumns.isEmpty());
        const QList<FileColumn> columns = fileColumns(*file, table);
        REQUIRE_FALSE(columns.isEmpty());
        for (const FileColumn& column : columns) {
            INFO("column " << column.name.toStdString() << " " << column.type.toStdString());
            REQUIRE(serverColumns.contains(column.name));
            CHECK(serverTypesFor(column.type).contains(serverColumns.value(column.name).first));
            if (column.notNull || column.primaryKey)
                CHECK_FALSE(serverColumns.value(column.name).second);
        }
    }

    // And nothing on the server that the file does not have, apart from the server's own record, the search's word
    // table (serverupgrade.cpp, version 11) and the days' first case ids (version 12).
    QSqlQuery q =
        server.query(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                    "'public' AND table_name NOT IN ('server_info', 'search_words', 'case_days') "
                                    "ORDER BY 1"));
    QStringList serverTables;
    while (q.next())
        serverTables << q.value(0).toString();
    compared.sort();
    CHECK(serverTables == compared);
    CHECK(ServerSchema::tableOrder().size() == compared.size());
    for (const QString& table : ServerSchema::tableOrder())
        CHECK(compared.contains(table));
}

namespace {

// The codes a CHECK allows in each enum column of a table, "table.column" -> sorted codes: in the file
// "(kind = 'signal' OR kind = 'oral' …)" or "kind IN ('signal', …)", on the server
// "kind = ANY (ARRAY['signal'::text, …])".
using AllowedCodes = QMap<QString, QStringList>;

void addCodes(AllowedCodes& codes, const QString& key, const QString& quotedList) {
    // Only text codes: a flag's (0, 1) is a type's rule, compared with the columns.
    static const QRegularExpression code(QStringLiteral("'([^']*)'"));
    QStringList list = codes.value(key);
    for (const QRegularExpressionMatch& m : code.globalMatch(quotedList))
        if (!list.contains(m.captured(1)))
            list << m.captured(1);
    list.sort();
    if (!list.isEmpty())
        codes.insert(key, list);
}

AllowedCodes fileCodes(Database& file) {
    static const QRegularExpression equals(QStringLiteral("\\b([a-z_]+) = ('[^']*')"));
    static const QRegularExpression in(QStringLiteral("\\b([a-z_]+) IN \\(('[^)]*)\\)"));
    AllowedCodes codes;
    SqlQuery tables(file, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                                         "'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    tables.exec();
    while (tables.next()) {
        const QString table = tables.value(QStringLiteral("name")).toString();
        const QString sql = tables.value(QStringLiteral("sql")).toString();
        for (const QRegularExpression* form : {&equals, &in})
            for (const QRegularExpressionMatch& m : form->globalMatch(sql))
                addCodes(codes, table + QLatin1Char('.') + m.captured(1), m.captured(2));
    }
    return codes;
}

AllowedCodes serverCodes(ServerConnection& server) {
    static const QRegularExpression any(QStringLiteral("\\b([a-z_]+) = ANY \\(ARRAY\\[([^\\]]*)\\]"));
    AllowedCodes codes;
    QSqlQuery q = server.query(QStringLiteral("SELECT c.relname AS table_name, pg_get_constraintdef(k.oid) AS def "
                                              "FROM pg_constraint AS k JOIN pg_class AS c ON c.oid = k.conrelid "
                                              "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
                                              "WHERE k.contype = 'c' AND n.nspname = 'public'"));
    while (q.next()) {
        const QString table = q.value(QStringLiteral("table_name")).toString();
        for (const QRegularExpressionMatch& m : any.globalMatch(q.value(QStringLiteral("def")).toString()))
            addCodes(codes, table + QLatin1Char('.') + m.captured(1), m.captured(2));
    }
    return codes;
}

} // namespace

TEST_CASE("every enum column allows the same codes on the server as in the file's latest schema") {
    // The server's CHECKs are translated from the file's (SchemaTranslation); a code lost in the translation
    // would let one backend store what the other refuses.
    SKIP_WITHOUT_TEST_SERVER();
    BothSchemas both;
    ServerConnection& server = both.server;
    const std::unique_ptr<Database>& file = both.file;

    const AllowedCodes inFile = fileCodes(*file);
    const AllowedCodes onServer = serverCodes(server);
    // cases.kind, cases.channel, … , documents.kind, case_archive.result: the enum columns there are.
    CHECK(inFile.size() >= 20);
    CHECK(inFile.value(QStringLiteral("cases.outcome")).contains(QStringLiteral("partly_upheld")));
    CHECK(inFile.keys() == onServer.keys());
    for (auto it = inFile.cbegin(); it != inFile.cend(); ++it) {
        INFO("column " << it.key().toStdString());
        CHECK(it.value() == onServer.value(it.key()));
    }
}

TEST_CASE("every index of the file's latest schema exists on the server, on the same table and columns") {
    // The lists, the deadlines and the yearly report rely on them (e.g. the covering cases_year_report and the
    // partial audit_log_phase of file version 9). On the server a covering index may carry its columns as
    // INCLUDE columns; a partial index stays partial.
    SKIP_WITHOUT_TEST_SERVER();
    BothSchemas both;
    ServerConnection& server = both.server;
    const std::unique_ptr<Database>& file = both.file;

    SqlQuery indexes(*file, QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND "
                                           "sql IS NOT NULL ORDER BY name"));
    indexes.exec();
    int compared = 0;
    while (indexes.next()) {
        const QString name = indexes.value(0).toString();
        INFO("index " << name.toStdString());
        QSqlQuery onServer = server.query(
            QStringLiteral(
                "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname = :index"),
            {{QStringLiteral(":index"), name}});
        REQUIRE(onServer.next());
        CHECK(onServer.value(0).toString() == indexes.value(1).toString());
        const QString definition = onServer.value(1).toString();
        CHECK(definition.contains(QLatin1String(" WHERE ")) == indexes.value(2).toString().contains(u" WHERE "));
        SqlQuery columns(*file, QStringLiteral("SELECT name FROM pragma_index_info(:index)"));
        columns.bind(QStringLiteral(":index"), name).exec();
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            INFO("column " << column.toStdString() << " in " << definition.toStdString());
            CHECK(definition.contains(QRegularExpression(QStringLiteral("[(, ]\"?%1\"?[,) ]").arg(column))));
        }
        ++compared;
    }
    CHECK(compared >= 20);
}

TEST_CASE("the server's search vector takes off accents and capitals without stemming, through a GIN index over "
          "the stored vector, and sorts names with Dutch ICU collation") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase scratch;
    ServerConnection server(initialised(scratch));
    int n = 0;
    for (const char* name : {"Zwart", "de Vries", "Élise Bakker", "Aalders", "ijsbrand"}) {
        ++n;
        server.exec(
            QStringLiteral("INSERT INTO cases (reference, kind, channel, received, domain, phase, outcome, "
                           "satisfaction_confirmation, non_handling_ground, hearing_exception, created_at, "
                           "updated_at, klager_name, story) VALUES (:reference, 'written', 'letter', '2025-03-07', "
                           "'wmo', 'intake', 'none', 'none', 'none', 'none', '2025-03-07T10:00:00.000Z', "
                           "'2025-03-07T10:00:00.000Z', :klager_name, :story)"),
            {{QStringLiteral(":reference"), QStringLiteral("KL-2025-%1").arg(n)},
             {QStringLiteral(":klager_name"), QString::fromUtf8(name)},
             {QStringLiteral(":story"),
              n == 2 ? QStringLiteral("Wij wachtten maanden op de beslissingen over de woningaanpassing.")
                     : QStringLiteral("Niet teruggebeld.")}});
    }
    // The program's own match on the stored vector (SqlDialect), as the file's FTS5 index (unicode61,
    // remove_diacritics) matches: "elise" finds "Élise", a whole word does not find a longer one (no stemming)
    // and a word start does.
    const QString matching = QStringLiteral("SELECT string_agg(reference, ',' ORDER BY reference) FROM cases AS c "
                                            "WHERE ") +
                             SqlDialect::vectorMatches(QStringLiteral("c"), QStringLiteral(":words"));
    const auto found = [&](const char* words) {
        return server.scalar(matching, {{QStringLiteral(":words"), QString::fromUtf8(words)}}).toString();
    };
    CHECK(found("elise") == QStringLiteral("KL-2025-3"));
    CHECK(found("ÉLISE") == QStringLiteral("KL-2025-3"));
    CHECK(found("beslissing").isEmpty());
    CHECK(found("beslissing:*") == QStringLiteral("KL-2025-2"));
    CHECK(found("woningaanpassing") == QStringLiteral("KL-2025-2"));
    CHECK(found("teruggebeld") == QStringLiteral("KL-2025-1,KL-2025-3,KL-2025-4,KL-2025-5"));
    // The index the search walks is over that stored vector.
    CHECK(server
              .scalar(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE tablename = 'cases' AND indexname = "
                                     "'cases_search'"))
              .toString()
              .contains(QStringLiteral("USING gin (search)")));

    // Byte order would put "Zwart" before "de Vries" and "Élise" last.
    QSqlQuery sorted = server.query(QStringLiteral("SELECT klager_name FROM cases ORDER BY klager_name"));
    QStringList names;
    while (sorted.next())
        names << sorted.value(0).toString();
    CHECK(names == QStringList{QStringLiteral("Aalders"), QStringLiteral("de Vries"), QString::fromUtf8("Élise Bakker"),
                               QStringLiteral("ijsbrand"), QStringLiteral("Zwart")});

    // Themes and logins compare without regard to case, as COLLATE NOCASE does in the file.
    CHECK_THROWS_AS(server.exec(QStringLiteral("INSERT INTO themes (name) VALUES ('PRIVACY')")), StorageError);
}

namespace {

// "column default" of each column of a file's table, in the order of its columns, with what the server needs
// no more of: the server's "''::text" is the file's "''".
QStringList fileColumnsWithDefaults(Database& db, const QString& table) {
    QStringList columns;
    SqlQuery info(db,
                  QStringLiteral("SELECT name, coalesce(dflt_value, '') FROM pragma_table_info(:table) ORDER BY cid"));
    info.bind(QStringLiteral(":table"), table).exec();
    while (info.next())
        columns << info.value(0).toString() + QLatin1Char(' ') + info.value(1).toString();
    return columns;
}

QStringList serverColumnsWithDefaults(ServerConnection& server, const QString& table) {
    QStringList columns;
    QSqlQuery q =
        server.query(QStringLiteral("SELECT column_name, coalesce(replace(column_default, '::text', ''), '') "
                                    "FROM information_schema.columns WHERE table_schema = 'public' AND "
                                    "table_name = :table AND is_generated = 'NEVER' ORDER BY ordinal_position"),
                     {{QStringLiteral(":table"), table}});
    while (q.next())
        columns << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    return columns;
}

// The columns the server computes itself (GENERATED ALWAYS … STORED), "table.column", sorted.
QStringList serverGeneratedColumns(ServerConnection& server) {
    QStringList columns;
    QSqlQuery q = server.query(QStringLiteral("SELECT table_name || '.' || column_name FROM information_schema.columns "
                                              "WHERE table_schema = 'public' AND is_generated = 'ALWAYS' ORDER BY 1"));
    while (q.next())
        columns << q.value(0).toString();
    return columns;
}

// Every reference of the file's tables, "table.column -> table(column) on delete ACTION", sorted.
QStringList fileReferences(Database& db, const QStringList& tables) {
    QStringList references;
    for (const QString& table : tables) {
        SqlQuery keys(
            db, QStringLiteral("SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list(:table)"));
        keys.bind(QStringLiteral(":table"), table).exec();
        while (keys.next())
            references << QStringLiteral("%1.%2 -> %3(%4) on delete %5")
                              .arg(table, keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString(),
                                   keys.value(3).toString());
    }
    references.sort();
    return references;
}

// The descriptions (second column) of the rows of sql whose table (first column) is one of tables, sorted.
QStringList serverDescriptions(ServerConnection& server, const QString& sql, const QStringList& tables) {
    QStringList descriptions;
    QSqlQuery q = server.query(sql);
    while (q.next()) {
        if (tables.contains(q.value(0).toString()))
            descriptions << q.value(1).toString();
    }
    descriptions.sort();
    return descriptions;
}

QStringList serverReferences(ServerConnection& server, const QStringList& tables) {
    return serverDescriptions(
        server,
        QStringLiteral("SELECT c.relname, format('%s.%s -> %s(%s) on delete %s', c.relname, a.attname, f.relname, "
                       "fa.attname, CASE k.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' "
                       "ELSE 'NO ACTION' END) FROM pg_constraint AS k "
                       "JOIN pg_class AS c ON c.oid = k.conrelid JOIN pg_class AS f ON f.oid = k.confrelid "
                       "JOIN pg_attribute AS a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
                       "JOIN pg_attribute AS fa ON fa.attrelid = k.confrelid AND fa.attnum = k.confkey[1] "
                       "JOIN pg_namespace AS n ON n.oid = c.relnamespace WHERE k.contype = 'f' AND n.nspname = "
                       "'public'"),
        tables);
}

// The columns of each PRIMARY KEY and UNIQUE constraint of the tables, "table: UNIQUE (a, b)", sorted.
QStringList fileKeys(Database& db, const QStringList& tables) {
    QStringList keys;
    for (const QString& table : tables) {
        SqlQuery indexes(db, QStringLiteral("SELECT name, origin FROM pragma_index_list(:table) WHERE origin <> 'c'"));
        indexes.bind(QStringLiteral(":table"), table).exec();
        QStringList found;
        while (indexes.next()) {
            SqlQuery columns(db, QStringLiteral("SELECT name FROM pragma_index_info(:index) ORDER BY seqno"));
            columns.bind(QStringLiteral(":index"), indexes.value(0).toString()).exec();
            QStringList names;
            while (columns.next())
                names << columns.value(0).toString();
            found << QStringLiteral("%1: %2 (%3)")
                         .arg(table,
                              indexes.value(1).toString() == QLatin1String("pk") ? QStringLiteral("PRIMARY KEY")
                                                                                 : QStringLiteral("UNIQUE"),
                              names.join(QStringLiteral(", ")));
        }
        // A rowid table's INTEGER PRIMARY KEY is the rowid itself, not an index.
        SqlQuery rowidKey(db, QStringLiteral("SELECT name FROM pragma_table_info(:table) WHERE pk = 1 AND "
                                             "upper(type) = 'INTEGER' AND (SELECT count(*) FROM "
                                             "pragma_table_info(:table2) WHERE pk > 0) = 1"));
        rowidKey.bind(QStringLiteral(":table"), table).bind(QStringLiteral(":table2"), table).exec();
        if (rowidKey.next()) {
            const QString key = QStringLiteral("%1: PRIMARY KEY (%2)").arg(table, rowidKey.value(0).toString());
            if (!found.contains(key))
                found << key;
        }
        keys << found;
    }
    keys.sort();
    return keys;
}

QStringList serverKeys(ServerConnection& server, const QStringList& tables) {
    return serverDescriptions(
        server,
        QStringLiteral("SELECT c.relname, format('%s: %s (%s)', c.relname, CASE k.contype WHEN 'p' THEN 'PRIMARY KEY' "
                       "ELSE 'UNIQUE' END, (SELECT string_agg(a.attname, ', ' ORDER BY u.ord) FROM unnest(k.conkey) "
                       "WITH ORDINALITY AS u(attnum, ord) JOIN pg_attribute AS a ON a.attrelid = k.conrelid AND "
                       "a.attnum = u.attnum)) FROM pg_constraint AS k JOIN pg_class AS c ON c.oid = k.conrelid "
                       "JOIN pg_namespace AS n ON n.oid = c.relnamespace WHERE k.contype IN ('p', 'u') AND "
                       "n.nspname = 'public'"),
        tables);
}

} // namespace

TEST_CASE("the server's tables have the file's columns in the same order with the same defaults, keys and references") {
    // The server's tables are translated from the file's schema (SchemaTranslation): what PostgreSQL made of the
    // translation is read back from its catalog and compared with what SQLite made of the migrations. The
    // differences are the server's own: from server version 10 the search vectors are stored columns it computes,
    // from version 13 a case's timeline words a last column its triggers keep.
    SKIP_WITHOUT_TEST_SERVER();
    BothSchemas both;
    CHECK(serverGeneratedColumns(both.server) == QStringList{QStringLiteral("cases.search"),
                                                             QStringLiteral("documents_fts.search"),
                                                             QStringLiteral("events.search")});
    QStringList tables = ServerSchema::tableOrder();
    tables.removeAll(QStringLiteral("documents_fts")); // the server's own table for an FTS5 table of the file
    for (const QString& table : tables) {
        INFO("table " << table.toStdString());
        QStringList columns = serverColumnsWithDefaults(both.server, table);
        if (table == QLatin1String("cases")) {
            REQUIRE_FALSE(columns.isEmpty());
            CHECK(columns.takeLast() == QStringLiteral("timeline_words ''::tsvector"));
        }
        CHECK(columns == fileColumnsWithDefaults(*both.file, table));
    }
    const QStringList references = fileReferences(*both.file, tables);
    CHECK(references.size() >= 12);
    CHECK(serverReferences(both.server, tables) == references);
    const QStringList keys = fileKeys(*both.file, tables);
    CHECK(keys.size() >= 20);
    CHECK(serverKeys(both.server, tables) == keys);
}
