#include "appearance/TwofoldStyle.h"

#include "widgets/Palettes.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace twofold::ui {

namespace {

// The edge of a control, 1 px inside its rectangle, and — with the focus —
// a 2 px ring in the accent over it.
void drawEdge(QPainter* painter, const QStyleOption* option, const QRectF& area, qreal radius, bool round = false) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    const bool focused =
        option->state.testFlag(QStyle::State_HasFocus) && option->state.testFlag(QStyle::State_Enabled);
    const QColor edge = option->palette.color(QPalette::Active, QPalette::Mid);
    painter->setPen(
        QPen(focused ? option->palette.color(QPalette::Active, QPalette::Highlight) : edge, focused ? 2.0 : 1.0));
    const qreal inset = focused ? 1.0 : 0.5;
    const QRectF r = area.adjusted(inset, inset, -inset, -inset);
    if (round) {
        painter->drawEllipse(r);
    } else {
        painter->drawRoundedRect(r, radius, radius);
    }
    painter->restore();
}

} // namespace

TwofoldStyle::TwofoldStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {
    setObjectName(QStringLiteral("twofold"));
}

void TwofoldStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                 const QWidget* widget) const {
    switch (element) {
    case PE_FrameLineEdit:
        // Fusion's own frame is replaced, not overdrawn: its focus glow
        // would show beside the ring.
        drawEdge(painter, option, QRectF(option->rect), 3);
        return;
    case PE_IndicatorCheckBox:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawEdge(painter, option, QRectF(option->rect), 2);
        return;
    case PE_IndicatorRadioButton:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawEdge(painter, option, QRectF(option->rect), 0, true);
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
}

void TwofoldStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const {
    const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
    const bool framed = button && !button->features.testFlag(QStyleOptionButton::Flat);
    // A checked button — a segment of a choice — and the screen's one
    // primary button (property "primary") are filled with the ink accent,
    // the label in the highlighted text colour: which one is chosen, and
    // what the screen is for, read at a glance in light and dark alike.
    const bool primary = widget && widget->property("primary").toBool() && option->state.testFlag(State_Enabled);
    const bool chosen = framed && (option->state.testFlag(State_On) || primary);
    if (element == CE_PushButtonBevel && chosen) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        QColor fill = option->palette.color(QPalette::Active, QPalette::Highlight);
        if (option->state.testFlag(State_Sunken) || option->state.testFlag(State_MouseOver)) {
            fill = isDarkPalette(option->palette) ? fill.darker(115) : fill.lighter(135);
        }
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->restore();
        if (option->state.testFlag(State_HasFocus)) {
            // The ring in the window's colour inside the fill, so the
            // focus still shows on an ink button.
            QStyleOption ring = *option;
            ring.palette.setColor(QPalette::Highlight, option->palette.color(QPalette::HighlightedText));
            ring.rect = option->rect.adjusted(2, 2, -2, -2);
            drawEdge(painter, &ring, QRectF(ring.rect), 2);
        }
        return;
    }
    if (element == CE_PushButtonLabel && chosen) {
        QStyleOptionButton label = *button;
        label.palette.setColor(QPalette::ButtonText, option->palette.color(QPalette::HighlightedText));
        QProxyStyle::drawControl(element, &label, painter, widget);
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButtonBevel && framed) {
        drawEdge(painter, option, QRectF(option->rect), 3);
    }
}

int TwofoldStyle::styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                            QStyleHintReturn* returnData) const {
    // Words on dialog buttons, not Fusion's coloured tick and cross.
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons) {
        return 0;
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void TwofoldStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                                      const QWidget* widget) const {
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_SpinBox) {
        const auto* spin = qstyleoption_cast<const QStyleOptionSpinBox*>(option);
        if (spin && spin->frame) {
            drawEdge(painter, option, QRectF(option->rect), 3);
        }
    } else if (control == CC_ComboBox) {
        const auto* combo = qstyleoption_cast<const QStyleOptionComboBox*>(option);
        if (combo && combo->frame) {
            drawEdge(painter, option, QRectF(option->rect), 3);
        }
    }
}

} // namespace twofold::ui
