// The timeline model follows the change feed row by row (as KeePassXC's
// TestEntryModel checks its model): QAbstractItemModelTester in Fatal mode
// on every test, and signal spies that count exactly which rows changed.
#include "timeline/TimelineModel.h"

#include "CliRunner.h"
#include "Session.h"
#include "TempJournal.h"
#include "journal/Entries.h"
#include "journal/Journal.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace twofold;
using ui::TimelineModel;

namespace {

QString addEntry(core::Journal& journal, QDate day, const QString& text,
                 core::Visibility visibility = core::Visibility::Shared) {
    core::EntryInput input;
    input.day = day;
    input.text = text;
    input.visibility = visibility;
    auto added = core::Entries(journal).add(input);
    REQUIRE(added);
    return added->id;
}

// A window's session on a journal of five days (the 2nd to the 10th of
// April), unlocked as Alex, and a model over it with every row fetched.
struct Fixture {
    Fixture() {
        REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
        for (int day = 1; day <= 5; ++day) {
            ids.push_back(addEntry(*t.journal, QDate(2026, 4, day * 2), QStringLiteral("Day %1").arg(day * 2)));
        }
        session = std::make_unique<ui::Session>(std::move(t.journal));
        session->markUnlocked();
        model = std::make_unique<TimelineModel>(*session);
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        model->reload();
        while (model->canFetchMore({})) {
            model->fetchMore({});
        }
        REQUIRE(model->rowCount() == 5);
    }
    core::Journal& journal() { return session->journal(); }
    QStringList order() const {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row) {
            out << model->index(row).data(TimelineModel::PreviewRole).toString();
        }
        return out;
    }

    test::TempJournal t;
    std::vector<QString> ids; // oldest first
    std::unique_ptr<ui::Session> session;
    std::unique_ptr<TimelineModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_CASE("saving an entry inserts exactly one row where it belongs, without a reset", "[ui][model]") {
    Fixture f;
    QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
    addEntry(f.journal(), QDate(2026, 4, 7), QStringLiteral("Day 7"));
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.front().at(1).toInt() == 2); // after the 10th and the 8th
    CHECK(inserted.front().at(2).toInt() == 2);
    CHECK(reset.count() == 0);
    CHECK(f.order() == QStringList{"Day 10", "Day 8", "Day 7", "Day 6", "Day 4", "Day 2"});
}

TEST_CASE("editing changes one row; a new day moves it, and the selection goes with it", "[ui][model]") {
    Fixture f;
    QItemSelectionModel selection(f.model.get());
    const QModelIndex sixth = f.model->index(f.model->rowOf(f.ids[2]));
    selection.setCurrentIndex(sixth, QItemSelectionModel::ClearAndSelect);
    QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy moved(f.model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);

    core::EntryInput edit;
    edit.text = QStringLiteral("Day 6, rewritten");
    REQUIRE(core::Entries(f.journal()).edit(f.ids[2], edit));
    REQUIRE(changed.count() >= 1);
    CHECK(changed.front().at(0).toModelIndex().row() == 2);
    CHECK(changed.front().at(1).toModelIndex().row() == 2);
    CHECK(moved.count() == 0);
    CHECK(f.model->index(2).data(TimelineModel::PreviewRole).toString() == QStringLiteral("Day 6, rewritten"));

    edit = {};
    edit.day = QDate(2026, 4, 11);
    REQUIRE(core::Entries(f.journal()).edit(f.ids[2], edit));
    CHECK(moved.count() == 1);
    CHECK(reset.count() == 0);
    CHECK(f.order() == QStringList{"Day 6, rewritten", "Day 10", "Day 8", "Day 4", "Day 2"});
    // The current row is still the entry that was selected.
    CHECK(selection.currentIndex().data(TimelineModel::IdRole).toString() == f.ids[2]);
    CHECK(selection.isSelected(f.model->index(0)));
}

