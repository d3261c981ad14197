#pragma once

#include "domain/CheckIn.h"
#include "domain/Partner.h"
#include "prompts/CheckInGuide.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace twofold::ui {

class FitStack;

class SpeakerTurns;

// The check-in once both parts are in, one step at a time as the guide
// (resources/checkin) scripts it: a "we're together now" start that says
// plainly that both parts are now visible to both; appreciations read
// aloud; what went well; where the ratings differ, the biggest gap picked
// out; the one issue in speaker and listener turns; each one's ask; and
// what we'll try, written together. The step is kept by the page, so an
// unfinished check-in resumes where it stopped.
class TogetherFlow final : public QWidget {
    Q_OBJECT
public:
    TogetherFlow(const core::CheckInGuide& guide, QWidget* parent = nullptr);

    // Rebuilds the steps for this week's revealed check-in.
    void setCheckIn(const core::CheckIn& checkIn, const std::vector<core::Partner>& partners);
    void setStep(int step);
    int step() const;
    int stepCount() const;
    QString stepId() const; // "start", then the guide's step ids

    QStringList comparison() const { return m_comparison; }
    QLabel* biggestGap() const { return m_gap; }
    QPlainTextEdit* agreementsField() const { return m_agreements; }
    QPushButton* saveAgreementsButton() const { return m_save; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* backButton() const { return m_back; }
    QLabel* progress() const { return m_progress; }
    SpeakerTurns* turns() const { return m_turns; }

Q_SIGNALS:
    void stepChanged(int step);
    void agreementsSubmitted(const QString& text);

private:
    QWidget* startPage();
    QWidget* stepPage(const core::CheckInStepGuide& step, const core::CheckIn& checkIn,
                      const std::vector<core::Partner>& partners);
    void showStep();

    core::CheckInGuide m_guide;
    std::vector<QString> m_ids;
    QStringList m_titles;
    QStringList m_comparison;
    FitStack* m_pages = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_gap = nullptr;
    QPlainTextEdit* m_agreements = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    SpeakerTurns* m_turns = nullptr;
};

} // namespace twofold::ui
