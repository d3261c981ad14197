#include "checkin/CheckInPage.h"

#include "Session.h"
#include "checkin/RatingRow.h"
#include "checkin/SideBySide.h"
#include "checkin/TogetherFlow.h"
#include "journal/CheckIns.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "prompts/CheckInGuide.h"
#include "widgets/Card.h"
#include "widgets/FitStack.h"
#include "widgets/ReadingColumn.h"
#include "widgets/TextStyles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace twofold::ui {

CheckInPage::CheckInPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("checkInPage"));
    QVBoxLayout* column = scrollingReadingColumn(this);
    QWidget* columnWidget = column->parentWidget();

    m_week = new QLabel(columnWidget);
    QFont display = m_week->font();
    display.setPointSizeF(display.pointSizeF() * 1.35);
    display.setWeight(QFont::DemiBold);
    m_week->setFont(display);
    column->addWidget(m_week);
    m_previous = new QLabel(columnWidget);
    m_previous->setObjectName(QStringLiteral("previousAgreements"));
    m_previous->setWordWrap(true);
    m_previous->setTextFormat(Qt::PlainText);
    column->addWidget(m_previous);
    m_state = new QLabel(columnWidget);
    m_state->setObjectName(QStringLiteral("checkInState"));
    m_state->setWordWrap(true);
    column->addWidget(m_state);

    m_modes = new FitStack(columnWidget);
    column->addWidget(m_modes);
    column->addSpacing(12);
    m_pastHeading = headingLabel(tr("Past weeks"), columnWidget);
    column->addWidget(m_pastHeading);
    m_past = new QListWidget(columnWidget);
    m_past->setObjectName(QStringLiteral("pastWeeks"));
    m_past->setAccessibleName(tr("Past weeks' check-ins, newest first"));
    m_past->setFrameShape(QFrame::NoFrame);
    m_past->setMaximumHeight(180);
    column->addWidget(m_past);
    column->addStretch(1);
    connect(m_past, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { showWeek(item->data(Qt::UserRole).toString()); });

    // The guide is read once: it is the script of every week's page.
    auto guide = core::CheckInGuide::load();
    if (guide) {
        m_guide = std::move(*guide);
    }
    // Your own part.
    m_own = new QWidget(m_modes);
    auto* own = new QVBoxLayout(m_own);
    own->setContentsMargins(0, 0, 0, 0);
    own->setSpacing(16);
    // Worded with the partner's name at each refresh.
    m_sharedNote = helperLabel(QString(), m_own);
    m_sharedNote->setObjectName(QStringLiteral("sharedWritingNote"));
    own->addWidget(m_sharedNote);
    if (m_guide) {
        for (const core::CheckInStepGuide& step : m_guide->steps()) {
            if (step.id == QLatin1String("ratings")) {
                own->addWidget(headingLabel(step.title, m_own));
                own->addWidget(helperLabel(step.helper, m_own));
                for (const core::CheckInRatingGuide& rating : m_guide->ratings()) {
                    auto* row = new RatingRow(rating, m_own);
                    m_ratings.push_back(row);
                    own->addWidget(row);
                }
            } else if (step.field && *step.field != QLatin1String("agreements")) {
                own->addWidget(headingLabel(step.title, m_own));
                own->addWidget(helperLabel(step.helper, m_own));
                auto* edit = new QPlainTextEdit(m_own);
                edit->setObjectName(QStringLiteral("field-") + *step.field);
                edit->setAccessibleName(step.title);
                edit->setTabChangesFocus(true);
                edit->setMinimumHeight(80);
                edit->setMaximumHeight(140);
                m_fields.emplace_back(*step.field, edit);
                own->addWidget(edit);
            }
        }
    } else {
        own->addWidget(helperLabel(guide.error().message, m_own));
    }
    auto* submitRow = new QHBoxLayout;
    submitRow->addStretch(1);
    m_submit = new QPushButton(tr("Submit my part"), m_own);
    m_submit->setObjectName(QStringLiteral("submitPart"));
    m_submit->setProperty("primary", true);
    submitRow->addWidget(m_submit);
    own->addLayout(submitRow);
    m_modes->addWidget(m_own);

    // Together.
    m_together = new QWidget(m_modes);
    auto* together = new QVBoxLayout(m_together);
    together->setContentsMargins(0, 0, 0, 0);
    together->setSpacing(12);
    m_gap = new QLabel(m_together);
    m_gap->setObjectName(QStringLiteral("biggestGap"));
    m_gap->setWordWrap(true);
    together->addWidget(m_gap);
    m_togetherList = new QVBoxLayout;
    m_togetherList->setSpacing(8);
    together->addLayout(m_togetherList);
    together->addWidget(headingLabel(tr("What we'll try"), m_together));
    // A week with a newer one after it is kept as the couple left it; this
    // week's agreements are written in the together steps.
    m_agreements = new QPlainTextEdit(m_together);
    m_agreements->setReadOnly(true);
    m_agreements->setObjectName(QStringLiteral("agreements"));
    m_agreements->setAccessibleName(tr("What we'll try"));
    m_agreements->setTabChangesFocus(true);
    m_agreements->setMaximumHeight(140);
    together->addWidget(m_agreements);
    m_modes->addWidget(m_together);
    if (m_guide) {
        m_flow = new TogetherFlow(*m_guide, m_modes);
        m_modes->addWidget(m_flow);
        connect(m_flow, &TogetherFlow::agreementsSubmitted, this, &CheckInPage::saveAgreements);
        connect(m_flow, &TogetherFlow::stepChanged, this,
                [this](int step) { QSettings().setValue(togetherStepKey(core::IsoWeek::current().toString()), step); });
    }

    // A half-done part is kept as the person writes, so it is there when
    // they come back — never submitted by it.
    m_keep = new QTimer(this);
    m_keep->setSingleShot(true);
    m_keep->setInterval(kKeepDelayMs);
    connect(m_keep, &QTimer::timeout, this, &CheckInPage::keepForLater);
    const auto changed = [this] {
        m_partOnScreenChanged = true;
        m_keep->start();
    };
    for (RatingRow* row : m_ratings) {
        connect(row, &RatingRow::changed, this, changed);
    }
    for (const auto& [key, edit] : m_fields) {
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    }

    connect(m_submit, &QPushButton::clicked, this, &CheckInPage::submit);
    connect(&m_session, &Session::journalChanged, this, [this](const core::ChangeSet& changes) {
        // The other partner submitting elsewhere (another window, the CLI).
        if (m_session.isUnlocked() && isVisible() &&
            (changes.touches(core::ChangeKind::CheckInPart) || changes.touches(core::ChangeKind::Agreement))) {
            refresh();
        }
    });
}

