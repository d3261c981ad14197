#include "widgets/PartnerChip.h"

#include "widgets/Symbols.h"

#include <QPainter>
#include <QPainterPath>

namespace twofold::ui {

namespace {
constexpr int kChevron = 12;
}

PartnerChip::PartnerChip(QWidget* parent)
    : QToolButton(parent) {
    setObjectName(QStringLiteral("partnerChip"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setPopupMode(QToolButton::InstantPopup);
    setFocusPolicy(Qt::StrongFocus);
    showLocked();
}

void PartnerChip::showPartner(const QString& name, const QColor& colour) {
    setText(name);
    m_colour = colour;
    setAccessibleName(tr("%1 — your menu").arg(name));
    setToolTip(tr("Here as %1").arg(name));
    updateGeometry();
    update();
}

void PartnerChip::showLocked() {
    setText(tr("Locked"));
    m_colour = QColor();
    setAccessibleName(tr("The journal is locked"));
    setToolTip(accessibleName());
    updateGeometry();
    update();
}

QSize PartnerChip::sizeHint() const {
    const QFontMetrics fm(font());
    const int h = fm.height() + 14;
    const int chevron = menu() ? kChevron + 6 : 0;
    return {fm.horizontalAdvance(text()) + h + 14 + chevron, h};
}

void PartnerChip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath pill;
    pill.addRoundedRect(r, r.height() / 2, r.height() / 2);
    p.fillPath(pill, isDown() ? pal.color(QPalette::Midlight) : pal.color(QPalette::Button));
    const bool focused = hasFocus();
    p.setPen(QPen(focused ? pal.color(QPalette::Active, QPalette::Highlight) : pal.color(QPalette::Mid),
                  focused ? 2.0 : 1.0));
    p.drawPath(pill);
    // The colour says who, and the name always stands beside it (UX.md).
    const qreal dot = 10;
    const QRectF dotRect(r.left() + r.height() / 2 - dot / 2, r.center().y() - dot / 2, dot, dot);
    if (m_colour.isValid()) {
        p.setPen(Qt::NoPen);
        p.setBrush(m_colour);
    } else {
        p.setPen(QPen(pal.color(QPalette::PlaceholderText), 1.5));
        p.setBrush(Qt::NoBrush);
    }
    p.drawEllipse(dotRect);
    qreal right = r.right() - 10;
    if (menu()) {
        const QRectF chevron(right - kChevron, r.center().y() - kChevron / 2.0, kChevron, kChevron);
        paintSymbol(p, Symbol::Chevron, chevron, pal.color(QPalette::ButtonText));
        right = chevron.left() - 6;
    }
    p.setPen(pal.color(QPalette::ButtonText));
    p.drawText(QRectF(r.left() + r.height() - 2, r.top(), right - r.left() - r.height() + 2, r.height()),
               Qt::AlignVCenter | Qt::AlignLeft, text());
}

} // namespace twofold::ui
