#pragma once

#include "domain/CheckIn.h"
#include "domain/Entry.h"
#include "domain/Partner.h"
#include "domain/Prompt.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace twofold::core {
class Journal;
}

namespace twofold::core::json {

// ISO 8601 in UTC with milliseconds, e.g. "2026-11-25T21:10:48.123Z".
QString isoTime(const QDateTime& utc);
QJsonValue isoTimeOrNull(const std::optional<QDateTime>& utc);

// The entry object of CLI.md: id, date, author, visibility, title, text,
// mood, tags, created, updated (absent values are null).
QJsonObject toJson(const Entry& entry);
// partner: name, protected.
QJsonObject toJson(const Partner& partner);

// The export document's forms (docs/json-format.md): partner + id, entry +
// deleted.
QJsonObject toExportJson(const Partner& partner);
QJsonObject toExportJson(const Entry& entry);

// The check-in object of CLI.md: week, parts (keyed by partner name, each with
// ratings and fields — every key present, null when not given — and
// submitted), agreements, previous_agreements; plus revealed, answered_by
// (names of partners who submitted) and agreements_by. `withId` adds the
// check-in's id, as the export document has it. Partner names come from
// `journal`.
QJsonObject toJson(const CheckIn& checkIn, const Journal& journal, bool withId = false);
// The export document's check-in: the above with id, plus created and
// updated, and each part's updated (so an import can merge by time).
QJsonObject toExportJson(const CheckIn& checkIn, const Journal& journal);

// Prompts (defined in PromptJson.cpp). prompt: id, theme, depth, text, custom.
QJsonObject toJson(const Prompt& prompt);
// answer: author, text, answered (ISO 8601).
QJsonObject toJson(const Answer& answer);
// prompt show: the prompt plus answers (what the reader may see), revealed
// and answered_by (names of partners who answered).
QJsonObject toJson(const PromptWithAnswers& prompt);
// theme: id, name, sensitive, choices (partner name → "yes" | "not-now").
QJsonObject toJson(const ThemeWithChoices& theme);

// The export document's forms: a custom prompt plus author (name), created
// and updated; an answer plus id, prompt (the prompt's id) and created.
QJsonObject toExportJson(const Prompt& prompt, const QDateTime& created, const QDateTime& updated);
QJsonObject toExportJson(const Answer& answer);

} // namespace twofold::core::json
