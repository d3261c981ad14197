#pragma once

#include "domain/Entry.h"
#include "journal/Drafts.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace twofold::ui {

class Card;
class DraftBanner;
class PromptCard;
class Session;

// The page a day starts on, as cards to act on (UX.md), in a centred
// column: writing left unfinished, Your day (write, or open what was
// written today and add another), today's prompt ("Write about this"), the
// check-in when it is due, the partner's week (at most three, "See all")
// and what was written on this day a year ago.
class TodayPage final : public QWidget {
    Q_OBJECT
public:
    explicit TodayPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    void clear();

    static constexpr int kPartnerGlances = 3;

    DraftBanner* draftBanner() const { return m_banner; }
    Card* yourDayCard() const { return m_yourDay; }
    QLabel* yourDayText() const { return m_yourDayText; }
    PromptCard* promptCard() const { return m_prompt; }
    QLabel* streakLabel() const { return m_streak; }
    Card* checkInCard() const { return m_checkIn; }
    QLabel* checkInReminder() const { return m_checkInText; }
    QPushButton* checkInButton() const { return m_checkInButton; }
    QPushButton* writeButton() const { return m_write; }
    QPushButton* openTodayButton() const { return m_openToday; }
    QPushButton* anotherButton() const { return m_another; }
    QWidget* partnerWeek() const { return m_partnerWeek; }
    QLabel* partnerEmpty() const { return m_partnerEmpty; }
    QPushButton* seeAllButton() const { return m_seeAll; }
    Card* onThisDayCard() const { return m_onThisDay; }
    // The entries shown at a glance (the partner's week, then on this day).
    QStringList glancedEntries() const;

Q_SIGNALS:
    void writeToday();
    void writeAbout(const QString& prompt);
    void answerPrompt(const QString& promptId);
    void openCheckIn();
    void continueDraft(const core::Draft& draft);
    void openEntry(const QString& entryId);
    void seeAllOf(const QString& partnerId);
    void errorOccurred(const QString& message);

private:
    void refreshDrafts();
    void refreshYourDay();
    void refreshStreak();
    void refreshCheckIn();
    void refreshPartnerWeek();
    void refreshOnThisDay();
    void addGlances(QVBoxLayout* into, const std::vector<core::Entry>& entries, int most);

    Session& m_session;
    QLabel* m_date = nullptr;
    DraftBanner* m_banner = nullptr;
    Card* m_yourDay = nullptr;
    QLabel* m_yourDayText = nullptr;
    QLabel* m_streak = nullptr;
    QPushButton* m_write = nullptr;
    QPushButton* m_openToday = nullptr;
    QPushButton* m_another = nullptr;
    QString m_todayEntry;
    PromptCard* m_prompt = nullptr;
    Card* m_checkIn = nullptr;
    QLabel* m_checkInText = nullptr;
    QPushButton* m_checkInButton = nullptr;
    QLabel* m_partnerHeading = nullptr;
    QWidget* m_partnerWeek = nullptr;
    QVBoxLayout* m_partnerList = nullptr;
    QLabel* m_partnerEmpty = nullptr;
    QPushButton* m_seeAll = nullptr;
    QString m_partnerId;
    Card* m_onThisDay = nullptr;
    QVBoxLayout* m_onThisDayList = nullptr;
};

} // namespace twofold::ui
