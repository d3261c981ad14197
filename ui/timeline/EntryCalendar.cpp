#include "timeline/EntryCalendar.h"

#include <QPainter>

namespace twofold::ui {

EntryCalendar::EntryCalendar(QWidget* parent)
    : QCalendarWidget(parent) {
    setObjectName(QStringLiteral("entryCalendar"));
    setAccessibleName(tr("Calendar of days with entries"));
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setGridVisible(false);
    setFirstDayOfWeek(QLocale().firstDayOfWeek());
}

void EntryCalendar::setMarks(QHash<QDate, QList<QColor>> marks) {
    m_marks = std::move(marks);
    updateCells();
}

void EntryCalendar::clearMarks() {
    m_marks.clear();
    updateCells();
}

void EntryCalendar::paintCell(QPainter* painter, const QRect& rect, QDate date) const {
    QCalendarWidget::paintCell(painter, rect, date);
    const auto it = m_marks.constFind(date);
    if (it == m_marks.cend() || it->isEmpty()) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const qreal d = std::max(4.0, rect.height() / 7.0);
    const qreal total = it->size() * d + (it->size() - 1) * 2;
    qreal x = rect.center().x() - total / 2 + 0.5;
    const qreal y = rect.bottom() - d - 2;
    for (const QColor& c : *it) {
        painter->setBrush(c);
        painter->drawEllipse(QRectF(x, y, d, d));
        x += d + 2;
    }
    painter->restore();
}

} // namespace twofold::ui
