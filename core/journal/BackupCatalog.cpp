#include "journal/BackupCatalog.h"

#include "storage/BackupFile.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace twofold::core {

std::vector<BackupName> backupNamesIn(const QString& folder, const QString& tag) {
    std::vector<BackupName> names;
    const QDir dir(folder);
    // Plain files only: a folder or a link that happens to match is not ours.
    for (const QFileInfo& file : dir.entryInfoList(QDir::Files | QDir::NoSymLinks | QDir::Hidden)) {
        if (auto name = parseBackupFileName(tag, file.fileName())) {
            names.push_back(*name);
        }
    }
    return names;
}

BackupCopy describeBackupCopy(const QString& path, const BackupName& name, bool readEntries) {
    BackupCopy copy;
    const QFileInfo file(path);
    copy.path = file.absoluteFilePath();
    copy.fileName = file.fileName();
    copy.taken = name.taken;
    copy.kind = name.kind;
    copy.bytes = file.size();
    if (readEntries) {
        try {
            const storage::BackupFacts facts = storage::inspectBackupFile(copy.path, false);
            if (facts.twofold && facts.partners > 0) {
                copy.entries = facts.entries;
            }
        } catch (const storage::SqlError&) {
            // Listed without a count: the person still sees it is there.
        }
    }
    return copy;
}

std::vector<BackupCopy> listBackupCopies(const QString& folder, const QString& tag, bool readEntries) {
    std::vector<BackupName> names = backupNamesIn(folder, tag);
    std::sort(names.begin(), names.end(), [](const BackupName& a, const BackupName& b) {
        return a.taken != b.taken ? a.taken > b.taken : a.sequence > b.sequence;
    });
    std::vector<BackupCopy> copies;
    copies.reserve(names.size());
    for (const BackupName& name : names) {
        copies.push_back(describeBackupCopy(QDir(folder).filePath(backupFileName(tag, name)), name, readEntries));
    }
    return copies;
}

} // namespace twofold::core
