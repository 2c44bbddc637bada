// aantafel-cli backup postgresql://… --to KOPIE.aantafel: a complete municipality file written from the team
// server, verified per table; and the batched copy both directions share (ServerCopy).
#include "servertestsupport.h"

#include "cli/cli.h"
#include "cli/clirun.h"
#include "domain/clock.h"
#include "storage/database.h"
#include "storage/serverconnection.h"
#include "storage/servercopy.h"
#include "storage/serverschema.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

namespace {

// The command line in process, on the day these tests pin.
CliResult cli(const QStringList& args) {
    return runCliOn(args, QDate(2025, 3, 7));
}

// The content checksum of a file table as the copy computes it, optionally of the rows a condition keeps.
QString fileChecksum(Database& db, const QString& table, const QString& where = {}) {
    QStringList quoted;
    for (const QString& column : ServerCopy::fileColumns(db, table))
        quoted << QLatin1Char('"') + column + QLatin1Char('"');
    SqlQuery rows(db, QStringLiteral("SELECT %1 FROM %2 %3").arg(quoted.join(QStringLiteral(", ")), table, where));
    rows.exec();
    RowChecksum sum;
    while (rows.next()) {
        QVariantList row;
        for (qsizetype i = 0; i < quoted.size(); ++i)
            row << rows.value(int(i));
        sum.add(row);
    }
    return sum.hex();
}

std::unique_ptr<Database> openReadOnly(const QString& path) {
    OpenOptions options;
    options.readOnly = true;
    return Database::open(path, options);
}

// The names in a folder, hidden ones (temporary files) included.
QStringList entriesOf(const QString& folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("rows per multi-row insert stay within both engines' limits on values in one statement") {
    CHECK(ServerCopy::rowsPerInsert(1) == 1000);
    CHECK(ServerCopy::rowsPerInsert(10) == 1000);
    CHECK(ServerCopy::rowsPerInsert(40) == 250);  // 10,000 values
    CHECK(ServerCopy::rowsPerInsert(20000) == 1); // never none
    CHECK(ServerCopy::rowsPerInsert(0) == 1000);
}

TEST_CASE("backup of a team server writes a municipality file that round-trips with identical table checksums") {
    SKIP_WITHOUT_TEST_SERVER();
    TempDir dir;
    const QString original = demoFile(dir);
    ScratchDatabase scratch;
    const CliResult moved =
        cli({QStringLiteral("migrate"), original, QStringLiteral("--to"), scratch.location().url()});
    INFO(moved.err.toStdString());
    REQUIRE(moved.code == Cli::Ok);

    const QString copy = dir.path(QStringLiteral("kopie/terug.aantafel")); // a folder that does not exist yet
    const CliResult backup = cli({QStringLiteral("backup"), scratch.location().url(), QStringLiteral("--to"), copy});
    INFO(backup.err.toStdString());
    REQUIRE(backup.code == Cli::Ok);
    CHECK(backup.out.contains(QStringLiteral("elke tabel is nageteld en vergeleken")));
    // One self-contained file: no journal, lock file or temporary file beside it.
    CHECK(entriesOf(dir.path(QStringLiteral("kopie"))) == QStringList{QStringLiteral("terug.aantafel")});

    std::unique_ptr<Database> before = openReadOnly(original);
    std::unique_ptr<Database> after = openReadOnly(copy);
    CHECK(after->schemaVersion() == Database::CurrentVersion);
    for (const QString& table : ServerSchema::tableOrder()) {
        INFO("table " << table.toStdString());
        if (table == QLatin1String("audit_log")) {
            // The server's audit trail also holds the move itself: the copy is the file's trail plus that row.
            CHECK(fileChecksum(*after, table, QStringLiteral("WHERE action <> 'migrate'")) ==
                  fileChecksum(*before, table));
            CHECK(SqlQuery::scalar(*after, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'migrate'"))
                      .toInt() == 1);
            continue;
        }
        const QString sum = fileChecksum(*before, table);
        CHECK(fileChecksum(*after, table) == sum);
        const qint64 rows =
            SqlQuery::scalar(*before, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
        // migrate and backup print the same count and checksum for the table.
        const QString line = table + QStringLiteral(": %1 rijen, controlesom %2").arg(rows).arg(sum);
        CHECK(moved.out.contains(line));
        CHECK(backup.out.contains(line));
    }
    // The search indexes of the copy were built as its rows arrived: they find what the original finds.
    for (const QString& search : {QStringLiteral("SELECT count(*) FROM cases_fts WHERE cases_fts MATCH 'gemeente'"),
                                  QStringLiteral("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'klager'"),
                                  QStringLiteral("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH "
                                                 "'geachte'")}) {
        INFO(search.toStdString());
        CHECK(SqlQuery::scalar(*after, search).toInt() == SqlQuery::scalar(*before, search).toInt());
    }
    CHECK(SqlQuery::scalar(*after, QStringLiteral("SELECT data FROM document_chunks WHERE document_id = (SELECT "
                                                  "max(id) FROM documents)"))
              .toByteArray() == allBytes());
    after.reset();

    // An ordinary file: the program's own check passes, and it opens for writing.
    const CliResult check = cli({QStringLiteral("check"), copy});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == Cli::Ok);
    CHECK_NOTHROW(Database::open(copy));

    // The copy is recorded on the server where retention looks for copies.
    ServerConnection server(scratch.location());
    CHECK(server
              .scalar(QStringLiteral("SELECT kind FROM backup_copies WHERE path = :path"),
                      {{QStringLiteral(":path"), QFileInfo(copy).absoluteFilePath()}})
              .toString() == QLatin1String("manual"));

    // A klachtbehandelaar reads every table, so may make a copy too; recording it is for a beheerder.
    const QString handler = scratch.name() + QStringLiteral("x_behandelaar");
    server.exec(QStringLiteral("SELECT grant_program_role(:login, 'handler')"), {{QStringLiteral(":login"), handler}});
    const QString second = dir.path(QStringLiteral("behandelaar.aantafel"));
    const CliResult byHandler =
        cli({QStringLiteral("backup"), scratch.as(handler).url(), QStringLiteral("--to"), second});
    INFO(byHandler.err.toStdString());
    CHECK(byHandler.code == Cli::Ok);
    CHECK_FALSE(server
                    .scalar(QStringLiteral("SELECT 1 FROM backup_copies WHERE path = :path"),
                            {{QStringLiteral(":path"), QFileInfo(second).absoluteFilePath()}})
                    .isValid());
}

TEST_CASE("backup takes a .aantafel-server connection file instead of the URL, also one naming two hosts") {
    SKIP_WITHOUT_TEST_SERVER();
    TempDir dir;
    ScratchDatabase scratch;
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("init"), scratch.location().url(), QStringLiteral("--name"),
                 QStringLiteral("Gemeente Voorbeeld")})
                .code == Cli::Ok);
    ServerLocation location = scratch.location();
    // A primary and its standby, as the README describes for streaming replication: libpq tries the hosts in
    // turn and takes the one that accepts writes. Here the first is gone (a folder without a server).
    location.host = dir.path(QStringLiteral("weg")) + QLatin1Char(',') + location.host;
    location.options.insert(QStringLiteral("target_session_attrs"), QStringLiteral("read-write"));
    const QString connection = dir.path(QStringLiteral("klachten.aantafel-server"));
    location.saveConnectionFile(connection);
    REQUIRE(ServerLocation::fromConnectionFile(connection) == location);
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    const CliResult backup = cli({QStringLiteral("backup"), connection, QStringLiteral("--to"), copy});
    INFO(backup.err.toStdString());
    REQUIRE(backup.code == Cli::Ok);
    std::unique_ptr<Database> db = openReadOnly(copy);
    CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT value FROM settings WHERE key = 'name'")).toString() ==
          QLatin1String("Gemeente Voorbeeld"));
    CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT count(*) FROM themes")).toInt() > 0);
}

