#include "journal/CheckIns.h"

#include "Clock.h"
#include "journal/CheckInCodec.h"
#include "journal/Guard.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/RowSignatures.h"
#include "journal/WriteTransaction.h"
#include "storage/CheckInStore.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace twofold::core {

namespace {

struct PreviousAgreements {
    std::optional<QString> text;
    QString week;
};

Result<QString> resolveWeek(const QString& week) {
    if (week.trimmed().isEmpty()) {
        return IsoWeek::current().toString();
    }
    auto parsed = IsoWeek::parse(week.trimmed());
    if (!parsed) {
        return parsed.error();
    }
    return parsed->toString();
}

QString listOf(const QStringList& keys) {
    return keys.join(QStringLiteral(", "));
}

// Checks keys and ranges and drops blank fields; the result is what is stored.
Result<CheckInAnswer> cleanAnswer(const CheckInAnswer& answer) {
    CheckInAnswer clean;
    for (auto it = answer.ratings.cbegin(); it != answer.ratings.cend(); ++it) {
        if (!checkInRatingKeys().contains(it.key())) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("CheckIns", "There is no rating called '%1'; the ratings "
                                                                     "are %2.")
                                 .arg(it.key(), listOf(checkInRatingKeys())));
        }
        if (it.value() < kMinRating || it.value() > kMaxRating) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("CheckIns", "A rating is a number from %1 to %2, and %3 "
                                                                     "was %4.")
                                 .arg(kMinRating)
                                 .arg(kMaxRating)
                                 .arg(it.key())
                                 .arg(it.value()));
        }
        clean.ratings.insert(it.key(), it.value());
    }
    for (auto it = answer.fields.cbegin(); it != answer.fields.cend(); ++it) {
        if (!checkInFieldKeys().contains(it.key())) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("CheckIns", "There is no field called '%1'; the fields "
                                                                     "are %2.")
                                 .arg(it.key(), listOf(checkInFieldKeys())));
        }
        if (it.value().toUtf8().size() > CheckIns::kMaxTextBytes) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("CheckIns", "The field %1 is longer than 64 KiB.").arg(it.key()));
        }
        if (!it.value().trimmed().isEmpty()) {
            clean.fields.insert(it.key(), it.value());
        }
    }
    if (clean.ratings.isEmpty() && clean.fields.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("CheckIns", "An answer needs at least one rating or field."));
    }
    return clean;
}

// Builds the check-in the reader may see from its rows. Hidden parts are
// never opened.
Result<CheckIn> assemble(Journal& journal, const storage::CheckInRow& row,
                         const std::vector<storage::CheckInPartRow>& parts, const PreviousAgreements& previous) {
    CheckIn c;
    c.id = row.uuid;
    c.week = row.week;
    c.created = QDateTime::fromMSecsSinceEpoch(row.created, Qt::UTC);
    c.updated = QDateTime::fromMSecsSinceEpoch(row.updated, Qt::UTC);
    const auto acting = journal.actingPartner();
    const qint64 actingRow = acting ? internals(journal).partnerRowId(acting->id) : 0;
    for (const storage::CheckInPartRow& part : parts) {
        if (part.submittedAt) {
            c.submittedBy.append(internals(journal).partnerIdForRow(part.authorId));
        }
    }
    c.revealed = !journal.partners().empty() && c.submittedBy.size() == static_cast<int>(journal.partners().size());
    for (const storage::CheckInPartRow& part : parts) {
        if (!c.revealed && part.authorId != actingRow) {
            continue;
        }
        auto opened = checkin_codec::openPart(journal, row.week, part);
        if (!opened) {
            return opened.error();
        }
        c.parts.push_back(std::move(*opened));
    }
    auto agreements = checkin_codec::openAgreements(journal, row);
    if (!agreements) {
        return agreements.error();
    }
    c.agreements = *agreements;
    if (c.agreements && row.agreementsBy) {
        c.agreementsById = internals(journal).partnerIdForRow(*row.agreementsBy);
        if (const auto by = journal.findPartner(c.agreementsById)) {
            c.agreementsByName = by->name;
        }
    }
    c.previousAgreements = previous.text;
    c.previousAgreementsWeek = previous.week;
    return c;
}

Result<PreviousAgreements> previousFor(Journal& journal, storage::CheckInStore& store, const QString& week) {
    PreviousAgreements previous;
    if (const auto row = store.previousWithAgreements(week)) {
        auto text = checkin_codec::openAgreements(journal, *row);
        if (!text) {
            return text.error();
        }
        previous.text = *text;
        previous.week = row->week;
    }
    return previous;
}

