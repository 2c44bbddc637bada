// The PostgreSQL schema against the file's: every table and column of the file's latest schema version is on
// the server, with a matching type and NOT NULL, so that a migration of the file that forgets the server fails
// here. Also the Dutch search and collation the server schema promises.
#include "servertestsupport.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/municipalityfile.h"
#include "storage/serverconnection.h"
#include "storage/serverschema.h"
#include "storage/serverupgrade.h"
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

    // And nothing on the server that the file does not have, apart from the server's own record.
    QSqlQuery q = server.query(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                              "'public' AND table_name <> 'server_info' ORDER BY 1"));
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
    // The two schemas are written in two dialects (serverschema.cpp, migrations.cpp); a code added to one and
    // not the other would let one backend store what the other refuses.
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

TEST_CASE("the server searches with Dutch stemming through a GIN index and sorts names with Dutch ICU collation") {
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
    // "beslissing" finds "beslissingen" (Dutch stemming), the way the search is indexed.
    const QString matching = QStringLiteral(
        "SELECT reference FROM cases WHERE to_tsvector('dutch'::regconfig, reference || ' ' || klager_name || ' ' || "
        "story || ' ' || desired_outcome) @@ plainto_tsquery('dutch', :words) ORDER BY reference");
    CHECK(server.scalar(matching, {{QStringLiteral(":words"), QStringLiteral("beslissing")}}).toString() ==
          QStringLiteral("KL-2025-2"));
    CHECK(server.scalar(matching, {{QStringLiteral(":words"), QStringLiteral("woningaanpassingen")}}).toString() ==
          QStringLiteral("KL-2025-2"));
    CHECK_FALSE(server.scalar(matching, {{QStringLiteral(":words"), QStringLiteral("verhuizing")}}).isValid());

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
