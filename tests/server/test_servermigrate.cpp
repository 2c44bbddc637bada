// aantafel-cli migrate FILE --to postgresql://…: everything a municipality file holds, moved to an empty
// database on the team server and verified per table by row count and content checksum.
#include "servertestsupport.h"

#include "cli/cli.h"
#include "cli/clirun.h"
#include "domain/clock.h"
#include "storage/database.h"
#include "storage/serverconnection.h"
#include "storage/servercopy.h"
#include "storage/serverschema.h"
#include "storage/serverupgrade.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

namespace {

// The command line in process, on the day these tests pin.
CliResult cli(const QStringList& args) {
    return runCliOn(args, QDate(2025, 3, 7));
}

QString hexOf(const QList<QVariantList>& rows) {
    RowChecksum sum;
    for (const QVariantList& row : rows)
        sum.add(row);
    return sum.hex();
}

// The demo file (demoFile) moved by aantafel-cli migrate to an empty database on the test cluster.
struct Migrated {
    TempDir dir;
    QString path = demoFile(dir);
    ScratchDatabase scratch;
    CliResult run = cli({QStringLiteral("migrate"), path, QStringLiteral("--to"), scratch.location().url()});
};

} // namespace

TEST_CASE("the row checksum does not depend on row order but on every value, its kind and its width-free number") {
    const QVariantList a{qint64(1), QStringLiteral("Jansen"), QVariant()};
    const QVariantList b{2, QStringLiteral("de Vries"), QByteArray("\x00\x01", 2)};
    CHECK(hexOf({a, b}) == hexOf({b, a}));
    CHECK(hexOf({a, b}).size() == 16);
    // An int from one driver and a qlonglong from the other are the same number.
    CHECK(hexOf({{qint64(2), QStringLiteral("x")}}) == hexOf({{2, QStringLiteral("x")}}));
    CHECK(hexOf({a, b}) != hexOf({a}));
    CHECK(hexOf({{1, QStringLiteral("Jansen")}}) != hexOf({{1, QStringLiteral("Janssen")}}));
    // NULL is not the empty text, text is not bytes, and values do not run into each other.
    CHECK(hexOf({{QVariant()}}) != hexOf({{QStringLiteral("")}}));
    CHECK(hexOf({{QStringLiteral("ab")}}) != hexOf({{QByteArray("ab")}}));
    CHECK(hexOf({{QStringLiteral("a"), QStringLiteral("bc")}}) != hexOf({{QStringLiteral("ab"), QStringLiteral("c")}}));
    // A row that is there twice counts twice.
    CHECK(hexOf({a, a}) != hexOf({a}));
}

TEST_CASE("migrate --help describes the command") {
    const CliResult help = cli({QStringLiteral("migrate"), QStringLiteral("--help")});
    CHECK(help.code == Cli::Ok);
    CHECK(help.out.startsWith(QStringLiteral("Gebruik: aantafel-cli migrate BESTAND --to postgresql://")));
    CHECK(cli({QStringLiteral("migrate"), QStringLiteral("x.aantafel")}).code == Cli::UsageOrFile);
}

