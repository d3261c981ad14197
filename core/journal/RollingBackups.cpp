#include "journal/RollingBackups.h"

#include "Clock.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "storage/BackupFile.h"
#include "storage/Database.h"
#include "storage/PartnerStore.h"
#include "storage/Schema.h"
#include "storage/SqlError.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sys/stat.h>

namespace twofold::core {

namespace {

const QString kFolderKey = QStringLiteral("backup.folder");
const QString kDailyKey = QStringLiteral("backup.keep_daily");
const QString kWeeklyKey = QStringLiteral("backup.keep_weekly");

// A stored count outside the allowed range (a file edited by hand) falls
// back to the default rather than, say, deleting every copy.
int storedCount(const std::optional<QString>& text, int fallback, int min, int max) {
    bool ok = false;
    const int value = text ? text->toInt(&ok) : 0;
    return ok && value >= min && value <= max ? value : fallback;
}

// The disk's own sentence ("The disk is full; nothing was changed.") or the
// storage layer's, as an Io error: a failed copy is about the disk or the
// folder, never about the journal (which the copy only reads).
Error copyError(const storage::SqlError& error) {
    return makeError(ErrorCode::Io, error.message());
}

Result<void> prepareFolder(const QString& folder, bool ours) {
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("RollingBackups", "The backup folder %1 is a file, not a folder.").arg(folder));
    }
    const QByteArray name = QFile::encodeName(folder);
    if (!info.exists()) {
        if (!QDir().mkpath(folder)) {
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("RollingBackups", "The backup folder %1 cannot be created.").arg(folder));
        }
        ours = true;
    }
    // The copies are as sealed as the journal, but their names and sizes say
    // when the couple wrote: only the owner may list them. A folder the
    // person chose and made themselves keeps the mode they gave it.
    if (ours && ::chmod(name.constData(), S_IRWXU) != 0) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("RollingBackups", "The backup folder %1 cannot be made private.").arg(folder));
    }
    return {};
}

QDateTime nowToTheSecond() {
    const QDateTime now = Clock::nowUtc().toLocalTime();
    return now.addMSecs(-now.time().msec());
}

} // namespace

Result<BackupPolicy> RollingBackups::policy() {
    return guarded([&]() -> Result<BackupPolicy> {
        storage::MetaStore meta(internals(m_journal).database());
        BackupPolicy policy;
        policy.folder = meta.get(kFolderKey).value_or(QString());
        if (!policy.folder.isEmpty() && QDir::isRelativePath(policy.folder)) {
            policy.folder.clear();
        }
        policy.counts.keepDaily =
            storedCount(meta.get(kDailyKey), RotationCounts{}.keepDaily, 1, BackupPolicy::kMaxDaily);
        policy.counts.keepWeekly =
            storedCount(meta.get(kWeeklyKey), RotationCounts{}.keepWeekly, 0, BackupPolicy::kMaxWeekly);
        return policy;
    });
}

Result<void> RollingBackups::setPolicy(const BackupPolicy& policy) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    if (auto checked = policy.check(); !checked) {
        return checked.error();
    }
    return guarded([&]() -> Result<void> {
        storage::Database& db = internals(m_journal).database();
        storage::Transaction transaction(db);
        storage::MetaStore meta(db);
        meta.set(kFolderKey, policy.folder.isEmpty() ? QString() : QDir::cleanPath(policy.folder));
        meta.set(kDailyKey, QString::number(policy.counts.keepDaily));
        meta.set(kWeeklyKey, QString::number(policy.counts.keepWeekly));
        transaction.commit();
        return {};
    });
}

Result<QString> RollingBackups::folder() {
    auto current = policy();
    if (!current) {
        return current.error();
    }
    return current->folderFor(m_journal.path());
}

Result<std::vector<BackupCopy>> RollingBackups::list() {
    auto where = folder();
    if (!where) {
        return where.error();
    }
    return listBackupCopies(*where, backupTag(m_journal.journalId()));
}

Result<BackupCopy> RollingBackups::writeCopy(const QString& folder, BackupKind kind) {
    auto current = policy();
    if (!current) {
        return current.error();
    }
    if (auto prepared = prepareFolder(folder, current->folder.isEmpty()); !prepared) {
        return prepared.error();
    }
    const QString tag = backupTag(m_journal.journalId());
    BackupName name{nowToTheSecond(), kind, 0};
    // Two copies in one second (a manual copy right after the daily one)
    // get a sequence number; an existing file is never replaced.
    while (QFileInfo::exists(QDir(folder).filePath(backupFileName(tag, name))) && name.sequence < 999) {
        ++name.sequence;
    }
    const QString path = QDir(folder).filePath(backupFileName(tag, name));
    try {
        storage::writeBackupFile(internals(m_journal).database(), path);
    } catch (const storage::SqlError& error) {
        return copyError(error);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "RollingBackups", "There was not enough memory; nothing was changed."));
    }
    return describeBackupCopy(path, name, true);
}

