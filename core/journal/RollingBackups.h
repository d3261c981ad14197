#pragma once

#include "Result.h"
#include "journal/BackupCatalog.h"
#include "journal/BackupPolicy.h"

#include <QString>

#include <optional>
#include <vector>

namespace twofold::core {

class Journal;

// What the daily backup did.
struct DailyBackupOutcome {
    // Empty when today's copy already existed (nothing was written).
    std::optional<BackupCopy> made;
    // File names rotation removed (only Twofold's own daily/weekly copies).
    std::vector<QString> removed;
};

// What a restore did. The journal is LOCKED afterwards: the keys in the
// restored content may differ from the ones this session held (a passphrase
// changed or keys rotated since the copy), so the caller unlocks again —
// the window shows its unlock page, the CLI is done.
struct RestoreOutcome {
    // The journal as it was just before, kept outside rotation.
    BackupCopy safetyCopy;
    // Entries in the journal now (not in the trash).
    qint64 entries = 0;
};

// Automatic rolling backups of one journal, the use case the window and the
// CLI share. Every copy is made with SQLite's online backup API (the journal
// may be in use), written to a temporary file beside its place, checked
// (integrity, a Twofold journal, partners present), renamed into place and
// fsynced, mode 0600 in a folder created 0700.
//
// Nothing here needs keys: a copy is as encrypted as the journal, and the
// policy sits in the clear `meta` table. So the daily copy can run at
// unlock on another thread, on a Journal opened there (Journal::open of the
// same path): one Journal per thread.
//
// Failures are one sentence (Io for the disk or the folder, InvalidArgument
// for a bad policy and for a copy that is damaged or not this journal's) and never touch the
// journal or the copies already there.
class RollingBackups {
public:
    explicit RollingBackups(Journal& journal)
        : m_journal(journal) {}

    // The stored policy, or the default (beside the journal, 7 daily, 4 weekly).
    Result<BackupPolicy> policy();
    // Stores a checked policy. Needs an unlocked journal: it is a change by
    // one of the partners, like any other setting.
    Result<void> setPolicy(const BackupPolicy& policy);
    // The folder the policy points to (it may not exist yet).
    Result<QString> folder();

    // The copies of this journal in the folder, newest first, with entry
    // counts. An empty list when there are none (or no folder yet).
    Result<std::vector<BackupCopy>> list();

    // Once a day: when no daily or weekly copy was taken today (local date,
    // core Clock), makes one — weekly when it is the first of its ISO week —
    // then rotates: keeps the newest policy.keepDaily daily and keepWeekly
    // weekly copies and deletes older ones of this journal's name pattern.
    // A file rotation cannot delete is left where it is.
    Result<DailyBackupOutcome> makeDailyIfDue();

    // A copy now, of the given kind (Manual: "Back up now"), outside rotation
    // unless it is Daily or Weekly.
    Result<BackupCopy> makeCopy(BackupKind kind);

    // Replaces the journal's content with the copy at `copyPath`: checks the
    // copy first (opens as SQLite, passes the integrity check, is a Twofold
    // journal of this same journal, from this version or an older one), then
    // makes a before-restore copy of the current state, then copies the
    // backup into the open journal with the online backup API in one
    // transaction. Any refusal or failure before the last step leaves the
    // journal untouched; the last step is all or nothing. The policy in force
    // is kept (the copy's own is not taken over). On success the journal is
    // locked (see RestoreOutcome). Needs no keys — anyone who can write the
    // file could copy a backup over it by hand.
    Result<RestoreOutcome> restore(const QString& copyPath);
    // After restore() ran on another Journal of the same file (a worker's
    // clone, so the window keeps painting): this one re-reads the partners
    // of the restored content and locks, as restore() does to its own.
    Result<void> adoptRestoredContent();

private:
    Result<BackupCopy> writeCopy(const QString& folder, BackupKind kind);

    Journal& m_journal;
};

} // namespace twofold::core
