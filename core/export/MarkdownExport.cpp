#include "export/MarkdownExport.h"

#include "export/Byline.h"
#include "export/SafeFile.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/Guard.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "prompts/PromptLibrary.h"

#include <QCoreApplication>
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
                         QCoreApplication::translate(
                             "MarkdownExport", "%1 already exists and was not written by a Twofold export; it would be "
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
            return makeError(ErrorCode::AlreadyExists,
                             QCoreApplication::translate("MarkdownExport", "%1 exists and is not a folder.").arg(dir));
        }
        return {};
    }
    if (!QDir().mkpath(dir)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("MarkdownExport", "The folder %1 cannot be created.").arg(dir));
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
    QStringList facts{byline(e.authorName, e.importedByName), toString(e.visibility)};
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

QString checkInMarkdown(const CheckIn& c) {
    static const QMap<QString, QString> fieldTitles{{QStringLiteral("appreciations"), QStringLiteral("Appreciations")},
                                                    {QStringLiteral("went_well"), QStringLiteral("What went well")},
                                                    {QStringLiteral("issue"), QStringLiteral("An issue")},
                                                    {QStringLiteral("ask"), QStringLiteral("An ask")}};
    QString text = QStringLiteral("## Weekly check-in, %1\n\n").arg(c.week);
    for (const CheckInPart& part : c.parts) {
        text += QStringLiteral("### %1\n\n").arg(byline(part.authorName, part.importedByName));
        for (const QString& key : checkInRatingKeys()) {
            if (part.ratings.contains(key)) {
                text += QStringLiteral("- %1: %2/10\n").arg(key).arg(part.ratings.value(key));
            }
        }
        if (!part.ratings.isEmpty()) {
            text += QLatin1Char('\n');
        }
        for (const QString& key : checkInFieldKeys()) {
            if (part.fields.contains(key)) {
                text += QStringLiteral("**%1:** %2\n\n").arg(fieldTitles.value(key), part.fields.value(key));
            }
        }
    }
    if (!c.revealed) {
        text += QStringLiteral("_The other part is shown once both partners have answered._\n\n");
    }
    if (c.agreements) {
        text += QStringLiteral("### Agreements (%1)\n\n%2\n\n").arg(c.agreementsByName, *c.agreements);
    }
    return text;
}

Result<int> MarkdownExport::addCheckIns(std::map<QDate, QString>& days) {
    auto checkIns = CheckIns(m_journal).list();
    if (!checkIns) {
        return checkIns.error();
    }
    int count = 0;
    for (const CheckIn& c : *checkIns) {
        auto week = IsoWeek::parse(c.week);
        if (!week || (c.parts.empty() && !c.agreements)) {
            continue; // nothing the reader may see yet
        }
        days[week->sunday()] += checkInMarkdown(c);
        ++count;
    }
    return count;
}

QString promptMarkdown(const Prompt& prompt, const std::vector<Answer>& answers) {
    QString text = QStringLiteral("## Prompt: %1\n\n_%2 · %3%4_\n\n")
                       .arg(prompt.text, prompt.theme, toString(prompt.depth),
                            prompt.custom ? QStringLiteral(" · our own") : QString());
    if (prompt.care) {
        text += QStringLiteral("_%1_\n\n").arg(PromptLibrary::careNote());
    }
    for (const Answer& answer : answers) {
        text += QStringLiteral("**%1:** %2\n\n").arg(byline(answer.authorName, answer.importedByName), answer.text);
    }
    return text;
}

Result<int> MarkdownExport::addRevealedAnswers(std::map<QDate, QString>& days) {
    Prompts prompts(m_journal);
    auto answers = prompts.readableAnswers();
    if (!answers) {
        return answers.error();
    }
    if (answers->empty()) {
        return 0;
    }
    auto all = prompts.list();
    if (!all) {
        return all.error();
    }
    std::map<QString, std::vector<Answer>> byPrompt;
    for (Answer& answer : *answers) {
        byPrompt[answer.promptId].push_back(std::move(answer));
    }
    int count = 0;
    for (const Prompt& prompt : *all) {
        const auto it = byPrompt.find(prompt.id);
        // Revealed: every partner's answer is readable.
        if (it == byPrompt.end() || it->second.size() < m_journal.partners().size()) {
            continue;
        }
        QDateTime revealed;
        for (const Answer& answer : it->second) {
            revealed = std::max(revealed, answer.answered);
        }
        days[revealed.toLocalTime().date()] += promptMarkdown(prompt, it->second);
        ++count;
    }
    return count;
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
        return lockedError(m_journal);
    }
    std::map<QDate, QString> days;
    MarkdownSummary summary;
    auto entryCount = addEntries(days);
    if (!entryCount) {
        return entryCount.error();
    }
    summary.entries = *entryCount;
    auto checkInCount = addCheckIns(days);
    if (!checkInCount) {
        return checkInCount.error();
    }
    summary.checkIns = *checkInCount;
    auto promptCount = addRevealedAnswers(days);
    if (!promptCount) {
        return promptCount.error();
    }
    summary.prompts = *promptCount;
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
