#include "Registry.h"

namespace twofold::cli {

void registerExportCommands(Registry& /*registry*/) {}

} // namespace twofold::cli
