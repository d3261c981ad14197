#pragma once

#include <QColor>
#include <QPalette>

#include <functional>

class QWidget;

namespace twofold::ui {

// Runs `restyle` whenever `widget`'s palette changes from outside — the
// application switching between light and dark — but not for the palette
// `restyle` itself sets. Qt 6.4 tells a widget that holds a full palette of
// its own nothing of the application's (and posts the news to the rest), so
// widgets that tint themselves set only the roles they own (a default
// QPalette with those roles set) and work them out again here.
void followPalette(QWidget* widget, std::function<void()> restyle);

// The common case: one role of `widget` in a colour worked out from the
// application's palette (warningText, errorText …), now and after every
// switch.
void tintRole(QWidget* widget, QPalette::ColorRole role, QColor (*colourFor)(const QPalette&));

} // namespace twofold::ui
