#pragma once

#include <QWidget>

class QStackedLayout;

namespace twofold::ui {

// A stack of pages as tall as the page it shows. A QStackedWidget is as
// tall as its tallest page: QStackedLayout's size hints and its
// height-for-width ask every page, hidden or not — and the layout around a
// widget with a layout asks that layout, not the widget — so a short step
// under a long form sat above a screen of empty space. Here the stack's own
// layout answers every size question from its current page.
class FitStack final : public QWidget {
    Q_OBJECT
public:
    explicit FitStack(QWidget* parent = nullptr);

    int addWidget(QWidget* page);
    void removeWidget(QWidget* page);
    void setCurrentWidget(QWidget* page);
    void setCurrentIndex(int index);
    QWidget* currentWidget() const;
    int currentIndex() const;
    int count() const;
    QWidget* widget(int index) const;

Q_SIGNALS:
    void currentChanged(int index);

private:
    QStackedLayout* m_layout;
};

} // namespace twofold::ui
