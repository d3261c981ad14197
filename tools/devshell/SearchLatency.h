#pragma once

#include <QString>

namespace twofold::ui {

class MainWindow;

// Measures, in a running window, how long after a keystroke the search
// results are painted: types `query` one character at a time into the
// search field (as a person would, through the field's textChanged) and
// waits for the result list's repaint. Prints the median and the worst, and
// the process's resident memory once the index is ready, then quits.
void measureSearchLatency(MainWindow& window, const QString& query);

} // namespace twofold::ui
