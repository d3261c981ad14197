#include "Application.h"

#include "AppInfo.h"
#include "JournalPage.h"
#include "LaunchTimer.h"
#include "MainWindow.h"
#include "Palettes.h"
#include "ScreenshotTour.h"
#include "Session.h"
#include "TodayPage.h"
#include "UnlockPage.h"
#include "WelcomeWizard.h"
#include "journal/Journal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

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

} // namespace

int runApplication(QApplication& app) {
    QApplication::setApplicationDisplayName(QObject::tr("Twofold"));
    QApplication::setDesktopFileName(QStringLiteral(TWOFOLD_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("A private journal for two partners."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption journalOption(QStringLiteral("journal"), QObject::tr("The journal file to open."),
                                     QObject::tr("PATH"));
    QCommandLineOption asOption(QStringLiteral("as"), QObject::tr("Preselect this partner on the unlock screen."),
                                QObject::tr("NAME"));
    // For screenshots and measurements only.
    QCommandLineOption paletteOption(QStringLiteral("palette"), QStringLiteral("light or dark"),
                                     QStringLiteral("NAME"));
    paletteOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Save every screen to DIR."),
                                        QStringLiteral("DIR"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // Measurement: unlock at once (passphrase from $TWOFOLD_PASSPHRASE, as
    // the CLI reads it), show the journal and, with TWOFOLD_FIRST_PAINT,
    // quit once the timeline has painted.
    QCommandLineOption unlockOption(QStringLiteral("unlock"), QStringLiteral("Unlock at once and show the journal."));
    unlockOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({journalOption, asOption, paletteOption, screenshotOption, unlockOption});
    parser.process(app);

    const QString palette = parser.value(paletteOption);
    if (!palette.isEmpty() && !applyNamedPalette(palette)) {
        std::fprintf(stderr, "twofold: --palette is light or dark\n");
        return 2;
    }
    const QString path = parser.isSet(journalOption) ? parser.value(journalOption) : core::defaultJournalPath();
    auto journal = chooseJournal(path);
    if (!journal) {
        return 0;
    }
    MainWindow window(std::move(journal));
    LaunchTimer::watch(&window, QStringLiteral("window"));
    LaunchTimer::watch(window.todayPage(), QStringLiteral("today page (unlocked)"));
    if (parser.isSet(asOption)) {
        if (const auto partner = window.session().journal().findPartner(parser.value(asOption))) {
            window.unlockPage()->selectPartner(partner->id);
        }
    }
    window.show();
    if (parser.isSet(screenshotOption)) {
        auto* tour = new ScreenshotTour(window, parser.value(screenshotOption),
                                        palette.isEmpty() ? QString() : QLatin1Char('-') + palette);
        tour->start();
    } else if (parser.isSet(unlockOption)) {
        window.unlockPage()->passphraseField()->setText(qEnvironmentVariable("TWOFOLD_PASSPHRASE"));
        QObject::connect(window.unlockPage(), &UnlockPage::unlocked, &window, [&window] {
            window.showJournal();
            LaunchTimer::watch(window.journalPage()->view()->viewport(), QStringLiteral("timeline (usable)"),
                               [] { QTimer::singleShot(100, qApp, &QApplication::quit); });
        });
        QTimer::singleShot(0, window.unlockPage(), &UnlockPage::unlock);
    }
    return app.exec();
}

} // namespace twofold::ui
