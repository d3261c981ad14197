#include "export/JsonExport.h"

#include "Clock.h"
#include "ExportSupport.h"
#include "JournalGenerator.h"
#include "TempJournal.h"
#include "export/JsonImport.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace twofold;
using core::Entries;
using core::EntryInput;
using core::JsonExport;
using core::JsonImport;
using core::Visibility;

namespace {

core::Entry add(core::Journal& journal, const QString& text, Visibility visibility = Visibility::Shared,
                const QString& title = {}, std::optional<int> mood = {}, QStringList tags = {},
                QDate day = QDate(2026, 4, 2)) {
    EntryInput input;
    input.text = text;
    input.visibility = visibility;
    input.title = title;
    input.mood = mood;
    input.tags = tags;
    input.day = day;
    auto added = Entries(journal).add(input);
    REQUIRE(added.has_value());
    return *added;
}

// Both partners' writing with every field and every kind of script, one
// private entry each and one in the trash.
void fillJournal(test::TempJournal& t) {
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    add(*t.journal, QStringLiteral("Rain all day 🌧️❤️ and soup.\n\n**bold** _it_"), Visibility::Shared,
        QStringLiteral("Soup 🍲"), 4, {QStringLiteral("home"), QStringLiteral("café")}, QDate(2026, 3, 1));
    add(*t.journal, QStringLiteral("مرحبا بالعالم — سر"), Visibility::Private, QStringLiteral("سر"), 2,
        {QStringLiteral("خاص")}, QDate(2026, 3, 2));
    const auto trashed =
        add(*t.journal, QStringLiteral("to the trash"), Visibility::Shared, {}, {}, {}, QDate(2026, 3, 3));
    REQUIRE(Entries(*t.journal).remove(trashed.id));
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    add(*t.journal, QStringLiteral("你好，世界。e\u0301 Zoe\u0308 combining"), Visibility::Shared,
        QStringLiteral("漢字"), 5, {QStringLiteral("日本"), QStringLiteral("e\u0301")}, QDate(2026, 3, 1));
    add(*t.journal, QStringLiteral("Sam's own private thoughts"), Visibility::Private, {}, 1, {}, QDate(2026, 3, 4));
    // Week 10: both answered (revealed), agreements by Sam; week 11: only
    // Alex answered, so Sam does not see Alex's part.
    core::CheckInAnswer sam;
    sam.ratings = {{QStringLiteral("happiness"), 7}, {QStringLiteral("stress"), 0}};
    sam.fields = {{QStringLiteral("appreciations"), QStringLiteral("شكرا for the soup 🍲")}};
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W10"), sam));
    REQUIRE(core::CheckIns(*t.journal).agree(QStringLiteral("2026-W10"), QStringLiteral("Walk on Sundays 🚶")));
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::CheckInAnswer alex;
    alex.ratings = {{QStringLiteral("heard"), 10}};
    alex.fields = {{QStringLiteral("ask"), QStringLiteral("More 你好")},
                   {QStringLiteral("issue"), QStringLiteral("e\u0301")}};
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W10"), alex));
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W11"), alex));
    // Prompts: Alex's own prompt answered by both, a built-in one answered by
    // Alex only (unrevealed to Sam), and theme choices by both.
    core::CustomPromptInput input;
    input.theme = QStringLiteral("trust");
    input.depth = core::Depth::Light;
    input.text = QStringLiteral("What made you smile today? 😊 مرحبا");
    auto custom = core::Prompts(*t.journal).add(input);
    REQUIRE(custom.has_value());
    REQUIRE(core::Prompts(*t.journal).answer(custom->id, QStringLiteral("Your laugh 你好")));
    auto builtins = core::Prompts(*t.journal).list();
    REQUIRE(builtins.has_value());
    REQUIRE(core::Prompts(*t.journal).answer(builtins->front().id, QStringLiteral("Only Alex so far e\u0301")));
    REQUIRE(core::Prompts(*t.journal).choose(QStringLiteral("desire"), core::ThemeChoice::Yes));
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    REQUIRE(core::Prompts(*t.journal).answer(custom->id, QStringLiteral("Yours 🌧️")));
    REQUIRE(core::Prompts(*t.journal).choose(QStringLiteral("trust"), core::ThemeChoice::NotNow));
    t.journal->lock();
}

QJsonObject exportAs(const test::TempJournal& t, const QString& who) {
    auto journal = t.reopenAs(who);
    auto doc = JsonExport(*journal).document();
    REQUIRE(doc.has_value());
    return *doc;
}

core::ImportCounts importAs(const test::TempJournal& t, const QString& who, const QByteArray& json) {
    auto journal = t.reopenAs(who);
    auto summary = JsonImport(*journal).fromBytes(json, QStringLiteral("test.json"));
    REQUIRE(summary.has_value());
    return summary->total();
}

// The document as the copy (partners "ALEX" and "sam") writes it.
QJsonValue renamed(const QJsonValue& value) {
    const auto name = [](const QString& text) {
        return text == QStringLiteral("Alex")  ? QStringLiteral("ALEX")
               : text == QStringLiteral("Sam") ? QStringLiteral("sam")
                                               : text;
    };
    if (value.isString()) {
        return name(value.toString());
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& element : value.toArray()) {
            array.append(renamed(element));
        }
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject original = value.toObject();
        for (auto it = original.begin(); it != original.end(); ++it) {
            object.insert(name(it.key()), renamed(it.value()));
        }
        return object;
    }
    return value;
}

