#pragma once

#include <QCalendarWidget>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>

namespace twofold::ui {

// A month calendar that marks the days with entries: one dot per partner
// who wrote that day, in their colour.
class EntryCalendar final : public QCalendarWidget {
    Q_OBJECT
public:
    explicit EntryCalendar(QWidget* parent = nullptr);

    void setMarks(QHash<QDate, QList<QColor>> marks);
    void clearMarks();
    QList<QColor> marksOn(const QDate& day) const { return m_marks.value(day); }

protected:
    void paintCell(QPainter* painter, const QRect& rect, QDate date) const override;
    void showEvent(QShowEvent* event) override;

private:
    void applyLook();
    QHash<QDate, QList<QColor>> m_marks;
};

} // namespace twofold::ui
