#include "today/TodayPage.h"

#include "Clock.h"
#include "Session.h"
#include "editor/DraftBanner.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "journal/Stats.h"
#include "timeline/TimelineDelegate.h"
#include "timeline/TimelineModel.h"
#include "today/PromptCard.h"

#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {
constexpr int kRecentDays = 7;
}

TodayPage::TodayPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("todayPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->setSpacing(12);

    m_date = new QLabel(this);
    QFont big = m_date->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setWeight(QFont::DemiBold);
    m_date->setFont(big);
    layout->addWidget(m_date);
    m_greeting = new QLabel(this);
    m_greeting->setWordWrap(true);
    layout->addWidget(m_greeting);

    m_streak = new QLabel(this);
    m_streak->setObjectName(QStringLiteral("streak"));
    m_streak->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_streak);

    m_banner = new DraftBanner(this);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_checkIn = new QLabel(this);
    m_checkIn->setObjectName(QStringLiteral("checkInReminder"));
    m_checkIn->setWordWrap(true);
    m_checkIn->setMargin(10);
    m_checkIn->setAutoFillBackground(true);
    m_checkIn->setBackgroundRole(QPalette::AlternateBase);
    m_checkIn->hide();
    layout->addWidget(m_checkIn);
    m_prompt = new PromptCard(this);
    m_prompt->hide();
    layout->addWidget(m_prompt);

    m_write = new QPushButton(tr("Write today's reflection"), this);
    m_write->setObjectName(QStringLiteral("writeToday"));
    m_write->setToolTip(tr("Start today's entry (Ctrl+N)"));
    m_write->setMinimumHeight(44);
    m_write->setMinimumWidth(m_write->fontMetrics().horizontalAdvance(m_write->text()) * 5 / 4 + 48);
    QFont writeFont = m_write->font();
    writeFont.setPointSizeF(writeFont.pointSizeF() * 1.15);
    m_write->setFont(writeFont);
    auto* writeRow = new QHBoxLayout;
    writeRow->addWidget(m_write);
    writeRow->addStretch();
    layout->addLayout(writeRow);
    layout->addSpacing(12);

    m_partnerHeading = new QLabel(this);
    QFont heading = m_partnerHeading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    heading.setWeight(QFont::DemiBold);
    m_partnerHeading->setFont(heading);
    layout->addWidget(m_partnerHeading);
    m_partnerModel = new TimelineModel(session, this);
    m_partnerList = new QListView(this);
    m_partnerList->setObjectName(QStringLiteral("partnerRecent"));
    m_partnerList->setModel(m_partnerModel);
    auto* delegate = new TimelineDelegate(m_partnerList);
    delegate->setShowMonths(false);
    m_partnerList->setItemDelegate(delegate);
    m_partnerList->setFrameShape(QFrame::NoFrame);
    m_partnerList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_partnerList->setBackgroundRole(QPalette::Window);
    m_partnerList->viewport()->setAutoFillBackground(false);
    layout->addWidget(m_partnerList, 1);
    m_partnerEmpty = new QLabel(this);
    m_partnerEmpty->setWordWrap(true);
    layout->addWidget(m_partnerEmpty);
    layout->addStretch();

    connect(m_write, &QPushButton::clicked, this, &TodayPage::writeToday);
    connect(m_banner, &DraftBanner::continueDraft, this, &TodayPage::continueDraft);
    connect(m_banner, &DraftBanner::discardDraft, this, [this](const core::Draft& draft) {
        if (auto removed = core::Drafts(m_session.journal()).discard(draft.entryId); !removed) {
            Q_EMIT errorOccurred(removed.error().message);
        }
    });
    connect(m_partnerList, &QListView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT openEntry(index.data(TimelineModel::IdRole).toString()); });
    connect(&m_session, &Session::draftsChanged, this, [this] {
        if (m_session.isUnlocked()) {
            refreshDrafts();
        }
    });
    connect(&m_session, &Session::entriesChanged, this, [this] {
        if (m_session.isUnlocked()) {
            refresh();
        }
    });
}

void TodayPage::refresh() {
    const QDate today = core::Clock::today();
    m_date->setText(QLocale().toString(today, QStringLiteral("dddd d MMMM")));
    const auto me = m_session.acting();
    const auto partner = m_session.partnerOfActing();
    m_greeting->setText(me ? tr("Hello %1. Take a few minutes for yourself — and for the two of you.").arg(me->name)
                           : QString());
    refreshDrafts();
    m_prompt->refresh(m_session);
    refreshStreak();
    refreshCheckIn();

    if (!partner) {
        m_partnerHeading->hide();
        m_partnerList->hide();
        m_partnerEmpty->hide();
        return;
    }
    m_partnerHeading->setText(tr("%1's last days").arg(partner->name));
    core::EntryFilter filter;
    filter.authorId = partner->id;
    filter.visibility = core::Visibility::Shared;
    filter.from = today.addDays(-kRecentDays);
    m_partnerModel->setFilter(filter);
    m_partnerModel->fetchMore({});
    const bool any = m_partnerModel->rowCount() > 0;
    m_partnerHeading->show();
    m_partnerList->setVisible(any);
    m_partnerEmpty->setVisible(!any);
    m_partnerEmpty->setText(tr("%1 has not shared anything in the last %2 days.").arg(partner->name).arg(kRecentDays));
}

void TodayPage::refreshDrafts() {
    auto drafts = core::Drafts(m_session.journal()).list();
    if (!drafts) {
        m_banner->hide();
        Q_EMIT errorOccurred(drafts.error().message);
        return;
    }
    if (drafts->empty()) {
        m_banner->hide();
        return;
    }
    m_banner->showDraft(drafts->front());
}

void TodayPage::refreshStreak() {
    const auto me = m_session.acting();
    auto stats = core::Stats(m_session.journal()).compute();
    if (!me || !stats) {
        m_streak->hide();
        return;
    }
    for (const core::PartnerWriting& w : stats->partners) {
        if (w.partnerId != me->id) {
            continue;
        }
        if (w.currentStreak >= 2) {
            m_streak->setText(
                tr("You have written %n days in a row. Longest streak: %1 days.", nullptr, w.currentStreak)
                    .arg(w.longestStreak));
        } else if (w.lastDay == core::Clock::today()) {
            m_streak->setText(tr("You wrote today."));
        } else {
            m_streak->setText(w.entries > 0 ? tr("A few lines today start a new streak.")
                                            : tr("Your first entry is one click away."));
        }
        m_streak->show();
        return;
    }
    m_streak->hide();
}

void TodayPage::refreshCheckIn() {
    m_checkIn->hide();
    const auto partner = m_session.partnerOfActing();
    auto reminder = core::CheckIns(m_session.journal()).reminder();
    if (!reminder) {
        return;
    }
    switch (*reminder) {
    case core::CheckIns::Reminder::None:
        return;
    case core::CheckIns::Reminder::PartnerWaiting:
        m_checkIn->setText(
            tr("%1 has done this week's check-in; yours is waiting.").arg(partner ? partner->name : QString()));
        break;
    case core::CheckIns::Reminder::TimeForIt:
        m_checkIn->setText(tr("It is time for this week's check-in: ten quiet minutes for the two of you."));
        break;
    }
    m_checkIn->show();
}

void TodayPage::clear() {
    m_partnerModel->clear();
    m_prompt->clear();
    m_streak->clear();
    m_checkIn->hide();
    m_banner->hide();
    m_greeting->clear();
}

} // namespace twofold::ui
