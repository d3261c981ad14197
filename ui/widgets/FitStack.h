#pragma once

class QStackedWidget;

namespace twofold::ui {

// A QStackedWidget is as tall as its tallest page, so a short step under a
// long form sits above a screen of empty space. This makes the stack take
// the size of the page it shows, now and whenever the page changes.
void sizeToCurrentPage(QStackedWidget* stack);
// Once, for pages added after sizeToCurrentPage.
void fitToCurrentPage(QStackedWidget* stack);

} // namespace twofold::ui
