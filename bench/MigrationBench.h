#pragma once

#include <QString>

namespace twofold::bench {

// The upgrade of a schema-1 journal (issue 16: ≤ 3 s at 15,000 entries):
// opening it (the automatic backup, then the new columns in one
// transaction), then each partner's first unlock, which makes their signing
// key and signs every row they wrote before. Works on copies of `v1Path`,
// median of three; checks afterwards that verify finds every row its
// author's. Returns 0, or 1 after printing why it could not.
int measureMigration(const QString& v1Path);

} // namespace twofold::bench
