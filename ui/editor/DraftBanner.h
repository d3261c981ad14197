#pragma once

#include "journal/Drafts.h"
#include "widgets/Card.h"

#include <QTimer>

class QLabel;
class QPushButton;

namespace twofold::ui {

// "You have an unsaved draft": offers writing that was never saved as an
// entry (closed window, crash, power cut) back to its author. Discarding
// it can be undone for a little while ("Draft discarded · Undo").
class DraftBanner final : public Card {
    Q_OBJECT
public:
    explicit DraftBanner(QWidget* parent = nullptr);

    void showDraft(const core::Draft& draft);
    // After a discard: the words are gone from the journal, the banner
    // holds them for `kUndoMs` so Undo can put them back.
    void showDiscarded(const core::Draft& draft);
    bool offersUndo() const { return m_undoing; }
    const core::Draft& draft() const { return m_draft; }
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* undoButton() const { return m_undo; }
    static constexpr int kUndoMs = 10000;

Q_SIGNALS:
    void continueDraft(const core::Draft& draft);
    void discardDraft(const core::Draft& draft);
    void undoDiscard(const core::Draft& draft);

private:
    void endUndo();

    core::Draft m_draft;
    QLabel* m_text = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_undo = nullptr;
    QTimer m_undoTimer;
    bool m_undoing = false;
};

} // namespace twofold::ui