Result<BackupCopy> RollingBackups::makeCopy(BackupKind kind) {
    auto where = folder();
    if (!where) {
        return where.error();
    }
    return writeCopy(*where, kind);
}

Result<DailyBackupOutcome> RollingBackups::makeDailyIfDue() {
    auto current = policy();
    if (!current) {
        return current.error();
    }
    const QString where = current->folderFor(m_journal.path());
    const QString tag = backupTag(m_journal.journalId());
    std::vector<BackupName> names = backupNamesIn(where, tag);
    const QDate today = Clock::today();
    DailyBackupOutcome outcome;
    if (!dailyCopyDue(names, today)) {
        return outcome;
    }
    auto made = writeCopy(where, kindForToday(names, today, current->counts));
    if (!made) {
        return made.error();
    }
    outcome.made = *made;
    // Rotation only after the new copy is safely in place, and only over
    // names this journal's pattern produced.
    names = backupNamesIn(where, tag);
    for (const BackupName& old : copiesToRemove(names, current->counts)) {
        const QString fileName = backupFileName(tag, old);
        if (QFile::remove(QDir(where).filePath(fileName))) {
            outcome.removed.push_back(fileName);
        }
    }
    return outcome;
}

Result<RestoreOutcome> RollingBackups::restore(const QString& copyPath) {
    const QFileInfo source(copyPath);
    if (copyPath.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("RollingBackups", "Say which backup to restore."));
    }
    if (!source.exists()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("RollingBackups", "There is no backup at %1.").arg(copyPath));
    }
    if (!source.isFile()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("RollingBackups", "%1 is not a backup file.").arg(copyPath));
    }
    if (source.canonicalFilePath() == QFileInfo(m_journal.path()).canonicalFilePath()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("RollingBackups", "%1 is the journal itself, not a backup of it.")
                             .arg(copyPath));
    }
    storage::BackupFacts facts;
    try {
        facts = storage::inspectBackupFile(source.absoluteFilePath(), true);
    } catch (const storage::SqlError&) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("RollingBackups", "%1 cannot be read as a Twofold backup; nothing was changed.")
                .arg(copyPath));
    }
    if (!facts.twofold) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("RollingBackups", "%1 is not a Twofold backup; nothing was changed.")
                .arg(copyPath));
    }
    if (!facts.intact || facts.partners < 1 || facts.journalId.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("RollingBackups", "The backup %1 is damaged; nothing was changed.")
                             .arg(copyPath));
    }
    if (facts.journalId != m_journal.journalId()) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("RollingBackups", "%1 is a backup of another journal; nothing was changed.")
                .arg(copyPath));
    }
    if (facts.schemaVersion > storage::kSchemaVersion) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("RollingBackups",
                                                     "%1 was made by a newer version of Twofold; nothing was changed.")
                             .arg(copyPath));
    }
    auto kept = policy();
    if (!kept) {
        return kept.error();
    }
    auto where = folder();
    if (!where) {
        return where.error();
    }
    auto safety = writeCopy(*where, BackupKind::BeforeRestore);
    if (!safety) {
        return makeError(
            safety.error().code,
            QCoreApplication::translate("RollingBackups",
                                        "Nothing was restored, since the journal could not be backed up first: %1")
                .arg(safety.error().message));
    }
    return guarded([&]() -> Result<RestoreOutcome> {
        storage::Database& db = internals(m_journal).database();
        db.ensureInPlace();
        storage::restoreFromFile(db, source.absoluteFilePath());
        // From here the content is the copy's: whatever happens next, the
        // keys this session holds may no longer fit it.
        struct LockAfterwards {
            Journal& journal;
            ~LockAfterwards() {
                internals(journal).reloadPartners();
                journal.lock();
            }
        } lockAfterwards{m_journal};
        // A copy from before an upgrade: bring it to this version, as opening
        // it would (each step its own transaction; the content is the copy's
        // whole either way).
        storage::migrate(db);
        {
            // The policy in force stays: restoring a week-old copy must not
            // send tomorrow's backups to a folder chosen back then.
            storage::Transaction transaction(db);
            storage::MetaStore meta(db);
            meta.set(kFolderKey, kept->folder);
            meta.set(kDailyKey, QString::number(kept->counts.keepDaily));
            meta.set(kWeeklyKey, QString::number(kept->counts.keepWeekly));
            // Tells every other process with the journal open that the
            // whole content was replaced (Journal::pollExternalChanges):
            // restored rows carry their old times, so no scan by time sees it.
            meta.set(Journal::restoreMarkKey(), QUuid::createUuid().toString(QUuid::WithoutBraces));
            transaction.commit();
        }
        RestoreOutcome outcome;
        outcome.safetyCopy = *safety;
        outcome.entries = storage::liveEntryCount(db);
        return outcome;
    });
}

Result<void> RollingBackups::adoptRestoredContent() {
    auto reloaded = guarded([&]() -> Result<void> {
        internals(m_journal).reloadPartners();
        return {};
    });
    m_journal.lock(); // whatever happened: the keys may not fit the content
    return reloaded;
}

} // namespace twofold::core
