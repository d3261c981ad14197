#include "export/ForeignImport.h"

#include "Clock.h"
#include "export/EntryImport.h"
#include "journal/Entries.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/WriteTransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace twofold::core {

Error foreignRefusal(const QString& source, const Error& reason) {
    return makeError(
        reason.code,
        QCoreApplication::translate("ForeignImport", "Nothing was imported from %1: %2").arg(source, reason.message));
}

Result<QByteArray> readImportFile(const QString& path, qint64 maxBytes) {
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ForeignImport", "There is no file %1 to import.").arg(path));
    }
    if (!info.isFile()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ForeignImport", "%1 is a folder, not a file.").arg(path));
    }
    if (info.size() > maxBytes) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ForeignImport", "Nothing was imported from %1: it is larger than %2 MiB.")
                .arg(path)
                .arg(maxBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ForeignImport", "%1 cannot be read: %2.").arg(path, file.errorString()));
    }
    return file.readAll();
}

Result<ForeignImportSummary> importForeignEntries(Journal& journal, const QString& sourceKind,
                                                  std::vector<ForeignEntry> entries, Visibility visibility,
                                                  const QString& source) {
    if (!journal.isUnlocked()) {
        return lockedError(journal);
    }
    const auto importer = journal.actingPartner();
    if (!importer) {
        return noActingPartnerError();
    }
    const ImportContext context{journal, *importer, Clock::nowUtc()};
    EntryImport import(context);
    ForeignImportSummary summary;
    QSet<QString> ids;
    for (ForeignEntry& foreign : entries) {
        if (foreign.text.trimmed().isEmpty() && foreign.title.trimmed().isEmpty()) {
            ++summary.empty;
            continue;
        }
        Entry entry;
        // The importer is part of the id: each partner's copy of the same
        // export is their own writing, never a conflict with the other's.
        entry.id = derivedId(sourceKind, QStringList{importer->id} + foreign.identity);
        // The very same entry twice in one file (same uuid, or same content)
        // is one entry, not a malformed file.
        if (ids.contains(entry.id)) {
            ++summary.counts.unchanged;
            continue;
        }
        ids.insert(entry.id);
        entry.authorId = importer->id;
        entry.authorName = importer->name;
        entry.visibility = visibility;
        entry.day = foreign.day;
        entry.title = foreign.title.trimmed();
        entry.text = foreign.text;
        // A title that is all there is, or longer than a title may be, is
        // kept as the first paragraph of the text rather than lost.
        if (entry.text.trimmed().isEmpty() || entry.title.size() > Entries::kMaxTitleChars) {
            entry.text =
                entry.text.trimmed().isEmpty() ? entry.title : entry.title + QStringLiteral("\n\n") + entry.text;
            entry.title.clear();
        }
        entry.tags = foreign.tags;
        entry.created = foreign.created.toUTC();
        entry.updated = foreign.updated.value_or(entry.created).toUTC();
        if (auto added = import.add(std::move(entry), foreign.updated.has_value(), foreign.where); !added) {
            return foreignRefusal(source, added.error());
        }
    }
    return guarded([&]() -> Result<ForeignImportSummary> {
        // Planned inside the write transaction, so nothing changes between
        // the checks and the writes.
        WriteTransaction transaction(journal);
        if (auto planned = import.plan(); !planned) {
            return foreignRefusal(source, planned.error());
        }
        summary.counts += import.apply();
        // Like import json: views re-read rather than take rows one by one.
        transaction.recordEverything();
        transaction.commit();
        return summary;
    });
}

} // namespace twofold::core
