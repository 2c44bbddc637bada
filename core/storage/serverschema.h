// The schema of a municipality on a PostgreSQL team server and the server roles that enforce the program's
// roles. The tables and their indexes are not written out here: tables() translates the file's schema at
// ServerUpgrade::BaseVersion (the migrations of migrations.cpp run on an in-memory SQLite database) with the
// rules of SchemaTranslation (schematranslation.h): identity columns for row ids, BYTEA for BLOB, the ICU
// collation nl_nl_ci for COLLATE NOCASE, regular expressions for GLOB, IN lists for the enum CHECKs; dates and
// moments stay TEXT in the same ISO form as in the file, so that both give the same comparisons and the same
// sorting, and flags stay 0/1 integers. A short list in serverschema.cpp names the server's own choices the
// rules cannot see (names sorted with the Dutch ICU collation nl_nl, a wider integer, an index with INCLUDE
// columns). Written out here is only what the server has and the file has not:
// - the collations, the text-search configuration and server_info;
// - the search: the FTS5 tables that index a table's own columns (cases_fts, events_fts) become GIN indexes
//   over SqlDialect::searchVector() of those columns; documents_fts, which holds text of its own (a document's
//   extracted text), is a table of the same columns, with a GIN index; from server version 10 the vector is a
//   stored column (search) of cases, events and documents_fts, and the GIN indexes are over it (serverupgrade.cpp);
//   from version 11 the table search_words holds every word of those columns (at least), for the search to turn
//   a word start into its whole words (searchwords.h); from version 12 the table case_days holds, for each received
//   date, an id at or below those of its cases, for the edge of a search's window of the newest cases (CaseQuery);
// - the triggers as trigger functions: a sent letter is never changed, and the audit trail is append-only for
//   everybody, even for a superuser: the one change it allows is retention blanking the values of a destroyed
//   or anonymised case (AVG), and that goes through one function only a beheerder may call.
// tables() is the schema at version 9, the first a server had, and stays so: every later version is a step of
// ServerUpgrade (serverupgrade.h), which server init and migrate run after tables() and server upgrade runs on
// an older server. The server's versions count on from the file's version 9, but on their own: a step may
// change the server only (version 10 stores the search vectors, 11 adds their words' table, 12 the days' first case
// ids), and a later migration of the file is a step too, which raises both Version and FileVersion (a test compares the
// server's tables with the file's at FileVersion column by column).
//
// Roles (user.h, permissions.h). PostgreSQL roles are per server, so their names start with the database's:
//   <db>_klachtbehandelaar, <db>_klachtencoordinator, <db>_beheerder — the program's three roles, granted to
//       logins (a PostgreSQL login is a user of the team server);
//   <db>_eigenaar   — owns the tables; nobody logs in as it;
//   <db>_bewaartermijn — owns only the function that blanks audit values for retention; no login;
//   <db>_gebruikersbeheer — owns only the functions that give a login one of the program's roles; no login.
#pragma once

#include "../users/user.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ServerSchema {
// The server's schema version, with every step of ServerUpgrade (server_info's schema_version).
constexpr int Version = 13;
// The file's schema version whose tables and columns a server at Version holds: the version a file must have
// to be moved to the server (migrate) and the one a backup of the server is written at. It is the file's
// latest (Database::CurrentVersion): one program knows one of each.
constexpr int FileVersion = 9;

// Whether name can be a database of a team server: lower-case letters, digits and _, starting with a
// letter, at most 40 characters (the role names add to it, and PostgreSQL allows 63).
bool isValidDatabaseName(const QString& name);

// The server role of one of the program's roles, e.g. "klachten_klachtbehandelaar".
QString roleName(const QString& database, Role role);
QString ownerRole(const QString& database);
QString retentionRole(const QString& database);
QString userAdminRole(const QString& database);

// The statements that create the collations, tables, indexes, triggers and functions, run as the owner
// role (SET ROLE), in one transaction: the file's tables and indexes at ServerUpgrade::BaseVersion, translated,
// and the server's own parts.
QStringList tables();
// Whether a statement of tables() or of an upgrade step creates an index (CREATE [UNIQUE] INDEX) on a table of
// it. A copy of many rows runs them after its rows are in: the same index, built in one sort instead of row by
// row, and a unique index still refuses duplicates then.
bool isIndex(const QString& statement);
// Whether a statement of an upgrade step drops an index (DROP INDEX name), and the index a statement of
// either kind names.
bool isIndexDrop(const QString& statement);
QString indexName(const QString& statement);
// The extensions the schema needs (unaccent, for the search), created by the superuser before tables().
QStringList extensions();
// The statements that create the roles (before tables()) and those that grant them their rights (after).
QStringList createRoles(const QString& database);
QStringList grants(const QString& database);

// The tables a municipality holds on the server, parents before children (the order a copy fills them in).
QStringList tableOrder();
} // namespace ServerSchema
