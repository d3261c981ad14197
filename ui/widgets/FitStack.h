#pragma once

#include <QStackedWidget>

namespace twofold::ui {

// A stack of pages as tall as the page it shows. A QStackedWidget is as
// tall as its tallest page — and QStackedLayout's height-for-width asks
// every page, hidden or not, so a page of word-wrapped text sets the height
// of all of them: a short step under a long form sat above a screen of
// empty space. This one answers every size question from its current page.
class FitStack final : public QStackedWidget {
    Q_OBJECT
public:
    explicit FitStack(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
};

} // namespace twofold::ui
