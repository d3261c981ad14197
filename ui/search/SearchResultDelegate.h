#pragma once

#include <QStyledItemDelegate>

namespace twofold::ui {

// One search hit: date, author and kind on top, then the snippet with the
// matched words highlighted (the index marks them with « and »).
class SearchResultDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, MetaRole, SnippetRole };
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The snippet without the marks, and where the marked ranges are.
    struct Marked {
        QString text;
        QList<QPair<int, int>> ranges; // start, length
    };
    static Marked parseSnippet(const QString& snippet);
};

} // namespace twofold::ui
