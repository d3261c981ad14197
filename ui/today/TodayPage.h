#pragma once

#include "journal/Drafts.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace twofold::ui {

class DraftBanner;
class PromptCard;
class Session;
class TimelineModel;

// The page a day starts on: the date, an unsaved draft offered back, a
// "write today's reflection" button, and the partner's shared entries of the
// last days.
class TodayPage final : public QWidget {
    Q_OBJECT
public:
    explicit TodayPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    void clear();

    DraftBanner* draftBanner() const { return m_banner; }
    PromptCard* promptCard() const { return m_prompt; }
    QLabel* streakLabel() const { return m_streak; }
    QLabel* checkInReminder() const { return m_checkIn; }
    QPushButton* writeButton() const { return m_write; }
    TimelineModel* partnerModel() const { return m_partnerModel; }

Q_SIGNALS:
    void writeToday();
    void continueDraft(const core::Draft& draft);
    void openEntry(const QString& entryId);
    void errorOccurred(const QString& message);

private:
    void refreshDrafts();
    void refreshStreak();
    void refreshCheckIn();

    Session& m_session;
    QLabel* m_date = nullptr;
    QLabel* m_greeting = nullptr;
    DraftBanner* m_banner = nullptr;
    PromptCard* m_prompt = nullptr;
    QLabel* m_streak = nullptr;
    QLabel* m_checkIn = nullptr;
    QPushButton* m_write = nullptr;
    QLabel* m_partnerHeading = nullptr;
    QListView* m_partnerList = nullptr;
    QLabel* m_partnerEmpty = nullptr;
    TimelineModel* m_partnerModel = nullptr;
};

} // namespace twofold::ui
