#include "checkin/SpeakerTurns.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

constexpr int kDefaultMinutes = 3;

QString clock(int seconds) {
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SpeakerTurns::SpeakerTurns(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("speakerTurns"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_turn = new QLabel(this);
    m_turn->setObjectName(QStringLiteral("whoseTurn"));
    QFont f = m_turn->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setWeight(QFont::DemiBold);
    m_turn->setFont(f);
    m_turn->setWordWrap(true);
    // A screen reader hears whose turn it is the moment it changes.
    m_turn->setAccessibleName(tr("Whose turn"));
    layout->addWidget(m_turn);

    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("speakerIssue"));
    m_issue->setWordWrap(true);
    m_issue->setTextFormat(Qt::PlainText);
    layout->addWidget(m_issue);

    m_guide = new QLabel(this);
    m_guide->setWordWrap(true);
    m_guide->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_guide);

    auto* timerRow = new QHBoxLayout;
    m_timerOn = new QCheckBox(tr("Timer for each speaking turn"), this);
    m_timerOn->setObjectName(QStringLiteral("turnTimer"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("turnMinutes"));
    m_minutes->setRange(1, 15);
    m_minutes->setValue(kDefaultMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Minutes for each speaking turn"));
    m_minutes->setEnabled(false);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("turnTimeLeft"));
    timerRow->addWidget(m_timerOn);
    timerRow->addWidget(m_minutes);
    timerRow->addSpacing(12);
    timerRow->addWidget(m_time, 1);
    layout->addLayout(timerRow);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_notYet = new QPushButton(this);
    m_notYet->setObjectName(QStringLiteral("notYet"));
    m_forward = new QPushButton(this);
    m_forward->setObjectName(QStringLiteral("turnForward"));
    buttons->addWidget(m_notYet);
    buttons->addWidget(m_forward);
    layout->addLayout(buttons);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &SpeakerTurns::secondElapsed);
    connect(m_timerOn, &QCheckBox::toggled, this, [this](bool on) {
        m_minutes->setEnabled(on);
        if (on && m_phase == Phase::Speaking) {
            startTurnTimer();
        } else if (!on) {
            m_ticker->stop();
            m_secondsLeft = 0;
            m_time->clear();
        }
    });
    connect(m_forward, &QPushButton::clicked, this, &SpeakerTurns::forward);
    connect(m_notYet, &QPushButton::clicked, this, &SpeakerTurns::backToSpeaker);
}

void SpeakerTurns::setSpeakers(const std::vector<Speaker>& speakers) {
    m_speakers = speakers;
    m_turnsDone = 0;
    m_phase = Phase::Speaking;
    m_speaker = 0;
    if (m_speakers.size() == 2 && m_speakers[0].issue.trimmed().isEmpty() && !m_speakers[1].issue.trimmed().isEmpty()) {
        m_speaker = 1;
    }
    show();
    if (m_timerOn->isChecked()) {
        startTurnTimer();
    }
}

QString SpeakerTurns::whoseTurn() const {
    return m_turn->text();
}

void SpeakerTurns::secondElapsed() {
    if (m_secondsLeft <= 0) {
        return;
    }
    --m_secondsLeft;
    if (m_secondsLeft == 0) {
        m_ticker->stop();
        m_time->setText(tr("Time's up — finish your thought, then %1 sums up.")
                            .arg(m_speakers.size() == 2 ? m_speakers[1 - m_speaker].name : QString()));
        return;
    }
    m_time->setText(tr("%1 left").arg(clock(m_secondsLeft)));
}

void SpeakerTurns::startTurnTimer() {
    m_secondsLeft = m_minutes->value() * 60;
    m_time->setText(tr("%1 left").arg(clock(m_secondsLeft)));
    m_ticker->start();
}

void SpeakerTurns::forward() {
    if (m_phase == Phase::Speaking) {
        m_phase = Phase::SummingUp;
        m_ticker->stop();
        m_time->clear();
    } else if (m_phase == Phase::SummingUp) {
        ++m_turnsDone;
        if (m_turnsDone >= 2) {
            m_phase = Phase::Done;
        } else {
            m_speaker = 1 - m_speaker;
            m_phase = Phase::Speaking;
            if (m_timerOn->isChecked()) {
                startTurnTimer();
            }
        }
    }
    show();
}

void SpeakerTurns::backToSpeaker() {
    if (m_phase != Phase::SummingUp) {
        return;
    }
    m_phase = Phase::Speaking;
    if (m_timerOn->isChecked()) {
        startTurnTimer();
    }
    show();
}

void SpeakerTurns::show() {
    if (m_speakers.size() != 2) {
        m_turn->clear();
        m_issue->clear();
        m_guide->clear();
        m_forward->hide();
        m_notYet->hide();
        return;
    }
    const Speaker& speaker = m_speakers[m_speaker];
    const Speaker& listener = m_speakers[1 - m_speaker];
    const QString issue = speaker.issue.trimmed();
    switch (m_phase) {
    case Phase::Speaking:
        m_turn->setText(tr("%1 speaks · %2 listens").arg(speaker.name, listener.name));
        m_issue->setText(
            issue.isEmpty()
                ? tr("%1 didn't name an issue this week, and can answer %2's.").arg(speaker.name, listener.name)
                : tr("%1 wrote: %2").arg(speaker.name, issue));
        m_guide->setText(tr("%1, try “I feel … about … and I need …”, without blaming. %2, just listen for now: "
                            "no answering back, no fixing.")
                             .arg(speaker.name, listener.name));
        m_forward->setText(tr("%1 sums up").arg(listener.name));
        m_forward->show();
        m_notYet->hide();
        break;
    case Phase::SummingUp:
        m_turn->setText(tr("%1 sums up what they heard").arg(listener.name));
        m_issue->setText(issue.isEmpty() ? QString() : tr("%1 wrote: %2").arg(speaker.name, issue));
        m_guide->setText(tr("%1, say back in your own words what %2 said and what they need. %2, say whether "
                            "that's it.")
                             .arg(listener.name, speaker.name));
        m_forward->setText(m_turnsDone == 0 ? tr("That's it — swap roles") : tr("That's it — we've both been heard"));
        m_notYet->setText(tr("Not quite — %1 says more").arg(speaker.name));
        m_forward->show();
        m_notYet->show();
        break;
    case Phase::Done:
        m_turn->setText(tr("You've both been heard."));
        m_issue->clear();
        m_guide->setText(tr("If something came up you'd like to try, you can write it down in the last step."));
        m_forward->hide();
        m_notYet->hide();
        break;
    }
    m_forward->setProperty("primary", true);
    m_turn->setAccessibleDescription(m_turn->text());
}

} // namespace twofold::ui
