#include "prompts/PromptLibrary.h"

#include "prompts/CheckInGuide.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>

using namespace twofold::core;

namespace {

const PromptLibrary& shipped() {
    auto library = PromptLibrary::load(PromptLibrary::resourceDir());
    if (!library) {
        FAIL(library.error().message.toStdString());
    }
    static PromptLibrary kept = *library;
    return kept;
}

// Lowercased words of the text.
QSet<QString> wordSet(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    QSet<QString> words;
    for (const QString& word : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        words.insert(word);
    }
    return words;
}

double jaccard(const QSet<QString>& a, const QSet<QString>& b) {
    const auto common = QSet<QString>(a).intersect(b).size();
    const auto all = QSet<QString>(a).unite(b).size();
    return all == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(all);
}

QByteArray themeJson(const QString& id, const QString& promptsJson, int order = 1,
                     const QString& head = QStringLiteral("\"format\": \"twofold-prompts\", \"version\": 1")) {
    return QStringLiteral(R"({%1, "theme": {"id": "%2", "name": "Theme %2", "description": "About %2.",
        "order": %3, "sensitive": false}, "prompts": [%4]})")
        .arg(head, id)
        .arg(order)
        .arg(promptsJson)
        .toUtf8();
}

QString promptJson(const QString& id, const QString& depth = QStringLiteral("light"),
                   const QString& text = QStringLiteral("What made you smile today?")) {
    return QStringLiteral(R"({"id": "%1", "depth": "%2", "text": "%3", "care": false, "explicit": false})")
        .arg(id, depth, text);
}

void writeFile(const QString& path, const QByteArray& data) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

TEST_CASE("the prompt library is compiled into the binary and loads without a problem", "[prompts][content]") {
    CHECK(QFile::exists(QStringLiteral(":/prompts/appreciation.json")));
    CHECK(QFile::exists(QStringLiteral(":/checkin/guide.json")));
    auto builtin = PromptLibrary::builtin();
    REQUIRE(builtin.has_value());
    CHECK((*builtin)->prompts().size() == shipped().prompts().size());
    CHECK((*builtin)->fingerprint() == shipped().fingerprint());
}

TEST_CASE("the library has at least 13 themes and 190 live prompts, 12 or more per theme at all three depths",
          "[prompts][content]") {
    const PromptLibrary& library = shipped();
    CHECK(library.themes().size() >= 13);
    const auto live =
        std::count_if(library.prompts().begin(), library.prompts().end(), [](const Prompt& p) { return !p.retired; });
    CHECK(live >= 190);
    const QStringList required{
        QStringLiteral("appreciation"), QStringLiteral("inner-world"),   QStringLiteral("communication"),
        QStringLiteral("trust"),        QStringLiteral("vulnerability"), QStringLiteral("touch"),
        QStringLiteral("desire"),       QStringLiteral("consent"),       QStringLiteral("life-changes"),
        QStringLiteral("differences"),  QStringLiteral("stress"),        QStringLiteral("myths"),
        QStringLiteral("play")};
    for (const QString& id : required) {
        INFO(id.toStdString());
        CHECK(library.theme(id) != nullptr);
    }
    for (const Theme& theme : library.themes()) {
        INFO(theme.id.toStdString());
        int count = 0;
        QSet<Depth> depths;
        for (const Prompt& p : library.prompts()) {
            if (p.theme == theme.id && !p.retired) {
                ++count;
                depths.insert(p.depth);
            }
        }
        CHECK(count >= 12);
        CHECK(depths.size() == 3);
    }
    int previousOrder = 0;
    for (const Theme& theme : library.themes()) {
        CHECK(theme.order > previousOrder);
        previousOrder = theme.order;
    }
}

TEST_CASE("every prompt id is unique and stable in shape", "[prompts][content]") {
    QSet<QString> ids;
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9-]+-\\d{3}$"));
    for (const Prompt& p : shipped().prompts()) {
        INFO(p.id.toStdString());
        CHECK(!ids.contains(p.id));
        CHECK(shape.match(p.id).hasMatch());
        CHECK(p.id.startsWith(p.theme + QLatin1Char('-')));
        CHECK(shipped().prompt(p.id) != nullptr);
        ids.insert(p.id);
    }
}

