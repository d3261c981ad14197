#include "imports/ImportDialog.h"

#include "Session.h"
#include "TempJournal.h"
#include "editor/VisibilityToggle.h"
#include "journal/Entries.h"
#include "journal/Journal.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace twofold;

namespace {

QString fixture(const QString& name) {
    return QDir(QStringLiteral(TWOFOLD_FIXTURES_DIR "/imports")).filePath(name);
}

size_t entriesSeenBy(const test::TempJournal& t, const QString& who) {
    auto journal = t.reopenAs(who);
    auto entries = core::Entries(*journal).list({});
    REQUIRE(entries.has_value());
    return entries->size();
}

} // namespace

TEST_CASE("the window imports a Day One export as the partner's private entries, once", "[ui][import]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    ui::Session session(std::move(t.journal));
    session.markUnlocked();
    QSignalSpy changed(&session, &ui::Session::entriesChanged);

    ui::ImportDialog dialog(session);
    CHECK(dialog.visibilityToggle()->visibility() == core::Visibility::Private);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    dialog.setSource(ui::ImportDialog::Source::DayOne);
    dialog.setFile(fixture(QStringLiteral("dayone.zip")));
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    CHECK(dialog.resultLabel()->text() == QStringLiteral("3 entries imported. 1 without any words were left out."));
    CHECK(changed.count() == 1);
    CHECK(entriesSeenBy(t, QStringLiteral("Alex")) == 3);
    CHECK(entriesSeenBy(t, QStringLiteral("Sam")) == 0);

    dialog.importButton()->click();
    CHECK(dialog.resultLabel()->text().startsWith(QStringLiteral("Nothing new")));
    CHECK(entriesSeenBy(t, QStringLiteral("Alex")) == 3);
}

TEST_CASE("the window shows a refused import in its one sentence", "[ui][import]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    ui::Session session(std::move(t.journal));
    session.markUnlocked();
    ui::ImportDialog dialog(session);
    dialog.setSource(ui::ImportDialog::Source::Jrnl);
    dialog.setFile(fixture(QStringLiteral("dayone.zip"))); // a zip is not jrnl's JSON
    dialog.importButton()->click();
    CHECK(dialog.resultLabel()->text().startsWith(QStringLiteral("Nothing was imported from ")));
    CHECK(entriesSeenBy(t, QStringLiteral("Alex")) == 0);
}
