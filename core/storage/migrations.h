// The numbered schema migrations. Migration N brings a file from user_version N-1 to N; each runs
// in its own transaction together with the user_version update. Migrations are never edited once
// released: a change of the schema is a new migration.
#pragma once

#include <QList>
#include <QString>

class Database;

namespace Migrations {
// Highest version the migrations reach; equals Database::CurrentVersion.
int latestVersion();
// Runs the migrations from the file's current version up to target (default: latest).
void migrate(Database& db, int target = -1);

// One object of a file's schema as SQLite records it in sqlite_master: a table (also the FTS5 virtual tables
// and their shadow tables), an index or a trigger, with the CREATE statement that makes it as it stands after
// the migrations (SQLite writes an added column into its table's statement).
struct SchemaObject {
    QString type; // "table", "index", "trigger"
    QString name;
    QString table; // the table an index or trigger belongs to; the table's own name for a table
    QString sql;   // empty for an index SQLite makes itself (for a UNIQUE or PRIMARY KEY constraint)
};
// The schema the migrations up to version make, in the order they made it: run on a new in-memory database.
// The team server's tables are translated from it (ServerSchema::tables()).
QList<SchemaObject> schemaAt(int version);
} // namespace Migrations