RatingRow* CheckInPage::rating(const QString& key) const {
    for (RatingRow* row : m_ratings) {
        if (row->key() == key) {
            return row;
        }
    }
    return nullptr;
}

QPlainTextEdit* CheckInPage::field(const QString& key) const {
    for (const auto& [name, edit] : m_fields) {
        if (name == key) {
            return edit;
        }
    }
    return nullptr;
}

bool CheckInPage::showsTogether() const {
    return m_flow && m_modes->currentWidget() == m_flow;
}

bool CheckInPage::showsPastWeek() const {
    return m_modes->currentWidget() == m_together;
}

QStringList CheckInPage::comparison() const {
    return showsPastWeek() ? m_comparison : QStringList();
}

QString CheckInPage::togetherStepKey(const QString& week) const {
    return QStringLiteral("checkin/%1/%2/togetherStep").arg(m_session.journal().journalId(), week);
}

void CheckInPage::refresh() {
    // What was typed since the last keep goes in first, or reloading the
    // part would put the older words back over it.
    keepForLater();
    core::CheckIns checkIns(m_session.journal());
    auto current = checkIns.get();
    const auto me = m_session.acting();
    const auto partner = m_session.partnerOfActing();
    const QString partnerName = partner ? partner->name : tr("your partner");
    m_week->setText(tr("This week's check-in"));
    m_sharedNote->setText(tr("Your part is shared writing: once you've both submitted, it's shown to both of you "
                             "together. It isn't a secret from %1 — private entries are for that.")
                              .arg(partnerName));
    std::optional<core::CheckIn> week;
    if (current) {
        week = *current;
    } else if (current.error().code != core::ErrorCode::NotFound) {
        Q_EMIT errorOccurred(current.error().message);
        return;
    }
    // Last week's agreements open the check-in.
    std::optional<QString> previous;
    if (week) {
        previous = week->previousAgreements;
    } else if (auto all = checkIns.list(); all && !all->empty() && all->front().agreements) {
        previous = all->front().agreements;
    }
    m_previous->setText(previous ? tr("How did it go? Last time you agreed to try: %1").arg(previous->trimmed())
                                 : QString());
    m_previous->setVisible(previous.has_value());

    if (auto all = checkIns.list()) {
        fillPastWeeks(*all, core::IsoWeek::current().toString());
    }
    if (week && week->revealed && m_flow) {
        m_state->setText(tr("You've both done your part: both are now visible to both of you. Sit together "
                            "and go through them."));
        const int step = m_modes->currentWidget() == m_flow ? m_flow->step()
                                                            : QSettings().value(togetherStepKey(week->week), 0).toInt();
        m_flow->setCheckIn(*week, m_session.journal().partners());
        m_flow->setStep(step);
        m_modes->setCurrentWidget(m_flow);
        return;
    }
    m_modes->setCurrentWidget(m_own);
    const bool mineIn = week && me && week->submittedBy.contains(me->id);
    const bool theirsIn = week && partner && week->submittedBy.contains(partner->id);
    const core::CheckInPart* mine = nullptr;
    if (week && me) {
        for (const core::CheckInPart& part : week->parts) {
            if (part.authorId == me->id) {
                mine = &part;
            }
        }
    }
    for (RatingRow* row : m_ratings) {
        row->setValue(mine && mine->ratings.contains(row->key()) ? std::optional<int>(mine->ratings.value(row->key()))
                                                                 : std::nullopt);
    }
    for (const auto& [key, edit] : m_fields) {
        const QString text = mine ? mine->fields.value(key) : QString();
        if (edit->toPlainText() != text) {
            edit->setPlainText(text);
        }
    }
    m_partOnScreenChanged = false;
    // Who has answered is not secret; what they answered is, until both have.
    if (mineIn) {
        m_state->setText(
            tr("You've submitted your part. Waiting for %1; you can still change yours.").arg(partnerName));
        m_submit->setText(tr("Update my part"));
    } else if (theirsIn) {
        m_state->setText(tr("%1 has done their part. Yours is waiting whenever you're ready.").arg(partnerName));
        m_submit->setText(tr("Submit my part"));
    } else {
        m_state->setText(tr("About ten quiet minutes, each of you on your own first. You can fill it in during "
                            "the week and change it until you've both submitted."));
        m_submit->setText(tr("Submit my part"));
    }
}

