#include "widgets/ReadingColumn.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace twofold::ui {

QVBoxLayout* centredColumn(QWidget* host, int maxWidth, const QMargins& margins) {
    auto* centre = new QHBoxLayout(host);
    centre->setContentsMargins(margins);
    auto* columnWidget = new QWidget(host);
    columnWidget->setMaximumWidth(maxWidth);
    centre->addStretch(1);
    centre->addWidget(columnWidget, 100);
    centre->addStretch(1);
    auto* column = new QVBoxLayout(columnWidget);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);
    return column;
}

QVBoxLayout* scrollingReadingColumn(QWidget* page, int maxWidth) {
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(page);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto* canvas = new QWidget(scroll);
    canvas->setBackgroundRole(QPalette::Window);
    scroll->setWidget(canvas);
    scroll->viewport()->setBackgroundRole(QPalette::Window);
    return centredColumn(canvas, maxWidth, QMargins(24, 24, 24, 24));
}

void clearLayout(QLayout* layout) {
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace twofold::ui