TEST_CASE("backup of a team server refuses what it cannot do, with a Dutch message, and leaves nothing behind") {
    SKIP_WITHOUT_TEST_SERVER();
    TempDir dir;
    ScratchDatabase scratch;
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("init"), scratch.location().url(), QStringLiteral("--name"),
                 QStringLiteral("Gemeente Voorbeeld")})
                .code == Cli::Ok);
    const QString url = scratch.location().url();
    const QString folder = dir.path(QStringLiteral("kopieen"));
    REQUIRE(QDir().mkpath(folder));

    SECTION("an output path that exists") {
        const QString existing = QDir(folder).filePath(QStringLiteral("bestaat.aantafel"));
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("van iemand anders");
        file.close();
        const CliResult run = cli({QStringLiteral("backup"), url, QStringLiteral("--to"), existing});
        CHECK(run.code == Cli::Refused);
        CHECK(run.err.contains(QStringLiteral("bestaat al; kies een andere naam voor de reservekopie")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray("van iemand anders"));
        CHECK(entriesOf(folder) == QStringList{QStringLiteral("bestaat.aantafel")});
    }
    SECTION("an output folder that cannot be written (a file is in the way)") {
        QFile blocker(QDir(folder).filePath(QStringLiteral("gewoon-bestand")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const CliResult run = cli({QStringLiteral("backup"), url, QStringLiteral("--to"),
                                   QDir(folder).filePath(QStringLiteral("gewoon-bestand/sub/kopie.aantafel"))});
        CHECK(run.code != Cli::Ok);
        CHECK(run.err.contains(QStringLiteral("kan niet worden geschreven; de reservekopie is niet gemaakt")));
        CHECK(entriesOf(folder) == QStringList{QStringLiteral("gewoon-bestand")});
    }
    SECTION("a database that holds no municipality") {
        ScratchDatabase empty;
        const CliResult run = cli({QStringLiteral("backup"), empty.location().url(), QStringLiteral("--to"),
                                   QDir(folder).filePath(QStringLiteral("kopie.aantafel"))});
        CHECK(run.code != Cli::Ok);
        CHECK(run.err.contains(QStringLiteral("bevat geen gemeente van Aan Tafel")));
        CHECK(entriesOf(folder).isEmpty());
    }
    SECTION("a server at another schema version than the program") {
        ServerConnection(scratch.location())
            .exec(QStringLiteral("UPDATE server_info SET value = '99' WHERE key = 'schema_version'"));
        const CliResult run = cli({QStringLiteral("backup"), url, QStringLiteral("--to"),
                                   QDir(folder).filePath(QStringLiteral("kopie.aantafel"))});
        CHECK(run.code != Cli::Ok);
        CHECK(run.err.contains(QStringLiteral("schemaversie 99")));
        CHECK(entriesOf(folder).isEmpty());
    }
    SECTION("a login that may not read the tables: the half-written file is removed") {
        const QString login = scratch.name() + QStringLiteral("x_niemand");
        scratch.admin({QStringLiteral("CREATE ROLE %1 LOGIN").arg(login),
                       QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(scratch.name(), login)});
        // Without a role it does not see the municipality at all.
        const CliResult none = cli({QStringLiteral("backup"), scratch.as(login).url(), QStringLiteral("--to"),
                                    QDir(folder).filePath(QStringLiteral("kopie.aantafel"))});
        CHECK(none.code == Cli::Refused);
        CHECK(none.err.contains(QStringLiteral("heeft geen toegang tot de database")));
        CHECK(entriesOf(folder).isEmpty());
        // It may see which municipality is there (server_info), but read no table of it: the copy fails
        // halfway, after the file was begun.
        ServerConnection superuser(scratch.location());
        superuser.exec(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(login));
        superuser.exec(QStringLiteral("GRANT SELECT ON server_info TO %1").arg(login));
        const CliResult run = cli({QStringLiteral("backup"), scratch.as(login).url(), QStringLiteral("--to"),
                                   QDir(folder).filePath(QStringLiteral("kopie.aantafel"))});
        CHECK(run.code != Cli::Ok);
        INFO(run.err.toStdString());
        CHECK(run.err.contains(QStringLiteral("kon niet van de server worden gelezen")));
        CHECK(entriesOf(folder).isEmpty());
    }
}

TEST_CASE("migrate and backup copy in batches: a table of several thousand rows and megabytes of documents") {
    SKIP_WITHOUT_TEST_SERVER();
    TempDir dir;
    const QString path = demoFile(dir);
    {
        // 2,345 more audit rows (more than two full batches and a short one), and seven chunks of 1 MB (the
        // byte bound ends a batch before the row bound does).
        std::unique_ptr<Database> db = Database::open(path);
        SqlQuery::run(*db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                          "2345) INSERT INTO audit_log (at, \"user\", case_id, action, field, "
                                          "old_value, new_value) SELECT '2025-03-07T10:00:00.000Z', 'test', NULL, "
                                          "'note', 'batch', '', 'rij ' || i FROM n"));
        SqlQuery chunk(
            *db, QStringLiteral("INSERT INTO document_chunks (document_id, seq, data) SELECT max(id), :seq, :data "
                                "FROM documents"));
        for (int seq = 1; seq <= 7; ++seq)
            chunk.bind(QStringLiteral(":seq"), seq)
                .bind(QStringLiteral(":data"), QByteArray(1024 * 1024, char('a' + seq)))
                .exec();
    }
    ScratchDatabase scratch;
    const CliResult moved = cli({QStringLiteral("migrate"), path, QStringLiteral("--to"), scratch.location().url()});
    INFO(moved.err.toStdString());
    REQUIRE(moved.code == Cli::Ok);
    ServerConnection server(scratch.location());
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'batch'")).toInt() == 2345);
    CHECK(server
              .scalar(QStringLiteral("SELECT sum(length(data)) FROM document_chunks WHERE seq > 0 AND document_id = "
                                     "(SELECT max(id) FROM documents)"))
              .toLongLong() == 7 * 1024 * 1024);

    const QString copy = dir.path(QStringLiteral("terug.aantafel"));
    const CliResult backup = cli({QStringLiteral("backup"), scratch.location().url(), QStringLiteral("--to"), copy});
    INFO(backup.err.toStdString());
    REQUIRE(backup.code == Cli::Ok);
    std::unique_ptr<Database> before = openReadOnly(path);
    std::unique_ptr<Database> after = openReadOnly(copy);
    CHECK(fileChecksum(*after, QStringLiteral("document_chunks")) ==
          fileChecksum(*before, QStringLiteral("document_chunks")));
    CHECK(fileChecksum(*after, QStringLiteral("audit_log"), QStringLiteral("WHERE action <> 'migrate'")) ==
          fileChecksum(*before, QStringLiteral("audit_log")));
}
