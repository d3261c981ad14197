#pragma once

namespace twofold::core::storage {

class Database;

// 'TWOF' in PRAGMA application_id marks a file as a Twofold journal.
inline constexpr int kApplicationId = 0x54574f46;
// The schema version this build writes (PRAGMA user_version).
inline constexpr int kSchemaVersion = 3;

// Runs every migration above the file's user_version, each in its own
// transaction. The caller has already refused files from a newer version and
// taken a backup of an existing journal before calling this. A step that
// fails rolls back whole: the file stays at the version before it.
void migrate(Database& db);

} // namespace twofold::core::storage
