#pragma once

#include <QFrame>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;

namespace twofold::ui {

// "Moved to trash · Undo": what just happened, in words, with a way back
// for a little while (UX.md: destructive actions confirm or can be undone).
// A new offer takes the place of the last one.
class UndoBar final : public QFrame {
    Q_OBJECT
public:
    explicit UndoBar(QWidget* parent = nullptr);

    void offer(const QString& what, std::function<void()> undo);
    // Withdraws the offer (on lock: the keys Undo would need are gone).
    void withdraw();
    QString text() const;
    QPushButton* undoButton() const { return m_undo; }
    static constexpr int kOfferMs = 10000;

private:
    QLabel* m_text = nullptr;
    QPushButton* m_undo = nullptr;
    std::function<void()> m_action;
    QTimer m_timer;
};

} // namespace twofold::ui
