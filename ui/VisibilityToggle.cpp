#include "VisibilityToggle.h"

namespace twofold::ui {

VisibilityToggle::VisibilityToggle(QWidget* parent)
    : QPushButton(parent) {
    setCheckable(true);
    setObjectName(QStringLiteral("visibilityToggle"));
    setMinimumHeight(34);
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
        setText(tr("🔒  Private — only you can read this"));
        setAccessibleName(tr("Private entry: only you can read it. Press to share it."));
    } else {
        setText(m_partner.isEmpty() ? tr("Shared") : tr("Shared with %1").arg(m_partner));
        setAccessibleName(tr("Shared entry: your partner can read it. Press to make it private."));
    }
    setToolTip(accessibleName());
}

} // namespace twofold::ui
