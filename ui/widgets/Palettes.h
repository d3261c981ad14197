#pragma once

#include <QPalette>
#include <QString>

namespace twofold::ui {

// Twofold follows the system palette. These two exist so screenshots and
// tests can show both looks on any machine (with the Fusion style).
QPalette lightPalette();
QPalette darkPalette();
// "light" or "dark": switches the application to Fusion with that palette.
bool applyNamedPalette(const QString& name);

} // namespace twofold::ui
