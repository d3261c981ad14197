#include "search/QueryTranslator.h"
#include "search/TextSegmenter.h"

#include <QStringList>

#include <catch2/catch.hpp>

using namespace twofold::core;
using search::translateQuery;

namespace {
QString fts(const QString& query) {
    auto translated = translateQuery(query);
    REQUIRE(translated.has_value());
    return *translated;
}

ErrorCode failure(const QString& query) {
    auto translated = translateQuery(query);
    REQUIRE_FALSE(translated.has_value());
    CHECK_FALSE(translated.error().message.isEmpty());
    return translated.error().code;
}
} // namespace

TEST_CASE("query: words are quoted and joined by an implicit AND", "[search][query]") {
    CHECK(fts(QStringLiteral("coffee")) == QStringLiteral("\"coffee\""));
    CHECK(fts(QStringLiteral("  coffee   garden ")) == QStringLiteral("(\"coffee\" AND \"garden\")"));
    CHECK(fts(QStringLiteral("coffee AND garden")) == QStringLiteral("(\"coffee\" AND \"garden\")"));
}

TEST_CASE("query: phrases, prefixes and operators translate to FTS5", "[search][query]") {
    CHECK(fts(QStringLiteral("\"walked along\"")) == QStringLiteral("\"walked along\""));
    CHECK(fts(QStringLiteral("walk*")) == QStringLiteral("\"walk\"*"));
    CHECK(fts(QStringLiteral("\"walked al\"*")) == QStringLiteral("\"walked al\"*"));
    CHECK(fts(QStringLiteral("tea OR coffee")) == QStringLiteral("(\"tea\" OR \"coffee\")"));
    CHECK(fts(QStringLiteral("coffee NOT tea")) == QStringLiteral("(\"coffee\" NOT \"tea\")"));
    // NOT binds tighter than AND, AND tighter than OR — as in FTS5, made explicit.
    CHECK(fts(QStringLiteral("a b OR c NOT d")) == QStringLiteral("((\"a\" AND \"b\") OR (\"c\" NOT \"d\"))"));
    CHECK(fts(QStringLiteral("(tea OR coffee) NOT sugar")) ==
          QStringLiteral("((\"tea\" OR \"coffee\") NOT \"sugar\")"));
}

TEST_CASE("query: lower-case and/or/not are ordinary words", "[search][query]") {
    CHECK(fts(QStringLiteral("salt and pepper")) == QStringLiteral("((\"salt\" AND \"and\") AND \"pepper\")"));
    CHECK(fts(QStringLiteral("not")) == QStringLiteral("\"not\""));
}

TEST_CASE("query: punctuation, apostrophes and FTS5 syntax in words are harmless", "[search][query]") {
    CHECK(fts(QStringLiteral("it's")) == QStringLiteral("\"it's\""));
    CHECK(fts(QStringLiteral("C++")) == QStringLiteral("\"C++\""));
    CHECK(fts(QStringLiteral("title:foo")) == QStringLiteral("\"title:foo\""));
    CHECK(fts(QStringLiteral("NEAR(a b)")) == QStringLiteral("(\"NEAR\" AND (\"a\" AND \"b\"))"));
    CHECK(fts(QStringLiteral("^start -minus +plus")) == QStringLiteral("((\"^start\" AND \"-minus\") AND \"+plus\")"));
}

TEST_CASE("query: emoji-only terms drop out; a query of nothing searchable is refused", "[search][query]") {
    CHECK(fts(QStringLiteral("coffee 😊")) == QStringLiteral("\"coffee\""));
    CHECK(fts(QStringLiteral("coffee NOT 😊")) == QStringLiteral("\"coffee\""));
    CHECK(failure(QStringLiteral("😊 ❤️")) == ErrorCode::InvalidArgument);
    CHECK(failure(QStringLiteral("!!! ...")) == ErrorCode::InvalidArgument);
}

TEST_CASE("query: Arabic and CJK terms; CJK runs become character phrases", "[search][query]") {
    CHECK(fts(QStringLiteral("مرحبا")) == QStringLiteral("\"مرحبا\""));
    CHECK(fts(QStringLiteral("你好")) == QStringLiteral("\"你\u200b好\""));
    CHECK(search::removeSegmentation(search::segmentForIndex(QStringLiteral("我们 𠀀𠀁 Zoë"))) ==
          QStringLiteral("我们 𠀀𠀁 Zoë"));
    CHECK(search::segmentForIndex(QStringLiteral("𠀀𠀁")) == QStringLiteral("𠀀\u200b𠀁"));
}

TEST_CASE("index text: only runs of unsegmented script are split; other text is passed through", "[search][query]") {
    CHECK(search::segmentForIndex(QStringLiteral("tea 我们喝茶 then 你好.")) ==
          QStringLiteral("tea 我\u200b们\u200b喝\u200b茶 then 你\u200b好."));
    CHECK(search::segmentForIndex(QStringLiteral("一")) == QStringLiteral("一"));
    CHECK(search::segmentForIndex(QStringLiteral("我😊们")) == QStringLiteral("我😊们"));
    // Emoji (surrogate pairs), Hangul and curly quotes need no segmenting,
    // and the text comes back shared rather than copied.
    const QString latin = QStringLiteral("We’re home 😊 — 안녕하세요 and مرحبا");
    const QString indexed = search::segmentForIndex(latin);
    CHECK(indexed == latin);
    CHECK(indexed.constData() == latin.constData());
    // A lone surrogate is kept as it is.
    const QString broken = QStringLiteral("a") + QChar(0xD840) + QStringLiteral("我们");
    CHECK(search::segmentForIndex(broken) == QStringLiteral("a") + QChar(0xD840) + QStringLiteral("我\u200b们"));
}

TEST_CASE("query: malformed queries are refused with InvalidArgument", "[search][query]") {
    for (const QString& bad :
         {QString(), QStringLiteral("   "), QStringLiteral("\"open phrase"), QStringLiteral("coffee \"tea"),
          QStringLiteral("(tea OR coffee"), QStringLiteral("tea)"), QStringLiteral("()"), QStringLiteral("coffee AND"),
          QStringLiteral("OR tea"), QStringLiteral("tea OR OR coffee"), QStringLiteral("NOT tea"),
          QStringLiteral("coffee NOT"), QStringLiteral("AND"), QStringLiteral("\"\""), QStringLiteral("*"),
          QStringLiteral("tea (AND coffee)"), QStringLiteral("😊 NOT tea")}) {
        INFO(bad.toStdString());
        CHECK(failure(bad) == ErrorCode::InvalidArgument);
    }
}

TEST_CASE("query: overly long or deep queries are refused", "[search][query]") {
    CHECK(failure(QString(1001, QLatin1Char('a'))) == ErrorCode::InvalidArgument);
    QStringList many;
    for (int i = 0; i < 65; ++i) {
        many << QStringLiteral("w%1").arg(i);
    }
    CHECK(failure(many.join(QLatin1Char(' '))) == ErrorCode::InvalidArgument);
    CHECK(failure(QString(40, QLatin1Char('(')) + QStringLiteral("a") + QString(40, QLatin1Char(')'))) ==
          ErrorCode::InvalidArgument);
}
