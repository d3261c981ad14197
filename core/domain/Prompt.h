#pragma once

#include "domain/Authorship.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace twofold::core {

// How much a prompt asks of the couple (resources/prompts/FORMAT.md).
enum class Depth { Light, Deeper, Deepest };

QString toString(Depth depth);
std::optional<Depth> depthFromString(const QString& text);

// A partner's answer to "shall we talk about this theme?". Anything but yes
// keeps the theme's prompts from being offered.
enum class ThemeChoice { Yes, NotNow };

QString toString(ThemeChoice choice); // "yes" | "not-now"
std::optional<ThemeChoice> themeChoiceFromString(const QString& text);

struct Theme {
    QString id; // stable, lowercase, hyphenated
    QString name;
    QString description;
    int order = 0;
    bool sensitive = false; // about sex: starts at not-now for both partners
};

struct Prompt {
    QString id; // built-in: the stable resource id ("trust-004"); custom: a UUID
    QString theme;
    Depth depth = Depth::Deeper;
    QString text;
    bool custom = false;
    bool care = false;       // may touch past hurt (built-in only)
    bool isExplicit = false; // explicitly about sex: needs both partners' yes to `desire`
    // Built-in only: kept so the couple's answers keep their question, but
    // never offered again (FORMAT.md, "Ids are permanent").
    bool retired = false;
    QString replacedBy; // a retired prompt's successor, when it has one
    QString authorId;   // custom prompts: who wrote it
    QString authorName;
    QString importedByName; // custom prompts imported in their author's name (CLI.md imported_by)
};

struct Answer {
    QString id;       // the answer row's UUID (kept by export/import)
    QString promptId; // the prompt's id
    QString authorId;
    QString authorName;
    QString text;
    QDateTime created;  // UTC, first written
    QDateTime answered; // UTC, last written
    // Set when one partner imported this answer in the other's name and its
    // author has not made it theirs (CLI.md imported_by): "Sam · imported by Alex".
    QString importedById;
    QString importedByName;
    // Set where an answer is shown (Prompts::show): Unverified when the row
    // does not carry its author's signature.
    Authorship authorship = Authorship::Verified;
};

// A prompt with the answers the acting partner may read: their own always,
// the other's only once both have answered (`revealed`).
struct PromptWithAnswers {
    Prompt prompt;
    std::vector<Answer> answers;
    bool revealed = false;
    // Names of the partners who have answered, whether or not their answer
    // is shown yet ("Sam has answered too").
    std::vector<QString> answeredBy;
};

struct PartnerThemeChoice {
    QString partnerId;
    QString partnerName;
    ThemeChoice choice = ThemeChoice::Yes;
    bool isDefault = true; // nobody chose yet: the theme's default
    // Unverified: the row does not carry this partner's signature (someone
    // else wrote it); its choice is then taken as "not now", so a forged
    // yes opens nothing.
    Authorship authorship = Authorship::Verified;
};

struct ThemeWithChoices {
    Theme theme;
    std::vector<PartnerThemeChoice> choices; // in partner order
    bool chosenByAll() const;                // every partner said yes
};

struct PromptFilter {
    std::optional<QString> theme; // theme id
    std::optional<Depth> depth;
};

struct CustomPromptInput {
    QString theme;              // id or name
    std::optional<Depth> depth; // default deeper
    QString text;
};

// The prompt of the day, or why there is none.
struct TodaysPrompt {
    std::optional<Prompt> prompt;
    QString reason; // set when there is no prompt
};

} // namespace twofold::core
