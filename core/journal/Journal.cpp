#include "journal/Journal.h"

#include "Clock.h"
#include "DiskError.h"
#include "crypto/PartnerKeys.h"
#include "crypto/RecoveryCode.h"
#include "journal/Guard.h"
#include "journal/JournalPlace.h"
#include "journal/PartnerSigning.h"
#include "journal/Profiles.h"
#include "journal/SubjectBinding.h"
#include "journal/Vault.h"
#include "storage/ChangeScanStore.h"
#include "storage/Database.h"
#include "storage/JournalFile.h"
#include "storage/PartnerStore.h"
#include "storage/Schema.h"
#include "storage/SqlError.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace twofold::core {

namespace {

using storage::Database;

// "journal.twofold.v1-20261203T124700Z.backup", or with "-2", "-3"… when
// that exists (backupTo never replaces a file, should one appear meanwhile).
QString migrationBackupPath(const QString& path, int version) {
    const QString stem = path + QStringLiteral(".v%1-%2").arg(version).arg(
                                    Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    QString candidate = stem + QStringLiteral(".backup");
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        candidate = stem + QStringLiteral("-%1.backup").arg(n);
    }
    return candidate;
}

QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error openError(const QString& path, const storage::SqlError& error);

// Inspects the file without writing to it: SQLite header, application id,
// schema version. Anything that is not a journal of this or an older version
// is refused here, before the file is opened for writing.
Result<void> inspect(const QString& path) {
    if (auto place = checkJournalPlace(path); !place) {
        return place;
    }
    // Everything is read through SQLite, never with a descriptor of our own:
    // closing any descriptor of the file drops every POSIX lock this process
    // holds on it, a window's open connection's among them (SQLite itself
    // keeps such descriptors until its last lock goes). The size comes from
    // stat(); shorter than a database header is no database.
    if (QFileInfo(path).size() < 100) {
        return makeError(ErrorCode::NotAJournal,
                         QCoreApplication::translate("Journal", "%1 is not a Twofold journal.").arg(path));
    }
    // The identity, on a read-only connection (a committed schema may still
    // be in the -wal file, not yet in the header).
    int applicationId = 0;
    int version = 0;
    try {
        Database db(path, Database::Mode::ReadOnly);
        applicationId = storage::applicationId(db);
        version = db.userVersion();
    } catch (const storage::SqlError& error) {
        if (error.isNotADatabase()) {
            return makeError(ErrorCode::NotAJournal,
                             QCoreApplication::translate("Journal", "%1 is not a Twofold journal.").arg(path));
        }
        return openError(path, error);
    }
    if (applicationId != storage::kApplicationId) {
        return makeError(
            ErrorCode::NotAJournal,
            QCoreApplication::translate("Journal", "%1 is an SQLite database, but not a Twofold journal.").arg(path));
    }
    if (version > storage::kSchemaVersion) {
        return makeError(ErrorCode::NewerVersion,
                         QCoreApplication::translate(
                             "Journal", "%1 was written by a newer version of Twofold (journal format %2; this version "
                                        "reads up to %3). Nothing was changed.")
                             .arg(path)
                             .arg(version)
                             .arg(storage::kSchemaVersion));
    }
    if (version < 1) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("Journal", "%1 is an unfinished or damaged journal.").arg(path));
    }
    return {};
}

Error openError(const QString& path, const storage::SqlError& error) {
    if (error.isCorruption()) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("Journal", "The journal %1 is damaged.").arg(path));
    }
    // A full or read-only disk is said as it is, not as "cannot be opened".
    if (error.isDiskFull() || diskSentence(error.systemErrno())) {
        return makeError(ErrorCode::Missing, error.message());
    }
    if (error.isDiskProblem()) {
        return makeError(ErrorCode::Missing,
                         QCoreApplication::translate("Journal", "%1 cannot be opened: %2").arg(path, error.message()));
    }
    return makeError(
        ErrorCode::Corrupt,
        QCoreApplication::translate("Journal", "The journal %1 cannot be read: %2").arg(path, error.message()));
}

