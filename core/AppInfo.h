#pragma once

#include <QString>

namespace twofold::core {

// Names shared by the window and the CLI, so both find the same default
// journal and settings. Call before using QStandardPaths or QSettings.
void setApplicationIdentity();

// $TWOFOLD_JOURNAL, else journal.twofold in the app-data folder.
QString defaultJournalPath();

QString applicationVersion();

} // namespace twofold::core
