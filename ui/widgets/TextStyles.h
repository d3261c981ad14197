#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace twofold::ui {

// UX.md's type scale for labels, in one place: a title (1.35×) or a heading
// (1.1×), DemiBold and word-wrapped, and the helper line under it in the
// secondary text colour.
enum class HeadingSize { Title, Heading };
QLabel* headingLabel(const QString& text, QWidget* parent, HeadingSize size = HeadingSize::Heading);
QLabel* helperLabel(const QString& text, QWidget* parent);

} // namespace twofold::ui
