#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QWidget>

#include <functional>

namespace twofold::test {

// Processes events until `condition` holds or `ms` pass; true when it held.
inline bool waitUntil(const std::function<bool()>& condition, int ms = 5000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(10);
    }
    return true;
}

// Makes the window active, so that its shortcuts (Ctrl+N, Ctrl+L, …) fire.
inline bool activate(QWidget& window) {
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window, 2000);
}

} // namespace twofold::test
