#pragma once

#include <QLatin1StringView>

namespace twofold::core::export_format {

// The JSON export document (docs/json-format.md). The version goes up when a
// change would make an older Twofold misread a document; an importer refuses
// versions newer than its own.
inline constexpr QLatin1StringView kFormatName("twofold");
inline constexpr int kVersion = 1;

// The lists a document may hold, in document order.
inline constexpr QLatin1StringView kPartners("partners");
inline constexpr QLatin1StringView kEntries("entries");
inline constexpr QLatin1StringView kCheckIns("checkins");
inline constexpr QLatin1StringView kPrompts("prompts");
inline constexpr QLatin1StringView kAnswers("answers");
inline constexpr QLatin1StringView kThemeChoices("theme_choices");
// The exporting partner's favourite prompts (theirs alone, like their
// private entries).
inline constexpr QLatin1StringView kFavourites("favourites");

} // namespace twofold::core::export_format