int itemCount(const QJsonObject& doc, std::initializer_list<const char*> lists) {
    int n = 0;
    for (const char* list : lists) {
        n += static_cast<int>(doc[QLatin1String(list)].toArray().size());
    }
    return n;
}

QByteArray bytes(const QJsonObject& doc) {
    return QJsonDocument(doc).toJson();
}

} // namespace

TEST_CASE("the export document has the contract's shape", "[export]") {
    test::TempJournal t;
    fillJournal(t);
    const QJsonObject doc = exportAs(t, QStringLiteral("Alex"));
    CHECK(doc[QStringLiteral("format")].toString() == QStringLiteral("twofold"));
    CHECK(doc[QStringLiteral("version")].toInt() == 1);
    CHECK(doc[QStringLiteral("exported_by")].toString() == QStringLiteral("Alex"));
    CHECK(QDateTime::fromString(doc[QStringLiteral("exported")].toString(), Qt::ISODateWithMs).isValid());
    const QJsonArray partners = doc[QStringLiteral("partners")].toArray();
    REQUIRE(partners.size() == 2);
    CHECK(partners[0].toObject()[QStringLiteral("name")].toString() == QStringLiteral("Alex"));
    CHECK(partners[0].toObject()[QStringLiteral("id")].toString().size() == 36);
    CHECK(partners[0].toObject()[QStringLiteral("protected")].isBool());
    const QJsonArray entries = doc[QStringLiteral("entries")].toArray();
    // Alex sees both shared entries, their own private one and their trash,
    // never Sam's private entry.
    REQUIRE(entries.size() == 4);
    int deleted = 0;
    for (const QJsonValue& value : entries) {
        const QJsonObject e = value.toObject();
        for (const char* key :
             {"id", "date", "author", "visibility", "title", "text", "mood", "tags", "created", "updated", "deleted"}) {
            CHECK(e.contains(QLatin1String(key)));
        }
        CHECK(e[QStringLiteral("text")].toString() != QStringLiteral("Sam's own private thoughts"));
        deleted += e[QStringLiteral("deleted")].isString() ? 1 : 0;
    }
    CHECK(deleted == 1);
    const QJsonArray checkIns = doc[QStringLiteral("checkins")].toArray();
    REQUIRE(checkIns.size() == 2);
    const QJsonObject w10 = checkIns[0].toObject();
    CHECK(w10[QStringLiteral("week")].toString() == QStringLiteral("2026-W10"));
    CHECK(w10[QStringLiteral("id")].toString().size() == 36);
    CHECK(w10[QStringLiteral("agreements")].toString() == QStringLiteral("Walk on Sundays 🚶"));
    CHECK(w10[QStringLiteral("parts")].toObject().size() == 2);
    // The export as Sam holds week 11 without Alex's unrevealed part.
    const QJsonArray samCheckIns = exportAs(t, QStringLiteral("Sam"))[QStringLiteral("checkins")].toArray();
    REQUIRE(samCheckIns.size() == 2);
    CHECK(samCheckIns[1].toObject()[QStringLiteral("parts")].toObject().isEmpty());
}

