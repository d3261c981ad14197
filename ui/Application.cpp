#include "Application.h"

#include "AppInfo.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "Session.h"
#include "SingleInstance.h"
#include "appearance/Appearance.h"
#include "journal/Journal.h"
#include "unlock/UnlockPage.h"
#include "welcome/WelcomeWizard.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>

namespace twofold::ui {

namespace {

// The journal to work on: the given or default file, or — on the first
// start, or when that file cannot be opened — the welcome.
std::unique_ptr<core::Journal> chooseJournal(const QString& path) {
    if (QFileInfo::exists(path)) {
        auto opened = core::Journal::open(path);
        if (opened) {
            return std::move(*opened);
        }
        QMessageBox box(QMessageBox::Warning, QObject::tr("Twofold"), opened.error().message,
                        QMessageBox::Open | QMessageBox::Close);
        box.setInformativeText(QObject::tr("You can open another journal file or create a new one."));
        if (box.exec() != QMessageBox::Open) {
            return nullptr;
        }
    }
    const QString createAt = QFileInfo::exists(path) ? QString() : path;
    WelcomeWizard wizard(createAt, core::crypto::KdfLimits::moderate());
    if (wizard.exec() != QDialog::Accepted) {
        return nullptr;
    }
    return wizard.takeJournal();
}

const QString kLastJournalKey = QStringLiteral("journal/lastOpened");

// The file named on the command line; else the one opened last (Settings'
// "Open another journal…" moves the couple to another file for good); else
// the default place.
QString journalToOpen(const LaunchOptions& options) {
    if (!options.journalPath.isEmpty()) {
        return options.journalPath;
    }
    if (qEnvironmentVariableIsEmpty("TWOFOLD_JOURNAL")) {
        const QString last = QSettings().value(kLastJournalKey).toString();
        if (!last.isEmpty() && QFileInfo::exists(last)) {
            return last;
        }
    }
    return core::defaultJournalPath();
}

} // namespace

int runApplication(QApplication& app, const LaunchOptions& options) {
    // Qt adds the display name to every window title ("Alex — Twofold").
    QApplication::setApplicationDisplayName(QObject::tr("Twofold"));
    QApplication::setDesktopFileName(QStringLiteral(TWOFOLD_APP_ID));
    // Twofold's own look on every launch, light or dark as the person chose
    // in Settings or, by default, as the desktop prefers (live).
    DesktopColourScheme desktopScheme;
    Appearance appearance(desktopScheme);
    appearance.install();

    const QString path = journalToOpen(options);
    // One window per journal: a second start brings the first to the front.
    SingleInstance instance(path);
    switch (instance.claim()) {
    case SingleInstance::Claim::Raised:
        return 0;
    case SingleInstance::Claim::Busy:
        QMessageBox::warning(nullptr, QObject::tr("Twofold"), SingleInstance::busySentence(path));
        return 1;
    case SingleInstance::Claim::First:
    case SingleInstance::Claim::Failed: // alone then; SQLite still keeps two windows consistent
        break;
    }
    auto journal = chooseJournal(path);
    if (!journal) {
        return 0;
    }
    QSettings().setValue(kLastJournalKey, QFileInfo(journal->path()).absoluteFilePath());
    MainWindow window(std::move(journal));
    // Another journal opens in its own process (one window per journal,
    // each with its own single-instance claim); this one closes once that
    // has started, drafts saved by closeEvent.
    QObject::connect(&window, &MainWindow::anotherJournalChosen, &window, [&window](const QString& other) {
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {other})) {
            window.close();
        } else {
            window.showError(QObject::tr("Twofold could not be started for %1.").arg(other));
        }
    });
    QObject::connect(&instance, &SingleInstance::raiseRequested, &window, [&window] {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    if (!options.partner.isEmpty()) {
        if (const auto partner = window.session().journal().findPartner(options.partner)) {
            window.unlockPage()->selectPartner(partner->id);
        }
    }
    window.show();
    return app.exec();
}

} // namespace twofold::ui
