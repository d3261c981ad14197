#include "Registry.h"

namespace twofold::cli {

void registerMaintenanceCommands(Registry& /*registry*/) {}

} // namespace twofold::cli
