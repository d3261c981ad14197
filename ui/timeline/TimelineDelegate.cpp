#include "timeline/TimelineDelegate.h"

#include "timeline/TimelineModel.h"
#include "widgets/Icons.h"
#include "widgets/Palettes.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace twofold::ui {

namespace {

constexpr int kPad = 12;
constexpr int kGap = 4;
constexpr int kGutter = 56;

QFont scaled(const QFont& base, qreal factor, QFont::Weight weight) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setWeight(weight);
    return f;
}

// Up to `lines` lines of wrapped text, the last one elided.
void drawWrapped(QPainter* p, const QRect& rect, const QString& text, int lines) {
    const QFontMetrics fm(p->font());
    QTextLayout layout(text, p->font());
    layout.beginLayout();
    int y = rect.top();
    for (int i = 0; i < lines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(rect.width());
        if (i == lines - 1) {
            const QString rest = text.mid(line.textStart());
            p->drawText(QRect(rect.left(), y, rect.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(rest, Qt::ElideRight, rect.width()));
        } else {
            p->drawText(QRect(rect.left(), y, rect.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        text.mid(line.textStart(), line.textLength()).trimmed());
        }
        y += fm.height();
    }
    layout.endLayout();
}

} // namespace

int TimelineDelegate::headerHeight(const QStyleOptionViewItem& option) const {
    return QFontMetrics(scaled(option.font, 1.15, QFont::DemiBold)).height() + 2 * kPad;
}

int TimelineDelegate::cardHeight(const QStyleOptionViewItem& option) const {
    const int line = QFontMetrics(option.font).height();
    const int title = QFontMetrics(scaled(option.font, 1.1, QFont::DemiBold)).height();
    // meta, title, two lines of text, tags
    return kPad + line + kGap + title + kGap + 2 * line + kGap + line + kPad + kGap;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const bool header = m_showMonths && index.data(TimelineModel::FirstOfMonthRole).toBool();
    return {320, cardHeight(option) + (header ? headerHeight(option) : 0)};
}

void TimelineDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    QRect r = option.rect;

    if (m_showMonths && index.data(TimelineModel::FirstOfMonthRole).toBool()) {
        const QRect header(r.left() + kPad, r.top(), r.width() - 2 * kPad, headerHeight(option));
        p->setFont(scaled(option.font, 1.15, QFont::DemiBold));
        p->setPen(pal.color(QPalette::WindowText));
        p->drawText(header.adjusted(0, kPad, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                    index.data(TimelineModel::MonthRole).toString());
        r.setTop(header.bottom() + 1);
    }

    // The date gutter (like Day One's): the weekday and the day's number
    // beside the first entry of each day, nothing beside the rest of it.
    const QDate day = index.data(TimelineModel::DayRole).toDate();
    if (m_dateGutter) {
        const QModelIndex above = index.sibling(index.row() - 1, 0);
        const bool firstOfDay = !above.isValid() || above.data(TimelineModel::DayRole).toDate() != day;
        const QRect gutter(r.left(), r.top(), kGutter, r.height());
        if (firstOfDay) {
            const QFont weekdayFont = scaled(option.font, 0.9, QFont::DemiBold);
            const QFont numberFont = scaled(option.font, 1.6, QFont::DemiBold);
            const int weekdayHeight = QFontMetrics(weekdayFont).height();
            p->setFont(weekdayFont);
            p->setPen(pal.color(QPalette::PlaceholderText));
            p->drawText(QRect(gutter.left(), gutter.top() + kPad, gutter.width(), weekdayHeight), Qt::AlignCenter,
                        QLocale().toString(day, QStringLiteral("ddd")).toUpper());
            p->setFont(numberFont);
            p->setPen(pal.color(QPalette::WindowText));
            p->drawText(QRect(gutter.left(), gutter.top() + kPad + weekdayHeight, gutter.width(),
                              QFontMetrics(numberFont).height()),
                        Qt::AlignCenter, QString::number(day.day()));
        }
        r.setLeft(gutter.right() + 1);
    }

    const bool isPrivate = index.data(TimelineModel::PrivateRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(r.adjusted(kPad / 2, 0, -kPad / 2, -kGap)).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    // Private: the one "Only you" plum (UX.md), tint and border.
    const OnlyYouLook onlyYou = onlyYouLook(pal);
    QColor background = isPrivate ? onlyYou.tint : pal.color(QPalette::Base);
    if (selected) {
        // A quarter of the highlight over the card: visible, text still readable.
        const QColor base = background;
        const QColor hi = pal.color(QPalette::Highlight);
        background = QColor::fromRgbF(base.redF() * 0.75 + hi.redF() * 0.25, base.greenF() * 0.75 + hi.greenF() * 0.25,
                                      base.blueF() * 0.75 + hi.blueF() * 0.25);
    }
    p->fillPath(path, background);
    const QColor border = selected    ? pal.color(QPalette::Highlight)
                          : isPrivate ? onlyYou.border
                                      : pal.color(QPalette::Midlight);
    p->setPen(QPen(border, selected ? 1.5 : 1));
    p->drawPath(path);

    // The author's colour as an edge on the left.
    const QColor colour = index.data(TimelineModel::AuthorColourRole).value<QColor>();
    p->save();
    p->setClipPath(path);
    p->fillRect(QRectF(card.left(), card.top(), 5, card.height()), colour);
    p->restore();

    const QRect inner = card.toAlignedRect().adjusted(kPad + 6, kPad, -kPad, -kPad);
    const QFontMetrics fm(option.font);
    int y = inner.top();

    // Meta line: date · author · private · mood
    p->setFont(option.font);
    // With the gutter (and the month above) the day is already beside the
    // card: the author leads the line.
    QString meta = index.data(TimelineModel::AuthorNameRole).toString();
    if (!m_dateGutter) {
        meta.prepend(
            QLocale().toString(day, tr("ddd d MMM yyyy",
                                       "a date format (QLocale::toString): reorder or punctuate for your language")) +
            QStringLiteral("  ·  "));
    }
    if (isPrivate) {
        meta += QStringLiteral("  ·  ") + tr("Private");
    }
    if (index.data(TimelineModel::DeletedRole).toBool()) {
        meta += QStringLiteral("  ·  ") + tr("In the trash");
    }
    // Symbols on the right: a lock for private entries, the mood's face.
    const int mood = index.data(TimelineModel::MoodRole).toInt();
    const int symbol = fm.height();
    int symbolsWidth = 0;
    QRectF symbolRect(inner.right() - symbol + 1, y, symbol, symbol);
    if (mood > 0) {
        paintMoodFace(*p, symbolRect, mood, pal.color(QPalette::Text));
        symbolRect.translate(-symbol - 6, 0);
        symbolsWidth += symbol + 6;
    }
    if (isPrivate) {
        paintLock(*p, symbolRect.adjusted(2, 2, -2, -2), onlyYou.text);
        symbolsWidth += symbol + 6;
    }
    p->setPen(pal.color(QPalette::PlaceholderText));
    const int metaWidth = inner.width() - symbolsWidth - kGap;
    p->drawText(QRect(inner.left(), y, metaWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(meta, Qt::ElideRight, metaWidth));
    y += fm.height() + kGap;

    // Title
    const QFont titleFont = scaled(option.font, 1.1, QFont::DemiBold);
    const QFontMetrics tfm(titleFont);
    p->setFont(titleFont);
    p->setPen(pal.color(QPalette::Text));
    QString title = index.data(TimelineModel::TitleRole).toString();
    if (title.isEmpty()) {
        title = tr("Untitled");
    }
    p->drawText(QRect(inner.left(), y, inner.width(), tfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                tfm.elidedText(title, Qt::ElideRight, inner.width()));
    y += tfm.height() + kGap;

    // First lines
    p->setFont(option.font);
    p->setPen(pal.color(QPalette::Text));
    drawWrapped(p, QRect(inner.left(), y, inner.width(), 2 * fm.height()),
                index.data(TimelineModel::PreviewRole).toString(), 2);
    y += 2 * fm.height() + kGap;

    // Tags as small pills
    QFont tagFont = scaled(option.font, 0.9, QFont::Normal);
    const QFontMetrics gfm(tagFont);
    p->setFont(tagFont);
    int x = inner.left();
    for (const QString& tag : index.data(TimelineModel::TagsRole).toStringList()) {
        const QString text = QLatin1Char('#') + tag;
        const int w = gfm.horizontalAdvance(text) + 12;
        if (x + w > inner.right()) {
            break;
        }
        const QRectF pill(x, y + (fm.height() - gfm.height() - 2) / 2.0, w, gfm.height() + 2);
        QPainterPath pillPath;
        pillPath.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        QColor tint = colour;
        tint.setAlpha(40);
        p->fillPath(pillPath, tint);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(pill, Qt::AlignCenter, text);
        x += w + 6;
    }
    p->restore();
}

} // namespace twofold::ui
