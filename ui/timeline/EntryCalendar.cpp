#include "timeline/EntryCalendar.h"

#include "widgets/FollowPalette.h"
#include "widgets/Symbols.h"

#include <QPainter>
#include <QTextCharFormat>
#include <QTimer>
#include <QToolButton>

namespace twofold::ui {

EntryCalendar::EntryCalendar(QWidget* parent)
    : QCalendarWidget(parent) {
    setObjectName(QStringLiteral("entryCalendar"));
    setAccessibleName(tr("Calendar of days with entries"));
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setGridVisible(false);
    setFirstDayOfWeek(QLocale().firstDayOfWeek());
    applyLook();
    followPalette(this, [this] {
        // After the calendar's own handling of the change, which paints its
        // navigation bar in the selection colour again.
        QTimer::singleShot(0, this, &EntryCalendar::applyLook);
    });
}

void EntryCalendar::showEvent(QShowEvent* event) {
    QCalendarWidget::showEvent(event);
    // The calendar sets its bar's colours again as it is polished.
    QTimer::singleShot(0, this, &EntryCalendar::applyLook);
}

void EntryCalendar::applyLook() {
    // Weekends are days like the others (no red), and the month's bar is
    // quiet: the window's colours, painted chevrons for the arrows.
    const QPalette& pal = palette();
    QTextCharFormat plain;
    plain.setForeground(pal.brush(QPalette::Text));
    setWeekdayTextFormat(Qt::Saturday, plain);
    setWeekdayTextFormat(Qt::Sunday, plain);
    QTextCharFormat header;
    header.setForeground(pal.brush(QPalette::PlaceholderText));
    setHeaderTextFormat(header);
    QPalette bar;
    bar.setColor(QPalette::Window, pal.color(QPalette::Window));
    bar.setColor(QPalette::Button, pal.color(QPalette::Window));
    bar.setColor(QPalette::ButtonText, pal.color(QPalette::WindowText));
    bar.setColor(QPalette::WindowText, pal.color(QPalette::WindowText));
    // The bar fills itself in the Highlight role, its words in HighlightedText.
    bar.setColor(QPalette::Highlight, pal.color(QPalette::Window));
    bar.setColor(QPalette::HighlightedText, pal.color(QPalette::WindowText));
    for (const char* name : {"qt_calendar_navigationbar", "qt_calendar_monthbutton", "qt_calendar_yearbutton",
                             "qt_calendar_prevmonth", "qt_calendar_nextmonth"}) {
        if (auto* part = findChild<QWidget*>(QLatin1String(name))) {
            part->setPalette(bar);
        }
    }
    const QColor ink = pal.color(QPalette::WindowText);
    if (auto* previous = findChild<QToolButton*>(QStringLiteral("qt_calendar_prevmonth"))) {
        previous->setIcon(symbolIcon(Symbol::Previous, ink));
        previous->setAccessibleName(tr("Previous month"));
    }
    if (auto* next = findChild<QToolButton*>(QStringLiteral("qt_calendar_nextmonth"))) {
        next->setIcon(symbolIcon(Symbol::Next, ink));
        next->setAccessibleName(tr("Next month"));
    }
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
