#pragma once

#include <QString>

namespace twofold::bench {

// What signed writing and authenticated keys cost (issue 16): one Ed25519
// signature and one check of a row-sized message, verify of the whole
// journal (every sealed value opened, every row's signature checked), and
// rotate-keys (everything resealed and signed again). Returns 0, or 1 after
// printing why it could not.
int measureSigning(const QString& journalPath);

} // namespace twofold::bench