void CheckInPage::fillPastWeeks(const std::vector<core::CheckIn>& all, const QString& thisWeek) {
    m_past->clear();
    const auto& partners = m_session.journal().partners();
    for (const core::CheckIn& checkIn : all) {
        if (checkIn.week >= thisWeek) {
            continue;
        }
        QStringList scores;
        for (const core::Partner& partner : partners) {
            for (const core::CheckInPart& part : checkIn.parts) {
                if (part.authorId != partner.id || part.ratings.isEmpty()) {
                    continue;
                }
                double sum = 0;
                for (const int value : part.ratings) {
                    sum += value;
                }
                scores << QStringLiteral("%1 %2").arg(partner.name,
                                                      QLocale().toString(sum / part.ratings.size(), 'f', 1));
            }
        }
        // Before both were in, nothing of either part shows.
        const QString line = checkIn.revealed && !scores.isEmpty()
                                 ? checkIn.week + QStringLiteral(" · ") + scores.join(QStringLiteral(" · "))
                                 : tr("%1 · not both in").arg(checkIn.week);
        auto* item = new QListWidgetItem(line, m_past);
        item->setData(Qt::UserRole, checkIn.week);
        item->setToolTip(tr("The average of each partner's ratings that week. Enter opens it."));
    }
    m_pastHeading->setVisible(m_past->count() > 0);
    m_past->setVisible(m_past->count() > 0);
}

