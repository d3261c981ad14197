// The content rules of the revised library (FORMAT.md, "What a prompt's text
// is"): each one measured on the shipped prompts, and each measure shown to
// catch the prompt it is there to keep out.
#include "prompts/PromptLibrary.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

#include <utility>
#include <vector>

using namespace twofold::core;

namespace {

constexpr int kMaxWords = 30;
// "About one prompt in ten" for any opening; "one in five" stories.
constexpr double kMaxShapeShare = 0.10;
constexpr double kMinStoryShare = 0.20;

std::vector<Prompt> livePrompts() {
    auto library = PromptLibrary::load(PromptLibrary::resourceDir());
    if (!library) {
        FAIL(library.error().message.toStdString());
    }
    std::vector<Prompt> live;
    for (const Prompt& p : library->prompts()) {
        if (!p.retired) {
            live.push_back(p);
        }
    }
    return live;
}

Prompt promptOf(const QString& theme, const QString& text) {
    Prompt p;
    p.id = theme + QStringLiteral("-001");
    p.theme = theme;
    p.text = text;
    return p;
}

int wordCount(const QString& text) {
    return static_cast<int>(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

// The opening shape: the first two words, lower-cased, without punctuation.
QString openingShape(const QString& text) {
    static const QRegularExpression word(QStringLiteral("[\\w']+"));
    QStringList words;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext() && words.size() < 2;) {
        words.append(it.next().captured());
    }
    return words.join(QLatin1Char(' '));
}

// The most common opening shape and its share of `prompts`.
std::pair<QString, double> commonestShape(const std::vector<Prompt>& prompts) {
    QMap<QString, int> counts;
    for (const Prompt& p : prompts) {
        ++counts[openingShape(p.text)];
    }
    QString shape;
    int most = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value() > most) {
            shape = it.key();
            most = it.value();
        }
    }
    return {shape, prompts.empty() ? 0.0 : static_cast<double>(most) / static_cast<double>(prompts.size())};
}

// Openings that ask for a story or one specific moment rather than an opinion.
bool invitesStory(const QString& text) {
    static const QStringList openings{QStringLiteral("tell your partner about"),
                                      QStringLiteral("tell me about"),
                                      QStringLiteral("think of a"),
                                      QStringLiteral("think of an"),
                                      QStringLiteral("think of something"),
                                      QStringLiteral("think back"),
                                      QStringLiteral("remember a"),
                                      QStringLiteral("remember an"),
                                      QStringLiteral("remember the"),
                                      QStringLiteral("what do you remember"),
                                      QStringLiteral("describe a time"),
                                      QStringLiteral("describe a moment"),
                                      QStringLiteral("when did"),
                                      QStringLiteral("when was the last time")};
    const QString lower = text.toLower();
    for (const QString& opening : openings) {
        if (lower.startsWith(opening + QLatin1Char(' '))) {
            return true;
        }
    }
    return false;
}

double storyShare(const std::vector<Prompt>& prompts) {
    const auto stories =
        std::count_if(prompts.begin(), prompts.end(), [](const Prompt& p) { return invitesStory(p.text); });
    return prompts.empty() ? 0.0 : static_cast<double>(stories) / static_cast<double>(prompts.size());
}

struct Presumption {
    const char* what;
    QStringList phrases;
    QStringList themes; // where the subject is the theme's own, so it may be named
};

