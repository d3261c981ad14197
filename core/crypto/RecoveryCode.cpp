#include "crypto/RecoveryCode.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

#include <array>

namespace twofold::core::crypto {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int kGroupChars = RecoveryCode::kDataPerGroup + 1;

using Group = std::array<int, RecoveryCode::kDataPerGroup>;

int valueOf(QChar c) {
    c = c.toUpper();
    if (c == QLatin1Char('O')) {
        c = QLatin1Char('0');
    } else if (c == QLatin1Char('I') || c == QLatin1Char('L')) {
        c = QLatin1Char('1');
    }
    for (int i = 0; i < 32; ++i) {
        if (c == QLatin1Char(kAlphabet[i])) {
            return i;
        }
    }
    return -1;
}

// Multiplication in GF(32) = GF(2)[x] / (x^5 + x^2 + 1); addition is XOR.
int gfMultiply(int a, int b) {
    int product = 0;
    for (int bit = 0; bit < 5; ++bit) {
        if ((b >> bit) & 1) {
            product ^= a;
        }
        a <<= 1;
        if (a & 0x20) {
            a ^= 0x25;
        }
    }
    return product;
}

// The check character of the codes issued since schema v2: over GF(32),
// check = a^4 d0 + a^3 d1 + a^2 d2 + a d3 + (group index + 1), with a = x.
// The five weights (the check's own is 1) are distinct and non-zero, so a
// substitution anywhere changes the sum by weight x difference, which is
// never zero, and swapping two neighbours (the check character included)
// changes it by (weight difference) x (value difference), never zero either.
// The group index makes two swapped groups fail too.
int checkValue(const Group& values, int groupIndex) {
    constexpr int kWeights[RecoveryCode::kDataPerGroup] = {0x10, 0x08, 0x04, 0x02}; // x^4, x^3, x^2, x
    int sum = groupIndex + 1;
    for (int i = 0; i < RecoveryCode::kDataPerGroup; ++i) {
        sum ^= gfMultiply(kWeights[i], values[static_cast<size_t>(i)]);
    }
    return sum;
}

// The check character of codes issued before: a weighted sum modulo 32. It
// misses some substitutions (weights 12 and 24 share factors with 32: `0`↔`8`
// in a group's third place), so new codes no longer use it; codes people
// printed with it must still open their journal.
int legacyCheckValue(const Group& values, int groupIndex) {
    int sum = groupIndex * 7 + 3;
    for (int i = 0; i < RecoveryCode::kDataPerGroup; ++i) {
        sum += values[static_cast<size_t>(i)] * (i + 2) * 3;
    }
    return sum % 32;
}

QString compact(const QString& typed) {
    QString out;
    for (const QChar c : typed) {
        if (!c.isSpace() && c != QLatin1Char('-')) {
            out.append(c);
        }
    }
    return out;
}

struct Parsed {
    std::array<Group, RecoveryCode::kGroups> data;
    std::array<int, RecoveryCode::kGroups> checks;
};

Parsed parse(const QString& c) {
    Parsed parsed{};
    for (int g = 0; g < RecoveryCode::kGroups; ++g) {
        for (int i = 0; i < RecoveryCode::kDataPerGroup; ++i) {
            parsed.data[static_cast<size_t>(g)][static_cast<size_t>(i)] = valueOf(c[g * kGroupChars + i]);
        }
        parsed.checks[static_cast<size_t>(g)] = valueOf(c[g * kGroupChars + RecoveryCode::kDataPerGroup]);
    }
    return parsed;
}

} // namespace

QString RecoveryCode::generate() {
    ensureSodium();
    QString code;
    for (int g = 0; g < kGroups; ++g) {
        Group values{};
        // A new code never passes the legacy check in any group, so a typo in
        // a new code cannot be accepted as an old code that happens to fit
        // (each group gives up 1 of 32 values: 0.3 of 140 bits).
        do {
            for (int& v : values) {
                v = static_cast<int>(randombytes_uniform(32));
            }
        } while (legacyCheckValue(values, g) == checkValue(values, g));
        for (const int v : values) {
            code.append(QLatin1Char(kAlphabet[v]));
        }
        code.append(QLatin1Char(kAlphabet[checkValue(values, g)]));
        if (g + 1 < kGroups) {
            code.append(QLatin1Char('-'));
        }
    }
    return code;
}

bool RecoveryCode::looksLikeCode(const QString& typed) {
    const QString c = compact(typed);
    if (c.size() != kGroups * kGroupChars) {
        return false;
    }
    for (const QChar ch : c) {
        if (valueOf(ch) < 0) {
            return false;
        }
    }
    return true;
}

Result<QByteArray> RecoveryCode::normalize(const QString& typed) {
    const QString c = compact(typed);
    if (!looksLikeCode(c)) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("RecoveryCode", "A recovery code has %1 groups of %2 letters and digits.")
                .arg(kGroups)
                .arg(kGroupChars));
    }
    const Parsed parsed = parse(c);
    int firstBadGroup = -1;
    bool legacy = true;
    for (int g = 0; g < kGroups; ++g) {
        const auto& values = parsed.data[static_cast<size_t>(g)];
        const int check = parsed.checks[static_cast<size_t>(g)];
        if (firstBadGroup < 0 && check != checkValue(values, g)) {
            firstBadGroup = g;
        }
        legacy = legacy && check == legacyCheckValue(values, g);
    }
    // A code is either new (every group passes the GF(32) check) or issued
    // before (every group passes the legacy check); never a mix.
    if (firstBadGroup >= 0 && !legacy) {
        return makeError(ErrorCode::WrongPassphrase,
                         QCoreApplication::translate("RecoveryCode", "Group %1 of the recovery code has a typo.")
                             .arg(firstBadGroup + 1));
    }
    QByteArray data;
    for (const auto& group : parsed.data) {
        for (const int v : group) {
            data.append(kAlphabet[v]);
        }
    }
    return data;
}

} // namespace twofold::core::crypto
