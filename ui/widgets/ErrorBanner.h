#pragma once

#include <QFrame>

class QLabel;

namespace twofold::ui {

// One clear sentence across the top of the window when something failed;
// dismissed by the person or by the next success.
class ErrorBanner final : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showMessage(const QString& message);
    QString message() const;

private:
    void applyLook();
    QLabel* m_text;
};

} // namespace twofold::ui
