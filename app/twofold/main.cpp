#include "AppInfo.h"
#include "Application.h"
#include "CommandLine.h"
#include "Hardening.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    twofold::core::hardenProcess();
    twofold::core::setApplicationIdentity();
    // Before QApplication: --help and --version need no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const twofold::ui::ParsedLaunch launch = twofold::ui::parseCommandLine(arguments);
    if (!launch.options) {
        return launch.exitCode;
    }
    QApplication app(argc, argv);
    return twofold::ui::runApplication(app, *launch.options);
}