// The partner row whose sealed journal key an open vault came from: the
// acting partner's, or for a reader the first partner without a passphrase
// (as unlockReader chooses).
std::optional<storage::PartnerRow> unlockedKeyRow(Database& db, const Vault& vault) {
    if (!vault.isOpen()) {
        return std::nullopt;
    }
    const QString actingId = vault.partnerId().value_or(QString());
    for (storage::PartnerRow& row : storage::PartnerStore(db).all()) {
        if (actingId.isEmpty() ? row.passphraseWrap.isNull() : row.uuid == actingId) {
            return std::move(row);
        }
    }
    return std::nullopt;
}

} // namespace

QString Journal::defaultColour(int position) {
    return position == 0 ? QStringLiteral("#2f7f8f") : QStringLiteral("#c8553d");
}

Journal::Journal(QString path, std::unique_ptr<Database> db)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_vault(std::make_unique<Vault>()) {}

Journal::~Journal() {
    lock();
}

Result<CreatedJournal> Journal::create(const QString& path, const JournalSetup& setup) {
    if (setup.partners.empty() || setup.partners.size() > 2) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Journal", "A journal has one or two partners."));
    }
    for (size_t i = 0; i < setup.partners.size(); ++i) {
        const QString name = setup.partners[i].name.trimmed();
        if (const auto problem = Profiles::nameProblem(name)) {
            return makeError(ErrorCode::InvalidArgument, *problem);
        }
        if (!setup.partners[i].colour.isEmpty() && !Profiles::isColour(setup.partners[i].colour)) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("Journal", "A colour is written as #rrggbb, like #2f7f8f."));
        }
        if (setup.partners[i].passphrase && setup.partners[i].passphrase->isEmpty()) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("Journal", "A passphrase cannot be empty."));
        }
        if (i == 1 && name.compare(setup.partners[0].name.trimmed(), Qt::CaseInsensitive) == 0) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("Journal", "The two partners need different names."));
        }
    }
    if (QFileInfo::exists(path)) {
        return makeError(
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("Journal", "%1 already exists; Twofold never overwrites a file.").arg(path));
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Journal", "The folder %1 cannot be created.").arg(info.absolutePath()));
    }
    // Create the file 0600 first: SQLite gives the -wal and -shm files the
    // same mode as the database.
    {
        const QByteArray native = QFile::encodeName(path);
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            return makeError(ErrorCode::Io, QCoreApplication::translate("Journal", "%1 cannot be created.").arg(path));
        }
        ::close(fd);
    }
    const auto removePartial = [&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile::remove(path + QLatin1String(suffix));
        }
    };
    try {
        auto db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
        storage::stampApplicationId(*db);
        storage::applyWritePragmas(*db);
        storage::migrate(*db);

        CreatedJournal created;
        const qint64 now = Clock::nowMs();
        const QString device = newUuid();
        const crypto::SecretBytes journalKey = crypto::generateJournalKey();
        storage::Transaction transaction(*db);
        storage::MetaStore meta(*db);
        const QString journalId = newUuid();
        meta.set(QStringLiteral("journal_id"), journalId);
        meta.set(QStringLiteral("device_id"), device);
        meta.set(QStringLiteral("created"), QString::number(now));
        storage::PartnerStore partners(*db);
        QStringList partnerUuids;
        std::vector<crypto::PartnerSecrets> allSecrets;
        std::vector<NewPartnerSigning> signing;
        for (size_t i = 0; i < setup.partners.size(); ++i) {
            const PartnerSetup& p = setup.partners[i];
            const crypto::PartnerSecrets secrets = crypto::PartnerSecrets::generate();
            storage::PartnerRow row;
            row.uuid = newUuid();
            row.position = static_cast<int>(i);
            row.name = p.name.trimmed();
            row.colour = p.colour.isEmpty() ? defaultColour(row.position) : p.colour.toLower();
            row.boxPublicKey = secrets.boxPublicKey;
            auto sealed = crypto::sealJournalKey(journalKey, secrets.boxPublicKey);
            if (!sealed) {
                removePartial();
                return sealed.error();
            }
            row.journalKeySealed = *sealed;
            const crypto::SecretBytes serialized = secrets.serialize();
            if (p.passphrase) {
                const QString code = crypto::RecoveryCode::generate();
                row.passphraseWrap = crypto::wrapWithPassphrase(serialized, *p.passphrase, setup.kdf);
                row.recoveryWrap = crypto::wrapWithRecoveryCode(serialized, *crypto::RecoveryCode::normalize(code));
                created.recoveryCodes.insert(row.name, code);
            } else {
                row.secretsPlain = QByteArray(reinterpret_cast<const char*>(serialized.data()),
                                              static_cast<qsizetype>(serialized.size()));
            }
            row.created = now;
            row.updated = now;
            row.device = device;
            partners.insert(row);
            partnerUuids.append(row.uuid);
            signing.push_back(NewPartnerSigning{row.id, row.uuid, nullptr});
            allSecrets.push_back(
                crypto::PartnerSecrets{secrets.boxPublicKey, secrets.boxSecretKey.clone(), secrets.privateKey.clone()});
        }
        for (size_t i = 0; i < signing.size(); ++i) {
            signing[i].secrets = &allSecrets[i];
        }
        writeSigningAtCreation(*db, journalId, signing, journalKey);
        markSubjectsBound(meta, partnerUuids);
        transaction.commit();
        auto journal = std::unique_ptr<Journal>(new Journal(path, std::move(db)));
        if (auto loaded = journal->load(); !loaded) {
            journal.reset();
            removePartial();
            return loaded.error();
        }
        created.journal = std::move(journal);
        return created;
    } catch (const storage::SqlError& error) {
        removePartial();
        return errorFromSql(error);
    }
}

