// twofold-devshell: the window driven for screenshots and launch
// measurements. A developer tool, built only with -DTWOFOLD_BUILD_DEVTOOLS=ON
// and never installed, so the product binary carries no hidden options.
// It opens the window through the same public classes a person's clicks
// reach (MainWindow, UnlockPage) and nothing else.
#include "AppInfo.h"
#include "Hardening.h"
#include "LaunchTimer.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "SearchLatency.h"
#include "Session.h"
#include "Translations.h"
#include "appearance/Appearance.h"
#include "journal/Journal.h"
#include "timeline/JournalPage.h"
#include "today/TodayPage.h"
#include "unlock/UnlockPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QListView>
#include <QTimer>

#include <cstdio>

using namespace twofold;

int main(int argc, char* argv[]) {
    core::hardenProcess();
    QApplication app(argc, argv);
    core::setApplicationIdentity();
    // The desktop's language, as twofold itself starts (LANG=de_DE.UTF-8
    // tools/screenshots.sh shows the German window).
    core::installTranslations();
    QApplication::setApplicationDisplayName(QStringLiteral("Twofold"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Drives the Twofold window for screenshots and measurements."));
    parser.addHelpOption();
    const QCommandLineOption journalOption(QStringLiteral("journal"), QStringLiteral("The journal file."),
                                           QStringLiteral("PATH"));
    const QCommandLineOption asOption(QStringLiteral("as"), QStringLiteral("Preselect this partner."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption paletteOption(QStringLiteral("palette"), QStringLiteral("light or dark."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Save every screen to DIR, then quit."), QStringLiteral("DIR"));
    // Unlock at once (passphrase from $TWOFOLD_PASSPHRASE, as the CLI reads
    // it), show the journal and, with TWOFOLD_FIRST_PAINT, quit once the
    // timeline has painted.
    const QCommandLineOption unlockOption(QStringLiteral("unlock"), QStringLiteral("Unlock and show the journal."));
    // With --unlock: type QUERY into the search field and measure how soon
    // the results paint; print the memory the window holds.
    const QCommandLineOption latencyOption(QStringLiteral("search-latency"),
                                           QStringLiteral("Measure keystroke to painted results for QUERY."),
                                           QStringLiteral("QUERY"));
    parser.addOptions({journalOption, asOption, paletteOption, screenshotOption, unlockOption, latencyOption});
    parser.process(app);

    // The look comes the way it comes for a user: Appearance on the
    // desktop's preference, or --palette as if chosen in Settings (shown,
    // not saved over the developer's own choice).
    ui::DesktopColourScheme desktopScheme;
    ui::Appearance appearance(desktopScheme);
    appearance.install();
    const QString palette = parser.value(paletteOption);
    if (!palette.isEmpty()) {
        const auto choice = ui::schemeChoiceFromName(palette);
        if (!choice || *choice == ui::SchemeChoice::System) {
            std::fprintf(stderr, "twofold-devshell: --palette is light or dark\n");
            return 2;
        }
        appearance.preview(*choice);
    }
    const QString path = parser.isSet(journalOption) ? parser.value(journalOption) : core::defaultJournalPath();
    auto journal = core::Journal::open(path);
    if (!journal) {
        std::fprintf(stderr, "twofold-devshell: %s\n", qPrintable(journal.error().message));
        return 3;
    }
    ui::MainWindow window(std::move(*journal));
    ui::LaunchTimer::watch(&window, QStringLiteral("window"));
    ui::LaunchTimer::watch(window.todayPage(), QStringLiteral("today page (unlocked)"));
    if (parser.isSet(asOption)) {
        if (const auto partner = window.session().journal().findPartner(parser.value(asOption))) {
            window.unlockPage()->selectPartner(partner->id);
        }
    }
    window.show();
    if (parser.isSet(screenshotOption)) {
        auto* tour = new ui::ScreenshotTour(window, parser.value(screenshotOption),
                                            palette.isEmpty() ? QString() : QLatin1Char('-') + palette);
        tour->start();
    } else if (parser.isSet(unlockOption)) {
        window.unlockPage()->passphraseField()->setText(qEnvironmentVariable("TWOFOLD_PASSPHRASE"));
        const QString latencyQuery = parser.value(latencyOption);
        QObject::connect(window.unlockPage(), &ui::UnlockPage::unlocked, &window, [&window, latencyQuery] {
            if (!latencyQuery.isEmpty()) {
                ui::measureSearchLatency(window, latencyQuery);
                return;
            }
            window.showJournal();
            ui::LaunchTimer::watch(window.journalPage()->view()->viewport(), QStringLiteral("timeline (usable)"),
                                   [] { QTimer::singleShot(100, qApp, &QApplication::quit); });
        });
        QTimer::singleShot(0, window.unlockPage(), &ui::UnlockPage::unlock);
    }
    return QApplication::exec();
}
