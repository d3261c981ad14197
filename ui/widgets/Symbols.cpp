#include "widgets/Symbols.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace twofold::ui {

namespace {

// A square of side s centred in `rect`, and a pen a tenth of it wide.
QRectF square(const QRectF& rect) {
    const qreal s = std::min(rect.width(), rect.height());
    return {rect.center().x() - s / 2, rect.center().y() - s / 2, s, s};
}

void today(QPainter& p, const QRectF& r) {
    // A sun: a disc and eight short rays.
    const QPointF c = r.center();
    const qreal s = r.width();
    p.drawEllipse(c, s * 0.2, s * 0.2);
    for (int i = 0; i < 8; ++i) {
        QLineF ray = QLineF::fromPolar(s * 0.42, i * 45.0).translated(c);
        ray.setP1(QLineF::fromPolar(s * 0.31, i * 45.0).translated(c).p2());
        p.drawLine(ray);
    }
}

void journal(QPainter& p, const QRectF& r) {
    // An open book: two pages meeting at the spine.
    const qreal s = r.width();
    const QPointF top(r.center().x(), r.top() + s * 0.26);
    const QPointF bottom(r.center().x(), r.bottom() - s * 0.16);
    QPainterPath left;
    left.moveTo(bottom);
    left.lineTo(top);
    left.quadTo(QPointF(r.left() + s * 0.3, r.top() + s * 0.12), QPointF(r.left() + s * 0.08, r.top() + s * 0.22));
    left.lineTo(QPointF(r.left() + s * 0.08, r.bottom() - s * 0.24));
    left.quadTo(QPointF(r.left() + s * 0.3, r.bottom() - s * 0.32), bottom);
    p.drawPath(left);
    p.drawPath(QTransform().translate(2 * r.center().x(), 0).scale(-1, 1).map(left));
}

void trash(QPainter& p, const QRectF& r) {
    const qreal s = r.width();
    const qreal x = r.left();
    const qreal y = r.top();
    p.drawLine(QPointF(x + s * 0.15, y + s * 0.26), QPointF(x + s * 0.85, y + s * 0.26));
    p.drawLine(QPointF(x + s * 0.4, y + s * 0.14), QPointF(x + s * 0.6, y + s * 0.14));
    QPainterPath can;
    can.moveTo(x + s * 0.24, y + s * 0.26);
    can.lineTo(x + s * 0.3, y + s * 0.88);
    can.lineTo(x + s * 0.7, y + s * 0.88);
    can.lineTo(x + s * 0.76, y + s * 0.26);
    p.drawPath(can);
    p.drawLine(QPointF(x + s * 0.44, y + s * 0.42), QPointF(x + s * 0.45, y + s * 0.74));
    p.drawLine(QPointF(x + s * 0.56, y + s * 0.42), QPointF(x + s * 0.55, y + s * 0.74));
}

void search(QPainter& p, const QRectF& r) {
    const qreal s = r.width();
    const QPointF c(r.left() + s * 0.42, r.top() + s * 0.42);
    p.drawEllipse(c, s * 0.26, s * 0.26);
    p.drawLine(QPointF(r.left() + s * 0.62, r.top() + s * 0.62), QPointF(r.left() + s * 0.88, r.top() + s * 0.88));
}

void plus(QPainter& p, const QRectF& r) {
    const qreal s = r.width();
    p.drawLine(QPointF(r.center().x(), r.top() + s * 0.18), QPointF(r.center().x(), r.bottom() - s * 0.18));
    p.drawLine(QPointF(r.left() + s * 0.18, r.center().y()), QPointF(r.right() - s * 0.18, r.center().y()));
}

void menu(QPainter& p, const QRectF& r) {
    const qreal s = r.width();
    for (const qreal f : {0.28, 0.5, 0.72}) {
        p.drawLine(QPointF(r.left() + s * 0.18, r.top() + s * f), QPointF(r.right() - s * 0.18, r.top() + s * f));
    }
}

void speech(QPainter& p, const QRectF& r) {
    // Two speech bubbles, one behind the other: a conversation.
    const qreal s = r.width();
    QPainterPath front;
    front.addRoundedRect(QRectF(r.left() + s * 0.1, r.top() + s * 0.18, s * 0.6, s * 0.44), s * 0.12, s * 0.12);
    front.moveTo(r.left() + s * 0.24, r.top() + s * 0.6);
    front.lineTo(r.left() + s * 0.2, r.top() + s * 0.76);
    front.lineTo(r.left() + s * 0.38, r.top() + s * 0.62);
    p.drawPath(front);
    QPainterPath back;
    back.moveTo(r.left() + s * 0.7, r.top() + s * 0.32);
    back.lineTo(r.left() + s * 0.82, r.top() + s * 0.32);
    back.quadTo(r.left() + s * 0.9, r.top() + s * 0.32, r.left() + s * 0.9, r.top() + s * 0.42);
    back.lineTo(r.left() + s * 0.9, r.top() + s * 0.62);
    back.quadTo(r.left() + s * 0.9, r.top() + s * 0.72, r.left() + s * 0.8, r.top() + s * 0.72);
    back.lineTo(r.left() + s * 0.78, r.top() + s * 0.84);
    back.lineTo(r.left() + s * 0.66, r.top() + s * 0.72);
    back.lineTo(r.left() + s * 0.5, r.top() + s * 0.72);
    back.lineTo(r.left() + s * 0.5, r.top() + s * 0.62);
    p.drawPath(back);
}

void heart(QPainter& p, const QRectF& r) {
    // Two rounded lobes meeting in a point: the week the two of you share.
    const qreal s = r.width();
    QPainterPath h;
    h.moveTo(r.center().x(), r.top() + s * 0.84);
    h.cubicTo(r.left() + s * 0.1, r.top() + s * 0.56, r.left() + s * 0.06, r.top() + s * 0.2, r.center().x(),
              r.top() + s * 0.32);
    h.cubicTo(r.right() - s * 0.06, r.top() + s * 0.2, r.right() - s * 0.1, r.top() + s * 0.56, r.center().x(),
              r.top() + s * 0.84);
    p.drawPath(h);
}

void trends(QPainter& p, const QRectF& r) {
    // Two lines over the weeks, side by side and never merged.
    const qreal s = r.width();
    QPainterPath upper;
    upper.moveTo(r.left() + s * 0.14, r.top() + s * 0.56);
    upper.lineTo(r.left() + s * 0.38, r.top() + s * 0.36);
    upper.lineTo(r.left() + s * 0.6, r.top() + s * 0.48);
    upper.lineTo(r.right() - s * 0.14, r.top() + s * 0.24);
    p.drawPath(upper);
    QPainterPath lower;
    lower.moveTo(r.left() + s * 0.14, r.top() + s * 0.8);
    lower.lineTo(r.left() + s * 0.4, r.top() + s * 0.66);
    lower.lineTo(r.left() + s * 0.62, r.top() + s * 0.72);
    lower.lineTo(r.right() - s * 0.14, r.top() + s * 0.56);
    p.drawPath(lower);
}

void chevron(QPainter& p, const QRectF& r) {
    const qreal s = r.width();
    QPainterPath v;
    v.moveTo(r.left() + s * 0.28, r.top() + s * 0.4);
    v.lineTo(r.center().x(), r.top() + s * 0.64);
    v.lineTo(r.right() - s * 0.28, r.top() + s * 0.4);
    p.drawPath(v);
}

} // namespace

