#include "Registry.h"

namespace twofold::cli {

void registerSearchCommands(Registry& /*registry*/) {}

} // namespace twofold::cli
