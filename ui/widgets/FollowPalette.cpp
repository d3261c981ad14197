#include "widgets/FollowPalette.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace twofold::ui {

namespace {

class PaletteFollower final : public QObject {
public:
    PaletteFollower(QWidget* widget, std::function<void()> restyle)
        : QObject(widget)
        , m_restyle(std::move(restyle)) {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::PaletteChange && !m_restyling) {
            m_restyling = true;
            m_restyle();
            m_restyling = false;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_restyle;
    bool m_restyling = false;
};

} // namespace

void followPalette(QWidget* widget, std::function<void()> restyle) {
    new PaletteFollower(widget, std::move(restyle));
}

void tintRole(QWidget* widget, QPalette::ColorRole role, QColor (*colourFor)(const QPalette&)) {
    const auto tint = [widget, role, colourFor] {
        QPalette own; // only this role is the widget's own
        own.setColor(role, colourFor(QApplication::palette()));
        widget->setPalette(own);
    };
    tint();
    followPalette(widget, tint);
}

} // namespace twofold::ui
