#include "checkin/TogetherFlow.h"

#include "checkin/SideBySide.h"
#include "checkin/SpeakerTurns.h"
#include "widgets/Card.h"
#include "widgets/FitStack.h"
#include "widgets/TextStyles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QVBoxLayout* pageLayout(QWidget* page) {
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    return layout;
}

} // namespace

TogetherFlow::TogetherFlow(const core::CheckInGuide& guide, QWidget* parent)
    : QWidget(parent)
    , m_guide(guide) {
    setObjectName(QStringLiteral("togetherFlow"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("togetherProgress"));
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_progress);
    m_pages = new FitStack(this);
    layout->addWidget(m_pages);
    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"), this);
    m_back->setObjectName(QStringLiteral("togetherBack"));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("togetherNext"));
    m_next->setProperty("primary", true);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, [this] { setStep(step() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setStep(step() + 1); });
}

void TogetherFlow::setCheckIn(const core::CheckIn& checkIn, const std::vector<core::Partner>& partners) {
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_ids.clear();
    m_titles.clear();
    m_comparison.clear();
    m_gap = nullptr;
    m_agreements = nullptr;
    m_save = nullptr;
    m_turns = nullptr;
    m_ids.push_back(QStringLiteral("start"));
    m_titles << tr("Together");
    m_pages->addWidget(startPage());
    for (const core::CheckInStepGuide& step : m_guide.steps()) {
        // Rating the week is each one's own part, done before this.
        if (step.id == QLatin1String("ratings")) {
            continue;
        }
        m_ids.push_back(step.id);
        m_titles << step.title;
        m_pages->addWidget(stepPage(step, checkIn, partners));
    }
    if (m_agreements) {
        m_agreements->setPlainText(checkIn.agreements.value_or(QString()));
    }
    showStep();
}

QWidget* TogetherFlow::startPage() {
    auto* page = new QWidget(m_pages);
    QVBoxLayout* layout = pageLayout(page);
    layout->addWidget(headingLabel(tr("You've both done your part"), page));
    layout->addWidget(helperLabel(tr("From here on, both parts are visible to both of you: ratings, appreciations, the "
                                     "issue and the ask. Go through them when you're sitting together, with about half "
                                     "an hour and nothing else on."),
                                  page));
    auto* row = new QHBoxLayout;
    m_start = new QPushButton(tr("We're together now"), page);
    m_start->setObjectName(QStringLiteral("togetherNow"));
    m_start->setProperty("primary", true);
    row->addWidget(m_start);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_start, &QPushButton::clicked, this, [this] { setStep(1); });
    return page;
}

QWidget* TogetherFlow::stepPage(const core::CheckInStepGuide& step, const core::CheckIn& checkIn,
                                const std::vector<core::Partner>& partners) {
    auto* page = new QWidget(m_pages);
    QVBoxLayout* layout = pageLayout(page);
    layout->addWidget(headingLabel(step.title, page));
    layout->addWidget(helperLabel(step.helper, page));
    const BothParts parts = bothParts(checkIn, partners);
    if (step.id == QLatin1String("differences")) {
        if (parts.complete()) {
            RatingsComparison ratings = compareRatings(m_guide, parts, page);
            m_comparison = ratings.lines;
            m_gap = new QLabel(ratings.cue(), page);
            m_gap->setObjectName(QStringLiteral("biggestGap"));
            m_gap->setWordWrap(true);
            layout->addWidget(m_gap);
            layout->addWidget(ratings.card);
        }
    } else if (step.id == QLatin1String("issue")) {
        if (parts.complete()) {
            layout->addWidget(sideBySideNotes(step, parts, partners, page));
        }
        m_turns = new SpeakerTurns(page);
        std::vector<SpeakerTurns::Speaker> speakers;
        for (const core::CheckInPart* part : {parts.left, parts.right}) {
            if (part) {
                speakers.push_back({part->authorName, part->fields.value(QStringLiteral("issue"))});
            }
        }
        m_turns->setSpeakers(speakers);
        auto* turns = new Card(tr("Taking turns"), page);
        turns->body()->addWidget(m_turns);
        layout->addWidget(turns);
    } else if (step.id == QLatin1String("agreements")) {
        m_agreements = new QPlainTextEdit(page);
        m_agreements->setObjectName(QStringLiteral("agreements"));
        m_agreements->setAccessibleName(step.title);
        m_agreements->setTabChangesFocus(true);
        m_agreements->setMaximumHeight(160);
        layout->addWidget(m_agreements);
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        m_save = new QPushButton(tr("Save what we'll try"), page);
        m_save->setObjectName(QStringLiteral("saveAgreements"));
        m_save->setProperty("primary", true);
        row->addWidget(m_save);
        layout->addLayout(row);
        connect(m_save, &QPushButton::clicked, this,
                [this] { Q_EMIT agreementsSubmitted(m_agreements->toPlainText().trimmed()); });
    } else if (step.field && parts.complete()) {
        if (step.id == QLatin1String("appreciations")) {
            layout->addWidget(helperLabel(tr("Read them aloud to each other, one at a time."), page));
        }
        layout->addWidget(sideBySideNotes(step, parts, partners, page));
    }
    layout->addStretch(1);
    return page;
}

void TogetherFlow::setStep(int step) {
    const int bounded = std::clamp(step, 0, std::max(0, stepCount() - 1));
    if (bounded == m_pages->currentIndex()) {
        showStep();
        return;
    }
    m_pages->setCurrentIndex(bounded);
    showStep();
    Q_EMIT stepChanged(bounded);
}

int TogetherFlow::step() const {
    return std::max(0, m_pages->currentIndex());
}

int TogetherFlow::stepCount() const {
    return m_pages->count();
}

QString TogetherFlow::stepId() const {
    const int index = step();
    return index < static_cast<int>(m_ids.size()) ? m_ids[index] : QString();
}

void TogetherFlow::showStep() {
    const int index = step();
    const int last = stepCount() - 1;
    // The start page has its own button; the steps count from the first one.
    m_progress->setVisible(index > 0);
    if (index > 0 && index < m_titles.size()) {
        m_progress->setText(tr("Step %1 of %2 · %3").arg(index).arg(last).arg(m_titles[index]));
    }
    m_back->setVisible(index > 0);
    m_next->setVisible(index > 0 && index < last);
    if (index < last && index + 1 < m_titles.size()) {
        m_next->setText(tr("Next: %1").arg(m_titles[index + 1]));
    }
}

} // namespace twofold::ui
