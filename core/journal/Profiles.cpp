#include "journal/Profiles.h"

#include "Clock.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/WriteTransaction.h"
#include "storage/PartnerStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace twofold::core {

std::optional<QString> Profiles::nameProblem(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return QCoreApplication::translate("Profiles", "A partner's name cannot be empty.");
    }
    if (trimmed.size() > Journal::kMaxNameChars) {
        return QCoreApplication::translate("Profiles", "A partner's name is at most %1 characters.")
            .arg(Journal::kMaxNameChars);
    }
    return std::nullopt;
}

bool Profiles::isColour(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(text).hasMatch();
}

Result<Partner> Profiles::update(const QString& name, const QString& colour) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    if (const auto problem = nameProblem(name)) {
        return makeError(ErrorCode::InvalidArgument, *problem);
    }
    if (!isColour(colour)) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Profiles", "A colour is written as #rrggbb, like #2f7f8f."));
    }
    const QString newName = name.trimmed();
    const QString newColour = colour.toLower();
    for (const Partner& other : m_journal.partners()) {
        if (other.id != acting->id && other.name.compare(newName, Qt::CaseInsensitive) == 0) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("Profiles", "The two partners need different names."));
        }
    }
    if (newName == acting->name && newColour == acting->colour) {
        return *acting;
    }
    return guarded([&]() -> Result<Partner> {
        const JournalInternals journal = internals(m_journal);
        WriteTransaction transaction(m_journal);
        storage::PartnerStore(journal.database())
            .updateProfile(journal.partnerRowId(acting->id), newName, newColour, Clock::nowMs(), journal.deviceId());
        transaction.record(Change{ChangeKind::Partner, ChangeAction::Updated, acting->id, acting->id});
        // The journal reloads its partners on a committed Partner change,
        // before the feed reports it, so views re-read the new name.
        transaction.commit();
        return *m_journal.actingPartner();
    });
}

} // namespace twofold::core