TEST_CASE("export then import into a new journal is lossless, UTF-8 included", "[export]") {
    test::TempJournal original;
    fillJournal(original);
    test::GeneratorOptions options;
    options.entries = 40;
    options.wordsPerEntry = 30;
    options.lastDay = QDate(2026, 2, 1);
    REQUIRE(original.journal->unlock(QStringLiteral("Alex")));
    test::generateJournal(*original.journal, options);
    const QJsonObject alexDoc = exportAs(original, QStringLiteral("Alex"));
    const QJsonObject samDoc = exportAs(original, QStringLiteral("Sam"));

    // The same partner names, written differently: matched case-insensitively.
    test::TempJournal copy(false, QStringLiteral("ALEX"), QStringLiteral("sam"));
    const auto first = importAs(copy, QStringLiteral("Alex"), bytes(alexDoc));
    CHECK(first.added == itemCount(alexDoc, {"entries", "checkins", "prompts", "answers"}));
    const auto second = importAs(copy, QStringLiteral("Sam"), bytes(samDoc));
    // Sam's document shares every shared entry with Alex's; only Sam's private
    // entries are new.
    CHECK(second.added + second.unchanged + second.updated ==
          itemCount(samDoc, {"entries", "checkins", "prompts", "answers", "theme_choices"}));
    CHECK(second.skipped == 0);

    // Each partner's export of the copy equals their export of the original,
    // list for list and field for field (partner names in the copy's own
    // spelling).
    for (const auto& [who, doc] :
         {std::pair{QStringLiteral("Alex"), alexDoc}, std::pair{QStringLiteral("Sam"), samDoc}}) {
        const QJsonObject copied = exportAs(copy, who);
        for (const char* list : {"entries", "checkins", "prompts", "answers", "theme_choices"}) {
            INFO(who.toStdString() << " " << list);
            CHECK(copied[QLatin1String(list)] == renamed(doc[QLatin1String(list)]));
        }
    }
    // A private entry stays private after the journey.
    auto sam = copy.reopenAs(QStringLiteral("Sam"));
    auto visible = Entries(*sam).list(core::EntryFilter{});
    REQUIRE(visible.has_value());
    for (const core::Entry& e : *visible) {
        CHECK((e.visibility == Visibility::Shared || e.authorName == QStringLiteral("sam")));
    }
}

TEST_CASE("importing the same document twice adds nothing", "[export][import]") {
    test::TempJournal original;
    fillJournal(original);
    const QByteArray doc = bytes(exportAs(original, QStringLiteral("Alex")));
    test::TempJournal copy;
    const auto first = importAs(copy, QStringLiteral("Alex"), doc);
    // 4 entries, 2 check-ins, 1 prompt, 3 answers; Sam's theme choice is not
    // Alex's to set, so it is skipped every time.
    CHECK(first.added == 10);
    CHECK(first.skipped == 1);
    const auto again = importAs(copy, QStringLiteral("Alex"), doc);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.skipped == 1);
    CHECK(again.unchanged + again.skipped == first.added + first.updated + first.unchanged + first.skipped);
    // Importing into the journal it came from adds nothing either.
    const auto home = importAs(original, QStringLiteral("Alex"), doc);
    CHECK(home.added == 0);
    CHECK(home.updated == 0);
    CHECK(home.skipped == 0);
}

TEST_CASE("export json writes a new 0600 file and refuses an existing one", "[export]") {
    test::TempJournal t;
    fillJournal(t);
    auto journal = t.reopenAs(QStringLiteral("Alex"));
    const QString out = t.dir.filePath(QStringLiteral("out.json"));
    REQUIRE(JsonExport(*journal).writeTo(out).has_value());
    CHECK(test::fileMode(out) == 0600u);
    const QByteArray before = test::fileHash(out);
    auto again = JsonExport(*journal).writeTo(out);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == core::ErrorCode::AlreadyExists);
    CHECK(test::fileHash(out) == before);
    // No temporary file is left beside it.
    CHECK(QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp")).isEmpty());
}
