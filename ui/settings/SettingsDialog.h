#pragma once

#include <QDialog>

class QSpinBox;

namespace twofold::ui {

// The few settings there are: auto-lock after idle minutes (0: never).
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    static int autoLockMinutes();
    static void setAutoLockMinutes(int minutes);

    QSpinBox* autoLockField() const { return m_autoLock; }
    void accept() override;

private:
    QSpinBox* m_autoLock;
};

} // namespace twofold::ui
