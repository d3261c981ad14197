#pragma once

#include "domain/Entry.h"

#include <QPushButton>

namespace twofold::ui {

// Shared or private, impossible to miss: a wide toggle that says in words who
// will be able to read the entry, with a lock when private.
class VisibilityToggle final : public QPushButton {
    Q_OBJECT
public:
    explicit VisibilityToggle(QWidget* parent = nullptr);

    core::Visibility visibility() const;
    void setVisibility(core::Visibility visibility);
    // The partner who reads shared entries, named in the label.
    void setPartnerName(const QString& name);

Q_SIGNALS:
    void visibilityChanged(core::Visibility visibility);

private:
    void applyLook();
    void updateLabel();
    QString m_partner;
};

} // namespace twofold::ui
