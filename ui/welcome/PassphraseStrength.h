#pragma once

#include <QString>

namespace twofold::ui {

// A rough guide, not a promise: estimated bits of entropy from length and
// character variety, with obvious patterns (repeats, one character class)
// counted low. Enough to steer people towards a long passphrase.
struct PassphraseStrength {
    int bits = 0;
    enum class Level { Empty, Weak, Fair, Good, Strong } level = Level::Empty;
};

PassphraseStrength estimateStrength(const QString& passphrase);

// One short sentence for the level, translated.
QString describeStrength(const PassphraseStrength& strength);

} // namespace twofold::ui