Result<std::unique_ptr<Journal>> Journal::open(const QString& path) {
    if (auto inspected = inspect(path); !inspected) {
        return inspected.error();
    }
    try {
        auto db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
        // Reading the schema touches every page header SQLite needs: a damaged
        // file fails here, before anything is written.
        storage::probeSchema(*db);
        const int version = db->userVersion();
        if (version < storage::kSchemaVersion) {
            // An older journal: keep a copy before upgrading it, under a name
            // of its own (an earlier upgrade's copy, say of a journal restored
            // from an old backup since, is never in the way nor replaced).
            db->backupTo(migrationBackupPath(path, version));
            storage::applyWritePragmas(*db);
            storage::migrate(*db);
        } else {
            storage::applyWritePragmas(*db);
        }
        auto journal = std::unique_ptr<Journal>(new Journal(path, std::move(db)));
        if (auto loaded = journal->load(); !loaded) {
            return loaded.error();
        }
        return journal;
    } catch (const storage::SqlError& error) {
        return openError(path, error);
    }
}

Result<void> Journal::load() {
    return guarded([&]() -> Result<void> {
        storage::MetaStore meta(*m_db);
        m_journalId = meta.get(QStringLiteral("journal_id")).value_or(QString());
        m_deviceId = meta.get(QStringLiteral("device_id")).value_or(QString());
        if (m_journalId.isEmpty() || m_deviceId.isEmpty()) {
            return makeError(
                ErrorCode::Corrupt,
                QCoreApplication::translate("Journal", "The journal %1 is damaged (no identity).").arg(m_path));
        }
        reloadPartners();
        if (m_partners.empty()) {
            return makeError(ErrorCode::Corrupt,
                             QCoreApplication::translate("Journal", "The journal %1 has no partners.").arg(m_path));
        }
        resetExternalWatch();
        return {};
    });
}

