// Prompts in the window: a place of its own, answering by the reveal rule
// (the other's words never on screen before both have answered), the
// prompt of the day's Answer, and "Your turn" on the place when it waits.
#include "prompts/PromptsPage.h"

#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "UnlockedWindow.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "navigation/PlaceButton.h"
#include "navigation/Sidebar.h"
#include "prompts/AnswerView.h"
#include "prompts/PromptLibrary.h"
#include "prompts/ThemesDialog.h"
#include "search/SearchPage.h"
#include "search/SearchResultDelegate.h"
#include "today/PromptCard.h"
#include "today/TodayPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace twofold;
using test::onScreen;
using test::unlockAs;
using ui::Place;

namespace {

const QString kAlexWords = QStringLiteral("The evening we got lost and didn't mind.");

} // namespace

TEST_CASE("Prompts lists only themes both chose, and the prompt of the day opens there", "[ui][prompts]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    window.show();
    unlockAs(window, QStringLiteral("Alex"));
    REQUIRE(test::activate(window));
    window.sidebar()->button(Place::Prompts)->click();
    REQUIRE(window.currentPage() == window.promptsPage());
    CHECK(window.sidebar()->current() == Place::Prompts);
    QListWidget* list = window.promptsPage()->list();
    REQUIRE(list->count() > 50);
    // Nothing from a theme that is "not now" for both.
    auto library = core::Prompts(window.session().journal()).list();
    auto themes = core::Prompts(window.session().journal()).themes();
    REQUIRE(library.has_value());
    REQUIRE(themes.has_value());
    QStringList folded;
    for (const core::ThemeWithChoices& theme : *themes) {
        if (!theme.chosenByAll()) {
            folded << theme.theme.id;
        }
    }
    REQUIRE_FALSE(folded.isEmpty());
    for (const core::Prompt& prompt : *library) {
        if (folded.contains(prompt.theme)) {
            CHECK(list->findItems(prompt.text, Qt::MatchStartsWith).isEmpty());
        }
    }

    // Today's Answer: the Prompts place, on that prompt.
    window.showToday();
    ui::PromptCard* card = window.todayPage()->promptCard();
    REQUIRE(card->answerButton()->isVisible());
    card->answerButton()->click();
    REQUIRE(window.currentPage() == window.promptsPage());
    CHECK(window.promptsPage()->answerView()->promptId() == card->promptId());
    CHECK(window.promptsPage()->answerView()->promptText()->text() == card->promptText());
}

TEST_CASE("an answer stays sealed until both have answered, then both show side by side", "[ui][prompts]") {
    test::TempJournal t;
    const QString path = t.path();
    QString promptId;
    {
        ui::MainWindow alex(std::move(t.journal));
        alex.show();
        unlockAs(alex, QStringLiteral("Alex"));
        alex.todayPage()->promptCard()->answerButton()->click();
        ui::AnswerView* view = alex.promptsPage()->answerView();
        promptId = view->promptId();
        REQUIRE_FALSE(promptId.isEmpty());
        CHECK(view->stateLabel()->text().startsWith(QStringLiteral("Answer in your own time.")));
        view->answerField()->setPlainText(kAlexWords);
        view->saveButton()->click();
        CHECK(view->stateLabel()->text() ==
              QStringLiteral("Sealed until you both answer. Waiting for Sam; you can still change yours."));
        CHECK(view->shownAnswers().isEmpty());
        // Nothing waits for Alex.
        CHECK(alex.sidebar()->button(Place::Prompts)->badge().isEmpty());
    }

    auto opened = core::Journal::open(path);
    REQUIRE(opened.has_value());
    ui::MainWindow sam(std::move(*opened));
    sam.show();
    unlockAs(sam, QStringLiteral("Sam"));
    // Sam's turn, on the place itself.
    CHECK(sam.sidebar()->button(Place::Prompts)->badge() == QStringLiteral("Your turn"));
    sam.todayPage()->promptCard()->answerButton()->click();
    ui::AnswerView* view = sam.promptsPage()->answerView();
    REQUIRE(view->promptId() == promptId);
    CHECK(view->stateLabel()->text().startsWith(QStringLiteral("Alex has answered.")));
    // Alex's words are nowhere on Sam's screen yet.
    CHECK(view->answerField()->toPlainText().isEmpty());
    CHECK_FALSE(onScreen(sam, kAlexWords));

    view->answerField()->setPlainText(QStringLiteral("Your laugh at the wrong moment."));
    view->saveButton()->click();
    CHECK(view->stateLabel()->text() == QStringLiteral("You've both answered — here's what you each wrote."));
    const QStringList shown = view->shownAnswers();
    REQUIRE(shown.size() == 2);
    // The first partner on the left, each with their own words.
    CHECK(shown[0] == QStringLiteral("Alex: ") + kAlexWords);
    CHECK(shown[1] == QStringLiteral("Sam: Your laugh at the wrong moment."));
    CHECK(sam.sidebar()->button(Place::Prompts)->badge().isEmpty());
}

