#include "editor/VisibilityToggle.h"

#include "widgets/Icons.h"

namespace twofold::ui {

VisibilityToggle::VisibilityToggle(QWidget* parent)
    : QPushButton(parent) {
    setCheckable(true);
    setObjectName(QStringLiteral("visibilityToggle"));
    setMinimumHeight(34);
    setIconSize(QSize(16, 16));
    // Amber when private, in light and dark palettes alike: it must not be
    // missed while writing.
    setStyleSheet(QStringLiteral("QPushButton#visibilityToggle:checked { background: #f2c35b; color: #3d2800; "
                                 "border: 1px solid #b8862b; border-radius: 4px; font-weight: 600; }"));
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
        setIcon(lockIcon(QColor(QStringLiteral("#5a3a00"))));
        setText(tr("Private — only you can read this"));
        setAccessibleName(tr("Private entry: only you can read it. Press to share it."));
    } else {
        setIcon(QIcon());
        setText(m_partner.isEmpty() ? tr("Shared") : tr("Shared with %1").arg(m_partner));
        setAccessibleName(tr("Shared entry: your partner can read it. Press to make it private."));
    }
    setToolTip(accessibleName());
}

} // namespace twofold::ui
