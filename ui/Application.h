#pragma once

class QApplication;

namespace twofold::ui {

// Everything between main() and the event loop: options, palette, the
// first-start welcome or the journal to open, and the window.
int runApplication(QApplication& app);

} // namespace twofold::ui
