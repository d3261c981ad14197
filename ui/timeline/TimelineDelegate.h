#pragma once

#include <QStyledItemDelegate>

namespace twofold::ui {

// Paints one timeline entry as a card: the author's colour on the edge, the
// author and mood, the title, the first lines and the tags; a month heading
// above the first entry of each month, and a date gutter beside the first
// entry of each day.
class TimelineDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Without month headings (the Today page's short lists).
    void setShowMonths(bool show) { m_showMonths = show; }
    // The weekday and day number in a gutter beside each day's first entry.
    void setDateGutter(bool gutter) { m_dateGutter = gutter; }

private:
    int headerHeight(const QStyleOptionViewItem& option) const;
    int cardHeight(const QStyleOptionViewItem& option) const;
    bool m_showMonths = true;
    bool m_dateGutter = true;
};

} // namespace twofold::ui
