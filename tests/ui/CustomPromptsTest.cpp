// The couple's own prompts and each partner's favourites in the window:
// write, change, delete (only the author, only while unanswered), and a
// favourite that only its keeper sees.
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
#include "prompts/PromptEditorDialog.h"
#include "prompts/PromptsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace twofold;
using test::unlockAs;
using ui::Place;

namespace {

const QString kQuestion = QStringLiteral("Which small habit of mine do you secretly like?");

// Writes a prompt through the dialog, as a person would; returns its id.
QString writeThroughDialog(ui::MainWindow& window, const QString& text, const QString& themeId) {
    ui::PromptEditorDialog dialog(window.session(), std::nullopt, &window);
    CHECK_FALSE(dialog.saveButton()->isEnabled()); // nothing written yet
    dialog.textField()->setPlainText(text);
    const int theme = dialog.themeField()->findData(themeId);
    REQUIRE(theme >= 0);
    dialog.themeField()->setCurrentIndex(theme);
    dialog.depthField()->setCurrentIndex(dialog.depthField()->findData(QStringLiteral("light")));
    REQUIRE(dialog.saveButton()->isEnabled());
    dialog.saveButton()->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    return dialog.savedPromptId();
}

QListWidgetItem* itemFor(QListWidget* list, const QString& text) {
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(text)) {
            return list->item(row);
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("a prompt of your own is written, changed and deleted by you, and only read by your partner",
          "[ui][prompts][custom]") {
    test::TempJournal t;
    const QString path = t.path();
    QString id;
    {
        ui::MainWindow alex(std::move(t.journal));
        alex.show();
        unlockAs(alex, QStringLiteral("Alex"));
        alex.sidebar()->button(Place::Prompts)->click();
        ui::PromptsPage* page = alex.promptsPage();
        id = writeThroughDialog(alex, kQuestion, QStringLiteral("appreciation"));
        page->openPrompt(id);
        ui::AnswerView* view = page->answerView();
        REQUIRE(view->promptId() == id);
        CHECK(itemFor(page->list(), kQuestion) != nullptr);
        CHECK(view->promptText()->text() == kQuestion);
        CHECK(alex.findChild<QLabel*>(QStringLiteral("answerPromptMeta"))
                  ->text()
                  .endsWith(QStringLiteral("written by Alex")));
        CHECK(view->editButton()->isVisibleTo(view));
        CHECK(view->deleteButton()->isVisibleTo(view));

        // Changed: the words, in the dialog the Change… button opens.
        ui::PromptEditorDialog edit(alex.session(), core::Prompts(alex.session().journal()).show(id)->prompt, &alex);
        CHECK(edit.textField()->toPlainText() == kQuestion);
        CHECK(edit.themeField()->currentData().toString() == QStringLiteral("appreciation"));
        CHECK(edit.depthField()->currentData().toString() == QStringLiteral("light"));
        edit.textField()->setPlainText(kQuestion + QStringLiteral(" Tell me one."));
        edit.saveButton()->click();
        REQUIRE(edit.result() == QDialog::Accepted);
        CHECK(core::Prompts(alex.session().journal()).show(id)->prompt.text.endsWith(QStringLiteral("Tell me one.")));
        page->openPrompt(id);
        CHECK(itemFor(page->list(), QStringLiteral("Tell me one.")) != nullptr);

        // A refusal stays in the dialog, said in one sentence.
        ui::PromptEditorDialog tooLong(alex.session(), std::nullopt, &alex);
        tooLong.textField()->setPlainText(QString(core::Prompts::kMaxPromptChars + 1, QLatin1Char('x')));
        tooLong.saveButton()->click();
        CHECK(tooLong.result() != QDialog::Accepted);
        CHECK(tooLong.errorLabel()->isVisibleTo(&tooLong));
        CHECK(tooLong.errorLabel()->text() == QStringLiteral("A prompt is at most 1000 characters."));
    }

    auto opened = core::Journal::open(path);
    REQUIRE(opened.has_value());
    ui::MainWindow sam(std::move(*opened));
    sam.show();
    unlockAs(sam, QStringLiteral("Sam"));
    sam.sidebar()->button(Place::Prompts)->click();
    ui::PromptsPage* page = sam.promptsPage();
    page->openPrompt(id);
    ui::AnswerView* view = page->answerView();
    REQUIRE(view->promptId() == id);
    // Sam reads it and may answer, but it is Alex's to change.
    CHECK_FALSE(view->editButton()->isVisibleTo(view));
    CHECK_FALSE(view->deleteButton()->isVisibleTo(view));
    CHECK(view->answerField()->isVisibleTo(view));
}

TEST_CASE("deleting your prompt asks first, then it is gone; an answered one can no longer be changed",
          "[ui][prompts][custom]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    window.show();
    unlockAs(window, QStringLiteral("Alex"));
    window.sidebar()->button(Place::Prompts)->click();
    ui::PromptsPage* page = window.promptsPage();
    ui::AnswerView* view = page->answerView();

    const QString gone =
        writeThroughDialog(window, QStringLiteral("Where shall we walk on Sunday?"), QStringLiteral("play"));
    page->openPrompt(gone);
    view->deleteButton()->click();
    REQUIRE(view->deleteConfirmation()->isVisibleTo(view));
    CHECK(itemFor(page->list(), QStringLiteral("walk on Sunday")) != nullptr); // nothing deleted yet
    view->confirmDeleteButton()->click();
    CHECK(itemFor(page->list(), QStringLiteral("walk on Sunday")) == nullptr);
    CHECK(view->promptId().isEmpty());
    CHECK(core::Prompts(window.session().journal()).show(gone).error().code == core::ErrorCode::NotFound);

    const QString kept = writeThroughDialog(window, kQuestion, QStringLiteral("play"));
    page->openPrompt(kept);
    view->answerField()->setPlainText(QStringLiteral("Humming while you cook."));
    view->saveButton()->click();
    CHECK_FALSE(view->editButton()->isVisibleTo(view));
    CHECK_FALSE(view->deleteButton()->isVisibleTo(view));
}

TEST_CASE("a favourite is marked and filtered for its keeper only", "[ui][prompts][favourites]") {
    test::TempJournal t;
    const QString path = t.path();
    const QString id = QStringLiteral("appreciation-002");
    QString text;
    {
        ui::MainWindow alex(std::move(t.journal));
        alex.show();
        unlockAs(alex, QStringLiteral("Alex"));
        alex.sidebar()->button(Place::Prompts)->click();
        ui::PromptsPage* page = alex.promptsPage();
        page->openPrompt(id);
        ui::AnswerView* view = page->answerView();
        text = view->promptText()->text();
        REQUIRE(view->favouriteButton()->isVisibleTo(view));
        CHECK_FALSE(view->isFavourite());
        view->favouriteButton()->click();
        CHECK(view->isFavourite());
        CHECK(view->favouriteButton()->text() == QStringLiteral("★ A favourite"));
        QListWidgetItem* item = itemFor(page->list(), text);
        REQUIRE(item);
        CHECK(item->text().startsWith(QStringLiteral("★ ")));

        page->onlyFavourites()->click();
        REQUIRE(page->list()->count() == 1);
        CHECK(page->list()->item(0)->text().startsWith(QStringLiteral("★ ") + text));
        page->onlyFavourites()->click();
        CHECK(page->list()->count() > 50);

        // Pressed again: let go, and the mark goes with it.
        view->favouriteButton()->click();
        CHECK_FALSE(view->isFavourite());
        CHECK(view->favouriteButton()->text() == QStringLiteral("☆ Keep as a favourite"));
        CHECK_FALSE(itemFor(page->list(), text)->text().startsWith(QStringLiteral("★")));
        view->favouriteButton()->click();
    }
    auto opened = core::Journal::open(path);
    REQUIRE(opened.has_value());
    ui::MainWindow sam(std::move(*opened));
    sam.show();
    unlockAs(sam, QStringLiteral("Sam"));
    sam.sidebar()->button(Place::Prompts)->click();
    ui::PromptsPage* page = sam.promptsPage();
    QListWidgetItem* item = itemFor(page->list(), text);
    REQUIRE(item);
    CHECK_FALSE(item->text().startsWith(QStringLiteral("★")));
    page->openPrompt(id);
    CHECK_FALSE(page->answerView()->isFavourite());
    page->onlyFavourites()->click();
    CHECK(page->list()->count() == 0);
}