void Journal::reloadPartners() {
    storage::PartnerStore store(*m_db);
    m_partners.clear();
    m_partnerRows.clear();
    for (const storage::PartnerRow& row : store.all()) {
        m_partners.push_back(Partner{row.uuid, row.name, row.colour, row.position, !row.passphraseWrap.isNull()});
        m_partnerRows.push_back(row.id);
    }
}

std::optional<Partner> Journal::findPartner(const QString& nameOrId) const {
    const QString wanted = nameOrId.trimmed();
    for (const Partner& p : m_partners) {
        if (p.id == wanted || p.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return std::nullopt;
}

qint64 Journal::partnerRowId(const QString& partnerId) const {
    for (size_t i = 0; i < m_partners.size(); ++i) {
        if (m_partners[i].id == partnerId) {
            return m_partnerRows[i];
        }
    }
    return 0;
}

QString Journal::partnerIdForRow(qint64 rowId) const {
    for (size_t i = 0; i < m_partners.size(); ++i) {
        if (m_partnerRows[i] == rowId) {
            return m_partners[i].id;
        }
    }
    return {};
}

Vault& Journal::vault() {
    return *m_vault;
}

bool Journal::isUnlocked() const {
    return m_vault->isOpen() && !m_usedRecoveryCode;
}

bool Journal::hasOpenKeys() const {
    return m_vault->isOpen();
}

std::optional<Partner> Journal::actingPartner() const {
    if (!m_vault->isOpen() || !m_vault->partnerId()) {
        return std::nullopt;
    }
    return findPartner(*m_vault->partnerId());
}

Result<void> Journal::unlock(const QString& partnerNameOrId, const QByteArray& secret) {
    lock();
    const auto partner = findPartner(partnerNameOrId);
    if (!partner) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Journal", "There is no partner called %1 in this journal.")
                             .arg(partnerNameOrId));
    }
    return guarded([&]() -> Result<void> {
        storage::PartnerStore store(*m_db);
        std::optional<storage::PartnerRow> row;
        for (auto& r : store.all()) {
            if (r.uuid == partner->id) {
                row = std::move(r);
            }
        }
        if (!row) {
            return makeError(ErrorCode::Corrupt,
                             QCoreApplication::translate("Journal", "The partner record is missing."));
        }
        bool usedRecovery = false;
        Result<crypto::SecretBytes> serialized = makeError(ErrorCode::Internal, {});
        if (row->passphraseWrap.isNull()) {
            serialized = crypto::SecretBytes::copyOf(row->secretsPlain);
        } else {
            if (secret.isEmpty()) {
                return makeError(
                    ErrorCode::WrongPassphrase,
                    QCoreApplication::translate("Journal", "%1's passphrase is needed to open the journal.")
                        .arg(partner->name));
            }
            const QString typed = QString::fromUtf8(secret);
            if (crypto::RecoveryCode::looksLikeCode(typed)) {
                auto code = crypto::RecoveryCode::normalize(typed);
                if (code) {
                    serialized = crypto::unwrapWithRecoveryCode(row->recoveryWrap, *code);
                    usedRecovery = serialized.has_value();
                }
            }
            if (!serialized) {
                serialized = crypto::unwrapWithPassphrase(row->passphraseWrap, secret);
            }
            if (!serialized) {
                if (serialized.error().code == ErrorCode::WrongPassphrase) {
                    return makeError(
                        ErrorCode::WrongPassphrase,
                        QCoreApplication::translate("Journal", "The passphrase for %1 is wrong.").arg(partner->name));
                }
                return serialized.error();
            }
        }
        auto secrets = crypto::PartnerSecrets::deserialize(row->boxPublicKey, *serialized);
        if (!secrets) {
            return secrets.error();
        }
        auto journalKey = crypto::openJournalKey(row->journalKeySealed, *secrets);
        if (!journalKey) {
            return journalKey.error();
        }
        m_vault->set(partner->id, std::move(*secrets), std::move(*journalKey));
        if (auto checked = checkSigningAtUnlock(*this); !checked) {
            m_vault->clear();
            return checked.error();
        }
        m_unlockedJournalKeySealed = row->journalKeySealed;
        bindSubjectsAfterUnlock(*this);
        if (auto signing = establishSigningAtUnlock(*this); !signing) {
            lock();
            return signing.error();
        }
        // Last: the set-up steps above run as after any unlock; from here on
        // only a new passphrase may be set.
        m_usedRecoveryCode = usedRecovery;
        resetExternalWatch();
        return {};
    });
}

