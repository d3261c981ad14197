#include "journal/PassphraseStrength.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace twofold::core {

PassphraseStrength estimateStrength(const QString& passphrase) {
    PassphraseStrength s;
    if (passphrase.isEmpty()) {
        return s;
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else {
            other = true;
        }
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    // Repeated characters add little: count length as the distinct characters
    // plus a quarter of the rest.
    const double effective =
        static_cast<double>(distinct.size()) + 0.25 * static_cast<double>(passphrase.size() - distinct.size());
    s.bits = static_cast<int>(effective * std::log2(std::max(pool, 2)));
    if (s.bits < 40) {
        s.level = PassphraseStrength::Level::Weak;
    } else if (s.bits < 60) {
        s.level = PassphraseStrength::Level::Fair;
    } else if (s.bits < 80) {
        s.level = PassphraseStrength::Level::Good;
    } else {
        s.level = PassphraseStrength::Level::Strong;
    }
    return s;
}

} // namespace twofold::core
