#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace twofold::ui {

// What `twofold` was asked to do on its command line.
struct LaunchOptions {
    QString journalPath; // FILE, else --journal, else empty (the default journal)
    QString partner;     // --as: preselected on the unlock screen
};

// The outcome of reading the command line: options to start the window
// with, or an exit code once --help, --version or a mistake has been
// answered on stdout/stderr.
struct ParsedLaunch {
    std::optional<LaunchOptions> options;
    int exitCode = 0;
};

// Reads twofold's command line (`twofold [--journal PATH] [--as NAME] [FILE]`,
// plus Qt's own -platform, -style … which QApplication reads later) before
// any GUI exists, so --help and --version work without a display — and so
// help2man can make the man page from them at build time. `arguments`
// includes the program name, like QCoreApplication::arguments().
ParsedLaunch parseCommandLine(const QStringList& arguments);

} // namespace twofold::ui
