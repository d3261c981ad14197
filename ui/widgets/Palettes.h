#pragma once

#include <QColor>
#include <QPalette>

namespace twofold::ui {

// Twofold's two palettes (UX.md): warm greys, a neutral ink accent
// (Highlight: focus ring, selection, primary buttons, links) so that no
// partner's colour ever means "selected", and control edges (Mid) at 3:1 or
// more against both the window and the fields. Appearance applies one of
// them on every launch.
QPalette lightPalette();
QPalette darkPalette();
bool isDarkPalette(const QPalette& palette);

// The one "Only you" treatment: a calm plum tint, border and text, the same
// in the editor, the timeline and wherever a private thing is shown.
struct OnlyYouLook {
    QColor tint;
    QColor border;
    QColor text;
};
OnlyYouLook onlyYouLook(const QPalette& palette);

// Text for a real warning ("A PDF isn't locked"), amber-brown at 4.5:1 or
// more on the window.
QColor warningText(const QPalette& palette);
// The muted red of destructive buttons ("Discard") and errors, 4.5:1 or
// more on the window and on cards.
QColor errorText(const QPalette& palette);

// WCAG 2 contrast ratio of two colours, 1..21.
double contrastRatio(const QColor& a, const QColor& b);

} // namespace twofold::ui
