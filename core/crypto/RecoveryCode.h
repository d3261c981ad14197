#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace twofold::core::crypto {

// A recovery code: 140 random bits as 28 Crockford base32 characters in seven
// groups of four, each group followed by a check character, e.g.
// "7KQ2M-…". The check characters (GF(32), RecoveryCode.cpp) catch every
// single mistyped character and every swap of two neighbours before any key
// work; codes issued before with the older check still open.
struct RecoveryCode {
    static constexpr int kGroups = 7;
    static constexpr int kDataPerGroup = 4;

    // A new code, formatted for display ("XXXXC-XXXXC-…").
    static QString generate();
    // Accepts any case, spaces or dashes, and the usual look-alikes (O→0,
    // I/L→1). Returns the 28 data characters, or an error naming the group
    // with a typo.
    static Result<QByteArray> normalize(const QString& typed);
    // True when the text has the shape of a recovery code (35 characters of
    // the alphabet once spaces and dashes are removed).
    static bool looksLikeCode(const QString& typed);
};

} // namespace twofold::core::crypto
