#pragma once

#include "domain/Entry.h"

#include <QWidget>

class QButtonGroup;
class QPushButton;

namespace twofold::ui {

// Who will read it, as a choice in two segments (UX.md): "Shared with Sam |
// Only me". Only me wears the one "Only you" plum with its lock, so a
// private entry cannot be mistaken while it is written.
class VisibilityToggle final : public QWidget {
    Q_OBJECT
public:
    explicit VisibilityToggle(QWidget* parent = nullptr);

    core::Visibility visibility() const;
    void setVisibility(core::Visibility visibility);
    // The partner who reads shared entries, named in the label.
    void setPartnerName(const QString& name);
    QPushButton* sharedButton() const { return m_shared; }
    QPushButton* onlyMeButton() const { return m_onlyMe; }

public Q_SLOTS:
    // Shared becomes Only me and back (the editor's shortcut).
    void toggle();

Q_SIGNALS:
    void visibilityChanged(core::Visibility visibility);

private:
    void applyLook();
    void updateLabels();

    QButtonGroup* m_group = nullptr;
    QPushButton* m_shared = nullptr;
    QPushButton* m_onlyMe = nullptr;
    QString m_partner;
};

} // namespace twofold::ui
