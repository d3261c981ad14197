#pragma once

#include "Result.h"
#include "domain/CheckIn.h"
#include "domain/Entry.h"
#include "domain/Prompt.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace twofold::core {

class Journal;

struct MarkdownSummary {
    int files = 0;
    int entries = 0;
    int checkIns = 0;
    int prompts = 0; // prompts with revealed answers
};

// One Markdown file per day (YYYY-MM-DD.md, mode 0600) with that day's
// entries the acting partner may see (not the trash); a week's check-in (as
// the reader may see it) goes into the file of the week's Sunday, and a
// prompt both partners answered (revealed) into the file of the day the
// second answer was written. DIR is created (0700)
// when missing. Each file starts with a marker line; a day file is replaced
// only when it carries that marker (an earlier export), never another file
// of the same name, and nothing else in DIR is touched or deleted. Every
// target is checked before the first file is written.
class MarkdownExport {
public:
    explicit MarkdownExport(Journal& journal)
        : m_journal(journal) {}

    Result<MarkdownSummary> writeTo(const QString& dir);

    // The first line of every file it writes.
    static QByteArray marker(const QDate& day);

private:
    // One function per kind of content; each adds its part to the day files.
    Result<int> addEntries(std::map<QDate, QString>& days);
    Result<int> addCheckIns(std::map<QDate, QString>& days);
    Result<int> addRevealedAnswers(std::map<QDate, QString>& days);

    Journal& m_journal;
};

// The Markdown text of one entry (a "##" section), for the day file.
QString entryMarkdown(const Entry& entry);
// The Markdown text of one check-in (a "##" section).
QString checkInMarkdown(const CheckIn& checkIn);
// The Markdown text of a prompt with its answers (a "##" section).
QString promptMarkdown(const Prompt& prompt, const std::vector<Answer>& answers);

} // namespace twofold::core