TEST_CASE("migrate moves everything of a municipality file to the server, verified per table") {
    SKIP_WITHOUT_TEST_SERVER();
    const Migrated m;
    INFO(m.run.err.toStdString());
    REQUIRE(m.run.code == Cli::Ok);
    CHECK(m.run.out.contains(QStringLiteral("elke tabel is nageteld en vergeleken")));

    OpenOptions readOnly;
    readOnly.readOnly = true;
    std::unique_ptr<Database> file = Database::open(m.path, readOnly);
    ServerConnection server(m.scratch.location());
    CHECK(SqlQuery::scalar(*file, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 40);
    for (const QString& table : ServerSchema::tableOrder()) {
        INFO("table " << table.toStdString());
        const qint64 rows = SqlQuery::scalar(*file, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
        // The server's audit trail also records the move itself.
        const qint64 extra = table == QLatin1String("audit_log") ? 1 : 0;
        CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong() == rows + extra);
        CHECK(m.run.out.contains(table + QStringLiteral(": %1 rijen, controlesom ").arg(rows)));
    }
    // Independently of the checksums: the cases as the file lists them, and the document's bytes.
    const QString cases =
        QStringLiteral("SELECT id, reference, klager_name, story, phase, revision FROM cases ORDER BY id");
    SqlQuery fileCases(*file, cases);
    fileCases.exec();
    QSqlQuery serverCases = server.query(cases);
    int compared = 0;
    while (fileCases.next()) {
        REQUIRE(serverCases.next());
        for (int column = 0; column < 6; ++column)
            CHECK(serverCases.value(column).toString() == fileCases.value(column).toString());
        ++compared;
    }
    CHECK_FALSE(serverCases.next());
    CHECK(compared == 40);
    CHECK(server
              .scalar(QStringLiteral(
                  "SELECT data FROM document_chunks WHERE document_id = (SELECT max(id) FROM documents)"))
              .toByteArray() == allBytes());
    CHECK(server.scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE action = 'migrate'")).toString() ==
          m.scratch.name());
    // Every case holds the words of its moved timeline entries and documents (serverupgrade.cpp, version 13),
    // filled after the copy.
    const QString wordsOf =
        QStringLiteral("SELECT array_to_tsvector(coalesce(array_agg(DISTINCT x.word), '{}')) FROM (SELECT "
                       "unnest(tsvector_to_array(e.search)) AS word FROM events AS e WHERE e.case_id = c.id UNION ALL "
                       "SELECT unnest(tsvector_to_array(f.search)) FROM documents AS d JOIN documents_fts AS f ON "
                       "f.rowid = d.id WHERE d.case_id = c.id) AS x");
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM cases AS c WHERE timeline_words <> ''")).toInt() > 0);
    CHECK(server
              .scalar(QStringLiteral("SELECT count(*) FROM cases AS c WHERE timeline_words IS DISTINCT FROM (%1)")
                          .arg(wordsOf))
              .toInt() == 0);
    // The identity counters continue after the moved ids.
    const qint64 last = server.scalar(QStringLiteral("SELECT max(id) FROM events")).toLongLong();
    server.exec(QStringLiteral("INSERT INTO events (case_id, at, kind) SELECT min(id), '2025-03-08T09:00:00.000Z', "
                               "'note' FROM cases"));
    CHECK(server.scalar(QStringLiteral("SELECT max(id) FROM events")).toLongLong() == last + 1);
}

TEST_CASE("migrate builds every index of the schema after the copy and leaves the planner statistics behind") {
    SKIP_WITHOUT_TEST_SERVER();
    const Migrated m;
    INFO(m.run.err.toStdString());
    REQUIRE(m.run.code == Cli::Ok);
    ServerConnection server(m.scratch.location());

    // Every index the schema names at the program's version (tables() and the upgrade steps) is there, valid,
    // owned with its table by the owner role, and holds the rows: the search finds a case by its reference
    // through the GIN index over the stored vectors as well as through the table.
    int indexes = 0;
    for (const QString& statement : ServerUpgrade::indexes(m.scratch.name(), ServerUpgrade::steps())) {
        const QString name = ServerSchema::indexName(statement);
        INFO("index " << name.toStdString());
        CHECK(server
                  .scalar(QStringLiteral("SELECT i.indisvalid AND i.indisready FROM pg_index AS i JOIN pg_class AS c "
                                         "ON c.oid = i.indexrelid WHERE c.relname = :name"),
                          {{QStringLiteral(":name"), name}})
                  .toBool());
        ++indexes;
    }
    CHECK(indexes >= 20);
    // ... and no others besides those of the keys and unique constraints.
    CHECK(server
              .scalar(QStringLiteral("SELECT count(*) FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid "
                                     "JOIN pg_namespace AS n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND "
                                     "NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = i.indexrelid)"))
              .toInt() == indexes);
    server.exec(QStringLiteral("SET enable_seqscan = off"));
    const QString reference = server.scalar(QStringLiteral("SELECT min(reference) FROM cases")).toString();
    CHECK(server
              .scalar(QStringLiteral("SELECT count(*) FROM cases WHERE search @@ plainto_tsquery('aantafel_nl'::"
                                     "regconfig, regexp_replace(:reference, '[^[:alnum:]]+', ' ', 'g'))"),
                      {{QStringLiteral(":reference"), reference}})
              .toInt() >= 1);
    // The unique index on the reference still refuses a second case with it.
    try {
        server.exec(QStringLiteral("INSERT INTO cases (reference, kind, channel, received, domain, phase, outcome, "
                                   "satisfaction_confirmation, non_handling_ground, hearing_exception, created_at, "
                                   "updated_at) SELECT reference, kind, channel, received, domain, phase, outcome, "
                                   "satisfaction_confirmation, non_handling_ground, hearing_exception, created_at, "
                                   "updated_at FROM cases WHERE reference = :reference LIMIT 1"),
                    {{QStringLiteral(":reference"), reference}});
        FAIL("a second case with the same reference was stored");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Constraint);
    }

    // ANALYZE ran before the commit: the planner knows the sizes and the columns of the moved tables.
    CHECK(server.scalar(QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = 'cases'")).toInt() == 40);
    CHECK(server
              .scalar(QStringLiteral("SELECT count(*) FROM pg_stats WHERE schemaname = 'public' AND tablename = "
                                     "'cases'"))
              .toInt() > 10);
    CHECK(server
              .scalar(QStringLiteral("SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'events' AND "
                                     "last_analyze IS NOT NULL"))
              .toInt() == 1);
}

TEST_CASE("on the server an unknown case is not in the register, and no message speaks of a file") {
    SKIP_WITHOUT_TEST_SERVER();
    const Migrated m;
    REQUIRE(m.run.code == Cli::Ok);
    const CliResult shown =
        cli({QStringLiteral("case"), m.scratch.location().url(), QStringLiteral("show"), QStringLiteral("NOPE")});
    CHECK(shown.code == Cli::UsageOrFile);
    CHECK(shown.err.contains(QStringLiteral("Zaak NOPE bestaat niet in dit register.")));
    CHECK_FALSE(shown.err.contains(QStringLiteral("bestand")));
}

TEST_CASE("migrate refuses a database that is not empty and leaves it and the file as they were") {
    SKIP_WITHOUT_TEST_SERVER();
    TempDir dir;
    const QString path = demoFile(dir);
    ScratchDatabase scratch;
    const QStringList args{QStringLiteral("migrate"), path, QStringLiteral("--to"), scratch.location().url()};
    REQUIRE(cli(args).code == Cli::Ok);
    const CliResult again = cli(args);
    CHECK(again.code == Cli::Refused);
    CHECK(again.err.contains(QStringLiteral("is niet leeg")));
    ServerConnection server(scratch.location());
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'migrate'")).toInt() == 1);
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM cases")).toInt() == 40);
}

TEST_CASE("migrate refuses a file that is not a municipality file, before touching the server") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("geen.aantafel"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Dit is geen database");
    f.close();
    const CliResult run = cli({QStringLiteral("migrate"), path, QStringLiteral("--to"),
                               QStringLiteral("postgresql://localhost/klachten?host=/nergens")});
    CHECK(run.code == Cli::UsageOrFile);
    CHECK(run.err.contains(QStringLiteral("geen Aan Tafel-bestand")));
}
