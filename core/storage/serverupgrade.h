// Brings a municipality on a team server from the schema version it has to the program's, as opening a file
// runs the file's migrations (migrations.cpp). ServerSchema::tables() is the schema at BaseVersion, the first
// version a server had, and stays so; each later version is a Step here: the PostgreSQL statements that make
// it, run as the municipality's owner role (they may create tables and grant the program's roles their
// rights). `server init` and `migrate` run the steps too, so a server set up new and one brought up step by
// step have one schema.
//
// A step's statements run in their order on an older server. At a set-up they are split: the index
// statements (CREATE INDEX, DROP INDEX of an index of tables() or of an earlier step) are folded into the
// index statements of tables() (indexes()), which are built after the copy, and the statements that fill a
// table or column derived from the copied rows or create the trigger that keeps it (INSERT INTO, UPDATE, CREATE
// TRIGGER) run
// after those (afterCopy()); the others run on the empty tables before it. So a step drops an index before it changes
// the table the index is on (a rewrite of the table would rebuild it first), and a new server, a migrated one and an
// upgraded one get the same indexes.
//
// run() is `aantafel-cli server upgrade`: only a superuser (the steps change tables the owner role owns, and
// the program's logins may not), only while no other connection uses the database (a program of the older
// version would go on writing in a schema it does not know), and all steps in one transaction (PostgreSQL's
// DDL is transactional): the server is brought up whole or stays as it was. The version is raised, the
// planner's statistics are gathered again (ANALYZE) and the audit trail records it. A server of a newer version is
// refused; one at the program's version is left alone. The program itself opens a server only at its own version, and
// names this command when the server is older.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class ServerConnection;

class ServerUpgrade {
    Q_DECLARE_TR_FUNCTIONS(ServerUpgrade)
public:
    // The version ServerSchema::tables() creates.
    static constexpr int BaseVersion = 9;

    struct Step {
        int version = 0; // the version the step reaches, one above the one before it
        // The statements, for the municipality in the database of that name (its roles are named after it).
        std::function<QStringList(const QString& database)> statements;
    };
    // The program's steps, in order: BaseVersion + 1 up to ServerSchema::Version.
    static QList<Step> steps();
    // The version a server set up or brought up through these steps has: the last step's, or BaseVersion.
    static int versionAfter(const QList<Step>& steps);

    struct Result {
        QString database;
        int from = 0; // the version the server had
        int to = 0;   // the version it has now; equal to from when there was nothing to do
    };
    // The program's upgrade of the server behind the connection; throws StorageError with a Dutch reason when
    // it refuses or the server fails a statement, and then nothing has changed.
    static Result run(ServerConnection& server, const QString& user);
    // The same with other steps (tests: a version after the program's).
    static Result run(ServerConnection& server, const QString& user, const QList<Step>& steps);

    // In the open transaction of an upgrade: every statement of the steps after `from`, in order, as the owner
    // role of the database.
    static void apply(ServerConnection& server, const QString& database, int from, const QList<Step>& steps);
    // In the open transaction of a set-up, on the empty tables of tables(): the steps' statements but their
    // index statements, as the owner role.
    static void applyToTables(ServerConnection& server, const QString& database, const QList<Step>& steps);
    // The index statements of a server set up through the steps: those of tables(), with the steps' drops and
    // creations applied in order. A set-up runs them after its copy.
    static QStringList indexes(const QString& database, const QList<Step>& steps);
    // What a set-up runs after its copy: indexes(), then the steps' statements that fill a table derived from the
    // copied rows or create the trigger that keeps it (INSERT INTO, UPDATE, CREATE TRIGGER), in their order.
    static QStringList afterCopy(const QString& database, const QList<Step>& steps);
};
