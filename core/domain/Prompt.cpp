#include "domain/Prompt.h"

#include <algorithm>

namespace twofold::core {

QString toString(Depth depth) {
    switch (depth) {
    case Depth::Light:
        return QStringLiteral("light");
    case Depth::Deeper:
        return QStringLiteral("deeper");
    case Depth::Deepest:
        return QStringLiteral("deepest");
    }
    return {};
}

std::optional<Depth> depthFromString(const QString& text) {
    for (Depth d : {Depth::Light, Depth::Deeper, Depth::Deepest}) {
        if (text == toString(d)) {
            return d;
        }
    }
    return std::nullopt;
}

QString toString(ThemeChoice choice) {
    return choice == ThemeChoice::Yes ? QStringLiteral("yes") : QStringLiteral("not-now");
}

std::optional<ThemeChoice> themeChoiceFromString(const QString& text) {
    if (text == QLatin1String("yes")) {
        return ThemeChoice::Yes;
    }
    if (text == QLatin1String("not-now")) {
        return ThemeChoice::NotNow;
    }
    return std::nullopt;
}

bool ThemeWithChoices::chosenByAll() const {
    return !choices.empty() && std::all_of(choices.begin(), choices.end(),
                                           [](const PartnerThemeChoice& c) { return c.choice == ThemeChoice::Yes; });
}

} // namespace twofold::core
