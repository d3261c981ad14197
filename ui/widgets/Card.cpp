#include "widgets/Card.h"

#include "widgets/Palettes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {
constexpr qreal kRadius = 8;
constexpr int kStripe = 4;
} // namespace

Card::Card(const QString& heading, QWidget* parent)
    : QFrame(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16 + kStripe, 16, 16, 16);
    layout->setSpacing(8);
    m_heading = new QLabel(heading, this);
    m_heading->setObjectName(QStringLiteral("cardHeading"));
    QFont caption = m_heading->font();
    caption.setPointSizeF(caption.pointSizeF() * 0.9);
    caption.setWeight(QFont::DemiBold);
    m_heading->setFont(caption);
    m_heading->setForegroundRole(QPalette::PlaceholderText);
    m_heading->setVisible(!heading.isEmpty());
    layout->addWidget(m_heading);
    m_body = new QVBoxLayout;
    m_body->setSpacing(8);
    layout->addLayout(m_body);
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(8);
    m_actions->addStretch(1);
    layout->addLayout(m_actions);
    setAccessibleName(heading);
}

void Card::setHeading(const QString& heading) {
    m_heading->setText(heading);
    m_heading->setVisible(!heading.isEmpty());
    setAccessibleName(heading);
}

QString Card::heading() const {
    return m_heading->text();
}

void Card::setStripe(const QColor& colour) {
    m_stripe = colour;
    update();
}

void Card::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool dark = isDarkPalette(pal);
    // Raised in dark: a step lighter than the window, not the inset Base.
    const QColor fill = dark ? pal.color(QPalette::Window).lighter(125) : pal.color(QPalette::Base);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(r, kRadius, kRadius);
    p.fillPath(shape, fill);
    if (m_stripe.isValid()) {
        p.save();
        p.setClipPath(shape);
        p.fillRect(QRectF(r.left(), r.top(), kStripe, r.height()), m_stripe);
        p.restore();
    }
    p.setPen(QPen(pal.color(QPalette::Midlight), 1));
    p.setBrush(Qt::NoBrush);
    p.drawPath(shape);
}

} // namespace twofold::ui
