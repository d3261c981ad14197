#pragma once

#include "Result.h"
#include "domain/Prompt.h"

#include <QByteArray>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace twofold::core {

// The built-in conversation prompts: one JSON file per theme
// (resources/prompts/FORMAT.md), compiled into the binary under :/prompts.
// Loading validates everything — format and version, required fields and
// their types, depths, ids and their numbering, unique ids, orders and
// names — so a malformed file is an Error with one sentence naming the file
// and the prompt, never a half-loaded library.
class PromptLibrary {
public:
    static constexpr int kFormatVersion = 1;

    // Where the compiled-in files live.
    static QString resourceDir() { return QStringLiteral(":/prompts"); }

    // Loads every `*.json` in `dir`, then, for the first of `languages` that
    // has a folder `dir/translations/<lang>`, overlays its texts. English
    // (or an empty list) uses the theme files as they are.
    static Result<PromptLibrary> load(const QString& dir, const QStringList& languages = {});
    // The compiled-in library in the system's languages (QLocale), loaded
    // once per process; the same error every time if it is broken.
    static Result<const PromptLibrary*> builtin();

    // One theme file; `fileName` (e.g. "trust.json") names it in messages and
    // must match the theme id.
    static Result<std::pair<Theme, std::vector<Prompt>>> parseTheme(const QByteArray& json, const QString& fileName);
    // One translation file: prompt id → text.
    static Result<QHash<QString, QString>> parseTranslation(const QByteArray& json, const QString& fileName);
    // BCP 47 tags to try for a locale, most specific first ("pt-BR", "pt").
    static QStringList languagesFor(const QLocale& locale);

    // Themes by their order; prompts by theme order, then file order.
    const std::vector<Theme>& themes() const { return m_themes; }
    const std::vector<Prompt>& prompts() const { return m_prompts; }
    // By id, or by name (case-insensitive); nullptr when unknown.
    const Theme* theme(const QString& idOrName) const;
    const Prompt* prompt(const QString& id) const;
    // The one sentence shown with every care prompt, by the window and in the
    // exports people read (Markdown, PDF, the CLI's text output). It lives
    // here rather than in the prompts, so a question stays one question and
    // the note cannot drift between the places that show it.
    static QString careNote();

    // The translation applied ("en" when none).
    const QString& language() const { return m_language; }
    // Changes whenever a built-in prompt is added or its theme or depth
    // changes; journals remember it to skip the sync when nothing is new.
    const QString& fingerprint() const { return m_fingerprint; }

private:
    std::vector<Theme> m_themes;
    std::vector<Prompt> m_prompts;
    QHash<QString, qsizetype> m_promptIndex;
    QString m_language = QStringLiteral("en");
    QString m_fingerprint;
};

} // namespace twofold::core
