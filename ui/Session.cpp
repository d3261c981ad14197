#include "Session.h"

#include "backups/DailyBackup.h"
#include "journal/Journal.h"
#include "journal/Search.h"

#include <QTimer>

namespace twofold::ui {

Session::Session(std::unique_ptr<core::Journal> journal, QObject* parent)
    : QObject(parent)
    , m_journal(std::move(journal))
    , m_dailyBackup(new DailyBackup(this)) {
    m_feedListener = m_journal->changes().subscribe([this](const core::ChangeSet& changes) { onChanges(changes); });
    m_externalPoll.setInterval(kExternalPollMs);
    connect(&m_externalPoll, &QTimer::timeout, this, &Session::checkForExternalChanges);
}

Session::~Session() {
    m_externalPoll.stop();
    m_journal->changes().unsubscribe(m_feedListener);
    m_search.reset();
    if (m_journal) {
        m_journal->lock();
    }
}

bool Session::isUnlocked() const {
    return m_journal->isUnlocked();
}

std::optional<core::Partner> Session::acting() const {
    return m_journal->actingPartner();
}

std::optional<core::Partner> Session::partnerOfActing() const {
    const auto me = acting();
    for (const core::Partner& p : m_journal->partners()) {
        if (!me || p.id != me->id) {
            return p;
        }
    }
    return std::nullopt;
}

QString Session::colourOf(const QString& partnerId) const {
    for (const core::Partner& p : m_journal->partners()) {
        if (p.id == partnerId) {
            return p.colour;
        }
    }
    return QStringLiteral("#888888");
}

void Session::markUnlocked() {
    m_search = std::make_unique<core::Search>(*m_journal);
    // A failed start only means no search; the window works without it.
    (void)m_search->start();
    m_externalPoll.start();
    Q_EMIT unlocked();
}

void Session::lock() {
    const bool was = m_journal->isUnlocked();
    m_externalPoll.stop();
    m_search.reset();
    m_journal->lock();
    if (was) {
        Q_EMIT locked();
    }
}

void Session::checkForExternalChanges() {
    if (m_journal->isUnlocked()) {
        // A failure (the file is busy, or gone) is retried at the next tick;
        // what the window shows stays as it was.
        (void)m_journal->pollExternalChanges();
    }
}

void Session::onChanges(const core::ChangeSet& changes) {
    if (changes.external) {
        for (const core::Change& change : changes.changes) {
            if (change.kind == core::ChangeKind::Keys) {
                // Deferred: this runs inside the journal's poll, and the
                // window's answer is to lock.
                m_externalPoll.stop();
                QTimer::singleShot(0, this, &Session::keysChangedElsewhere);
                return;
            }
        }
    }
    Q_EMIT journalChanged(changes);
    if (changes.touches(core::ChangeKind::Entry)) {
        Q_EMIT entriesChanged();
    }
    if (changes.touches(core::ChangeKind::Draft)) {
        Q_EMIT draftsChanged();
    }
}

} // namespace twofold::ui
