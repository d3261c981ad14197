#include "trends/TrendChart.h"

#include <QAccessible>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace twofold::ui {

namespace {

constexpr double kLeftAxis = 28;
constexpr double kRightNames = 72; // room for each line's name at its end
constexpr double kTop = 12;
constexpr double kBottomLabels = 26;

} // namespace

TrendChart::TrendChart(QWidget* parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(180);
}

void TrendChart::setData(const QStringList& labels, const std::vector<core::TrendLine>& lines, double low, double high,
                         const std::vector<int>& marked) {
    m_labels = labels;
    m_lines = lines;
    m_low = low;
    m_high = high > low ? high : low + 1;
    m_marked = marked;
    m_focused = m_labels.isEmpty() ? -1 : std::clamp(m_focused, -1, static_cast<int>(m_labels.size()) - 1);
    update();
}

QString TrendChart::valueText(double value) const {
    return QLocale().toString(value, 'f', std::abs(value - std::round(value)) < 0.05 ? 0 : m_decimals);
}

QString TrendChart::describeColumn(int column) const {
    if (column < 0 || column >= m_labels.size()) {
        return {};
    }
    QStringList parts{m_labels[column]};
    std::vector<double> values;
    for (const core::TrendLine& line : m_lines) {
        const auto& v = line.values[static_cast<size_t>(column)];
        parts << (v ? QStringLiteral("%1 %2").arg(line.name, valueText(*v)) : tr("%1 —").arg(line.name));
        if (v) {
            values.push_back(*v);
        }
    }
    if (values.size() == 2 && m_lines.size() == 2) {
        parts << tr("apart by %1").arg(valueText(std::abs(values[0] - values[1])));
    } else if (values.empty()) {
        parts << tr("not both in");
    }
    return parts.join(QStringLiteral(" · "));
}

