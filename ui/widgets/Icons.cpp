#include "widgets/Icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace twofold::ui {

namespace {

template <class Paint>
QIcon iconFrom(Paint paint) {
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        paint(p, QRectF(0, 0, size, size));
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

void paintMoodFace(QPainter& p, const QRectF& rect, int mood, const QColor& ink) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = std::min(rect.width(), rect.height());
    const QRectF face(rect.center().x() - s / 2 + s * 0.06, rect.center().y() - s / 2 + s * 0.06, s * 0.88, s * 0.88);
    QPen pen(ink, std::max(1.0, s * 0.075));
    pen.setCapStyle(Qt::RoundCap);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(face);
    // Eyes
    p.setBrush(ink);
    p.setPen(Qt::NoPen);
    const qreal eye = s * 0.09;
    const qreal eyeY = face.top() + face.height() * 0.36;
    p.drawEllipse(QPointF(face.left() + face.width() * 0.34, eyeY), eye / 1.6, eye / 1.6);
    p.drawEllipse(QPointF(face.left() + face.width() * 0.66, eyeY), eye / 1.6, eye / 1.6);
    // Mouth: a curve from frown (1) to big smile (5).
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const qreal curve = (mood - 3) * face.height() * 0.09;
    const qreal mouthY = face.top() + face.height() * 0.66 - curve / 2;
    QPainterPath mouth;
    mouth.moveTo(face.left() + face.width() * 0.3, mouthY);
    mouth.quadTo(face.center().x(), mouthY + 2 * curve, face.left() + face.width() * 0.7, mouthY);
    p.drawPath(mouth);
    p.restore();
}

void paintLock(QPainter& p, const QRectF& rect, const QColor& ink) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - s * 0.36, rect.center().y() - s * 0.05, s * 0.72, s * 0.5);
    QPen pen(ink, std::max(1.0, s * 0.1));
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QRectF shackle(box.left() + box.width() * 0.18, rect.center().y() - s * 0.42, box.width() * 0.64, s * 0.7);
    p.drawArc(shackle, 0, 180 * 16);
    p.drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), box.top()));
    p.drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), box.top()));
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    p.drawRoundedRect(box, s * 0.08, s * 0.08);
    p.restore();
}

QIcon moodIcon(int mood, const QColor& ink) {
    return iconFrom([&](QPainter& p, const QRectF& r) { paintMoodFace(p, r, mood, ink); });
}

QIcon lockIcon(const QColor& ink) {
    return iconFrom([&](QPainter& p, const QRectF& r) { paintLock(p, r, ink); });
}

QIcon dotIcon(const QColor& colour) {
    return iconFrom([&](QPainter& p, const QRectF& r) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(r.adjusted(r.width() * 0.1, r.height() * 0.1, -r.width() * 0.1, -r.height() * 0.1));
    });
}

} // namespace twofold::ui
