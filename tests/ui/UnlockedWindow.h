#pragma once

#include "MainWindow.h"
#include "Session.h"
#include "UiTestSupport.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "unlock/UnlockPage.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

namespace twofold::test {

// Unlocks the window as the named partner of a test journal (no
// passphrase), the way the "who's here" page does.
inline void unlockAs(ui::MainWindow& window, const QString& name) {
    const auto partner = window.session().journal().findPartner(name);
    REQUIRE(partner);
    window.unlockPage()->selectPartner(partner->id);
    QSignalSpy unlocked(window.unlockPage(), &ui::UnlockPage::unlocked);
    window.unlockPage()->unlock();
    REQUIRE(unlocked.wait(5000));
}

// Shows the window, unlocks it as `name` and makes it active, so that its
// shortcuts fire as they do for a person.
inline void showUnlocked(ui::MainWindow& window, const QString& name) {
    window.show();
    unlockAs(window, name);
    REQUIRE(test::activate(window));
}

// The window's shortcuts answer to the focused widget, as they do for a
// person. A dialog that just closed gives the focus back a moment later.
inline void press(const QKeySequence& keys) {
    test::waitUntil([] { return QApplication::focusWidget() != nullptr; }, 2000);
    QWidget* target = QApplication::focusWidget();
    REQUIRE(target);
    QTest::keySequence(target, keys);
}

// An entry by the journal's acting partner: `title`, the text
// "About <title>.", on `day`.
inline core::Entry writeEntry(core::Journal& journal, const QString& title, QDate day,
                              core::Visibility visibility = core::Visibility::Shared) {
    core::EntryInput input;
    input.title = title;
    input.text = QStringLiteral("About %1.").arg(title);
    input.day = day;
    input.visibility = visibility;
    auto entry = core::Entries(journal).add(input);
    REQUIRE(entry.has_value());
    return *entry;
}

} // namespace twofold::test
