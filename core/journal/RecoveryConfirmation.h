#pragma once

#include <QString>

namespace twofold::core {

// How a person shows they stored their recovery code (DESIGN.md): by typing
// back two of its groups, the 2nd and the 5th. Forgiving of what people
// mistype and what the code's alphabet rules out anyway: case, spaces,
// dashes, O for 0, I and L for 1.
struct RecoveryConfirmation {
    // "ABCD-EFGH" — the two groups a person is asked for.
    static QString expectedGroups(const QString& code);
    // Whether `typed` is those two groups.
    static bool confirms(const QString& code, const QString& typed);
    // `typed` as it is compared: upper case, no spaces or dashes, O→0, I/L→1.
    static QString normalized(const QString& typed);
};

} // namespace twofold::core
