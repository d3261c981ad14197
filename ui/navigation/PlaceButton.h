#pragma once

#include "widgets/Symbols.h"

#include <QAbstractButton>

namespace twofold::ui {

// One place in the sidebar: a symbol, its name and, when something waits
// for the person there, a small badge ("Your turn"). The current place is
// checked: a soft ink fill with a bar at its left edge and its name in
// semibold — marked by more than colour.
class PlaceButton final : public QAbstractButton {
    Q_OBJECT
public:
    PlaceButton(Symbol symbol, const QString& name, QWidget* parent = nullptr);

    void setBadge(const QString& badge);
    QString badge() const { return m_badge; }

    // The name as it is drawn: elided ("Chec…") when the button is too
    // narrow for it beside the badge.
    QString visibleLabel() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void nextCheckState() override;

private:
    // Where paintEvent draws the symbol, the badge's pill and the name.
    struct Geometry {
        QRectF area;
        QRectF symbol;
        QRectF pill;
        QRectF label;
    };
    QFont labelFont() const;
    Geometry geometry(const QFontMetricsF& fm) const;
    void updateAccessibleText();

    Symbol m_symbol;
    QString m_badge;
    bool m_hovered = false;
};

} // namespace twofold::ui