void paintSymbol(QPainter& p, Symbol symbol, const QRectF& rect, const QColor& ink) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = square(rect);
    QPen pen(ink, std::max(1.25, r.width() * 0.09));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (symbol) {
    case Symbol::Today:
        today(p, r);
        break;
    case Symbol::Journal:
        journal(p, r);
        break;
    case Symbol::Trash:
        trash(p, r);
        break;
    case Symbol::Search:
        search(p, r);
        break;
    case Symbol::New:
        plus(p, r);
        break;
    case Symbol::Menu:
        menu(p, r);
        break;
    case Symbol::Chevron:
        chevron(p, r);
        break;
    case Symbol::Prompts:
        speech(p, r);
        break;
    case Symbol::CheckIn:
        heart(p, r);
        break;
    case Symbol::Trends:
        trends(p, r);
        break;
    case Symbol::Previous:
    case Symbol::Next:
        // The chevron turned to point the way.
        p.translate(r.center());
        p.rotate(symbol == Symbol::Previous ? 90 : -90);
        p.translate(-r.center());
        chevron(p, r);
        break;
    }
    p.restore();
}

QIcon symbolIcon(Symbol symbol, const QColor& ink) {
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        paintSymbol(p, symbol, QRectF(0, 0, size, size), ink);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace twofold::ui
