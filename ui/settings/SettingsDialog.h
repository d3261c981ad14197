#pragma once

#include "appearance/Appearance.h"

#include <QDialog>

class QButtonGroup;
class QPushButton;
class QSpinBox;

namespace twofold::ui {

// The few settings there are: auto-lock after idle minutes (0: never), and
// light, dark or the desktop's choice.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    static int autoLockMinutes();
    static void setAutoLockMinutes(int minutes);

    QSpinBox* autoLockField() const { return m_autoLock; }
    QPushButton* schemeButton(SchemeChoice choice) const;
    SchemeChoice chosenScheme() const;
    void accept() override;
    void reject() override;

private:
    QWidget* buildSchemeChoice();

    QSpinBox* m_autoLock;
    QButtonGroup* m_scheme = nullptr;
};

} // namespace twofold::ui
