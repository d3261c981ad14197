#include "Registry.h"

namespace twofold::cli {

void registerPromptCommands(Registry& /*registry*/) {}

} // namespace twofold::cli
