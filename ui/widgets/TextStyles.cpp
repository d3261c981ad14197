#include "widgets/TextStyles.h"

#include <QLabel>

namespace twofold::ui {

QLabel* headingLabel(const QString& text, QWidget* parent, HeadingSize size) {
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * (size == HeadingSize::Title ? 1.35 : 1.1));
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QLabel* helperLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace twofold::ui
