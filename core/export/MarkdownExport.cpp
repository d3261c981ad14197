#include "export/MarkdownExport.h"

#include "export/SafeFile.h"
#include "journal/Entries.h"
#include "journal/Guard.h"
#include "journal/Journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace twofold::core {

namespace {

const QByteArray kMarkerStart = QByteArrayLiteral("<!-- twofold export ");

QString fileNameFor(const QDate& day) {
    return day.toString(Qt::ISODate) + QStringLiteral(".md");
}

// A file of the same name that an earlier export did not write is never
// replaced.
Result<void> checkTarget(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        return {};
    }
    const auto refuse = [&] {
        return makeError(ErrorCode::AlreadyExists,
                         QStringLiteral("%1 already exists and was not written by a Twofold export; it would be "
                                        "overwritten, so nothing was written.")
                             .arg(path));
    };
    if (info.isSymLink() || !info.isFile()) {
        return refuse();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.read(kMarkerStart.size()).startsWith(kMarkerStart)) {
        return refuse();
    }
    return {};
}

Result<void> ensureFolder(const QString& dir) {
    const QFileInfo info(dir);
    if (info.exists()) {
        if (!info.isDir()) {
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("%1 exists and is not a folder.").arg(dir));
        }
        return {};
    }
    if (!QDir().mkpath(dir)) {
        return makeError(ErrorCode::Io, QStringLiteral("The folder %1 cannot be created.").arg(dir));
    }
    // A new folder for plaintext is the owner's alone.
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

} // namespace

QByteArray MarkdownExport::marker(const QDate& day) {
    return kMarkerStart + day.toString(Qt::ISODate).toLatin1() + QByteArrayLiteral(" -->");
}

QString entryMarkdown(const Entry& e) {
    QStringList facts{e.authorName, toString(e.visibility)};
    if (e.mood) {
        facts.append(QStringLiteral("mood %1/5").arg(*e.mood));
    }
    if (!e.tags.isEmpty()) {
        facts.append(QStringLiteral("tags: %1").arg(e.tags.join(QStringLiteral(", "))));
    }
    QString text = e.text;
    if (!text.endsWith(QLatin1Char('\n'))) {
        text += QLatin1Char('\n');
    }
    return QStringLiteral("## %1\n\n_%2_\n\n%3\n")
        .arg(e.title.isEmpty() ? QStringLiteral("Entry by %1").arg(e.authorName) : e.title,
             facts.join(QStringLiteral(" · ")), text);
}

Result<int> MarkdownExport::addEntries(std::map<QDate, QString>& days) {
    auto entries = Entries(m_journal).list(EntryFilter{});
    if (!entries) {
        return entries.error();
    }
    // The day's entries in the order they were written.
    std::reverse(entries->begin(), entries->end());
    for (const Entry& e : *entries) {
        days[e.day] += entryMarkdown(e);
    }
    return static_cast<int>(entries->size());
}

Result<MarkdownSummary> MarkdownExport::writeTo(const QString& dir) {
    if (!m_journal.isUnlocked()) {
        return lockedError();
    }
    std::map<QDate, QString> days;
    MarkdownSummary summary;
    auto entryCount = addEntries(days);
    if (!entryCount) {
        return entryCount.error();
    }
    summary.entries = *entryCount;
    if (auto folder = ensureFolder(dir); !folder) {
        return folder.error();
    }
    const QDir folder(dir);
    for (const auto& day : days) {
        if (auto target = checkTarget(folder.filePath(fileNameFor(day.first))); !target) {
            return target.error();
        }
    }
    const QLocale english(QLocale::English);
    for (const auto& [day, body] : days) {
        const QString heading =
            QStringLiteral("# %1, %2\n\n").arg(english.dayName(day.dayOfWeek()), day.toString(Qt::ISODate));
        const QByteArray bytes = marker(day) + '\n' + (heading + body).toUtf8();
        if (auto written = safe_file::write(folder.filePath(fileNameFor(day)), bytes, safe_file::Existing::Replace);
            !written) {
            return written.error();
        }
        ++summary.files;
    }
    return summary;
}

} // namespace twofold::core