TEST_CASE("a search hit on an answer opens its prompt, and Back returns to the results", "[ui][prompts][search]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    window.show();
    unlockAs(window, QStringLiteral("Alex"));
    REQUIRE(test::activate(window));
    window.todayPage()->promptCard()->answerButton()->click();
    ui::AnswerView* view = window.promptsPage()->answerView();
    const QString promptId = view->promptId();
    view->answerField()->setPlainText(QStringLiteral("Marmalade on the balcony"));
    view->saveButton()->click();

    window.showSearch();
    QLineEdit* query = window.searchPage()->queryField();
    QTest::keyClicks(query, QStringLiteral("marmalade"));
    QListView* results = window.searchPage()->results();
    REQUIRE(test::waitUntil([&] { return results->model()->rowCount() == 1; }));
    REQUIRE(results->model()->index(0, 0).data(ui::SearchResultDelegate::KindRole).toString() ==
            QStringLiteral("answer"));
    results->setFocus();
    results->setCurrentIndex(results->model()->index(0, 0));
    QTest::keyClick(results, Qt::Key_Return);
    REQUIRE(window.currentPage() == window.promptsPage());
    CHECK(view->promptId() == promptId);
    CHECK(view->answerField()->toPlainText() == QStringLiteral("Marmalade on the balcony"));
    REQUIRE(window.goBack());
    CHECK(window.currentPage() == window.searchPage());
    CHECK(query->text() == QStringLiteral("marmalade"));
}

TEST_CASE("theme choices are each partner's own: the other's yes never shows, a withdrawal folds at once",
          "[ui][prompts][consent]") {
    test::TempJournal t;
    const QString desire = core::Prompts::desireTheme();
    auto promptsOfDesire = [&](ui::MainWindow& window) {
        window.promptsPage()->refresh();
        int count = 0;
        auto library = core::Prompts(window.session().journal()).list();
        REQUIRE(library.has_value());
        QListWidget* list = window.promptsPage()->list();
        for (const core::Prompt& prompt : *library) {
            if (prompt.theme == desire && !list->findItems(prompt.text, Qt::MatchStartsWith).isEmpty()) {
                ++count;
            }
        }
        return count;
    };
    const QString path = t.path();
    {
        ui::MainWindow alex(std::move(t.journal));
        alex.show();
        unlockAs(alex, QStringLiteral("Alex"));
        ui::ThemesDialog dialog(alex.session(), &alex);
        auto* notNow = dialog.findChild<QPushButton*>(desire + QStringLiteral("-not-now"));
        REQUIRE(notNow);
        CHECK(notNow->isChecked()); // sensitive themes start at not now
        dialog.choose(desire, core::ThemeChoice::Yes);
        CHECK(dialog.findChild<QPushButton*>(desire + QStringLiteral("-yes"))->isChecked());
        CHECK(dialog.pairNote(desire).isEmpty()); // Sam has not: nothing said
        CHECK(promptsOfDesire(alex) == 0);
    }
    auto opened = core::Journal::open(path);
    REQUIRE(opened.has_value());
    ui::MainWindow sam(std::move(*opened));
    sam.show();
    unlockAs(sam, QStringLiteral("Sam"));
    {
        ui::ThemesDialog dialog(sam.session(), &sam);
        // Alex's yes is nowhere in Sam's dialog: Alex is named only in the
        // introduction ("Alex never sees what you chose").
        CHECK(dialog.findChild<QPushButton*>(desire + QStringLiteral("-not-now"))->isChecked());
        CHECK(dialog.pairNote(desire).isEmpty());
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->objectName() != QLatin1String("themesIntro")) {
                CHECK_FALSE(label->text().contains(QStringLiteral("Alex")));
            }
        }
        dialog.choose(desire, core::ThemeChoice::Yes);
        CHECK(dialog.pairNote(desire) == QStringLiteral("Open for both of you."));
    }
    CHECK(promptsOfDesire(sam) > 0);
    {
        ui::ThemesDialog dialog(sam.session(), &sam);
        dialog.choose(desire, core::ThemeChoice::NotNow);
        CHECK(dialog.pairNote(desire).isEmpty());
    }
    CHECK(promptsOfDesire(sam) == 0);
}

TEST_CASE("a care prompt shows the care note beside its question; other prompts do not", "[ui][prompts]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    window.show();
    unlockAs(window, QStringLiteral("Alex"));
    window.sidebar()->button(Place::Prompts)->click();
    ui::AnswerView* view = window.promptsPage()->answerView();
    auto* note = view->findChild<QLabel*>(QStringLiteral("careNote"));
    auto* question = view->findChild<QLabel*>(QStringLiteral("answerPromptText"));
    REQUIRE(note != nullptr);
    REQUIRE(question != nullptr);
    // trust-013 is a care prompt, trust-001 is not (resources/prompts/trust.json).
    window.promptsPage()->openPrompt(QStringLiteral("trust-013"));
    REQUIRE(view->promptId() == QStringLiteral("trust-013"));
    CHECK(note->isVisible());
    CHECK(note->text() == core::PromptLibrary::careNote());
    // The note is the window's, never a second sentence of the question.
    CHECK(!question->text().contains(QStringLiteral("counsellor")));
    window.promptsPage()->openPrompt(QStringLiteral("trust-001"));
    REQUIRE(view->promptId() == QStringLiteral("trust-001"));
    CHECK_FALSE(note->isVisible());
}
