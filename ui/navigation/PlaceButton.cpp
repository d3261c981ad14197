#include "navigation/PlaceButton.h"

#include <QPainter>
#include <QPainterPath>

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
    const QFontMetrics fm(font());
    int width = kPadding + kSymbol + 10 + fm.horizontalAdvance(text()) + kPadding;
    if (!m_badge.isEmpty()) {
        width += 8 + fm.horizontalAdvance(m_badge) + 12;
    }
    return {width, std::max(kHeight, fm.height() + 16)};
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
    const QRectF area = QRectF(rect()).adjusted(4.5, 1.5, -4.5, -1.5);
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

    const QRectF symbol(area.left() + kPadding - 4, area.center().y() - kSymbol / 2.0, kSymbol, kSymbol);
    paintSymbol(p, m_symbol, symbol, ink);

    QFont f = font();
    if (isChecked()) {
        f.setWeight(QFont::DemiBold);
    }
    p.setFont(f);
    const QFontMetrics fm(f);
    qreal right = area.right() - 8;
    if (!m_badge.isEmpty()) {
        const qreal w = fm.horizontalAdvance(m_badge) + 12;
        const qreal h = fm.height() + 2;
        const QRectF pill(right - w, area.center().y() - h / 2, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawRoundedRect(pill, h / 2, h / 2);
        p.setPen(pal.color(QPalette::Active, QPalette::HighlightedText));
        p.drawText(pill, Qt::AlignCenter, m_badge);
        right = pill.left() - 8;
    }
    p.setPen(ink);
    const QRectF label(symbol.right() + 10, area.top(), right - symbol.right() - 10, area.height());
    p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(text(), Qt::ElideRight, int(label.width())));
}

} // namespace twofold::ui
