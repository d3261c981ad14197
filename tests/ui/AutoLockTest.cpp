// Locking does not wait for dialogs to be closed by hand (issue 16): idle
// time and the desktop's screen lock close them and lock, except while a
// dialog's work holds the keys, which is waited for.
#include "IdleWatcher.h"
#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "journal/Journal.h"
#include "settings/PassphraseDialog.h"
#include "settings/SettingsDialog.h"
#include "unlock/ScreenLockWatcher.h"
#include "unlock/UnlockPage.h"
#include "widgets/OpenDialogs.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>

using namespace twofold;
using test::waitUntil;

namespace {

void unlock(ui::MainWindow& window) {
    window.show();
    QSignalSpy unlocked(window.unlockPage(), &ui::UnlockPage::unlocked);
    window.unlockPage()->unlock();
    REQUIRE(unlocked.wait(5000));
    REQUIRE(window.session().isUnlocked());
}

// A bus of our own for the test, as the desktop's session bus would be.
class PrivateBus {
public:
    PrivateBus() {
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()) {
            return;
        }
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
        if (m_daemon.waitForStarted(5000) && m_daemon.waitForReadyRead(5000)) {
            m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        }
    }
    ~PrivateBus() {
        for (const QString& name : m_names) {
            QDBusConnection::disconnectFromBus(name);
        }
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
    QString address() const { return m_address; }
    QDBusConnection connect(const QString& name) {
        m_names.append(name);
        return QDBusConnection::connectToBus(m_address, name);
    }

private:
    QProcess m_daemon;
    QString m_address;
    QStringList m_names;
};

// Stands in for logind: this process's session is /org/freedesktop/login1/session/_3.
class FakeLogind : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public Q_SLOTS:
    QDBusObjectPath GetSessionByPID(uint pid) {
        lastPid = pid;
        return QDBusObjectPath(QStringLiteral("/org/freedesktop/login1/session/_3"));
    }

public:
    uint lastPid = 0;
};

void sendSignal(QDBusConnection& bus, const QString& path, const QString& interface, const QString& name,
                const QVariantList& arguments = {}) {
    QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
    signal.setArguments(arguments);
    REQUIRE(bus.send(signal));
}

} // namespace

TEST_CASE("idle time closes the dialog left open and locks", "[ui][lock]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    unlock(window);
    bool settingsWasOpen = false;
    QTimer::singleShot(0, &window, [&] {
        // Settings' exec() runs a loop of its own: the idle lock comes inside it.
        QTimer::singleShot(50, &window, [&] {
            settingsWasOpen = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget()) != nullptr;
            window.idleWatcher()->setInterval(100);
        });
        window.showSettings();
    });
    REQUIRE(waitUntil([&] { return !window.session().isUnlocked(); }, 5000));
    CHECK(settingsWasOpen);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(window.currentPage() == window.unlockPage());
    CHECK(window.unlockPage()->notice() == QStringLiteral("Locked after 10 minutes away."));
}

