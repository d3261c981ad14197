// The window in German: with the German catalogue installed, as
// installTranslations does for a German desktop, the unlock screen, the
// sidebar's places and the header's primary button speak German — and a
// language Twofold has no catalogue for leaves everything English.
#include "MainWindow.h"
#include "TempJournal.h"
#include "Translations.h"
#include "UnlockedWindow.h"
#include "navigation/HeaderBar.h"
#include "navigation/PlaceButton.h"
#include "navigation/Sidebar.h"
#include "prompts/CheckInGuide.h"
#include "timeline/JournalPage.h"
#include "unlock/UnlockPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace twofold;
using ui::Place;

namespace {

// English again after each test case, whatever it installed.
struct EnglishAfterwards {
    ~EnglishAfterwards() { core::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }
};

bool showsLabel(const QWidget& page, const QString& text) {
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        if (label->text() == text && label->isVisibleTo(&page)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("in German the unlock screen, the sidebar's places and the New entry button speak German", "[ui][i18n]") {
    EnglishAfterwards english;
    const QStringList installed = core::installTranslations(QLocale(QLocale::German, QLocale::Germany));
    REQUIRE_FALSE(installed.isEmpty());
    CHECK(installed.front() == QStringLiteral(":/i18n/twofold_de.qm"));

    test::TempJournal journal;
    ui::MainWindow window(std::move(journal.journal));
    window.show();
    REQUIRE(window.currentPage() == window.unlockPage());
    CHECK(showsLabel(*window.unlockPage(), QStringLiteral("Wer ist da?")));
    CHECK(window.unlockPage()->unlockButton()->text() == QStringLiteral("Entsperren"));

    test::unlockAs(window, QStringLiteral("Alex"));
    const ui::Sidebar* sidebar = window.sidebar();
    CHECK(sidebar->button(Place::Today)->text() == QStringLiteral("Heute"));
    CHECK(sidebar->button(Place::Journal)->text() == QStringLiteral("Tagebuch"));
    CHECK(sidebar->button(Place::CheckIn)->text() == QStringLiteral("Check-in"));
    CHECK(sidebar->button(Place::Prompts)->text() == QStringLiteral("Fragen"));
    CHECK(sidebar->button(Place::Trends)->text() == QStringLiteral("Verlauf"));
    CHECK(sidebar->button(Place::Trash)->text() == QStringLiteral("Papierkorb"));
    CHECK(window.header()->newEntryButton()->text() == QStringLiteral("Neuer Eintrag"));
}

TEST_CASE("Austrian German falls back to the German catalogue, with Qt's own words beside it", "[ui][i18n]") {
    EnglishAfterwards english;
    const QStringList installed = core::installTranslations(QLocale(QLocale::German, QLocale::Austria));
    REQUIRE_FALSE(installed.isEmpty());
    CHECK(installed.front() == QStringLiteral(":/i18n/twofold_de.qm"));
    // Qt's own catalogue, where Debian's qt6-translations-l10n is installed:
    // the buttons of Qt's standard dialogs.
    if (installed.size() > 1) {
        CHECK(installed.at(1).endsWith(QStringLiteral("qtbase_de.qm")));
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Abbrechen"));
    }
}

TEST_CASE("a language without a catalogue, and English, leave the window English", "[ui][i18n]") {
    EnglishAfterwards english;
    CHECK(core::installTranslations(QLocale(QLocale::German)).size() >= 1);
    // Switching to a language Twofold lacks removes the German catalogue.
    CHECK(core::installTranslations(QLocale(QLocale::Finnish, QLocale::Finland)).isEmpty());
    test::TempJournal journal;
    ui::MainWindow window(std::move(journal.journal));
    window.show();
    CHECK(showsLabel(*window.unlockPage(), QStringLiteral("Who's here?")));
    CHECK(core::installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom)).isEmpty());
}

TEST_CASE("in German a place with its badge is not cut short: the sidebar grows to fit it", "[ui][i18n][layout]") {
    EnglishAfterwards english;
    REQUIRE_FALSE(core::installTranslations(QLocale(QLocale::German, QLocale::Germany)).isEmpty());
    test::TempJournal journal;
    ui::MainWindow window(std::move(journal.journal));
    window.resize(900, 600);
    window.show();
    test::unlockAs(window, QStringLiteral("Alex"));
    ui::Sidebar* sidebar = window.sidebar();
    // The badge the window shows when the partner has done their check-in part.
    sidebar->setBadge(Place::CheckIn, QCoreApplication::translate("twofold::ui::MainWindow", "Your turn"));
    REQUIRE(sidebar->button(Place::CheckIn)->badge() == QStringLiteral("Du bist dran"));
    // The current place is drawn in DemiBold, the widest case.
    sidebar->setCurrent(Place::CheckIn);
    QCoreApplication::processEvents();
    for (Place place : {Place::Today, Place::Journal, Place::CheckIn, Place::Prompts, Place::Trends, Place::Trash}) {
        const ui::PlaceButton* button = sidebar->button(place);
        INFO(button->text().toStdString());
        CHECK(button->visibleLabel() == button->text());
    }
    CHECK(sidebar->width() >= 200);
}

TEST_CASE("every sentence of the check-in guide has its German translation", "[ui][i18n][checkin]") {
    EnglishAfterwards english;
    // A guide sentence missing from the catalogue (tools/checkin-guide-strings.cmake
    // not run after the guide changed) would stay English here.
    const auto source = core::CheckInGuide::load();
    REQUIRE(source.has_value());
    REQUIRE_FALSE(core::installTranslations(QLocale(QLocale::German, QLocale::Germany)).isEmpty());
    const auto german = core::CheckInGuide::load();
    REQUIRE(german.has_value());
    REQUIRE(german->ratings().size() == source->ratings().size());
    for (size_t i = 0; i < source->ratings().size(); ++i) {
        const core::CheckInRatingGuide& en = source->ratings()[i];
        const core::CheckInRatingGuide& de = german->ratings()[i];
        INFO(en.key.toStdString());
        CHECK(de.key == en.key);
        CHECK(de.label != en.label);
        CHECK(de.question != en.question);
        CHECK(de.low != en.low);
        CHECK(de.mid != en.mid);
        CHECK(de.high != en.high);
    }
    REQUIRE(german->steps().size() == source->steps().size());
    for (size_t i = 0; i < source->steps().size(); ++i) {
        INFO(source->steps()[i].id.toStdString());
        CHECK(german->steps()[i].title != source->steps()[i].title);
        CHECK(german->steps()[i].helper != source->steps()[i].helper);
    }
    CHECK(german->ratings().front().label == QStringLiteral("Glück miteinander"));
}

// At the window's usual size (the screenshots'): in a 900 px window the row
// of four filters beside the calendar is squeezed in English too.
TEST_CASE("in German the journal's tag filter shows its whole placeholder", "[ui][i18n][layout]") {
    EnglishAfterwards english;
    REQUIRE_FALSE(core::installTranslations(QLocale(QLocale::German, QLocale::Germany)).isEmpty());
    test::TempJournal journal;
    ui::MainWindow window(std::move(journal.journal));
    window.resize(1100, 760);
    window.show();
    test::unlockAs(window, QStringLiteral("Alex"));
    window.sidebar()->button(Place::Journal)->click();
    QCoreApplication::processEvents();
    QComboBox* tag = nullptr;
    for (QComboBox* combo : window.journalPage()->findChildren<QComboBox*>()) {
        if (combo->accessibleName() == QStringLiteral("Einträge mit dem Schlagwort zeigen")) {
            tag = combo;
        }
    }
    REQUIRE(tag);
    REQUIRE(tag->lineEdit()->placeholderText() == QStringLiteral("Jedes Schlagwort"));
    // The placeholder was cut to "Jedes Schla…" when the field kept English's ten characters.
    const QLineEdit* field = tag->lineEdit();
    CHECK(field->width() >= field->fontMetrics().horizontalAdvance(field->placeholderText()) + 4);
}