// One week as it is shown, each part's signature checked.
Result<CheckIn> load(Journal& journal, storage::CheckInStore& store, const storage::CheckInRow& row) {
    auto previous = previousFor(journal, store, row.week);
    if (!previous) {
        return previous.error();
    }
    const std::vector<storage::CheckInPartRow> parts = store.parts(row.id);
    auto checkIn = assemble(journal, row, parts, *previous);
    if (!checkIn) {
        return checkIn;
    }
    QHash<QString, qint64> rowOf;
    for (const storage::CheckInPartRow& part : parts) {
        rowOf.insert(part.uuid, part.id);
    }
    QSet<qint64> shown;
    for (const CheckInPart& part : checkIn->parts) {
        shown.insert(rowOf.value(part.id));
    }
    const AuthorKeys keys(journal); // read once for the parts and the agreements
    const QHash<qint64, Authorship> checked = checkRows(journal, keys, QStringLiteral("checkin_part"), shown);
    for (CheckInPart& part : checkIn->parts) {
        part.authorship = checked.value(rowOf.value(part.id), Authorship::Unsigned);
    }
    if (checkIn->agreements) {
        checkIn->agreementsAuthorship = checkRow(journal, keys, QStringLiteral("checkin"), row.id);
    }
    return checkIn;
}

// The live row of the week, opened (or brought back) if needed. Runs inside
// the caller's transaction.
storage::CheckInRow ensureOpen(Journal& journal, WriteTransaction& transaction, storage::CheckInStore& store,
                               const QString& week, qint64 now) {
    if (auto row = store.byWeek(week)) {
        if (row->deletedAt) {
            store.revive(row->id, now, internals(journal).deviceId());
            row->deletedAt.reset();
            row->updated = now;
            row->device = internals(journal).deviceId();
            transaction.record(Change{ChangeKind::CheckIn, ChangeAction::Restored, week, {}});
        }
        return *row;
    }
    storage::CheckInRow row;
    row.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.week = week;
    row.created = row.updated = now;
    row.device = internals(journal).deviceId();
    store.insert(row);
    transaction.record(Change{ChangeKind::CheckIn, ChangeAction::Added, week, {}});
    return row;
}

Error notOpened(const QString& week) {
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("CheckIns", "No check-in was opened for the week %1.").arg(week));
}

} // namespace

Result<CheckInAnswer> CheckIns::validateAnswer(const CheckInAnswer& answer) {
    return cleanAnswer(answer);
}

Result<CheckIn> CheckIns::open(const QString& week) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    auto resolved = resolveWeek(week);
    if (!resolved) {
        return resolved.error();
    }
    return guarded([&]() -> Result<CheckIn> {
        storage::CheckInStore store(internals(m_journal).database());
        if (const auto row = store.byWeek(*resolved); row && !row->deletedAt) {
            return load(m_journal, store, *row);
        }
        if (!m_journal.actingPartner()) {
            return noActingPartnerError();
        }
        WriteTransaction transaction(m_journal);
        const storage::CheckInRow row = ensureOpen(m_journal, transaction, store, *resolved, Clock::nowMs());
        transaction.commit();
        return load(m_journal, store, row);
    });
}

Result<CheckIn> CheckIns::answer(const QString& week, const CheckInAnswer& answer) {
    return writePart(week, answer, Submission::Now);
}

Result<CheckIn> CheckIns::saveForLater(const QString& week, const CheckInAnswer& answer) {
    return writePart(week, answer, Submission::Later);
}

