#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace twofold::ui {

// The issue step of the check-in, spoken in turns: one partner speaks while
// the other listens, then the listener sums up what they heard until the
// speaker feels understood, and only then do they swap. An optional timer
// keeps a speaking turn from running on; it never cuts anyone off, it only
// says the time is up.
class SpeakerTurns final : public QWidget {
    Q_OBJECT
public:
    struct Speaker {
        QString name;
        QString issue; // what they wrote as their one issue (may be empty)
    };
    enum class Phase { Speaking, SummingUp, Done };

    explicit SpeakerTurns(QWidget* parent = nullptr);

    // The two partners, the first partner first; whoever wrote an issue
    // speaks first (the first partner when both did).
    void setSpeakers(const std::vector<Speaker>& speakers);

    Phase phase() const { return m_phase; }
    int speakerIndex() const { return m_speaker; }
    QString whoseTurn() const; // "Alex speaks · Sam listens", …
    int secondsLeft() const { return m_secondsLeft; }

    QPushButton* forwardButton() const { return m_forward; }
    QPushButton* notYetButton() const { return m_notYet; }
    QCheckBox* timerSwitch() const { return m_timerOn; }
    QSpinBox* timerMinutes() const { return m_minutes; }
    QLabel* timeLabel() const { return m_time; }

public Q_SLOTS:
    // One second of the timer (a QTimer calls it; tests call it directly).
    void secondElapsed();

private:
    void forward();
    void backToSpeaker();
    void startTurnTimer();
    void show();

    std::vector<Speaker> m_speakers;
    int m_speaker = 0;
    int m_turnsDone = 0;
    Phase m_phase = Phase::Speaking;
    int m_secondsLeft = 0;

    QLabel* m_turn = nullptr;
    QLabel* m_issue = nullptr;
    QLabel* m_guide = nullptr;
    QLabel* m_time = nullptr;
    QCheckBox* m_timerOn = nullptr;
    QSpinBox* m_minutes = nullptr;
    QPushButton* m_notYet = nullptr;
    QPushButton* m_forward = nullptr;
    QTimer* m_ticker = nullptr;
};

} // namespace twofold::ui