const std::vector<Presumption>& presumptions() {
    static const std::vector<Presumption> all{
        {"a hidden hurt, a deficit or a conflict",
         {QStringLiteral("still hurts"),     QStringLiteral("what's wrong"),
          QStringLiteral("what is wrong"),   QStringLiteral("went wrong"),
          QStringLiteral("what's missing"),  QStringLiteral("haven't told"),
          QStringLiteral("have not told"),   QStringLiteral("held back"),
          QStringLiteral("holding back"),    QStringLiteral("let on"),
          QStringLiteral("keep out of"),     QStringLiteral("secretly"),
          QStringLiteral("resent"),          QStringLiteral("let you down"),
          QStringLiteral("disappointed in"), QStringLiteral("keeps coming back"),
          QStringLiteral("our fights"),      QStringLiteral("our arguments"),
          QStringLiteral("when we argue"),   QStringLiteral("not enough")},
         {}},
        {"living together",
         {QStringLiteral("our house"), QStringLiteral("our flat"), QStringLiteral("our apartment"),
          QStringLiteral("our bedroom"), QStringLiteral("our kitchen"), QStringLiteral("the sofa"),
          QStringLiteral("come home"), QStringLiteral("living together"), QStringLiteral("live together"),
          QStringLiteral("moved in")},
         {QStringLiteral("life-changes")}},
        {"children",
         {QStringLiteral("our kids"), QStringLiteral("our children"), QStringLiteral("our son"),
          QStringLiteral("our daughter"), QStringLiteral("as parents"), QStringLiteral("parenting"),
          QStringLiteral("children")},
         {QStringLiteral("life-changes")}},
        {"money worries",
         {QStringLiteral("money"), QStringLiteral("bills"), QStringLiteral("debt"), QStringLiteral("afford")},
         {QStringLiteral("stress"), QStringLiteral("differences")}},
        {"marriage",
         {QStringLiteral("husband"), QStringLiteral("wife"), QStringLiteral("married"), QStringLiteral("marriage"),
          QStringLiteral("wedding"), QStringLiteral("spouse")},
         {QStringLiteral("myths"), QStringLiteral("life-changes")}},
        {"a long shared past",
         {QStringLiteral("after all these years"), QStringLiteral("all these years"),
          QStringLiteral("as we've grown older"), QStringLiteral("first few years"),
          QStringLiteral("since the early days"), QStringLiteral("decades together")},
         {QStringLiteral("life-changes")}},
    };
    return all;
}

// What the prompt presumes, outside the themes that are about it; empty when
// nothing.
QString presumed(const Prompt& p) {
    const QString lower = p.text.toLower();
    for (const Presumption& rule : presumptions()) {
        if (rule.themes.contains(p.theme)) {
            continue;
        }
        for (const QString& phrase : rule.phrases) {
            const QRegularExpression whole(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(phrase)));
            if (whole.match(lower).hasMatch()) {
                return QStringLiteral("%1 (\"%2\")").arg(QString::fromLatin1(rule.what), phrase);
            }
        }
    }
    return {};
}

} // namespace

TEST_CASE("every live prompt is one question of at most 30 words", "[prompts][content]") {
    for (const Prompt& p : livePrompts()) {
        INFO(p.id.toStdString() << ": " << p.text.toStdString());
        CHECK(wordCount(p.text) <= kMaxWords);
        CHECK(p.text.count(QLatin1Char('?')) == 1);
    }
    // The measures themselves: two questions, or none, and a long one.
    CHECK(QStringLiteral("What helps? What hurts?").count(QLatin1Char('?')) == 2);
    CHECK(wordCount(QStringLiteral("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                   "fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two "
                                   "twenty-three twenty-four twenty-five twenty-six twenty-seven twenty-eight "
                                   "twenty-nine thirty thirty-one?")) > kMaxWords);
}

