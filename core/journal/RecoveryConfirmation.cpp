#include "journal/RecoveryConfirmation.h"

#include <QStringList>

namespace twofold::core {

QString RecoveryConfirmation::expectedGroups(const QString& code) {
    const QStringList groups = code.split(QLatin1Char('-'));
    return groups.value(1) + QLatin1Char('-') + groups.value(4);
}

QString RecoveryConfirmation::normalized(const QString& typed) {
    QString out;
    for (QChar c : typed.toUpper()) {
        if (c.isSpace() || c == QLatin1Char('-')) {
            continue;
        }
        if (c == QLatin1Char('O')) {
            c = QLatin1Char('0');
        } else if (c == QLatin1Char('I') || c == QLatin1Char('L')) {
            c = QLatin1Char('1');
        }
        out.append(c);
    }
    return out;
}

bool RecoveryConfirmation::confirms(const QString& code, const QString& typed) {
    const QString expected = normalized(expectedGroups(code));
    return !expected.isEmpty() && normalized(typed) == expected;
}

} // namespace twofold::core