void TrendChart::setFocusedColumn(int column) {
    if (m_labels.isEmpty()) {
        return;
    }
    m_focused = std::clamp(column, 0, static_cast<int>(m_labels.size()) - 1);
    const QString said = describeColumn(m_focused);
    setAccessibleDescription(said);
    setToolTip(said);
    if (hasFocus()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    update();
}

QRectF TrendChart::plotRect() const {
    return QRectF(kLeftAxis, kTop, std::max(10.0, width() - kLeftAxis - kRightNames),
                  std::max(10.0, height() - kTop - kBottomLabels));
}

double TrendChart::xOf(int column) const {
    const QRectF plot = plotRect();
    const int n = static_cast<int>(m_labels.size());
    return n <= 1 ? plot.center().x() : plot.left() + plot.width() * column / double(n - 1);
}

double TrendChart::yOf(double value) const {
    const QRectF plot = plotRect();
    return plot.bottom() - plot.height() * (value - m_low) / (m_high - m_low);
}

int TrendChart::columnAt(double x) const {
    const int n = static_cast<int>(m_labels.size());
    if (n == 0) {
        return -1;
    }
    const QRectF plot = plotRect();
    const double at = n <= 1 ? 0 : (x - plot.left()) / plot.width() * (n - 1);
    return std::clamp(static_cast<int>(std::lround(at)), 0, n - 1);
}

void TrendChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF plot = plotRect();
    const QColor quiet = pal.color(QPalette::PlaceholderText);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetricsF metrics(small);

    // Marked columns: a quiet band behind everything.
    QColor band = pal.color(QPalette::Text);
    band.setAlphaF(0.07);
    const double columnWidth = m_labels.size() > 1 ? plot.width() / (m_labels.size() - 1) : plot.width();
    const double bandWidth = std::max(6.0, columnWidth);
    for (const int column : m_marked) {
        p.fillRect(QRectF(xOf(column) - bandWidth / 2, plot.top(), bandWidth, plot.height()), band);
    }

    // Grid: low, middle and high, with their values.
    QPen grid(pal.color(QPalette::Mid), 1);
    p.setPen(grid);
    const double mid = (m_low + m_high) / 2;
    for (const double value : {m_low, mid, m_high}) {
        const double y = std::round(yOf(value)) + 0.5;
        p.setPen(grid);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(quiet);
        p.drawText(QRectF(0, y - 8, kLeftAxis - 6, 16), Qt::AlignRight | Qt::AlignVCenter, valueText(value));
    }

    // Column labels, as many as fit.
    const int n = static_cast<int>(m_labels.size());
    if (n > 0) {
        const double widest = metrics.horizontalAdvance(m_labels.front()) + 16;
        const int every = std::max(1, static_cast<int>(std::ceil(widest / std::max(1.0, columnWidth))));
        p.setPen(quiet);
        for (int i = 0; i < n; i += every) {
            p.drawText(QRectF(xOf(i) - widest / 2, plot.bottom() + 6, widest, 16), Qt::AlignHCenter | Qt::AlignTop,
                       m_labels[i]);
        }
    }

    // One line per partner, broken where a value is missing; single values
    // (between gaps) as dots so they are not lost.
    const bool dense = columnWidth < 6;
    for (const core::TrendLine& line : m_lines) {
        const QColor colour(line.colour);
        QPen pen(colour, 2.25);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(colour);
        QPainterPath path;
        bool drawing = false;
        for (int i = 0; i < n; ++i) {
            const auto& v = line.values[static_cast<size_t>(i)];
            if (!v) {
                drawing = false;
                continue;
            }
            const QPointF point(xOf(i), yOf(*v));
            const bool alone = (i == 0 || !line.values[static_cast<size_t>(i) - 1]) &&
                               (i + 1 >= n || !line.values[static_cast<size_t>(i) + 1]);
            if (alone || !dense) {
                p.drawEllipse(point, alone ? 2.5 : 2.0, alone ? 2.5 : 2.0);
            }
            drawing ? path.lineTo(point) : path.moveTo(point);
            drawing = true;
        }
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    // Each line's name at its last value, so colour never stands alone.
    double lastNameY = -100;
    for (const core::TrendLine& line : m_lines) {
        for (int i = n - 1; i >= 0; --i) {
            if (const auto& v = line.values[static_cast<size_t>(i)]) {
                double y = yOf(*v);
                if (std::abs(y - lastNameY) < 14) {
                    y = lastNameY + 14;
                }
                lastNameY = y;
                p.setPen(pal.color(QPalette::Text));
                p.drawText(QRectF(plot.right() + 8, y - 8, kRightNames - 8, 16), Qt::AlignLeft | Qt::AlignVCenter,
                           metrics.elidedText(line.name, Qt::ElideRight, kRightNames - 8));
                break;
            }
        }
    }

    // The focused column: a thin ink rule and its values above the plot.
    if (m_focused >= 0 && hasFocus()) {
        QPen ink(pal.color(QPalette::Text), 1, Qt::DashLine);
        p.setPen(ink);
        const double x = std::round(xOf(m_focused)) + 0.5;
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QString said = describeColumn(m_focused);
        const double w = metrics.horizontalAdvance(said) + 16;
        QRectF box(std::clamp(x - w / 2, 0.0, width() - w), 0, w, 18);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(box, Qt::AlignCenter, said);
    }
}

void TrendChart::keyPressEvent(QKeyEvent* event) {
    const int n = static_cast<int>(m_labels.size());
    if (n == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int at = m_focused < 0 ? n - 1 : m_focused;
    switch (event->key()) {
    case Qt::Key_Left:
        setFocusedColumn(at - 1);
        return;
    case Qt::Key_Right:
        setFocusedColumn(at + 1);
        return;
    case Qt::Key_PageUp:
        setFocusedColumn(at - 4);
        return;
    case Qt::Key_PageDown:
        setFocusedColumn(at + 4);
        return;
    case Qt::Key_Home:
        setFocusedColumn(0);
        return;
    case Qt::Key_End:
        setFocusedColumn(n - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focused >= 0) {
            Q_EMIT columnActivated(m_focused);
        }
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TrendChart::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    setFocusedColumn(columnAt(event->position().x()));
}

void TrendChart::mouseDoubleClickEvent(QMouseEvent* event) {
    const int column = columnAt(event->position().x());
    if (column >= 0) {
        Q_EMIT columnActivated(column);
    }
}

void TrendChart::focusInEvent(QFocusEvent* event) {
    // Focus lands on the newest column: the week people ask about first.
    if (m_focused < 0 && !m_labels.isEmpty()) {
        setFocusedColumn(static_cast<int>(m_labels.size()) - 1);
    }
    QWidget::focusInEvent(event);
    update();
}

} // namespace twofold::ui