TEST_CASE("no prompt, live or retired, carries the care note in its question", "[prompts][content]") {
    auto library = PromptLibrary::load(PromptLibrary::resourceDir());
    REQUIRE(library.has_value());
    static const QRegularExpression careWords(QStringLiteral("counsel|therap|fine to skip|skip this"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (const Prompt& p : library->prompts()) {
        INFO(p.id.toStdString() << ": " << p.text.toStdString());
        CHECK(!careWords.match(p.text).hasMatch());
    }
    CHECK(careWords.match(PromptLibrary::careNote()).hasMatch());
}

TEST_CASE("no opening shape starts more than one live prompt in ten", "[prompts][content]") {
    const auto [shape, share] = commonestShape(livePrompts());
    INFO("the commonest opening is '" << shape.toStdString() << "' at " << share);
    CHECK(share <= kMaxShapeShare);
    // The measure: "Which … and what would help?" ten times over is caught.
    std::vector<Prompt> samey;
    for (int i = 0; i < 10; ++i) {
        samey.push_back(promptOf(QStringLiteral("trust"), i < 3 ? QStringLiteral("Which, in your view, helps?")
                                                                : QStringLiteral("Prompt %1 for you?").arg(i)));
    }
    CHECK(openingShape(QStringLiteral("Which, in your view, helps?")) == QStringLiteral("which in"));
    CHECK(commonestShape(samey).first == QStringLiteral("which in"));
    CHECK(commonestShape(samey).second > kMaxShapeShare);
}

TEST_CASE("at least one live prompt in five invites a story or a specific moment", "[prompts][content]") {
    const double share = storyShare(livePrompts());
    INFO("stories: " << share);
    CHECK(share >= kMinStoryShare);
    CHECK(invitesStory(QStringLiteral("Tell your partner about a time you laughed. What set it off?")));
    CHECK(invitesStory(QStringLiteral("Think back to our first trip. What do you see?")));
    CHECK(!invitesStory(QStringLiteral("Which value matters to you?")));
    CHECK(!invitesStory(QStringLiteral("Thinking about it, what matters?")));
}

TEST_CASE("no live prompt presumes a hurt, a conflict or a life the couple may not have", "[prompts][content]") {
    for (const Prompt& p : livePrompts()) {
        INFO(p.id.toStdString() << ": " << p.text.toStdString());
        CHECK(presumed(p).isEmpty());
    }
    // The lists catch what they are for, and leave a theme its own subject.
    CHECK(!presumed(promptOf(QStringLiteral("trust"), QStringLiteral("What still hurts between us?"))).isEmpty());
    CHECK(
        !presumed(promptOf(QStringLiteral("play"), QStringLiteral("What do our kids love to do with us?"))).isEmpty());
    CHECK(!presumed(promptOf(QStringLiteral("touch"), QStringLiteral("Where in our house do you feel close?")))
               .isEmpty());
    CHECK(!presumed(promptOf(QStringLiteral("appreciation"), QStringLiteral("What do you love about your wife?")))
               .isEmpty());
    CHECK(!presumed(promptOf(QStringLiteral("touch"), QStringLiteral("After all these years, what do we love?")))
               .isEmpty());
    CHECK(!presumed(promptOf(QStringLiteral("play"), QStringLiteral("How do we cope when money is tight?"))).isEmpty());
    CHECK(presumed(promptOf(QStringLiteral("life-changes"), QStringLiteral("How do children shape our time?")))
              .isEmpty());
    CHECK(
        presumed(promptOf(QStringLiteral("stress"), QStringLiteral("How do we cope when money is tight?"))).isEmpty());
}

TEST_CASE("every retired prompt names a live replacement of the same theme, depth and care", "[prompts][content]") {
    auto library = PromptLibrary::load(PromptLibrary::resourceDir());
    REQUIRE(library.has_value());
    int retired = 0;
    QSet<QString> successors;
    for (const Prompt& p : library->prompts()) {
        if (!p.retired) {
            continue;
        }
        ++retired;
        INFO(p.id.toStdString() << " -> " << p.replacedBy.toStdString());
        const Prompt* next = library->prompt(p.replacedBy);
        REQUIRE(next != nullptr);
        CHECK(!next->retired);
        CHECK(next->theme == p.theme);
        CHECK(next->depth == p.depth);
        CHECK(next->care == p.care);
        CHECK(next->isExplicit == p.isExplicit);
        // New ids come after every old one (FORMAT.md: added at the end).
        CHECK(next->id > p.id);
        CHECK(!successors.contains(next->id));
        successors.insert(next->id);
    }
    CHECK(retired > 0);
}

TEST_CASE("every id of the first library is still there, so no answer loses its question", "[prompts][content]") {
    auto library = PromptLibrary::load(PromptLibrary::resourceDir());
    REQUIRE(library.has_value());
    REQUIRE(library->themes().size() == 13);
    for (const Theme& theme : library->themes()) {
        for (int n = 1; n <= 16; ++n) {
            const QString id = QStringLiteral("%1-%2").arg(theme.id).arg(n, 3, 10, QLatin1Char('0'));
            INFO(id.toStdString());
            CHECK(library->prompt(id) != nullptr);
        }
    }
}
