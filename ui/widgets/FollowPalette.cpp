#include "widgets/FollowPalette.h"

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

} // namespace twofold::ui
