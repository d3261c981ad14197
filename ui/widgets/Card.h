#pragma once

#include <QColor>
#include <QFrame>

class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace twofold::ui {

// The one card of UX.md: the Base colour (in dark a step lighter than the
// window), a 1 px edge, radius 8, 16 inside, and — when a partner wrote
// what it holds — their colour as a 4 px stripe down its left edge. A
// heading in caption type, a body, and a row for its actions, the primary
// one bottom right.
class Card : public QFrame {
    Q_OBJECT
public:
    explicit Card(const QString& heading = {}, QWidget* parent = nullptr);

    void setHeading(const QString& heading);
    QString heading() const;
    void setStripe(const QColor& colour);
    QVBoxLayout* body() const { return m_body; }
    QHBoxLayout* actions() const { return m_actions; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_heading = nullptr;
    QVBoxLayout* m_body = nullptr;
    QHBoxLayout* m_actions = nullptr;
    QColor m_stripe;
};

} // namespace twofold::ui
