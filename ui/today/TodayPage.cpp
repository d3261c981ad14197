#include "today/TodayPage.h"

#include "Clock.h"
#include "Session.h"
#include "editor/DraftBanner.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/Stats.h"
#include "today/EntryGlance.h"
#include "today/PromptCard.h"
#include "widgets/Card.h"
#include "widgets/ReadingColumn.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

constexpr int kWeekDays = 7;

QLabel* sectionHeading(QWidget* parent) {
    auto* label = new QLabel(parent);
    QFont heading = label->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.1);
    heading.setWeight(QFont::DemiBold);
    label->setFont(heading);
    return label;
}

} // namespace

TodayPage::TodayPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("todayPage"));
    QVBoxLayout* column = scrollingReadingColumn(this);
    QWidget* columnWidget = column->parentWidget();

    m_date = new QLabel(columnWidget);
    m_date->setObjectName(QStringLiteral("todayDate"));
    QFont display = m_date->font();
    display.setPointSizeF(display.pointSizeF() * 1.75);
    display.setWeight(QFont::DemiBold);
    m_date->setFont(display);
    column->addWidget(m_date);
    column->addSpacing(4);

    m_banner = new DraftBanner(columnWidget);
    m_banner->hide();
    column->addWidget(m_banner);

    m_yourDay = new Card(tr("Your day"), columnWidget);
    m_yourDay->setObjectName(QStringLiteral("yourDay"));
    m_yourDayText = new QLabel(m_yourDay);
    m_yourDayText->setWordWrap(true);
    m_yourDayText->setTextFormat(Qt::PlainText);
    m_yourDay->body()->addWidget(m_yourDayText);
    m_streak = new QLabel(m_yourDay);
    m_streak->setObjectName(QStringLiteral("streak"));
    QFont caption = m_streak->font();
    caption.setPointSizeF(caption.pointSizeF() * 0.9);
    m_streak->setFont(caption);
    m_streak->setForegroundRole(QPalette::PlaceholderText);
    m_yourDay->body()->addWidget(m_streak);
    m_another = new QPushButton(tr("Add another"), m_yourDay);
    m_another->setObjectName(QStringLiteral("addAnother"));
    m_another->setAccessibleName(tr("Write another reflection today"));
    m_yourDay->actions()->addWidget(m_another);
    m_openToday = new QPushButton(tr("Open"), m_yourDay);
    m_openToday->setObjectName(QStringLiteral("openToday"));
    m_yourDay->actions()->addWidget(m_openToday);
    m_write = new QPushButton(tr("Write today's reflection"), m_yourDay);
    m_write->setObjectName(QStringLiteral("writeToday"));
    m_write->setToolTip(
        tr("Start today's entry (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_write->setMinimumHeight(36);
    m_yourDay->actions()->addWidget(m_write);
    column->addWidget(m_yourDay);

    m_prompt = new PromptCard(columnWidget);
    m_prompt->hide();
    column->addWidget(m_prompt);

    m_checkIn = new Card(tr("This week's check-in"), columnWidget);
    m_checkIn->setObjectName(QStringLiteral("checkInCard"));
    m_checkInText = new QLabel(m_checkIn);
    m_checkInText->setObjectName(QStringLiteral("checkInReminder"));
    m_checkInText->setWordWrap(true);
    m_checkIn->body()->addWidget(m_checkInText);
    m_checkInButton = new QPushButton(tr("Open the check-in"), m_checkIn);
    m_checkInButton->setObjectName(QStringLiteral("openCheckIn"));
    m_checkIn->actions()->addWidget(m_checkInButton);
    connect(m_checkInButton, &QPushButton::clicked, this, &TodayPage::openCheckIn);
    m_checkIn->hide();
    column->addWidget(m_checkIn);

    column->addSpacing(12);
    m_partnerHeading = sectionHeading(columnWidget);
    m_partnerHeading->setObjectName(QStringLiteral("partnerWeekHeading"));
    auto* partnerRow = new QHBoxLayout;
    partnerRow->addWidget(m_partnerHeading, 1);
    m_seeAll = new QPushButton(tr("See all"), columnWidget);
    m_seeAll->setObjectName(QStringLiteral("seeAll"));
    m_seeAll->setFlat(true);
    partnerRow->addWidget(m_seeAll);
    column->addLayout(partnerRow);
    m_partnerWeek = new QWidget(columnWidget);
    m_partnerWeek->setObjectName(QStringLiteral("partnerWeek"));
    m_partnerList = new QVBoxLayout(m_partnerWeek);
    m_partnerList->setContentsMargins(0, 0, 0, 0);
    m_partnerList->setSpacing(8);
    column->addWidget(m_partnerWeek);
    m_partnerEmpty = new QLabel(columnWidget);
    m_partnerEmpty->setObjectName(QStringLiteral("partnerEmpty"));
    m_partnerEmpty->setWordWrap(true);
    m_partnerEmpty->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_partnerEmpty);

    column->addSpacing(12);
    m_onThisDay = new Card(tr("On this day, a year ago"), columnWidget);
    m_onThisDay->setObjectName(QStringLiteral("onThisDay"));
    m_onThisDayList = new QVBoxLayout;
    m_onThisDayList->setSpacing(8);
    m_onThisDay->body()->addLayout(m_onThisDayList);
    m_onThisDay->hide();
    column->addWidget(m_onThisDay);
    column->addStretch(1);

    connect(m_write, &QPushButton::clicked, this, &TodayPage::writeToday);
    connect(m_another, &QPushButton::clicked, this, &TodayPage::writeToday);
    connect(m_openToday, &QPushButton::clicked, this, [this] {
        if (!m_todayEntry.isEmpty()) {
            Q_EMIT openEntry(m_todayEntry);
        }
    });
    connect(m_prompt, &PromptCard::writeAbout, this, &TodayPage::writeAbout);
    connect(m_prompt, &PromptCard::answer, this, &TodayPage::answerPrompt);
    connect(m_seeAll, &QPushButton::clicked, this, [this] { Q_EMIT seeAllOf(m_partnerId); });
    connect(m_banner, &DraftBanner::continueDraft, this, &TodayPage::continueDraft);
    connect(m_banner, &DraftBanner::discardDraft, this, [this](const core::Draft& draft) {
        if (auto removed = core::Drafts(m_session.journal()).discard(draft.entryId); !removed) {
            Q_EMIT errorOccurred(removed.error().message);
            return;
        }
        m_banner->showDiscarded(draft);
    });
    connect(m_banner, &DraftBanner::undoDiscard, this, [this](const core::Draft& draft) {
        // The words come back as they were, sealed as before.
        if (auto restored = core::Drafts(m_session.journal()).save(draft); !restored) {
            Q_EMIT errorOccurred(restored.error().message);
        }
        refreshDrafts();
    });
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
    m_date->setText(QLocale().toString(
        today, tr("dddd d MMMM", "a date format (QLocale::toString): reorder or punctuate for your language")));
    refreshDrafts();
    refreshYourDay();
    m_prompt->refresh(m_session);
    refreshCheckIn();
    refreshPartnerWeek();
    refreshOnThisDay();
}