QStringList CheckInPage::pastWeeks() const {
    QStringList out;
    for (int i = 0; i < m_past->count(); ++i) {
        out << m_past->item(i)->text();
    }
    return out;
}

bool CheckInPage::showWeek(const QString& week) {
    auto checkIn = core::CheckIns(m_session.journal()).get(week);
    if (!checkIn) {
        Q_EMIT errorOccurred(checkIn.error().message);
        return false;
    }
    m_week->setText(tr("The check-in of %1").arg(week));
    m_previous->hide();
    if (!checkIn->revealed) {
        m_state->setText(tr("Not both parts came in that week, so neither is shown."));
        clearLayout(m_togetherList);
        m_comparison.clear();
        m_gap->clear();
        m_agreements->setPlainText(checkIn->agreements.value_or(QString()));
    } else {
        m_state->setText(tr("A past week, as you both left it."));
        showTogether(*checkIn);
    }
    m_modes->setCurrentWidget(m_together);
    return true;
}

void CheckInPage::showTogether(const core::CheckIn& checkIn) {
    clearLayout(m_togetherList);
    m_comparison.clear();
    const auto& partners = m_session.journal().partners();
    const BothParts parts = bothParts(checkIn, partners);
    if (!m_guide || !parts.complete()) {
        return;
    }
    RatingsComparison ratings = compareRatings(*m_guide, parts, m_together);
    m_comparison = ratings.lines;
    m_togetherList->addWidget(ratings.card);
    m_gap->setText(ratings.cue());
    for (const core::CheckInStepGuide& step : m_guide->steps()) {
        if (step.field && *step.field != QLatin1String("agreements")) {
            m_togetherList->addWidget(sideBySideNotes(step, parts, partners, m_together));
        }
    }
    m_agreements->setPlainText(checkIn.agreements.value_or(QString()));
}

core::CheckInAnswer CheckInPage::answerOnScreen() const {
    core::CheckInAnswer answer;
    for (const RatingRow* row : m_ratings) {
        if (const auto v = row->value()) {
            answer.ratings.insert(row->key(), *v);
        }
    }
    for (const auto& [key, edit] : m_fields) {
        if (!edit->toPlainText().trimmed().isEmpty()) {
            answer.fields.insert(key, edit->toPlainText().trimmed());
        }
    }
    return answer;
}

void CheckInPage::keepForLater() {
    m_keep->stop();
    if (!m_partOnScreenChanged || !m_session.isUnlocked() || m_modes->currentWidget() != m_own) {
        return;
    }
    const core::CheckInAnswer answer = answerOnScreen();
    if (answer.ratings.isEmpty() && answer.fields.isEmpty()) {
        return;
    }
    m_partOnScreenChanged = false;
    auto kept = core::CheckIns(m_session.journal()).saveForLater({}, answer);
    if (!kept) {
        Q_EMIT errorOccurred(kept.error().message);
    }
}

void CheckInPage::hideEvent(QHideEvent* event) {
    keepForLater();
    QWidget::hideEvent(event);
}

void CheckInPage::submit() {
    m_keep->stop();
    m_partOnScreenChanged = false;
    auto answered = core::CheckIns(m_session.journal()).answer({}, answerOnScreen());
    if (!answered) {
        Q_EMIT errorOccurred(answered.error().message);
        return;
    }
    refresh();
}

void CheckInPage::saveAgreements(const QString& text) {
    auto agreed = core::CheckIns(m_session.journal()).agree({}, text);
    if (!agreed) {
        Q_EMIT errorOccurred(agreed.error().message);
        return;
    }
    refresh();
}

void CheckInPage::clear() {
    // Locking: what was typed is kept first (the session is still open).
    keepForLater();
    for (RatingRow* row : m_ratings) {
        row->setValue(std::nullopt);
    }
    for (const auto& [key, edit] : m_fields) {
        edit->clear();
    }
    m_agreements->clear();
    m_previous->clear();
    m_state->clear();
    clearLayout(m_togetherList);
    m_comparison.clear();
    if (m_flow) {
        m_flow->setCheckIn({}, {});
    }
    m_partOnScreenChanged = false;
    m_modes->setCurrentWidget(m_own);
}

} // namespace twofold::ui