TEST_CASE("trashing removes one row and restoring puts it back in its place", "[ui][model]") {
    Fixture f;
    QSignalSpy removed(f.model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
    REQUIRE(core::Entries(f.journal()).remove(f.ids[3]));
    REQUIRE(removed.count() == 1);
    CHECK(removed.front().at(1).toInt() == 1);
    CHECK(f.order() == QStringList{"Day 10", "Day 6", "Day 4", "Day 2"});
    REQUIRE(core::Entries(f.journal()).restore(f.ids[3]));
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.front().at(1).toInt() == 1);
    CHECK(f.order() == QStringList{"Day 10", "Day 8", "Day 6", "Day 4", "Day 2"});

    // The trash is the same model with another filter: there it is the reverse.
    core::EntryFilter trash;
    trash.trash = core::EntryFilter::Trash::Only;
    f.model->setFilter(trash);
    f.model->fetchMore({});
    CHECK(f.model->rowCount() == 0);
    CHECK_FALSE(f.model->canFetchMore({}));
    REQUIRE(core::Entries(f.journal()).remove(f.ids[0]));
    CHECK(f.order() == QStringList{"Day 2"});
}

TEST_CASE("an entry added with twofold-cli appears once the session polls, without a reset", "[ui][model][external]") {
    Fixture f;
    QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
    const auto added =
        test::runCliOn(f.t.path(), QStringLiteral("Sam"),
                       {QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--date"),
                        QStringLiteral("2026-04-09"), QStringLiteral("--text"), QStringLiteral("Day 9")});
    REQUIRE(added.exitCode == 0);
    CHECK(inserted.count() == 0); // not noticed yet
    f.session->checkForExternalChanges();
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.front().at(1).toInt() == 1);
    CHECK(reset.count() == 0);
    CHECK(f.model->index(1).data(TimelineModel::AuthorNameRole).toString() == QStringLiteral("Sam"));
    // The session's own timer does it too, within about a second.
    const auto again =
        test::runCliOn(f.t.path(), QStringLiteral("Sam"),
                       {QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--date"),
                        QStringLiteral("2026-04-03"), QStringLiteral("--text"), QStringLiteral("Day 3")});
    REQUIRE(again.exitCode == 0);
    CHECK(inserted.wait(3000));
    CHECK(f.order() == QStringList{"Day 10", "Day 9", "Day 8", "Day 6", "Day 4", "Day 3", "Day 2"});
}

TEST_CASE("the other partner making an entry private takes it out of my timeline", "[ui][model][external]") {
    Fixture f;
    auto sam = f.t.reopenAs(QStringLiteral("Sam"));
    const QString samsEntry = addEntry(*sam, QDate(2026, 4, 5), QStringLiteral("Sam on the 5th"));
    f.session->checkForExternalChanges();
    REQUIRE(f.model->rowOf(samsEntry) >= 0);
    QSignalSpy removed(f.model.get(), &QAbstractItemModel::rowsRemoved);
    core::EntryInput edit;
    edit.visibility = core::Visibility::Private;
    REQUIRE(core::Entries(*sam).edit(samsEntry, edit));
    f.session->checkForExternalChanges();
    CHECK(removed.count() == 1);
    CHECK(f.model->rowOf(samsEntry) == -1);
}

TEST_CASE("a row beyond the fetched pages waits for its page instead of jumping in", "[ui][model]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    for (int i = 0; i < TimelineModel::kPageSize + 20; ++i) {
        addEntry(*t.journal, QDate(2026, 1, 1).addDays(i), QStringLiteral("Entry %1").arg(i));
    }
    ui::Session session(std::move(t.journal));
    session.markUnlocked();
    TimelineModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    model.fetchMore({});
    REQUIRE(model.rowCount() == TimelineModel::kPageSize);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    addEntry(session.journal(), QDate(2025, 6, 1), QStringLiteral("Older than every fetched row"));
    CHECK(inserted.count() == 0);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    CHECK(model.rowCount() == TimelineModel::kPageSize + 21);
    CHECK(model.index(model.rowCount() - 1).data(TimelineModel::PreviewRole).toString() ==
          QStringLiteral("Older than every fetched row"));
}
