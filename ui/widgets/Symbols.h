#pragma once

#include <QColor>
#include <QIcon>
#include <QRectF>

class QPainter;

namespace twofold::ui {

// The monochrome symbols of the sidebar, the header and the menus, drawn with QPainter
// in the palette's ink so they follow light and dark (icon themes' own
// colours would not, and a bare Debian has none).
enum class Symbol { Today, Journal, Trash, Search, New, Menu, Chevron, Previous, Next, Prompts, CheckIn, Trends };

void paintSymbol(QPainter& painter, Symbol symbol, const QRectF& rect, const QColor& ink);
QIcon symbolIcon(Symbol symbol, const QColor& ink);

} // namespace twofold::ui
