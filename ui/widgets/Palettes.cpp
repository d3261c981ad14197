#include "widgets/Palettes.h"

#include <algorithm>
#include <cmath>

namespace twofold::ui {

namespace {

// Relative luminance (WCAG 2).
double luminance(const QColor& colour) {
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

QPalette lightPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf6, 0xf4, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf1, 0xee, 0xe8));
    p.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::PlaceholderText, QColor(0x66, 0x64, 0x60));
    p.setColor(QPalette::Button, QColor(0xee, 0xeb, 0xe6));
    p.setColor(QPalette::ButtonText, QColor(0x22, 0x22, 0x22));
    // The ink accent.
    p.setColor(QPalette::Highlight, QColor(0x2b, 0x2a, 0x28));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x2b, 0x2a, 0x28));
    p.setColor(QPalette::LinkVisited, QColor(0x4a, 0x47, 0x43));
    // Control edges: 3.7:1 on the window, 4.1:1 on a field.
    p.setColor(QPalette::Mid, QColor(0x80, 0x7d, 0x78));
    p.setColor(QPalette::Midlight, QColor(0xe2, 0xde, 0xd8));
    p.setColor(QPalette::Light, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Dark, QColor(0x9c, 0x98, 0x92));
    p.setColor(QPalette::Shadow, QColor(0x4a, 0x47, 0x43));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf7));
    p.setColor(QPalette::ToolTipText, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::BrightText, QColor(0xa3, 0x2a, 0x1f));
    for (const auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x8e, 0x8b, 0x86));
    }
    p.setColor(QPalette::Disabled, QPalette::Mid, QColor(0xb8, 0xb4, 0xae));
    return p;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x23, 0x24, 0x27));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe6, 0xe3));
    // Fields sit inset, a step darker than the window, with a visible edge.
    p.setColor(QPalette::Base, QColor(0x1b, 0x1c, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2d, 0x31));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe6, 0xe3));
    p.setColor(QPalette::PlaceholderText, QColor(0xa3, 0xa0, 0x9b));
    p.setColor(QPalette::Button, QColor(0x33, 0x34, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe6, 0xe3));
    // The ink accent, light on dark.
    p.setColor(QPalette::Highlight, QColor(0xec, 0xe9, 0xe4));
    p.setColor(QPalette::HighlightedText, QColor(0x1b, 0x1c, 0x1e));
    p.setColor(QPalette::Link, QColor(0xec, 0xe9, 0xe4));
    p.setColor(QPalette::LinkVisited, QColor(0xc9, 0xc5, 0xbf));
    // Control edges: 3.8:1 on the window, 4.2:1 on a field.
    p.setColor(QPalette::Mid, QColor(0x80, 0x7e, 0x7a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3b, 0x40));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4b, 0x50));
    p.setColor(QPalette::Dark, QColor(0x15, 0x15, 0x17));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x34, 0x38));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe6, 0xe3));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x9a, 0x8f));
    for (const auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x85, 0x83, 0x7f));
    }
    p.setColor(QPalette::Disabled, QPalette::Mid, QColor(0x55, 0x56, 0x5a));
    return p;
}

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

OnlyYouLook onlyYouLook(const QPalette& palette) {
    if (isDarkPalette(palette)) {
        return {QColor(0x2e, 0x28, 0x36), QColor(0x8e, 0x6b, 0xb0), QColor(0xdc, 0xcd, 0xef)};
    }
    return {QColor(0xf2, 0xec, 0xf7), QColor(0x6b, 0x4c, 0x8a), QColor(0x4f, 0x35, 0x6b)};
}

QColor warningText(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0xf0, 0xc0, 0x6a) : QColor(0x7a, 0x4f, 0x00);
}

QColor errorText(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0xf2, 0x9b, 0x90) : QColor(0xa3, 0x2a, 0x1e);
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace twofold::ui
