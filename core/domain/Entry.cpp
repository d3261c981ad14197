#include "domain/Entry.h"

namespace twofold::core {

QString toString(Visibility visibility) {
    return visibility == Visibility::Private ? QStringLiteral("private") : QStringLiteral("shared");
}

std::optional<Visibility> visibilityFromString(const QString& text) {
    if (text == QLatin1String("shared")) {
        return Visibility::Shared;
    }
    if (text == QLatin1String("private")) {
        return Visibility::Private;
    }
    return std::nullopt;
}

} // namespace twofold::core
