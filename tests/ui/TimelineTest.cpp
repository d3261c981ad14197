#include "JournalGenerator.h"
#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "UnlockedWindow.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "timeline/EntryCalendar.h"
#include "timeline/JournalPage.h"
#include "timeline/TimelineModel.h"
#include "unlock/UnlockPage.h"
#include "widgets/Palettes.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <cstdio>

using namespace twofold;
using test::unlockAs;

namespace {

QStringList previews(const ui::TimelineModel& model) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << model.index(row).data(ui::TimelineModel::PreviewRole).toString();
    }
    return out;
}

// Model-tester complaints arrive as warnings; count them so a broken model
// fails the test case instead of only printing.
int g_modelWarnings = 0;
void countModelWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type != QtDebugMsg && QByteArray(context.category ? context.category : "").startsWith("qt.modeltest")) {
        ++g_modelWarnings;
        std::fprintf(stderr, "model test: %s\n", qPrintable(message));
    }
}

} // namespace

TEST_CASE("a private entry is invisible to the other partner in the timeline", "[ui][timeline]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::EntryInput secret;
    secret.text = QStringLiteral("Only for me: the surprise party");
    secret.day = QDate(2026, 11, 20);
    secret.visibility = core::Visibility::Private;
    REQUIRE(core::Entries(*t.journal).add(secret).has_value());
    core::EntryInput shared;
    shared.text = QStringLiteral("A lovely walk together");
    shared.day = QDate(2026, 11, 21);
    REQUIRE(core::Entries(*t.journal).add(shared).has_value());
    t.journal->lock();

    ui::MainWindow window(std::move(t.journal));
    window.show();
    unlockAs(window, QStringLiteral("Sam"));
    ui::TimelineModel* model = window.journalPage()->model();
    CHECK(previews(*model) == QStringList{QStringLiteral("A lovely walk together")});
    CHECK(window.journalPage()->calendar()->marksOn(QDate(2026, 11, 20)).isEmpty());
    CHECK(window.journalPage()->calendar()->marksOn(QDate(2026, 11, 21)).size() == 1);

    window.lockNow();
    CHECK(model->rowCount() == 0); // locking empties the view
    unlockAs(window, QStringLiteral("Alex"));
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(1).data(ui::TimelineModel::PrivateRole).toBool());
    CHECK(model->index(1).data(ui::TimelineModel::PreviewRole).toString().contains(QStringLiteral("surprise")));
    CHECK(window.journalPage()->calendar()->marksOn(QDate(2026, 11, 20)).size() == 1);
}

TEST_CASE("the trash shows deleted entries and restores them", "[ui][timeline]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::EntryInput input;
    input.text = QStringLiteral("Gone for now");
    auto entry = core::Entries(*t.journal).add(input);
    REQUIRE(entry.has_value());
    REQUIRE(core::Entries(*t.journal).remove(entry->id).has_value());
    t.journal->lock();
    ui::MainWindow window(std::move(t.journal));
    window.show();
    unlockAs(window, QStringLiteral("Alex"));
    ui::JournalPage* page = window.journalPage();
    CHECK(page->model()->rowCount() == 0);
    page->setShowingTrash(true);
    REQUIRE(page->model()->rowCount() == 1);
    page->view()->setCurrentIndex(page->model()->index(0));
    auto* restore = page->findChild<QPushButton*>(QStringLiteral("trashButton"));
    REQUIRE(restore);
    CHECK(restore->text() == QStringLiteral("Restore"));
    restore->click();
    CHECK(page->model()->rowCount() == 0);
    page->setShowingTrash(false);
    CHECK(page->model()->rowCount() == 1);
    CHECK_FALSE(page->model()->index(0).data(ui::TimelineModel::DeletedRole).toBool());
}

