#include "widgets/FitStack.h"

#include <QStackedLayout>

namespace twofold::ui {

namespace {

// QStackedLayout, sized by its current page alone.
class CurrentPageLayout final : public QStackedLayout {
public:
    using QStackedLayout::QStackedLayout;

    QSize sizeHint() const override {
        const QWidget* page = currentWidget();
        return page ? page->sizeHint() : QSize(0, 0);
    }
    QSize minimumSize() const override {
        const QWidget* page = currentWidget();
        return page ? page->minimumSizeHint().expandedTo(page->minimumSize()) : QSize(0, 0);
    }
    bool hasHeightForWidth() const override {
        const QWidget* page = currentWidget();
        return page && page->hasHeightForWidth();
    }
    int heightForWidth(int width) const override {
        const QWidget* page = currentWidget();
        return page ? page->heightForWidth(width) : -1;
    }
};

} // namespace

FitStack::FitStack(QWidget* parent)
    : QWidget(parent)
    , m_layout(new CurrentPageLayout(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(m_layout, &QStackedLayout::currentChanged, this, [this](int index) {
        // A new page means new sizes: the layouts around ask again.
        m_layout->invalidate();
        updateGeometry();
        Q_EMIT currentChanged(index);
    });
}

int FitStack::addWidget(QWidget* page) {
    return m_layout->addWidget(page);
}

void FitStack::removeWidget(QWidget* page) {
    m_layout->removeWidget(page);
}

void FitStack::setCurrentWidget(QWidget* page) {
    m_layout->setCurrentWidget(page);
}

void FitStack::setCurrentIndex(int index) {
    m_layout->setCurrentIndex(index);
}

QWidget* FitStack::currentWidget() const {
    return m_layout->currentWidget();
}

int FitStack::currentIndex() const {
    return m_layout->currentIndex();
}

int FitStack::count() const {
    return m_layout->count();
}

QWidget* FitStack::widget(int index) const {
    return m_layout->widget(index);
}

} // namespace twofold::ui
