#pragma once

#include "journal/Trends.h"

#include <QStringList>
#include <QWidget>

#include <vector>

namespace twofold::ui {

// A small line chart in the window's own look: one line per partner in their
// colour, each named beside it (never colour alone), a fixed value range
// (0–10 for ratings), missing values as gaps, marked columns (the weeks the
// two differ most) as a quiet band. It takes the focus: Left/Right (Home,
// End, Page Up/Down) move through the columns, the focused column's values
// are spoken and shown, and Enter activates it.
class TrendChart final : public QWidget {
    Q_OBJECT
public:
    explicit TrendChart(QWidget* parent = nullptr);

    // `labels` name the columns ("2026-W10", "March 2026"); each line has one
    // value per label.
    void setData(const QStringList& labels, const std::vector<core::TrendLine>& lines, double low, double high,
                 const std::vector<int>& marked = {});
    void setValueFormat(int decimals) { m_decimals = decimals; }

    int focusedColumn() const { return m_focused; }
    void setFocusedColumn(int column);
    // "2026-W10 · Alex 8 · Sam 4 · apart by 4": what focus on a column says.
    QString describeColumn(int column) const;
    int columnCount() const { return static_cast<int>(m_labels.size()); }

    QSize sizeHint() const override { return {640, 240}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

Q_SIGNALS:
    void columnActivated(int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    QRectF plotRect() const;
    double xOf(int column) const;
    double yOf(double value) const;
    int columnAt(double x) const;
    QString valueText(double value) const;

    QStringList m_labels;
    std::vector<core::TrendLine> m_lines;
    std::vector<int> m_marked;
    double m_low = 0;
    double m_high = 10;
    int m_decimals = 0;
    int m_focused = -1;
};

} // namespace twofold::ui
