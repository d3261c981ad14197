#pragma once

namespace twofold::core {

// Keeps plaintext out of core dumps: RLIMIT_CORE 0 and PR_SET_DUMPABLE 0.
// Called first thing by both mains.
void hardenProcess();

} // namespace twofold::core
