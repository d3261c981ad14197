#pragma once

class QWidget;

// The dialogs open over the window, as locking sees them. Locking (idle,
// the desktop's screen lock) closes them first, so nothing of the journal
// stays on screen behind the lock: a dialog left open must not keep the
// window unlocked. A dialog whose work holds the journal's keys (a
// passphrase change, an export being written) marks itself busy while that
// work runs, and locking waits for it instead of pulling the keys away
// mid-way.
namespace twofold::ui::open_dialogs {

void markBusy(QWidget* dialog, bool busy);
// Any visible window of the application marked busy.
bool anyBusy();
// Closes open menus and every visible dialog, innermost first (as
// rejected, also one that would ask to be kept open). Their exec() loops
// return once control is back in the event loop.
void closeAll();

} // namespace twofold::ui::open_dialogs
