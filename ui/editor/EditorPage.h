#pragma once

#include "journal/Drafts.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace twofold::ui {

class MoodPicker;
class Session;
class TagEdit;
class VisibilityToggle;

// Writing and reading one entry. While a person writes, a sealed draft is
// stored 1.5 s after typing stops and whenever the editor loses focus, so a
// crash loses at most that; saving the entry clears the draft. The other
// partner's entries open read-only.
class EditorPage final : public QWidget {
    Q_OBJECT
public:
    explicit EditorPage(Session& session, QWidget* parent = nullptr);
    ~EditorPage() override;

    // A new entry for `day` (today by default); continues the new-entry
    // draft if there is one.
    void newEntry(QDate day = {});
    // A new reflection that starts from a conversation prompt, quoted.
    void newEntryAbout(const QString& prompt);
    // One entry: editable (with its draft, if any) when it is the acting
    // partner's, read-only otherwise. False (and errorOccurred) on failure.
    bool openEntry(const QString& entryId);
    void openDraft(const core::Draft& draft);

    // Stores the draft now if anything changed since the last one.
    bool saveDraftNow();
    // Saves the entry and clears its draft.
    bool save();
    // Drops the draft and what is on screen.
    void discard();
    // Empties the editor without saving (on lock, after saveDraftNow()).
    void clear();

    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); }
    bool hasUnsavedChanges() const { return m_dirty; }
    std::optional<QString> entryId() const { return m_entryId; }
    bool isReadOnly() const { return m_readOnly; }

    QLineEdit* titleField() const { return m_title; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QTextBrowser* reader() const { return m_reader; }
    MoodPicker* moodPicker() const { return m_mood; }
    TagEdit* tagEdit() const { return m_tags; }
    VisibilityToggle* visibilityToggle() const { return m_visibility; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* newerButton() const { return m_previous; }
    QPushButton* olderButton() const { return m_next; }
    // Whether the neighbours in the journal exist (the window knows them).
    void setNeighbours(bool newer, bool older);

Q_SIGNALS:
    void saved(const QString& entryId);
    void draftSaved();
    void closed();
    // The draft the person discarded, for Undo.
    void discarded(const core::Draft& draft);
    void backRequested();
    // -1: the newer neighbour in the journal, +1 the older.
    void stepRequested(int step);
    void errorOccurred(const QString& message);

private:
    void markDirty();
    // `byline`: who wrote it as the journal can tell (words::byline); the
    // author's name when empty.
    void load(const core::Draft& draft, bool readOnly, const QString& author, const QString& byline = {});
    core::Draft currentDraft() const;
    void applyVisibilityLook();
    void refreshKnownTags();
    void onFocusChanged(QWidget* old, QWidget* now);

    Session& m_session;
    QLabel* m_heading = nullptr;
    QLabel* m_meta = nullptr; // author, day, mood, tags when reading
    QLineEdit* m_title = nullptr;
    QDateEdit* m_day = nullptr;
    MoodPicker* m_mood = nullptr;
    TagEdit* m_tags = nullptr;
    VisibilityToggle* m_visibility = nullptr;
    QLabel* m_privateBanner = nullptr;
    QPlainTextEdit* m_text = nullptr;
    // The partner's entries are read, not edited: shown formatted.
    QTextBrowser* m_reader = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QTimer m_autosave;
    std::optional<QString> m_entryId;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_active = false;
};

} // namespace twofold::ui