void TodayPage::refreshDrafts() {
    auto drafts = core::Drafts(m_session.journal()).list();
    if (!drafts) {
        m_banner->hide();
        Q_EMIT errorOccurred(drafts.error().message);
        return;
    }
    if (drafts->empty()) {
        // A discarded draft stays on offer for Undo a little while.
        if (!m_banner->offersUndo()) {
            m_banner->hide();
        }
    } else {
        m_banner->showDraft(drafts->front());
    }
    // One primary action on the page: continuing the draft, when there is
    // one, else writing today's reflection.
    const bool draftWaiting = m_banner->isVisibleTo(this) && !m_banner->offersUndo();
    if (m_write->property("primary").toBool() == draftWaiting) {
        m_write->setProperty("primary", !draftWaiting);
        m_write->update();
    }
}

void TodayPage::refreshYourDay() {
    const auto me = m_session.acting();
    m_todayEntry.clear();
    if (!me) {
        return;
    }
    core::EntryFilter filter;
    filter.authorId = me->id;
    filter.from = core::Clock::today();
    filter.to = core::Clock::today();
    auto written = core::Entries(m_session.journal()).list(filter);
    if (!written) {
        Q_EMIT errorOccurred(written.error().message);
    }
    const bool wrote = written && !written->empty();
    if (wrote) {
        const core::Entry& latest = written->front();
        m_todayEntry = latest.id;
        const QString what = latest.title.isEmpty() ? latest.text.simplified().left(60) : latest.title;
        m_yourDayText->setText(written->size() == 1 ? tr("You wrote “%1” today.").arg(what)
                                                    : tr("You've written %n reflections today; the latest is “%1”.",
                                                         nullptr, int(written->size()))
                                                          .arg(what));
        m_openToday->setAccessibleName(tr("Open “%1”").arg(what));
    } else {
        m_yourDayText->setText(tr("A few quiet minutes for yourself — and for the two of you."));
    }
    m_write->setVisible(!wrote);
    m_openToday->setVisible(wrote);
    m_another->setVisible(wrote);
    refreshStreak();
}

