#pragma once

#include "domain/Authorship.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace twofold::core {

enum class Visibility { Shared, Private };

QString toString(Visibility visibility);
std::optional<Visibility> visibilityFromString(const QString& text);

// A daily reflection as the acting partner sees it (already opened).
struct Entry {
    QString id; // UUID
    QDate day;
    QString authorId;
    QString authorName;
    Visibility visibility = Visibility::Shared;
    QString title;
    QString text;            // Markdown
    std::optional<int> mood; // 1..5
    QStringList tags;
    QDateTime created;                // UTC
    QDateTime updated;                // UTC
    std::optional<QDateTime> deleted; // in the trash since
    // Whether the entry carries its author's signature. Checked where one
    // entry is shown (Entries::get); lists leave it Verified unchecked, since
    // checking 15,000 signatures to draw a timeline page would be slow.
    Authorship authorship = Authorship::Verified;
    // Set when the other partner imported this entry in its author's name
    // and the author has not accepted it as theirs (Entries::acceptImported):
    // shown as "Sam · imported by Alex", never as plain authorship.
    QString importedById;
    QString importedByName;
};

// What a person writes; used for add and edit. On edit, unset optionals keep
// the stored value.
struct EntryInput {
    std::optional<QDate> day;
    std::optional<QString> title;
    std::optional<QString> text;
    std::optional<int> mood; // 0 clears the mood on edit
    std::optional<QStringList> tags;
    std::optional<Visibility> visibility;
};

struct EntryFilter {
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<QString> authorId;
    std::optional<QString> tag;
    std::optional<int> mood;
    std::optional<Visibility> visibility;
    enum class Trash { Exclude, Only, Include } trash = Trash::Exclude;
    int limit = -1; // -1: all
    int offset = 0;
};

} // namespace twofold::core
