#include "search/SearchResultDelegate.h"

#include <QPainter>
#include <QTextLayout>

namespace twofold::ui {

namespace {
constexpr int kPad = 10;
const QChar kOpen(0x00ab);
const QChar kClose(0x00bb);
} // namespace

SearchResultDelegate::Marked SearchResultDelegate::parseSnippet(const QString& snippet) {
    Marked m;
    int start = -1;
    for (const QChar c : snippet) {
        if (c == kOpen) {
            start = static_cast<int>(m.text.size());
        } else if (c == kClose && start >= 0) {
            m.ranges.append({start, static_cast<int>(m.text.size()) - start});
            start = -1;
        } else if (c != QLatin1Char('*') && c != QLatin1Char('`')) {
            // Markdown emphasis marks would only be noise in a one-line snippet.
            m.text.append(c);
        }
    }
    return m;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const int line = QFontMetrics(option.font).height();
    return {300, kPad + line + 4 + 2 * line + kPad};
}

void SearchResultDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    p->save();
    const QPalette& pal = option.palette;
    const QRect r = option.rect;
    if (option.state & QStyle::State_Selected) {
        QColor hi = pal.color(QPalette::Highlight);
        hi.setAlpha(50);
        p->fillRect(r, hi);
    }
    p->setPen(pal.color(QPalette::Midlight));
    p->drawLine(r.bottomLeft(), r.bottomRight());

    const QRect inner = r.adjusted(kPad, kPad, -kPad, -kPad);
    const QFontMetrics fm(option.font);
    p->setFont(option.font);
    p->setPen(pal.color(QPalette::PlaceholderText));
    p->drawText(QRect(inner.left(), inner.top(), inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(index.data(MetaRole).toString(), Qt::ElideRight, inner.width()));

    const Marked marked = parseSnippet(index.data(SnippetRole).toString());
    QTextCharFormat hit;
    hit.setFontWeight(QFont::Bold);
    QColor mark = pal.color(QPalette::Highlight);
    mark.setAlpha(70);
    hit.setBackground(mark);
    QList<QTextLayout::FormatRange> formats;
    for (const auto& [start, length] : marked.ranges) {
        formats.append(QTextLayout::FormatRange{start, length, hit});
    }
    QTextLayout layout(marked.text, option.font);
    layout.setFormats(formats);
    layout.beginLayout();
    qreal y = 0;
    for (int i = 0; i < 2; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(inner.width());
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    p->setPen(pal.color(QPalette::Text));
    p->setClipRect(inner);
    layout.draw(p, QPointF(inner.left(), inner.top() + fm.height() + 4));
    p->restore();
}

} // namespace twofold::ui
