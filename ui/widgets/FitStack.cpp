#include "widgets/FitStack.h"

#include <QStackedWidget>

namespace twofold::ui {

void fitToCurrentPage(QStackedWidget* stack) {
    for (int i = 0; i < stack->count(); ++i) {
        QWidget* page = stack->widget(i);
        const bool shown = i == stack->currentIndex();
        page->setSizePolicy(shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    stack->adjustSize();
    stack->updateGeometry();
}

void sizeToCurrentPage(QStackedWidget* stack) {
    QObject::connect(stack, &QStackedWidget::currentChanged, stack, [stack] { fitToCurrentPage(stack); });
    fitToCurrentPage(stack);
}

} // namespace twofold::ui
