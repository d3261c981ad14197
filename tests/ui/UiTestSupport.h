#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
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

// Whether any visible label or text field of `window` shows `text` — for
// the promises that one partner's words never reach the other's screen.
inline bool onScreen(QWidget& window, const QString& text) {
    // Widgets added to a shown layout appear once the event loop has run.
    QCoreApplication::processEvents();
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(text)) {
            return true;
        }
    }
    for (const QPlainTextEdit* edit : window.findChildren<QPlainTextEdit*>()) {
        if (edit->isVisible() && edit->toPlainText().contains(text)) {
            return true;
        }
    }
    return false;
}

} // namespace twofold::test
