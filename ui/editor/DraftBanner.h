#pragma once

#include "journal/Drafts.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace twofold::ui {

// "You have an unsaved draft": offers writing that was never saved as an
// entry (closed window, crash, power cut) back to its author.
class DraftBanner final : public QFrame {
    Q_OBJECT
public:
    explicit DraftBanner(QWidget* parent = nullptr);

    void showDraft(const core::Draft& draft);
    const core::Draft& draft() const { return m_draft; }
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* discardButton() const { return m_discard; }

Q_SIGNALS:
    void continueDraft(const core::Draft& draft);
    void discardDraft(const core::Draft& draft);

private:
    core::Draft m_draft;
    QLabel* m_text = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_discard = nullptr;
};

} // namespace twofold::ui
