#include "Registry.h"

namespace twofold::cli {

void registerSecretCommands(Registry& /*registry*/) {}

} // namespace twofold::cli