TEST_CASE("every prompt is an open invitation, never a yes/no question", "[prompts][content]") {
    static const QRegularExpression closedOpener(
        QStringLiteral("^(do|does|did|are|is|am|was|were|have|has|had|would|could|can|will|should|shall|may|might|"
                       "must|isn't|aren't|don't|doesn't)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sentenceBreak(QStringLiteral("(?<=[.?!])\\s+"));
    for (const Prompt& p : shipped().prompts()) {
        for (const QString& sentence : p.text.split(sentenceBreak, Qt::SkipEmptyParts)) {
            INFO(p.id.toStdString() << ": " << sentence.toStdString());
            CHECK(!closedOpener.match(sentence).hasMatch());
        }
    }
}

TEST_CASE("prompts use no gendered words, so they fit every couple", "[prompts][content]") {
    static const QRegularExpression gendered(
        QStringLiteral("\\b(husband|wife|boyfriend|girlfriend|he|she|his|her|hers|him|man|woman|men|women)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const Prompt& p : shipped().prompts()) {
        INFO(p.id.toStdString() << ": " << p.text.toStdString());
        CHECK(!gendered.match(p.text).hasMatch());
    }
}

TEST_CASE("prompts speak to the couple, assume nothing about how often they have sex, and never blame",
          "[prompts][content]") {
    static const QRegularExpression addressed(QStringLiteral("\\b(you|your|yours|yourself|us|we|our|ours)\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression frequency(
        QStringLiteral("\\b(how often|enough sex|more sex|less sex|normal amount|sex life should|times a week)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blaming(
        QStringLiteral("\\b(your fault|blame|why don't you|why do you never|why can't you)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const Prompt& p : shipped().prompts()) {
        INFO(p.id.toStdString() << ": " << p.text.toStdString());
        CHECK(addressed.match(p.text).hasMatch());
        CHECK(!frequency.match(p.text).hasMatch());
        CHECK(!blaming.match(p.text).hasMatch());
    }
}

TEST_CASE("care prompts are never light and the window's care note, not the question, says skipping is fine",
          "[prompts][content]") {
    int care = 0;
    for (const Prompt& p : shipped().prompts()) {
        INFO(p.id.toStdString() << ": " << p.text.toStdString());
        if (p.care) {
            ++care;
            CHECK(p.depth != Depth::Light);
        }
        CHECK(!p.text.contains(QStringLiteral("counsellor"), Qt::CaseInsensitive));
        CHECK(!p.text.contains(QStringLiteral("fine to skip"), Qt::CaseInsensitive));
    }
    CHECK(care >= 10);
    CHECK(PromptLibrary::careNote().contains(QStringLiteral("fine to skip")));
    CHECK(PromptLibrary::careNote().contains(QStringLiteral("counsellor")));
}

TEST_CASE("no two live prompts are near-duplicates", "[prompts][content]") {
    // A retired prompt only keeps its answers company; being like its
    // successor is no harm.
    std::vector<Prompt> prompts;
    std::copy_if(shipped().prompts().begin(), shipped().prompts().end(), std::back_inserter(prompts),
                 [](const Prompt& p) { return !p.retired; });
    std::vector<QSet<QString>> words;
    for (const Prompt& p : prompts) {
        words.push_back(wordSet(p.text));
    }
    double highest = 0;
    for (size_t i = 0; i < prompts.size(); ++i) {
        for (size_t j = i + 1; j < prompts.size(); ++j) {
            const double similarity = jaccard(words[i], words[j]);
            highest = std::max(highest, similarity);
            if (similarity >= 0.5) {
                FAIL_CHECK(prompts[i].id.toStdString()
                           << " and " << prompts[j].id.toStdString() << " are too alike: " << similarity);
            }
        }
    }
    CHECK(highest < 0.5);
    // The measure itself: a reworded copy is caught.
    CHECK(jaccard(wordSet(QStringLiteral("What do you love most about our mornings together?")),
                  wordSet(QStringLiteral("What do you love most about our evenings together?"))) >= 0.5);
}

TEST_CASE("sex is gated: desire is the sensitive theme and all its prompts are explicit", "[prompts][content]") {
    const PromptLibrary& library = shipped();
    const Theme* desire = library.theme(QStringLiteral("desire"));
    REQUIRE(desire != nullptr);
    CHECK(desire->sensitive);
    for (const Theme& theme : library.themes()) {
        INFO(theme.id.toStdString());
        CHECK(theme.sensitive == (theme.id == QLatin1String("desire")));
    }
    QMap<QString, int> explicitByTheme;
    for (const Prompt& p : library.prompts()) {
        if (p.theme == QLatin1String("desire")) {
            CHECK(p.isExplicit);
        }
        if (p.isExplicit) {
            ++explicitByTheme[p.theme];
        }
    }
    // Explicit prompts live only in desire and in the explicit parts of
    // consent and myths.
    CHECK(explicitByTheme.value(QStringLiteral("consent")) > 0);
    CHECK(explicitByTheme.value(QStringLiteral("myths")) > 0);
    for (const QString& theme : explicitByTheme.keys()) {
        INFO(theme.toStdString());
        CHECK(
            QStringList{QStringLiteral("desire"), QStringLiteral("consent"), QStringLiteral("myths")}.contains(theme));
    }
}

TEST_CASE("a theme is found by id or by name, case-insensitively", "[prompts]") {
    CHECK(shipped().theme(QStringLiteral("TRUST"))->id == QStringLiteral("trust"));
    CHECK(shipped().theme(QStringLiteral("appreciation and ADMIRATION"))->id == QStringLiteral("appreciation"));
    CHECK(shipped().theme(QStringLiteral("no such theme")) == nullptr);
}

TEST_CASE("a malformed theme file is refused with a sentence naming the file and the problem", "[prompts]") {
    const auto error = [](const QByteArray& json, const QString& file = QStringLiteral("calm.json")) {
        auto parsed = PromptLibrary::parseTheme(json, file);
        REQUIRE(!parsed.has_value());
        return parsed.error().message;
    };
    const QString ok = promptJson(QStringLiteral("calm-001"));
    REQUIRE(PromptLibrary::parseTheme(themeJson(QStringLiteral("calm"), ok), QStringLiteral("calm.json")));
    CHECK(error("{ not json").contains(QStringLiteral("calm.json")));
    CHECK(error("[1, 2]").contains(QStringLiteral("not a JSON object")));
    CHECK(error(themeJson(QStringLiteral("calm"), ok, 1, QStringLiteral("\"format\": \"other\", \"version\": 1")))
              .contains(QStringLiteral("format")));
    CHECK(error(themeJson(QStringLiteral("calm"), ok, 1,
                          QStringLiteral("\"format\": \"twofold-prompts\", \"version\": 2")))
              .contains(QStringLiteral("version 2")));
    CHECK(error(themeJson(QStringLiteral("calm"), ok, 1, QStringLiteral("\"format\": \"twofold-prompts\"")))
              .contains(QStringLiteral("version")));
    CHECK(error(themeJson(QStringLiteral("calm"), ok), QStringLiteral("other.json"))
              .contains(QStringLiteral("named after")));
    CHECK(error(themeJson(QStringLiteral("calm"), ok, 0)).contains(QStringLiteral("order")));
    CHECK(error(themeJson(QStringLiteral("calm"), promptJson(QStringLiteral("calm-001"), QStringLiteral("medium"))))
              .contains(QStringLiteral("depth")));
    CHECK(error(themeJson(QStringLiteral("calm"),
                          promptJson(QStringLiteral("calm-001"), QStringLiteral("light"), QStringLiteral("  "))))
              .contains(QStringLiteral("text")));
    CHECK(error(themeJson(QStringLiteral("calm"), ok + QLatin1Char(',') + ok)).contains(QStringLiteral("calm-002")));
    CHECK(error(themeJson(QStringLiteral("calm"), promptJson(QStringLiteral("calm-7"))))
              .contains(QStringLiteral("calm-001")));
    CHECK(error(themeJson(QStringLiteral("calm"),
                          QStringLiteral(R"({"id": "calm-001", "depth": "light", "text": "What is new?"})")))
              .contains(QStringLiteral("care")));
    CHECK(error(themeJson(QStringLiteral("calm"), {})).contains(QStringLiteral("prompts")));
    const auto withExtra = [](const QString& extra) {
        return themeJson(QStringLiteral("calm"),
                         QStringLiteral(R"({"id": "calm-001", "depth": "light", "text": "What is new for you?",
                             "care": false, "explicit": false, %1})")
                             .arg(extra));
    };
    CHECK(error(withExtra(QStringLiteral(R"("retired": "yes")"))).contains(QStringLiteral("retired")));
    CHECK(error(withExtra(QStringLiteral(R"("replaced_by": "calm-002")"))).contains(QStringLiteral("replaced_by")));
    CHECK(error(withExtra(QStringLiteral(R"("retired": true, "replaced_by": 2)")))
              .contains(QStringLiteral("replaced_by")));
}

TEST_CASE("a retired prompt loads as retired, and its replacement must be a live prompt of its theme", "[prompts]") {
    QTemporaryDir dir;
    const QString retired =
        QStringLiteral(R"({"id": "calm-001", "depth": "light", "text": "What calmed you this week?", "care": false,
            "explicit": false, "retired": true, "replaced_by": "calm-002"})");
    writeFile(dir.filePath(QStringLiteral("calm.json")),
              themeJson(QStringLiteral("calm"), retired + QLatin1Char(',') + promptJson("calm-002")));
    auto loaded = PromptLibrary::load(dir.path());
    REQUIRE(loaded.has_value());
    CHECK(loaded->prompt(QStringLiteral("calm-001"))->retired);
    CHECK(loaded->prompt(QStringLiteral("calm-001"))->replacedBy == QStringLiteral("calm-002"));
    CHECK(!loaded->prompt(QStringLiteral("calm-002"))->retired);

    // Replaced by a prompt that does not exist, or by another retired one.
    writeFile(dir.filePath(QStringLiteral("calm.json")), themeJson(QStringLiteral("calm"), retired));
    auto missing = PromptLibrary::load(dir.path());
    REQUIRE(!missing.has_value());
    CHECK(missing.error().message.contains(QStringLiteral("calm-002")));
    QString alsoRetired = retired;
    alsoRetired.replace(QStringLiteral("calm-002"), QStringLiteral("calm-001"));
    writeFile(dir.filePath(QStringLiteral("calm.json")), themeJson(QStringLiteral("calm"), alsoRetired));
    CHECK(!PromptLibrary::load(dir.path()).has_value());
}

TEST_CASE("themes that clash across files are refused", "[prompts]") {
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("calm.json")), themeJson(QStringLiteral("calm"), promptJson("calm-001")));
    writeFile(dir.filePath(QStringLiteral("dusk.json")), themeJson(QStringLiteral("dusk"), promptJson("dusk-001")));
    auto clash = PromptLibrary::load(dir.path());
    REQUIRE(!clash.has_value());
    CHECK(clash.error().message.contains(QStringLiteral("order 1")));
    writeFile(dir.filePath(QStringLiteral("dusk.json")), themeJson(QStringLiteral("dusk"), promptJson("dusk-001"), 2));
    CHECK(PromptLibrary::load(dir.path()).has_value());
    QTemporaryDir empty;
    CHECK(!PromptLibrary::load(empty.path()).has_value());
}

TEST_CASE("a translation overlays prompt texts and falls back to English for the rest", "[prompts][translation]") {
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("calm.json")),
              themeJson(QStringLiteral("calm"), promptJson("calm-001") + QLatin1Char(',') +
                                                    promptJson("calm-002", "deeper", "What calms you?")));
    writeFile(dir.filePath(QStringLiteral("translations/de/calm.json")),
              R"({"calm-001": "Was hat dich heute zum Lächeln gebracht?", "calm-999": "ignored"})");
    auto english = PromptLibrary::load(dir.path(), {QStringLiteral("en-GB"), QStringLiteral("de")});
    REQUIRE(english.has_value());
    CHECK(english->language() == QStringLiteral("en"));
    CHECK(english->prompt(QStringLiteral("calm-001"))->text == QStringLiteral("What made you smile today?"));

    auto german = PromptLibrary::load(dir.path(), PromptLibrary::languagesFor(QLocale(QStringLiteral("de_AT"))));
    REQUIRE(german.has_value());
    CHECK(german->language() == QStringLiteral("de"));
    CHECK(german->prompt(QStringLiteral("calm-001"))->text ==
          QStringLiteral("Was hat dich heute zum Lächeln gebracht?"));
    CHECK(german->prompt(QStringLiteral("calm-002"))->text == QStringLiteral("What calms you?"));
    CHECK(german->prompt(QStringLiteral("calm-999")) == nullptr);
    // Which prompts exist does not depend on the language.
    CHECK(german->fingerprint() == english->fingerprint());

    writeFile(dir.filePath(QStringLiteral("translations/de/calm.json")), R"({"calm-001": 7})");
    CHECK(!PromptLibrary::load(dir.path(), {QStringLiteral("de")}).has_value());
    CHECK(PromptLibrary::languagesFor(QLocale(QStringLiteral("pt_BR"))).contains(QStringLiteral("pt-BR")));
    CHECK(PromptLibrary::languagesFor(QLocale(QStringLiteral("pt_BR"))).contains(QStringLiteral("pt")));
}

TEST_CASE("the check-in guide has every rating with its bands and every step with a helper", "[checkin][content]") {
    auto guide = CheckInGuide::load();
    REQUIRE(guide.has_value());
    REQUIRE(guide->ratings().size() == 7);
    CHECK(guide->ratings()[0].key == QStringLiteral("happiness"));
    CHECK(guide->ratings()[5].key == QStringLiteral("stress"));
    for (const auto& r : guide->ratings()) {
        CHECK(!r.low.isEmpty());
        CHECK(!r.high.isEmpty());
    }
    REQUIRE(guide->steps().size() == 7);
    CHECK(guide->steps()[4].id == QStringLiteral("issue"));
    CHECK(guide->steps()[4].field == QStringLiteral("issue"));
    CHECK(!guide->steps()[0].field.has_value());

    CHECK(!CheckInGuide::parse("{}", QStringLiteral("guide.json")).has_value());
    auto newer =
        CheckInGuide::parse(R"({"format": "twofold-checkin-guide", "version": 9})", QStringLiteral("guide.json"));
    REQUIRE(!newer.has_value());
    CHECK(newer.error().message.contains(QStringLiteral("version 9")));
}
