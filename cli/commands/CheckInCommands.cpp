#include "Registry.h"

namespace twofold::cli {

void registerCheckInCommands(Registry& /*registry*/) {}

} // namespace twofold::cli
