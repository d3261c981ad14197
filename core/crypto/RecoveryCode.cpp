#include "crypto/RecoveryCode.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace twofold::core::crypto {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32

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

// Weighted sum over the group's characters and its position, so swapped or
// mistyped characters and swapped groups are caught.
int checkValue(const int* values, int groupIndex) {
    int sum = groupIndex * 7 + 3;
    for (int i = 0; i < RecoveryCode::kDataPerGroup; ++i) {
        sum += values[i] * (i + 2) * 3;
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

} // namespace

QString RecoveryCode::generate() {
    ensureSodium();
    QString code;
    for (int g = 0; g < kGroups; ++g) {
        int values[kDataPerGroup];
        for (int i = 0; i < kDataPerGroup; ++i) {
            values[i] = static_cast<int>(randombytes_uniform(32));
            code.append(QLatin1Char(kAlphabet[values[i]]));
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
    if (c.size() != kGroups * (kDataPerGroup + 1)) {
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
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("A recovery code has %1 groups of %2 letters and digits.")
                             .arg(kGroups)
                             .arg(kDataPerGroup + 1));
    }
    QByteArray data;
    for (int g = 0; g < kGroups; ++g) {
        int values[kDataPerGroup];
        for (int i = 0; i < kDataPerGroup; ++i) {
            values[i] = valueOf(c[g * (kDataPerGroup + 1) + i]);
            data.append(kAlphabet[values[i]]);
        }
        if (valueOf(c[g * (kDataPerGroup + 1) + kDataPerGroup]) != checkValue(values, g)) {
            return makeError(ErrorCode::WrongPassphrase,
                             QStringLiteral("Group %1 of the recovery code has a typo.").arg(g + 1));
        }
    }
    return data;
}

} // namespace twofold::core::crypto