Result<void> Journal::unlockReader() {
    lock();
    return guarded([&]() -> Result<void> {
        storage::PartnerStore store(*m_db);
        for (const auto& row : store.all()) {
            if (!row.passphraseWrap.isNull()) {
                continue;
            }
            auto secrets =
                crypto::PartnerSecrets::deserialize(row.boxPublicKey, crypto::SecretBytes::copyOf(row.secretsPlain));
            if (!secrets) {
                return secrets.error();
            }
            auto journalKey = crypto::openJournalKey(row.journalKeySealed, *secrets);
            if (!journalKey) {
                return journalKey.error();
            }
            m_vault->set(std::nullopt, std::nullopt, std::move(*journalKey));
            if (auto commitment = checkCommitmentAsReader(*this); !commitment) {
                m_vault->clear();
                return commitment.error();
            }
            m_unlockedJournalKeySealed = row.journalKeySealed;
            bindSubjectsAfterUnlock(*this);
            resetExternalWatch();
            return {};
        }
        return makeError(ErrorCode::Locked,
                         QCoreApplication::translate(
                             "Journal", "Every partner of this journal has a passphrase: say who you are with --as "
                                        "NAME."));
    });
}

void Journal::lock() {
    m_lockListeners.call();
    m_vault->clear();
    m_usedRecoveryCode = false;
    m_unlockedJournalKeySealed.clear();
}

void Journal::changesCommitted(const ChangeSet& changes) {
    // Our own writing is already known: only rows written elsewhere after
    // this should count as external.
    for (const Change& change : changes.changes) {
        if (change.kind == ChangeKind::Keys || change.kind == ChangeKind::Partner) {
            reloadPartners();
            rememberUnlockedKey();
            break;
        }
    }
    m_changes.publish(changes);
}

void Journal::rememberUnlockedKey() {
    if (const auto row = unlockedKeyRow(*m_db, *m_vault)) {
        m_unlockedJournalKeySealed = row->journalKeySealed;
    }
}

void Journal::resetExternalWatch() {
    try {
        storage::ChangeScanStore scan(*m_db);
        m_dataVersion = scan.dataVersion();
        m_latestUpdate = scan.latestUpdate();
        m_restoreMark = storage::MetaStore(*m_db).get(restoreMarkKey()).value_or(QString());
    } catch (const storage::SqlError&) {
        // The next poll tries again; nothing is lost by starting late.
    }
}

namespace {

ChangeKind kindOf(storage::ChangedRow::Table table) {
    using Table = storage::ChangedRow::Table;
    switch (table) {
    case Table::Entry:
        return ChangeKind::Entry;
    case Table::Draft:
        return ChangeKind::Draft;
    case Table::CheckIn:
        return ChangeKind::CheckIn;
    case Table::CheckInPart:
        return ChangeKind::CheckInPart;
    case Table::Prompt:
        return ChangeKind::Prompt;
    case Table::Answer:
        return ChangeKind::Answer;
    case Table::ThemeChoice:
        return ChangeKind::ThemeChoice;
    case Table::Favourites:
        return ChangeKind::Favourites;
    case Table::Partner:
        return ChangeKind::Partner;
    }
    return ChangeKind::Entry;
}

} // namespace