TEST_CASE("the timeline pages through 15,000 entries without loading them all", "[ui][timeline][big]") {
    test::TempJournal t;
    test::GeneratorOptions options;
    options.entries = 15000;
    options.wordsPerEntry = 60;
    test::generateJournal(*t.journal, options);
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const int visible = *core::Entries(*t.journal).count({});
    REQUIRE(visible > 13000);
    t.journal->lock();

    ui::Session session(std::move(t.journal));
    REQUIRE(session.journal().unlock(QStringLiteral("Alex")).has_value());
    ui::TimelineModel model(session);
    QElapsedTimer timer;
    timer.start();
    model.setFilter({});
    CHECK(model.rowCount() == 0);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    const qint64 firstPage = timer.elapsed();
    CHECK(model.rowCount() == ui::TimelineModel::kPageSize);
    std::fprintf(stderr, "first page of %d entries: %lld ms\n", visible, static_cast<long long>(firstPage));

    g_modelWarnings = 0;
    const QtMessageHandler previous = qInstallMessageHandler(countModelWarnings);
    {
        // The tester checks every signal from here on (and fetches by itself).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        for (int i = 0; i < 4; ++i) {
            model.fetchMore({});
        }
        CHECK(model.rowCount() >= 5 * ui::TimelineModel::kPageSize);
        CHECK(model.rowCount() <= 7 * ui::TimelineModel::kPageSize);
        CHECK(model.rowCount() % ui::TimelineModel::kPageSize == 0);
        // Newest first, grouped by month.
        CHECK(model.index(0).data(ui::TimelineModel::DayRole).toDate() == options.lastDay);
        for (int row = 1; row < model.rowCount(); ++row) {
            const QDate before = model.index(row - 1).data(ui::TimelineModel::DayRole).toDate();
            const QDate day = model.index(row).data(ui::TimelineModel::DayRole).toDate();
            REQUIRE(day <= before);
            CHECK(model.index(row).data(ui::TimelineModel::FirstOfMonthRole).toBool() ==
                  (day.month() != before.month()));
        }
        core::EntryFilter byTag;
        byTag.tag = QStringLiteral("home");
        model.setFilter(byTag);
        model.fetchMore({});
        REQUIRE(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            CHECK(model.index(row).data(ui::TimelineModel::TagsRole).toStringList().contains(QStringLiteral("home")));
        }
    }
    qInstallMessageHandler(previous);
    CHECK(g_modelWarnings == 0);

    // The whole window opens on the big journal with one page in its timeline.
    timer.restart();
    session.journal().lock();
    auto reopened = core::Journal::open(session.journal().path());
    REQUIRE(reopened.has_value());
    ui::MainWindow window(std::move(*reopened));
    window.show();
    unlockAs(window, QStringLiteral("Sam"));
    window.showJournal();
    QCoreApplication::processEvents();
    std::fprintf(stderr, "window unlocked on %d entries: %lld ms\n", visible, static_cast<long long>(timer.elapsed()));
    CHECK(window.journalPage()->model()->rowCount() > 0);
    CHECK(window.journalPage()->model()->rowCount() <= 3 * ui::TimelineModel::kPageSize);
}

TEST_CASE("the timeline filters by partner, mood and shared or private", "[ui][timeline]") {
    test::TempJournal t;
    test::GeneratorOptions options;
    options.entries = 120;
    options.wordsPerEntry = 20;
    options.privateShare = 0.3;
    test::generateJournal(*t.journal, options);
    ui::MainWindow window(std::move(t.journal));
    window.show();
    unlockAs(window, QStringLiteral("Alex"));
    ui::JournalPage* page = window.journalPage();
    ui::TimelineModel* model = page->model();
    const QString alex = window.session().journal().findPartner(QStringLiteral("Alex"))->id;
    const auto fetchAll = [&] {
        while (model->canFetchMore({})) {
            model->fetchMore({});
        }
    };
    const auto all = [&](int role, const QVariant& value) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data(role) != value) {
                return false;
            }
        }
        return model->rowCount() > 0;
    };

    page->partnerFilter()->setCurrentIndex(page->partnerFilter()->findData(alex));
    fetchAll();
    CHECK(all(ui::TimelineModel::AuthorIdRole, alex));

    const QList<QComboBox*> combos = page->findChildren<QComboBox*>();
    for (QComboBox* combo : combos) {
        if (combo->accessibleName() == QStringLiteral("Show entries with the mood")) {
            combo->setCurrentIndex(combo->findData(4));
        }
    }
    fetchAll();
    CHECK(all(ui::TimelineModel::MoodRole, 4));
    CHECK(all(ui::TimelineModel::AuthorIdRole, alex));

    for (QComboBox* combo : combos) {
        if (combo->accessibleName() == QStringLiteral("Show shared or private entries")) {
            combo->setCurrentIndex(combo->findData(QStringLiteral("private")));
        }
    }
    fetchAll();
    CHECK(all(ui::TimelineModel::PrivateRole, true));

    // Sam's private entries never appear, whatever the filter says.
    page->partnerFilter()->setCurrentIndex(page->partnerFilter()->findText(QStringLiteral("Sam")));
    fetchAll();
    CHECK(model->rowCount() == 0);
}

TEST_CASE("the date gutter names each day once, beside its first entry", "[ui][timeline]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QDate day = QDate::currentDate();
    for (const QDate d : {day, day, day.addDays(-1)}) {
        core::EntryInput input;
        input.title = QStringLiteral("On %1").arg(d.toString(Qt::ISODate));
        input.text = QStringLiteral("Words.");
        input.day = d;
        REQUIRE(core::Entries(*t.journal).add(input).has_value());
    }
    t.journal->lock();
    ui::MainWindow window(std::move(t.journal));
    window.show();
    unlockAs(window, QStringLiteral("Alex"));
    window.showJournal();
    QListView* view = window.journalPage()->view();
    REQUIRE(view->model()->rowCount() == 3);
    view->clearSelection();
    QCoreApplication::processEvents();
    const QImage shot = view->viewport()->grab().toImage();
    const QColor paper = shot.pixelColor(2, shot.height() - 2);
    // Ink in the gutter of a row: anything far from the page's own colour.
    const auto gutterHasInk = [&](int row) {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        for (int y = rect.top(); y < std::min(rect.bottom(), shot.height()); ++y) {
            for (int x = rect.left() + 4; x < rect.left() + 52; ++x) {
                if (ui::contrastRatio(shot.pixelColor(x, y), paper) > 2.0) {
                    return true;
                }
            }
        }
        return false;
    };
    CHECK(gutterHasInk(0));
    CHECK_FALSE(gutterHasInk(1)); // the same day again
    CHECK(gutterHasInk(2));
}