void TodayPage::refreshStreak() {
    const auto me = m_session.acting();
    auto stats = core::Stats(m_session.journal()).compute();
    m_streak->hide();
    if (!me || !stats) {
        return;
    }
    for (const core::PartnerWriting& w : stats->partners) {
        // A quiet note when there is a run of days to speak of; nothing
        // that counts what is missing.
        if (w.partnerId == me->id && w.currentStreak >= 2) {
            m_streak->setText(tr("%n days in a row.", nullptr, w.currentStreak));
            m_streak->show();
        }
    }
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
        m_checkInText->setText(tr("%1 has done their part. Yours is waiting whenever you're ready.")
                                   .arg(partner ? partner->name : tr("Your partner")));
        break;
    case core::CheckIns::Reminder::TimeForIt:
        m_checkInText->setText(tr("It's time for this week's check-in: about ten quiet minutes for the two of you."));
        break;
    }
    m_checkIn->show();
}

void TodayPage::addGlances(QVBoxLayout* into, const std::vector<core::Entry>& entries, int most) {
    const auto me = m_session.acting();
    const auto partner = m_session.partnerOfActing();
    int shown = 0;
    for (const core::Entry& entry : entries) {
        if (shown++ == most) {
            break;
        }
        QColor colour;
        if (me && entry.authorId == me->id) {
            colour = QColor(me->colour);
        } else if (partner && entry.authorId == partner->id) {
            colour = QColor(partner->colour);
        }
        auto* glance = new EntryGlance(entry, colour, into->parentWidget());
        connect(glance, &EntryGlance::activated, this, &TodayPage::openEntry);
        into->addWidget(glance);
    }
}

void TodayPage::refreshPartnerWeek() {
    clearLayout(m_partnerList);
    const auto partner = m_session.partnerOfActing();
    m_partnerHeading->setVisible(bool(partner));
    m_partnerWeek->setVisible(bool(partner));
    m_partnerEmpty->setVisible(false);
    m_seeAll->setVisible(false);
    if (!partner) {
        return;
    }
    m_partnerId = partner->id;
    m_partnerHeading->setText(tr("%1's week").arg(partner->name));
    m_seeAll->setAccessibleName(tr("See everything %1 shared").arg(partner->name));
    core::EntryFilter filter;
    filter.authorId = partner->id;
    filter.visibility = core::Visibility::Shared;
    filter.from = core::Clock::today().addDays(-(kWeekDays - 1));
    // One more than shown tells whether "See all" has more to show.
    filter.limit = kPartnerGlances + 1;
    auto shared = core::Entries(m_session.journal()).list(filter);
    if (!shared) {
        Q_EMIT errorOccurred(shared.error().message);
        return;
    }
    addGlances(m_partnerList, *shared, kPartnerGlances);
    m_seeAll->setVisible(!shared->empty());
    if (shared->empty()) {
        m_partnerEmpty->setText(tr("When %1 shares a reflection, it'll appear here.").arg(partner->name));
        m_partnerEmpty->show();
    }
}

void TodayPage::refreshOnThisDay() {
    clearLayout(m_onThisDayList);
    core::EntryFilter filter;
    const QDate yearAgo = core::Clock::today().addYears(-1);
    filter.from = yearAgo;
    filter.to = yearAgo;
    filter.limit = 2;
    auto then = core::Entries(m_session.journal()).list(filter);
    // Nothing then is nothing to say: the card stays away.
    if (!then || then->empty()) {
        m_onThisDay->hide();
        return;
    }
    m_onThisDay->setHeading(tr("On this day, a year ago · %1").arg(QLocale().toString(yearAgo, QLocale::LongFormat)));
    addGlances(m_onThisDayList, *then, 2);
    m_onThisDay->show();
}

QStringList TodayPage::glancedEntries() const {
    QStringList ids;
    for (const EntryGlance* glance : findChildren<EntryGlance*>()) {
        ids << glance->entryId();
    }
    return ids;
}

void TodayPage::clear() {
    clearLayout(m_partnerList);
    clearLayout(m_onThisDayList);
    m_prompt->clear();
    m_streak->clear();
    m_checkIn->hide();
    m_banner->hide();
    m_onThisDay->hide();
    m_yourDayText->clear();
    m_todayEntry.clear();
    m_partnerId.clear();
}

} // namespace twofold::ui
