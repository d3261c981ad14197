#pragma once

class QLayout;
class QMargins;
class QVBoxLayout;
class QWidget;

namespace twofold::ui {

// The reading column of UX.md: in `host`, `margins` from its edges, a
// column of at most `maxWidth` px (~68 characters), centred. Returns the
// column's layout; its widget is the layout's parent widget.
QVBoxLayout* centredColumn(QWidget* host, int maxWidth, const QMargins& margins);

// The same for a page that scrolls (Today, the
// check-in): a frameless scroll area filling `page`, and in it a column of
// at most `maxWidth` px (~68 characters), centred, 24 px from the edges.
// Returns the column's layout; its widget is the layout's parent widget.
QVBoxLayout* scrollingReadingColumn(QWidget* page, int maxWidth = 720);

// Takes every item out of `layout` and deletes it with its widget.
void clearLayout(QLayout* layout);

} // namespace twofold::ui
