#include "widgets/PartnerChip.h"

#include <QPainter>
#include <QPainterPath>

namespace twofold::ui {

PartnerChip::PartnerChip(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    showLocked();
}

void PartnerChip::showPartner(const QString& name, const QColor& colour) {
    m_text = name;
    m_colour = colour;
    setAccessibleName(tr("Unlocked as %1").arg(name));
    setToolTip(accessibleName());
    updateGeometry();
    update();
}

void PartnerChip::showLocked() {
    m_text = tr("Locked");
    m_colour = QColor();
    setAccessibleName(tr("The journal is locked"));
    setToolTip(accessibleName());
    updateGeometry();
    update();
}

QSize PartnerChip::sizeHint() const {
    const QFontMetrics fm(font());
    const int h = fm.height() + 10;
    return {fm.horizontalAdvance(m_text) + h + 12, h};
}

void PartnerChip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath pill;
    pill.addRoundedRect(r, r.height() / 2, r.height() / 2);
    p.fillPath(pill, palette().color(QPalette::AlternateBase));
    p.setPen(palette().color(QPalette::Mid));
    p.drawPath(pill);
    const qreal dot = r.height() * 0.45;
    const QRectF dotRect(r.left() + r.height() / 2 - dot / 2, r.center().y() - dot / 2, dot, dot);
    if (m_colour.isValid()) {
        p.setPen(Qt::NoPen);
        p.setBrush(m_colour);
        p.drawEllipse(dotRect);
    } else {
        p.setPen(QPen(palette().color(QPalette::PlaceholderText), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(dotRect);
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(r.adjusted(r.height(), 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

} // namespace twofold::ui