Result<bool> Journal::pollExternalChanges() {
    return guarded([&]() -> Result<bool> {
        storage::ChangeScanStore scan(*m_db);
        const qint64 version = scan.dataVersion();
        if (version == m_dataVersion) {
            return false;
        }
        m_dataVersion = version;
        // Another process stamps `updated` before its commit, and its clock
        // may lag ours a little: look a few seconds further back than the
        // last row seen. A row reported twice is harmless (views re-read it).
        constexpr qint64 kMarginMs = 5000;
        const qint64 since = m_latestUpdate - kMarginMs;
        m_latestUpdate = std::max(m_latestUpdate, scan.latestUpdate());
        ChangeSet set;
        set.external = true;
        const auto rows = scan.changedSince(since, kMaxExternalChanges);
        bool partnersChanged = false;
        const QString restoreMark = storage::MetaStore(*m_db).get(restoreMarkKey()).value_or(QString());
        const bool restored = restoreMark != m_restoreMark;
        if (restored) {
            // A backup restored elsewhere: its rows carry their old times,
            // so every view re-reads, and the keys are checked below.
            m_restoreMark = restoreMark;
            m_latestUpdate = scan.latestUpdate();
            set.everything = true;
            partnersChanged = true;
        } else if (static_cast<int>(rows.size()) > kMaxExternalChanges) {
            set.everything = true;
            partnersChanged = true;
        } else {
            for (const storage::ChangedRow& row : rows) {
                ChangeAction action = ChangeAction::Updated;
                if (row.deletedAt && *row.deletedAt >= since) {
                    action = ChangeAction::Trashed;
                } else if (row.created >= since) {
                    action = ChangeAction::Added;
                }
                const ChangeKind kind = kindOf(row.table);
                set.changes.push_back(Change{kind, action, row.id, row.authorUuid});
                if (kind == ChangeKind::CheckIn && row.hasAgreements) {
                    set.changes.push_back(Change{ChangeKind::Agreement, ChangeAction::Updated, row.id, {}});
                }
                partnersChanged = partnersChanged || kind == ChangeKind::Partner;
            }
        }
        if (partnersChanged) {
            reloadPartners();
            // A rotation elsewhere replaced the key this session holds.
            if (const auto row = unlockedKeyRow(*m_db, *m_vault);
                row && !m_unlockedJournalKeySealed.isEmpty() && row->journalKeySealed != m_unlockedJournalKeySealed) {
                set.changes.push_back(Change{ChangeKind::Keys, ChangeAction::Updated, row->uuid, row->uuid});
            }
        }
        m_changes.publish(set);
        return true;
    });
}

int Journal::addLockListener(std::function<void()> listener) {
    return m_lockListeners.add(std::move(listener));
}

void Journal::removeLockListener(int id) {
    m_lockListeners.remove(id);
}

Result<std::unique_ptr<Journal>> Journal::cloneUnlocked() const {
    if (!isUnlocked()) {
        return lockedError(*this);
    }
    try {
        // Read-write like the original (WAL readers need the shared memory
        // file), but the clone only ever reads.
        auto db = std::make_unique<Database>(m_path, Database::Mode::ReadWrite);
        auto clone = std::unique_ptr<Journal>(new Journal(m_path, std::move(db)));
        clone->m_journalId = m_journalId;
        clone->m_deviceId = m_deviceId;
        clone->m_partners = m_partners;
        clone->m_partnerRows = m_partnerRows;
        std::optional<crypto::PartnerSecrets> secrets;
        if (const auto& own = m_vault->secrets()) {
            secrets = crypto::PartnerSecrets{own->boxPublicKey, own->boxSecretKey.clone(), own->privateKey.clone()};
        }
        clone->m_vault->set(m_vault->partnerId(), std::move(secrets), m_vault->journalKey().clone());
        if (const auto& signing = m_vault->signing()) {
            clone->m_vault->setSigning(signing->clone());
        }
        clone->m_vault->setFormat1(m_vault->format1Shared(), m_vault->format1Private());
        clone->m_usedRecoveryCode = m_usedRecoveryCode;
        return clone;
    } catch (const storage::SqlError& error) {
        return openError(m_path, error);
    }
}

} // namespace twofold::core
