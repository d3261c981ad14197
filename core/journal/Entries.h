#pragma once

#include "Result.h"
#include "domain/Entry.h"

#include <QString>

#include <vector>

namespace twofold::core {

class Journal;

// Daily reflections: add, edit, trash, restore, read — with the permission
// rules (only the author edits; nobody reads the other's private writing).
class Entries {
public:
    explicit Entries(Journal& journal)
        : m_journal(journal) {}

    // Adds an entry by the acting partner. Day defaults to today, visibility
    // to shared; text is required.
    Result<Entry> add(const EntryInput& input);
    Result<Entry> edit(const QString& id, const EntryInput& changes);
    // The author takes an entry the other partner imported in their name
    // as theirs: imported_by is cleared and the author signs it (an edit by
    // the author does the same). Only the author may.
    Result<Entry> acceptImported(const QString& id);
    // Moves to the trash (a tombstone, kept for restore and for sync).
    Result<void> remove(const QString& id);
    Result<Entry> restore(const QString& id);
    Result<Entry> get(const QString& id);
    // Newest first; what the acting partner (or reader) may see.
    Result<std::vector<Entry>> list(const EntryFilter& filter);
    // Number of entries matching the filter's clear-text parts (dates,
    // author, visibility, trash); cheap, opens nothing.
    Result<int> count(const EntryFilter& filter);
    // The tags in use, for completion: those of the most recent `entries`
    // the acting partner can read (enough to know the ones in use without
    // opening every entry), sorted, each once whatever its case.
    Result<QStringList> recentTags(int entries = 300);

    // The rules add and edit apply, for other ways in (JSON import).
    static Result<void> validate(const Entry& entry);
    // Trimmed, without empty or case-insensitively repeated tags.
    static Result<QStringList> cleanTags(const QStringList& tags);
    // Whether an entry the acting partner can read belongs to what a filter
    // lists — the same rule list() applies, for views that update one row
    // at a time from the change feed.
    static bool matches(const Entry& entry, const EntryFilter& filter);
    // The order list() returns: newest day first, then newest written.
    static bool listedBefore(const Entry& a, const Entry& b);
    // Whether the acting partner may edit (and trash, restore) an entry:
    // only its author.
    bool mayEdit(const Entry& entry) const;

    static constexpr int kMaxTextBytes = 1024 * 1024;
    static constexpr int kMaxTitleChars = 300;
    static constexpr int kMaxTags = 50;
    static constexpr int kMaxTagChars = 50;
    // EntryInput::mood on edit: this value clears the mood.
    static constexpr int kClearMood = 0;

private:
    // The entry, if it exists for the reader and the acting partner wrote it;
    // `refusal` is the untranslated sentence for an entry someone else wrote
    // ("Only %1 can edit this entry; it is theirs."): one whole sentence per
    // action, since a translation cannot splice in an English verb.
    Result<Entry> ownEntry(const QString& id, const char* refusal);

    Journal& m_journal;
};

} // namespace twofold::core
