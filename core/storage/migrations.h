// The numbered schema migrations. Migration N brings a file from user_version N-1 to N; each runs
// in its own transaction together with the user_version update. Migrations are never edited once
// released: a change of the schema is a new migration.
#pragma once

class Database;

namespace Migrations {
// Highest version the migrations reach; equals Database::CurrentVersion.
int latestVersion();
// Runs the migrations from the file's current version up to target (default: latest).
void migrate(Database& db, int target = -1);
} // namespace Migrations
