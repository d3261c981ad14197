#pragma once

#include "journal/PassphraseStrength.h"

#include <QString>

namespace twofold::ui {

using core::estimateStrength;
using core::PassphraseStrength;

// One short sentence for the level, translated.
QString describeStrength(const PassphraseStrength& strength);

} // namespace twofold::ui
