#include "editor/VisibilityToggle.h"

#include "widgets/FollowPalette.h"
#include "widgets/Icons.h"
#include "widgets/Palettes.h"

#include <QApplication>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPushButton>

namespace twofold::ui {

VisibilityToggle::VisibilityToggle(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("visibilityToggle"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    m_shared = new QPushButton(this);
    m_shared->setObjectName(QStringLiteral("sharedSegment"));
    m_onlyMe = new QPushButton(tr("Only me"), this);
    m_onlyMe->setObjectName(QStringLiteral("onlyMeSegment"));
    for (QPushButton* segment : {m_shared, m_onlyMe}) {
        segment->setCheckable(true);
        segment->setMinimumHeight(30);
        segment->setIconSize(QSize(14, 14));
        m_group->addButton(segment);
        layout->addWidget(segment);
    }
    m_shared->setChecked(true);
    applyLook();
    followPalette(this, [this] {
        applyLook();
        updateLabels();
    });
    connect(m_onlyMe, &QPushButton::toggled, this, [this] {
        updateLabels();
        Q_EMIT visibilityChanged(visibility());
    });
    updateLabels();
}

core::Visibility VisibilityToggle::visibility() const {
    return m_onlyMe->isChecked() ? core::Visibility::Private : core::Visibility::Shared;
}

void VisibilityToggle::setVisibility(core::Visibility visibility) {
    (visibility == core::Visibility::Private ? m_onlyMe : m_shared)->setChecked(true);
    updateLabels();
}

void VisibilityToggle::toggle() {
    setVisibility(visibility() == core::Visibility::Private ? core::Visibility::Shared : core::Visibility::Private);
}

void VisibilityToggle::setPartnerName(const QString& name) {
    m_partner = name;
    updateLabels();
}

void VisibilityToggle::updateLabels() {
    m_shared->setText(m_partner.isEmpty() ? tr("Shared") : tr("Shared with %1").arg(m_partner));
    m_shared->setAccessibleName(m_partner.isEmpty() ? tr("Shared: your partner can read it")
                                                    : tr("Shared: %1 can read it").arg(m_partner));
    const bool onlyMe = m_onlyMe->isChecked();
    m_onlyMe->setIcon(lockIcon(onlyMe ? onlyYouLook(QApplication::palette()).text
                                      : QApplication::palette().color(QPalette::ButtonText)));
    m_onlyMe->setAccessibleName(tr("Only me: nobody else can read it, not even in search"));
    setAccessibleName(onlyMe ? tr("Only you can read this entry") : m_shared->accessibleName());
    setToolTip(onlyMe ? tr("Only you can read this. %1 won't see it, not even in search.")
                            .arg(m_partner.isEmpty() ? tr("Your partner") : m_partner)
                      : m_shared->accessibleName());
}

void VisibilityToggle::applyLook() {
    // The "Only you" plum when chosen, the same as everywhere else: it must
    // not be missed while writing. Shared, chosen, wears the ink.
    const OnlyYouLook look = onlyYouLook(QApplication::palette());
    setStyleSheet(QStringLiteral("QPushButton#onlyMeSegment:checked { background: %1; color: %2; "
                                 "border: 1px solid %3; border-radius: 3px; font-weight: 600; padding: 0 12px; }")
                      .arg(look.tint.name(), look.text.name(), look.border.name()));
}

} // namespace twofold::ui
