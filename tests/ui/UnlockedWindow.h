#pragma once

#include "MainWindow.h"
#include "Session.h"
#include "journal/Journal.h"
#include "unlock/UnlockPage.h"

#include <QSignalSpy>

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

} // namespace twofold::test
