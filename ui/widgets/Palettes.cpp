#include "widgets/Palettes.h"

#include <QApplication>
#include <QStyleFactory>

namespace twofold::ui {

QPalette lightPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf6, 0xf4, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf1, 0xee, 0xe8));
    p.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    p.setColor(QPalette::Button, QColor(0xee, 0xeb, 0xe6));
    p.setColor(QPalette::ButtonText, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7f, 0x8f));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc0, 0xba));
    p.setColor(QPalette::Midlight, QColor(0xe2, 0xde, 0xd8));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0x7f));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x23, 0x24, 0x27));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe6, 0xe3));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1c, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2a, 0x27));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe6, 0xe3));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0x9e, 0x9a));
    p.setColor(QPalette::Button, QColor(0x33, 0x34, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe6, 0xe3));
    p.setColor(QPalette::Highlight, QColor(0x4f, 0xa3, 0xb3));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4b, 0x50));
    p.setColor(QPalette::Mid, QColor(0x50, 0x51, 0x56));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3b, 0x40));
    p.setColor(QPalette::Dark, QColor(0x15, 0x15, 0x17));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x34, 0x38));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe6, 0xe3));
    p.setColor(QPalette::Link, QColor(0x7f, 0xc8, 0xd6));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x77, 0x77, 0x77));
    return p;
}

bool applyNamedPalette(const QString& name) {
    if (name != QLatin1String("light") && name != QLatin1String("dark")) {
        return false;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(name == QLatin1String("dark") ? darkPalette() : lightPalette());
    return true;
}

} // namespace twofold::ui
