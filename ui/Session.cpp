#include "Session.h"

#include "journal/Journal.h"

namespace twofold::ui {

Session::Session(std::unique_ptr<core::Journal> journal, QObject* parent)
    : QObject(parent)
    , m_journal(std::move(journal)) {}

Session::~Session() {
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
    Q_EMIT unlocked();
}

void Session::lock() {
    const bool was = m_journal->isUnlocked();
    m_journal->lock();
    if (was) {
        Q_EMIT locked();
    }
}

void Session::notifyEntriesChanged() {
    Q_EMIT entriesChanged();
}

void Session::notifyDraftsChanged() {
    Q_EMIT draftsChanged();
}

} // namespace twofold::ui
