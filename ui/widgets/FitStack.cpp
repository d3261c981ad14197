#include "widgets/FitStack.h"

namespace twofold::ui {

FitStack::FitStack(QWidget* parent)
    : QStackedWidget(parent) {
    // A new page means new sizes: the layouts around ask again.
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize FitStack::sizeHint() const {
    const QWidget* page = currentWidget();
    return page ? page->sizeHint() : QStackedWidget::sizeHint();
}

QSize FitStack::minimumSizeHint() const {
    const QWidget* page = currentWidget();
    return page ? page->minimumSizeHint() : QStackedWidget::minimumSizeHint();
}

bool FitStack::hasHeightForWidth() const {
    const QWidget* page = currentWidget();
    return page && page->hasHeightForWidth();
}

int FitStack::heightForWidth(int width) const {
    const QWidget* page = currentWidget();
    return page ? page->heightForWidth(width) : -1;
}

} // namespace twofold::ui
