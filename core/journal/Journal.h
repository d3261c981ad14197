#pragma once

#include "Result.h"
#include "crypto/KeyWrap.h"
#include "domain/Partner.h"
#include "journal/ChangeFeed.h"
#include "journal/Listeners.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace twofold::core::storage {
class Database;
}

namespace twofold::core {

class Vault;

struct PartnerSetup {
    QString name;
    QString colour;                       // empty: a default colour for the position
    std::optional<QByteArray> passphrase; // none: the partner's secrets are stored unwrapped
};

struct JournalSetup {
    std::vector<PartnerSetup> partners; // one or two
    crypto::KdfLimits kdf = crypto::KdfLimits::moderate();
};

class Journal;

struct CreatedJournal {
    std::unique_ptr<Journal> journal;
    // Partner name → recovery code, for partners with a passphrase. Shown once,
    // never stored.
    QMap<QString, QString> recoveryCodes;
};

// An open journal file: the database connection, the partners, and — once
// unlocked — the keys of the acting partner. Use cases (Entries, CheckIns,
// Prompts, …) take a Journal& and refuse to run while it is locked.
//
// Not thread-safe: one thread uses a Journal at a time. Work in other threads
// (the search index build) opens its own connection from path().
class Journal {
public:
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    // Creates a new journal file (mode 0600). Refuses an existing path.
    static Result<CreatedJournal> create(const QString& path, const JournalSetup& setup);
    // Opens an existing journal, locked. A missing file, a non-Twofold file,
    // a damaged file and one from a newer version are refused with their own
    // message and left byte-for-byte as they were.
    static Result<std::unique_ptr<Journal>> open(const QString& path);

    const QString& path() const { return m_path; }
    QString journalId() const { return m_journalId; }
    const std::vector<Partner>& partners() const { return m_partners; }
    // By name (case-insensitive) or id.
    std::optional<Partner> findPartner(const QString& nameOrId) const;

    // Unlocks as a partner. `secret` is the passphrase or the recovery code;
    // for a partner without a passphrase it is ignored and may be empty.
    Result<void> unlock(const QString& partnerNameOrId, const QByteArray& secret = {});
    // Opens the shared content without an acting partner, through a partner
    // without a passphrase. Fails with Locked when both have one.
    Result<void> unlockReader();
    // Wipes every key from memory, and tells every lock listener first (the
    // search index drops its plaintext).
    void lock();
    // Called on every lock (also the implicit one at the start of unlock and
    // at destruction). Returns an id for removeLockListener. Listeners run on
    // the thread that locks and must not outlive the Journal unregistered.
    int addLockListener(std::function<void()> listener);
    void removeLockListener(int id);

    // A second, independent Journal on the same file — its own database
    // connection and its own copy of the keys — for work in another thread
    // (the search index build). The copy is unlocked as the same partner (or
    // reader); locking or destroying it wipes only its own keys. Locked when
    // this one is locked.
    Result<std::unique_ptr<Journal>> cloneUnlocked() const;

    // The meta key a restore sets to a fresh value, so that another process
    // with the journal open sees its content replaced as a whole.
    static QString restoreMarkKey() { return QStringLiteral("restore_mark"); }

    // True when the journal is open for use. Not after a recovery-code
    // unlock until a new passphrase is set: the code opens it for nothing
    // else, so it works once (DESIGN.md), in the window and the CLI alike.
    bool isUnlocked() const;
    // True when a partner's (or the reader's) keys are open, also right after
    // a recovery-code unlock: what setting the new passphrase needs.
    bool hasOpenKeys() const;
    // The partner whose keys are open; empty when locked or unlocked as a
    // reader.
    std::optional<Partner> actingPartner() const;
    // True when the acting partner unlocked with the recovery code: the window
    // then asks for a new passphrase, and nothing else is possible until then.
    bool unlockedWithRecoveryCode() const { return m_usedRecoveryCode; }
    // Called once a new passphrase has been set (core/journal/Secrets): the
    // recovery code that unlocked this session no longer opens the journal.
    void passphraseWasSet() { m_usedRecoveryCode = false; }

    // What changed: every use case's commit (through WriteTransaction), and
    // another process's writing once pollExternalChanges() notices it.
    ChangeFeed& changes() { return m_changes; }
    // Looks whether another connection (twofold-cli, later sync) committed
    // since the last look — cheap, PRAGMA data_version — and if so reports
    // on the feed, as one external change set, the rows it wrote (found by
    // their clear `updated` times; `everything` when there were too many to
    // list). When the acting partner's keys
    // were replaced, the set holds a Keys change: lock and unlock again.
    // Returns whether anything was noticed. Cheap enough for a timer.
    Result<bool> pollExternalChanges();
    // A partner's name, in characters (the window's field and the core's
    // check use this one limit).
    static constexpr int kMaxNameChars = 80;
    // The colour a partner gets when none is chosen: by position (0, 1).
    static QString defaultColour(int position);
    // The most changes one external set lists before it says "everything".
    static constexpr int kMaxExternalChanges = 2000;

private:
    // The use cases inside core reach these through JournalInternals
    // (journal/JournalInternals.h), a header the front ends never include:
    // the window and the CLI cannot name the database or the keys.
    friend class JournalInternals;

    // Called by WriteTransaction after a commit: publishes on the feed.
    void changesCommitted(const ChangeSet& changes);
    storage::Database& database() { return *m_db; }
    Vault& vault();
    QString deviceId() const { return m_deviceId; }
    qint64 partnerRowId(const QString& partnerId) const;
    QString partnerIdForRow(qint64 rowId) const;
    // Reloads partners from the file (after passphrase changes).
    void reloadPartners();

    Journal(QString path, std::unique_ptr<storage::Database> db);
    Result<void> load();
    // Starts watching for other connections' commits from now on.
    void resetExternalWatch();
    // Notes the acting partner's sealed journal key as the file has it now
    // (after this session's own rotation).
    void rememberUnlockedKey();

    QString m_path;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<Vault> m_vault;
    QString m_journalId;
    QString m_deviceId;
    std::vector<Partner> m_partners;
    std::vector<qint64> m_partnerRows; // parallel to m_partners
    bool m_usedRecoveryCode = false;
    Listeners<> m_lockListeners;
    ChangeFeed m_changes;
    qint64 m_dataVersion = 0;
    qint64 m_latestUpdate = 0;
    QString m_restoreMark; // meta's restore mark when the watch began
    // The acting partner's sealed journal key as it was at unlock: another
    // process's rotation replaces it.
    QByteArray m_unlockedJournalKeySealed;
    // Rows written in the open WriteTransaction, signed just before it
    // commits (journal/RowSignatures.h): table and row id.
    std::vector<std::pair<QString, qint64>> m_toSign;
};

} // namespace twofold::core
