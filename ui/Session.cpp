#include "Session.h"

#include "journal/Journal.h"
#include "journal/Search.h"

namespace twofold::ui {

Session::Session(std::unique_ptr<core::Journal> journal, QObject* parent)
    : QObject(parent)
    , m_journal(std::move(journal)) {}

Session::~Session() {
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
    Q_EMIT unlocked();
}

void Session::lock() {
    const bool was = m_journal->isUnlocked();
    m_search.reset();
    m_journal->lock();
    if (was) {
        Q_EMIT locked();
    }
}

void Session::notifyEntriesChanged() {
    // The index mirrors the journal as it was when it was built.
    if (m_search) {
        (void)m_search->start();
    }
    Q_EMIT entriesChanged();
}

void Session::notifyDraftsChanged() {
    Q_EMIT draftsChanged();
}

} // namespace twofold::ui