TEST_CASE("a dialog at work keeps the lock waiting until its work is done", "[ui][lock]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    unlock(window);
    auto* busy = new QDialog(&window);
    busy->setAttribute(Qt::WA_DeleteOnClose);
    ui::open_dialogs::markBusy(busy, true);
    busy->open();
    window.idleWatcher()->setInterval(50);
    QTest::qWait(600);
    CHECK(window.session().isUnlocked());
    CHECK(busy->isVisible());
    // The work finishes: the dialog goes, and the window locks.
    ui::open_dialogs::markBusy(busy, false);
    REQUIRE(waitUntil([&] { return !window.session().isUnlocked(); }, 3000));
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("a new recovery code left on screen is closed by the lock, and the new passphrase opens", "[ui][lock]") {
    test::TempJournal t(true);
    const QString path = t.path();
    const QString alex = t.journal->findPartner(QStringLiteral("Alex"))->id;
    const QString old = QString::fromUtf8(test::TempJournal::passphraseFor("Alex"));
    ui::MainWindow window(std::move(t.journal));
    window.setKdfLimits(core::crypto::KdfLimits::minimum());
    window.show();
    QSignalSpy unlocked(window.unlockPage(), &ui::UnlockPage::unlocked);
    window.unlockPage()->selectPartner(alex);
    window.unlockPage()->passphraseField()->setText(old);
    window.unlockPage()->unlock();
    REQUIRE(unlocked.wait(5000));
    window.changePassphrase();
    QPointer<ui::PassphraseDialog> dialog = window.findChild<ui::PassphraseDialog*>();
    REQUIRE(dialog);
    dialog->currentField()->setText(old);
    dialog->passphraseField()->setText(QStringLiteral("a brand new passphrase"));
    dialog->repeatField()->setText(QStringLiteral("a brand new passphrase"));
    QSignalSpy changed(dialog.data(), &ui::PassphraseDialog::changed);
    dialog->setButton()->click();
    REQUIRE(changed.wait(10000));
    const QString code = dialog->recoveryCode();
    REQUIRE_FALSE(code.isEmpty());
    dialog->reject(); // not yet confirmed as kept: it stays
    REQUIRE(dialog->isVisible());
    // Walking away with the new code on screen: it goes, and the window locks.
    window.idleWatcher()->setInterval(50);
    REQUIRE(waitUntil([&] { return !window.session().isUnlocked(); }, 3000));
    CHECK((dialog.isNull() || !dialog->isVisible()));
    CHECK(QApplication::activeModalWidget() == nullptr);
    window.close();
    auto reopened = core::Journal::open(path);
    REQUIRE(reopened.has_value());
    CHECK((*reopened)->unlock(QStringLiteral("Alex"), QByteArray("a brand new passphrase")).has_value());
}

TEST_CASE("the desktop's screen lock closes menus and dialogs and locks the window", "[ui][lock]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    unlock(window);
    QMenu menu(&window);
    menu.addAction(QStringLiteral("Something"));
    menu.popup(window.geometry().center());
    REQUIRE(waitUntil([&] { return QApplication::activePopupWidget() == &menu; }, 2000));
    QTimer::singleShot(0, &window, [&] { Q_EMIT window.screenLockWatcher()->screenLocked(); });
    REQUIRE(waitUntil([&] { return !window.session().isUnlocked(); }, 3000));
    CHECK(QApplication::activePopupWidget() == nullptr);
    CHECK(window.unlockPage()->notice() == QStringLiteral("Locked when your screen locked."));
}

TEST_CASE("the screen lock is heard from the screen saver and from logind, for this session only", "[ui][lock]") {
    PrivateBus bus;
    REQUIRE_FALSE(bus.address().isEmpty()); // dbus-daemon is among tools/dev's packages
    QDBusConnection desktop = bus.connect(QStringLiteral("desktop"));
    REQUIRE(desktop.isConnected());
    FakeLogind logind;
    REQUIRE(desktop.registerService(QStringLiteral("org.freedesktop.login1")));
    REQUIRE(
        desktop.registerObject(QStringLiteral("/org/freedesktop/login1"), &logind, QDBusConnection::ExportAllSlots));

    QDBusConnection own = bus.connect(QStringLiteral("twofold"));
    ui::ScreenLockWatcher watcher(own, own);
    QSignalSpy locked(&watcher, &ui::ScreenLockWatcher::screenLocked);
    QSignalSpy found(&watcher, &ui::ScreenLockWatcher::loginSessionFound);
    REQUIRE((found.count() > 0 || found.wait(5000)));
    CHECK(watcher.loginSession() == QStringLiteral("/org/freedesktop/login1/session/_3"));
    CHECK(logind.lastPid == static_cast<uint>(QCoreApplication::applicationPid()));

    // The screen saver coming off says nothing; coming on, the lock.
    sendSignal(desktop, QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
               QStringLiteral("ActiveChanged"), {false});
    CHECK_FALSE(locked.wait(300));
    sendSignal(desktop, QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
               QStringLiteral("ActiveChanged"), {true});
    REQUIRE(locked.wait(3000));
    sendSignal(desktop, QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
               QStringLiteral("ActiveChanged"), {true});
    REQUIRE((locked.count() == 2 || locked.wait(3000)));

    // Another login session locking is not ours; our own is.
    sendSignal(desktop, QStringLiteral("/org/freedesktop/login1/session/_7"),
               QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"));
    CHECK_FALSE(locked.wait(300));
    CHECK(locked.count() == 2);
    sendSignal(desktop, QStringLiteral("/org/freedesktop/login1/session/_3"),
               QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"));
    REQUIRE((locked.count() == 3 || locked.wait(3000)));
}

#include "AutoLockTest.moc"