Result<CheckIn> CheckIns::writePart(const QString& week, const CheckInAnswer& answer, Submission submission) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    auto resolved = resolveWeek(week);
    if (!resolved) {
        return resolved.error();
    }
    auto clean = cleanAnswer(answer);
    if (!clean) {
        return clean.error();
    }
    return guarded([&]() -> Result<CheckIn> {
        storage::CheckInStore store(internals(m_journal).database());
        const qint64 now = Clock::nowMs();
        WriteTransaction transaction(m_journal);
        const storage::CheckInRow row = ensureOpen(m_journal, transaction, store, *resolved, now);
        const qint64 author = internals(m_journal).partnerRowId(acting->id);
        storage::CheckInPartRow part;
        if (const auto existing = store.part(row.id, author)) {
            part = *existing;
        } else {
            part.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            part.checkInId = row.id;
            part.authorId = author;
            part.created = now;
        }
        if (submission == Submission::Now) {
            part.submittedAt = now;
        }
        part.updated = now;
        part.device = internals(m_journal).deviceId();
        // The whole part is sealed afresh: answering again replaces it, and
        // a part imported in this partner's name becomes theirs.
        checkin_codec::sealPart(m_journal, row.week, *clean, part);
        part.importedBy.reset();
        const bool added = part.id == 0;
        if (added) {
            store.insertPart(part);
        } else {
            store.updatePart(part);
        }
        transaction.sign(QStringLiteral("checkin_part"), part.id);
        transaction.record(
            Change{ChangeKind::CheckInPart, added ? ChangeAction::Added : ChangeAction::Updated, row.week, acting->id});
        transaction.commit();
        return load(m_journal, store, row);
    });
}

Result<CheckIn> CheckIns::agree(const QString& week, const QString& text) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    auto resolved = resolveWeek(week);
    if (!resolved) {
        return resolved.error();
    }
    if (text.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("CheckIns", "Agreements need some text."));
    }
    if (text.toUtf8().size() > kMaxTextBytes) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("CheckIns", "Agreements are at most 64 KiB."));
    }
    return guarded([&]() -> Result<CheckIn> {
        storage::CheckInStore store(internals(m_journal).database());
        const qint64 now = Clock::nowMs();
        WriteTransaction transaction(m_journal);
        storage::CheckInRow row = ensureOpen(m_journal, transaction, store, *resolved, now);
        row.agreements = checkin_codec::sealAgreements(m_journal, row, acting->id, text);
        row.agreementsBy = internals(m_journal).partnerRowId(acting->id);
        row.updated = now;
        row.device = internals(m_journal).deviceId();
        store.setAgreements(row.id, row.agreements, *row.agreementsBy, now, row.device);
        transaction.sign(QStringLiteral("checkin"), row.id);
        transaction.record(Change{ChangeKind::Agreement, ChangeAction::Updated, row.week, acting->id});
        transaction.commit();
        return load(m_journal, store, row);
    });
}

Result<CheckIns::Reminder> CheckIns::reminder() {
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return Reminder::None;
    }
    auto checkIn = get(IsoWeek::current().toString());
    if (!checkIn && checkIn.error().code != ErrorCode::NotFound) {
        return checkIn.error();
    }
    const QStringList submitted = checkIn ? checkIn->submittedBy : QStringList();
    if (submitted.contains(acting->id)) {
        return Reminder::None;
    }
    for (const Partner& p : m_journal.partners()) {
        if (p.id != acting->id && submitted.contains(p.id)) {
            return Reminder::PartnerWaiting;
        }
    }
    return Clock::today().dayOfWeek() >= Qt::Friday ? Reminder::TimeForIt : Reminder::None;
}

Result<CheckIn> CheckIns::get(const QString& week) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    auto resolved = resolveWeek(week);
    if (!resolved) {
        return resolved.error();
    }
    return guarded([&]() -> Result<CheckIn> {
        storage::CheckInStore store(internals(m_journal).database());
        const auto row = store.byWeek(*resolved);
        if (!row || row->deletedAt) {
            return notOpened(*resolved);
        }
        return load(m_journal, store, *row);
    });
}

Result<std::vector<CheckIn>> CheckIns::list() {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    return guarded([&]() -> Result<std::vector<CheckIn>> {
        storage::CheckInStore store(internals(m_journal).database());
        // Two queries and one pass, oldest first, carrying the latest
        // agreements forward: linear in the number of check-ins.
        QHash<qint64, std::vector<storage::CheckInPartRow>> partsByCheckIn;
        for (storage::CheckInPartRow& part : store.allLiveParts()) {
            partsByCheckIn[part.checkInId].push_back(std::move(part));
        }
        std::vector<CheckIn> checkIns;
        PreviousAgreements previous;
        for (const storage::CheckInRow& row : store.list()) {
            auto c = assemble(m_journal, row, partsByCheckIn.value(row.id), previous);
            if (!c) {
                return c.error();
            }
            if (c->agreements) {
                previous = PreviousAgreements{c->agreements, c->week};
            }
            checkIns.push_back(std::move(*c));
        }
        std::reverse(checkIns.begin(), checkIns.end());
        return checkIns;
    });
}

} // namespace twofold::core
