#include "AppInfo.h"
#include "Application.h"
#include "CommandLine.h"
#include "Hardening.h"
#include "Translations.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    twofold::core::hardenProcess();
    twofold::core::setApplicationIdentity();
    // Before QApplication: --help and --version need no display. A plain
    // QCoreApplication meanwhile carries the translations, so the help
    // speaks the person's language too.
    twofold::ui::ParsedLaunch launch;
    {
        QCoreApplication parsing(argc, argv);
        twofold::core::installTranslations();
        launch = twofold::ui::parseCommandLine(QCoreApplication::arguments());
    }
    if (!launch.options) {
        return launch.exitCode;
    }
    QApplication app(argc, argv);
    twofold::core::installTranslations();
    return twofold::ui::runApplication(app, *launch.options);
}
