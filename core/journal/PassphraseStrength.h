#pragma once

#include <QString>

namespace twofold::core {

// A rough guide, not a promise: estimated bits of entropy from length and
// character variety, with obvious patterns (repeats, one character class)
// counted low. Enough to steer people towards a long passphrase. The window
// words each level; the rule is here so the CLI and the window agree.
struct PassphraseStrength {
    int bits = 0;
    enum class Level { Empty, Weak, Fair, Good, Strong } level = Level::Empty;
};

PassphraseStrength estimateStrength(const QString& passphrase);

} // namespace twofold::core
