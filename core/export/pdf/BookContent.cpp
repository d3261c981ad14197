#include "export/pdf/BookContent.h"

#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/Guard.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"

#include <algorithm>

namespace twofold::core::pdf {

namespace {

QDate monthOf(const QDate& day) {
    return QDate(day.year(), day.month(), 1);
}

EntryFilter entryFilter(const PdfBookOptions& options) {
    EntryFilter filter;
    filter.from = options.from;
    filter.to = options.to;
    if (!options.includePrivate) {
        filter.visibility = Visibility::Shared;
    }
    return filter;
}

} // namespace

QDate checkInDay(const CheckIn& checkIn) {
    auto week = IsoWeek::parse(checkIn.week);
    return week ? week->sunday() : QDate();
}

bool BookContent::inRange(const QDate& day) const {
    return day.isValid() && (!m_options.from || day >= *m_options.from) && (!m_options.to || day <= *m_options.to);
}

int BookContent::promptCount() const {
    int count = 0;
    for (const auto& [day, prompts] : m_prompts) {
        count += static_cast<int>(prompts.size());
    }
    return count;
}

Result<BookContent> BookContent::gather(Journal& journal, const PdfBookOptions& options) {
    if (!journal.isUnlocked()) {
        return lockedError(journal);
    }
    BookContent content(journal, options);
    content.m_partners = journal.partners();
    if (auto done = content.gatherCheckIns(); !done) {
        return done.error();
    }
    if (auto done = content.gatherPrompts(); !done) {
        return done.error();
    }
    if (auto done = content.gatherMonths(); !done) {
        return done.error();
    }
    return content;
}

Result<void> BookContent::gatherCheckIns() {
    if (!m_options.checkIns) {
        return {};
    }
    auto all = CheckIns(*m_journal).list();
    if (!all) {
        return all.error();
    }
    // The reveal rule is CheckIns': a check-in is revealed once every partner
    // submitted; until then the book holds no part of it.
    for (CheckIn& checkIn : *all) {
        if (checkIn.revealed && inRange(checkInDay(checkIn))) {
            m_checkIns.push_back(std::move(checkIn));
        }
    }
    std::reverse(m_checkIns.begin(), m_checkIns.end());
    return {};
}

Result<void> BookContent::gatherPrompts() {
    if (!m_options.prompts) {
        return {};
    }
    Prompts prompts(*m_journal);
    auto answers = prompts.readableAnswers();
    if (!answers) {
        return answers.error();
    }
    if (answers->empty()) {
        return {};
    }
    auto all = prompts.list();
    if (!all) {
        return all.error();
    }
    std::map<QString, std::vector<Answer>> byPrompt;
    for (Answer& answer : *answers) {
        byPrompt[answer.promptId].push_back(std::move(answer));
    }
    for (const Prompt& prompt : *all) {
        auto it = byPrompt.find(prompt.id);
        // readableAnswers holds the other partner's answer only once both
        // answered: a prompt with every partner's answer is a revealed one.
        if (it == byPrompt.end() || it->second.size() < m_partners.size()) {
            continue;
        }
        QDateTime revealed;
        for (const Answer& answer : it->second) {
            revealed = std::max(revealed, answer.answered);
        }
        const QDate day = revealed.toLocalTime().date();
        if (inRange(day)) {
            m_prompts[day].push_back({prompt, std::move(it->second)});
        }
    }
    return {};
}

Result<void> BookContent::gatherMonths() {
    // Which months hold entries is read from the clear dates (count opens
    // nothing), so nothing is decrypted before its month is written.
    Entries entries(*m_journal);
    EntryFilter filter = entryFilter(m_options);
    auto total = entries.count(filter);
    if (!total) {
        return total.error();
    }
    std::vector<QDate> days;
    if (*total > 0) {
        filter.limit = 1;
        auto newest = entries.list(filter);
        filter.offset = *total - 1;
        auto oldest = entries.list(filter);
        if (!newest || !oldest) {
            return newest ? oldest.error() : newest.error();
        }
        if (!newest->empty() && !oldest->empty()) {
            days.push_back(oldest->front().day);
            days.push_back(newest->front().day);
        }
    }
    for (const CheckIn& checkIn : m_checkIns) {
        days.push_back(checkInDay(checkIn));
    }
    for (const auto& [day, prompts] : m_prompts) {
        days.push_back(day);
    }
    if (days.empty()) {
        m_firstDay = m_options.from.value_or(QDate());
        m_lastDay = m_options.to.value_or(QDate());
        return {};
    }
    const auto [lo, hi] = std::minmax_element(days.begin(), days.end());
    m_firstDay = m_options.from.value_or(*lo);
    m_lastDay = m_options.to.value_or(*hi);
    for (QDate month = monthOf(*lo); month <= *hi; month = month.addMonths(1)) {
        EntryFilter inMonth = entryFilter(m_options);
        inMonth.from = std::max(month, m_options.from.value_or(month));
        const QDate end = month.addMonths(1).addDays(-1);
        inMonth.to = std::min(end, m_options.to.value_or(end));
        auto count = entries.count(inMonth);
        if (!count) {
            return count.error();
        }
        const bool checkIn = std::any_of(m_checkIns.begin(), m_checkIns.end(),
                                         [&](const CheckIn& c) { return monthOf(checkInDay(c)) == month; });
        const auto prompt = m_prompts.lower_bound(month);
        if (*count > 0 || checkIn || (prompt != m_prompts.end() && prompt->first <= end)) {
            m_months.push_back(month);
        }
    }
    return {};
}

Result<BookMonth> BookContent::loadMonth(const QDate& first) const {
    BookMonth month;
    month.first = first;
    const QDate end = first.addMonths(1).addDays(-1);
    EntryFilter filter = entryFilter(m_options);
    filter.from = std::max(first, m_options.from.value_or(first));
    filter.to = std::min(end, m_options.to.value_or(end));
    auto entries = Entries(*m_journal).list(filter);
    if (!entries) {
        return entries.error();
    }
    std::map<QDate, BookDay> days;
    // list() is newest first; a day reads in the order it was written.
    for (auto it = entries->rbegin(); it != entries->rend(); ++it) {
        BookDay& day = days[it->day];
        day.day = it->day;
        day.entries.push_back(std::move(*it));
    }
    for (auto it = m_prompts.lower_bound(first); it != m_prompts.end() && it->first <= end; ++it) {
        BookDay& day = days[it->first];
        day.day = it->first;
        day.prompts = it->second;
    }
    for (auto& [date, day] : days) {
        month.days.push_back(std::move(day));
    }
    for (const CheckIn& checkIn : m_checkIns) {
        if (monthOf(checkInDay(checkIn)) == first) {
            month.checkIns.push_back(checkIn);
        }
    }
    return month;
}

} // namespace twofold::core::pdf
