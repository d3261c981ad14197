#pragma once

class QApplication;

namespace twofold::ui {

struct LaunchOptions;

// Everything between main() and the event loop: palette, one window per
// journal, the first-start welcome or the journal to open, and the window.
// The command line was read before the application existed (CommandLine.h).
int runApplication(QApplication& app, const LaunchOptions& options);

} // namespace twofold::ui
