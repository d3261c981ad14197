#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace twofold::ui {

class EntryCalendar;
class Session;
class TimelineModel;

// The journal: a paged timeline of entries (newest first, grouped by month)
// with filters, the trash, and a month calendar marking who wrote when.
class JournalPage final : public QWidget {
    Q_OBJECT
public:
    explicit JournalPage(Session& session, QWidget* parent = nullptr);

    TimelineModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    EntryCalendar* calendar() const { return m_calendar; }
    QComboBox* partnerFilter() const { return m_partner; }
    // The trash is a place of its own in the sidebar: the same page, showing
    // what was moved there (with Restore instead of Move to trash).
    void setShowingTrash(bool trash);
    // Only what this partner wrote ("See all" from Today).
    void showOnlyAuthor(const QString& partnerId);
    bool showingTrash() const { return m_showingTrash; }

    // Reloads the filters' choices and the entries (after unlock).
    void refresh();
    // Drops everything shown (on lock).
    void clear();

Q_SIGNALS:
    void openEntry(const QString& entryId);
    // After Delete (or Move to trash): for "Moved to trash · Undo".
    void movedToTrash(const QString& entryId, const QString& title);
    void errorOccurred(const QString& message);

private:
    void applyFilter();
    void refreshCalendar();
    void updateActions();
    void trashOrRestore();
    void showContextMenu(const QPoint& at);
    QString currentId() const;

    Session& m_session;
    TimelineModel* m_model = nullptr;
    QListView* m_view = nullptr;
    EntryCalendar* m_calendar = nullptr;
    QComboBox* m_partner = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_mood = nullptr;
    QComboBox* m_visibility = nullptr;
    bool m_showingTrash = false;
    QPushButton* m_dayFilter = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_trashButton = nullptr;
    QLabel* m_empty = nullptr;
    QDate m_day;
};

} // namespace twofold::ui
