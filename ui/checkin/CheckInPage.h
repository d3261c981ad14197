#pragma once

#include "domain/CheckIn.h"
#include "prompts/CheckInGuide.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace twofold::ui {

class FitStack;

class Card;
class RatingRow;
class Session;
class TogetherFlow;

// This week's check-in, following the guide (resources/checkin): last
// week's agreements first ("how did it go?"), then your own part — the
// seven ratings and the four notes — kept as you write it and changeable
// until you have both submitted; the other partner sees only that you have
// answered. Once both parts are in, the together steps (TogetherFlow), which
// resume at the step where the couple stopped. Past weeks read as one page.
class CheckInPage final : public QWidget {
    Q_OBJECT
public:
    explicit CheckInPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    void clear();
    // An earlier week, read-only: both parts side by side once both were in.
    bool showWeek(const QString& week);
    // Past weeks as listed: "2026-W11 · Alex 7.3 · Sam 6.9" (the average of
    // each partner's ratings), newest first.
    QStringList pastWeeks() const;
    QListWidget* pastList() const { return m_past; }

    RatingRow* rating(const QString& key) const;
    QPlainTextEdit* field(const QString& key) const;
    QPushButton* submitButton() const { return m_submit; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* previousAgreements() const { return m_previous; }
    // A past week: "label: Alex 7 · Sam 4 · apart by 3" per rating, the cue
    // and the agreements, all on one read-only page (nothing to save there).
    QStringList comparison() const;
    QLabel* biggestGap() const { return m_gap; }
    QPlainTextEdit* agreementsField() const { return m_agreements; }
    bool showsPastWeek() const;
    // This week, both parts in: the steps gone through together.
    TogetherFlow* togetherFlow() const { return m_flow; }
    bool showsTogether() const;
    // The half-done part is kept this long after the last change.
    static constexpr int kKeepDelayMs = 1500;
    // Keeps the part as it is now without submitting it (also done by a
    // timer while writing, and when the page is left).
    void keepForLater();

Q_SIGNALS:
    void errorOccurred(const QString& message);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void submit();
    void saveAgreements(const QString& text);
    core::CheckInAnswer answerOnScreen() const;
    QString togetherStepKey(const QString& week) const;
    void showTogether(const core::CheckIn& checkIn);
    void fillPastWeeks(const std::vector<core::CheckIn>& all, const QString& thisWeek);

    Session& m_session;
    QLabel* m_week = nullptr;
    QLabel* m_previous = nullptr;
    QLabel* m_sharedNote = nullptr;
    QLabel* m_state = nullptr;
    FitStack* m_modes = nullptr;
    QWidget* m_own = nullptr;
    std::vector<RatingRow*> m_ratings;
    std::vector<std::pair<QString, QPlainTextEdit*>> m_fields;
    QPushButton* m_submit = nullptr;
    QWidget* m_together = nullptr;
    QVBoxLayout* m_togetherList = nullptr;
    QLabel* m_gap = nullptr;
    QPlainTextEdit* m_agreements = nullptr;
    QStringList m_comparison;
    TogetherFlow* m_flow = nullptr;
    QTimer* m_keep = nullptr;
    bool m_partOnScreenChanged = false;
    std::optional<core::CheckInGuide> m_guide;
    QLabel* m_pastHeading = nullptr;
    QListWidget* m_past = nullptr;
};

} // namespace twofold::ui
