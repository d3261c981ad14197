#pragma once

namespace twofold::core::storage {

class Database;

// The pragmas that make a file a Twofold journal and keep it safe: its
// application id, and WAL with synchronous=FULL for every connection that
// writes. Throw SqlError.
int applicationId(Database& db);
void stampApplicationId(Database& db);
void applyWritePragmas(Database& db);
// Reads the schema, which touches every page header SQLite needs: a damaged
// file fails here, before anything is written.
void probeSchema(Database& db);

} // namespace twofold::core::storage
