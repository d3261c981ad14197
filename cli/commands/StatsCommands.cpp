#include "Registry.h"

namespace twofold::cli {

void registerStatsCommands(Registry& /*registry*/) {}

} // namespace twofold::cli
