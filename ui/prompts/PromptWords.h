#pragma once

#include "domain/Prompt.h"

#include <QString>

namespace twofold::ui {

// How a prompt's theme and depth read in the window: the theme's name from
// the built-in library (its id when the library has none by that id), and
// the depth in words.
QString themeName(const QString& themeId);
QString depthName(core::Depth depth);

} // namespace twofold::ui
