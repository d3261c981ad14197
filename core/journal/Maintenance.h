#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace twofold::core {

class Journal;

// The outcome of `verify`: all well, or the first damaged item.
struct VerifyReport {
    // One sentence naming the first damaged item, e.g. "entry 2026-11-25 by
    // Alex (…): the body was altered or moved."
    std::optional<QString> problem;
    int partnersChecked = 0;
    int valuesChecked = 0;
    // Rows whose author's signature checks (journal/RowSignatures.h).
    int signaturesChecked = 0;
    // Every row that is not its author's: the signature is missing although
    // the author signs, or does not check. Named in `problem` too.
    QStringList unverifiedRows;

    bool ok() const { return !problem; }
};

// Keeping the file safe: backups and the integrity check.
class Maintenance {
public:
    explicit Maintenance(Journal& journal)
        : m_journal(journal) {}

    // A consistent copy of the journal at `destination` (mode 0600), made
    // with SQLite's online backup API while the journal may be in use, and
    // checked before it is put in place. Refuses an existing destination.
    // Needs no keys: the copy is as encrypted as the journal.
    Result<void> backup(const QString& destination);

    // Checks the file (SQLite's integrity and foreign-key checks), every
    // partner's key records and keys signature, opens every sealed value the
    // unlocked partner (or reader) can open, and checks the author's
    // signature of every row it can open. Writes nothing. A damaged item is reported in the
    // VerifyReport, not as an Error; an Error means verify could not run.
    Result<VerifyReport> verify();

private:
    Journal& m_journal;
};

} // namespace twofold::core
