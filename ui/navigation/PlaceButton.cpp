#include "navigation/PlaceButton.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace twofold::ui {

namespace {
constexpr int kHeight = 36;
constexpr int kSymbol = 18;
constexpr int kPadding = 12;
constexpr int kRadius = 6;

QColor mixed(const QColor& under, const QColor& over, qreal amount) {
    return QColor::fromRgbF(under.redF() * (1 - amount) + over.redF() * amount,
                            under.greenF() * (1 - amount) + over.greenF() * amount,
                            under.blueF() * (1 - amount) + over.blueF() * amount);
}
} // namespace

PlaceButton::PlaceButton(Symbol symbol, const QString& name, QWidget* parent)
    : QAbstractButton(parent)
    , m_symbol(symbol) {
    setText(name);
    // Checked means "the current place", which only the sidebar sets; not
    // a radio group either, so that Tab reaches every place (UX.md).
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateAccessibleText();
}

void PlaceButton::setBadge(const QString& badge) {
    m_badge = badge;
    updateAccessibleText();
    updateGeometry();
    update();
}

void PlaceButton::updateAccessibleText() {
    setAccessibleName(text());
    setAccessibleDescription(m_badge);
    setToolTip(m_badge.isEmpty() ? text() : QStringLiteral("%1 — %2").arg(text(), m_badge));
}

QSize PlaceButton::sizeHint() const {
    // What paintEvent needs, in the DemiBold of the current place (the
    // wider weight): the area's 4.5 px insets, the symbol kPadding - 4 into
    // it, 10 to the label, 8 after it (and the badge's pill and gap). The
    // name is measured as visibleLabel() elides it, in whole pixels, plus one.
    QFont demiBold = font();
    demiBold.setWeight(QFont::DemiBold);
    const QFontMetrics fm(demiBold);
    qreal width = 4.5 + (kPadding - 4) + kSymbol + 10 + fm.horizontalAdvance(text()) + 1 + 8 + 4.5;
    if (!m_badge.isEmpty()) {
        width += QFontMetricsF(demiBold).horizontalAdvance(m_badge) + 12 + 8;
    }
    return {int(std::ceil(width)), std::max(kHeight, QFontMetrics(font()).height() + 16)};
}

void PlaceButton::nextCheckState() {
    // A click asks for the place; the sidebar marks it once it is shown.
}

QSize PlaceButton::minimumSizeHint() const {
    return sizeHint();
}

void PlaceButton::enterEvent(QEnterEvent* event) {
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void PlaceButton::leaveEvent(QEvent* event) {
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void PlaceButton::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor accent = pal.color(QPalette::Active, QPalette::Highlight);
    const QFont f = labelFont();
    p.setFont(f);
    const Geometry g = geometry(QFontMetricsF(f));
    const QRectF& area = g.area;
    QPainterPath shape;
    shape.addRoundedRect(area, kRadius, kRadius);
    if (isChecked()) {
        p.fillPath(shape, mixed(window, accent, 0.12));
        p.fillRect(QRectF(area.left(), area.top() + 7, 3, area.height() - 14), accent);
    } else if (m_hovered || isDown()) {
        p.fillPath(shape, mixed(window, accent, isDown() ? 0.1 : 0.06));
    }
    if (hasFocus()) {
        p.setPen(QPen(accent, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(area.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    }

    paintSymbol(p, m_symbol, g.symbol, ink);
    if (!m_badge.isEmpty()) {
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawRoundedRect(g.pill, g.pill.height() / 2, g.pill.height() / 2);
        p.setPen(pal.color(QPalette::Active, QPalette::HighlightedText));
        p.drawText(g.pill, Qt::AlignCenter, m_badge);
    }
    p.setPen(ink);
    p.drawText(g.label, Qt::AlignVCenter | Qt::AlignLeft, visibleLabel());
}

QFont PlaceButton::labelFont() const {
    QFont f = font();
    if (isChecked()) {
        f.setWeight(QFont::DemiBold);
    }
    return f;
}

PlaceButton::Geometry PlaceButton::geometry(const QFontMetricsF& fm) const {
    Geometry g;
    g.area = QRectF(rect()).adjusted(4.5, 1.5, -4.5, -1.5);
    g.symbol = QRectF(g.area.left() + kPadding - 4, g.area.center().y() - kSymbol / 2.0, kSymbol, kSymbol);
    qreal right = g.area.right() - 8;
    if (!m_badge.isEmpty()) {
        const qreal w = fm.horizontalAdvance(m_badge) + 12;
        const qreal h = fm.height() + 2;
        g.pill = QRectF(right - w, g.area.center().y() - h / 2, w, h);
        right = g.pill.left() - 8;
    }
    g.label = QRectF(g.symbol.right() + 10, g.area.top(), right - g.symbol.right() - 10, g.area.height());
    return g;
}

QString PlaceButton::visibleLabel() const {
    const QFont f = labelFont();
    return QFontMetrics(f).elidedText(text(), Qt::ElideRight, int(geometry(QFontMetricsF(f)).label.width()));
}

} // namespace twofold::ui
