#include "editor/VisibilityToggle.h"

#include "widgets/FollowPalette.h"
#include "widgets/Icons.h"
#include "widgets/Palettes.h"

#include <QApplication>

namespace twofold::ui {

VisibilityToggle::VisibilityToggle(QWidget* parent)
    : QPushButton(parent) {
    setCheckable(true);
    setObjectName(QStringLiteral("visibilityToggle"));
    setMinimumHeight(34);
    setIconSize(QSize(16, 16));
    applyLook();
    followPalette(this, [this] {
        applyLook();
        updateLabel();
    });
    connect(this, &QPushButton::toggled, this, [this] {
        updateLabel();
        Q_EMIT visibilityChanged(visibility());
    });
    updateLabel();
}

core::Visibility VisibilityToggle::visibility() const {
    return isChecked() ? core::Visibility::Private : core::Visibility::Shared;
}

void VisibilityToggle::setVisibility(core::Visibility visibility) {
    setChecked(visibility == core::Visibility::Private);
    updateLabel();
}

void VisibilityToggle::setPartnerName(const QString& name) {
    m_partner = name;
    updateLabel();
}

void VisibilityToggle::updateLabel() {
    if (isChecked()) {
        setIcon(lockIcon(onlyYouLook(QApplication::palette()).text));
        setText(tr("Private — only you can read this"));
        setAccessibleName(tr("Private entry: only you can read it. Press to share it."));
    } else {
        setIcon(QIcon());
        setText(m_partner.isEmpty() ? tr("Shared") : tr("Shared with %1").arg(m_partner));
        setAccessibleName(tr("Shared entry: your partner can read it. Press to make it private."));
    }
    setToolTip(accessibleName());
}

void VisibilityToggle::applyLook() {
    // The "Only you" plum when private, the same as everywhere else: it must
    // not be missed while writing.
    const OnlyYouLook look = onlyYouLook(QApplication::palette());
    setStyleSheet(QStringLiteral("QPushButton#visibilityToggle:checked { background: %1; color: %2; "
                                 "border: 1px solid %3; border-radius: 4px; font-weight: 600; }")
                      .arg(look.tint.name(), look.text.name(), look.border.name()));
}

} // namespace twofold::ui
