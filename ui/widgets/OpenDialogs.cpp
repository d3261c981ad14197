#include "widgets/OpenDialogs.h"

#include <QApplication>
#include <QDialog>
#include <QVariant>
#include <QWidget>

namespace twofold::ui::open_dialogs {

namespace {

constexpr char kBusy[] = "twofoldBusy";

// Rejected; and closed even where reject() would keep it open (a new
// recovery code not yet confirmed as kept): an unattended screen must not
// show it, and the passphrase just set still opens the journal. Busy
// dialogs never get here (anyBusy() is waited out first).
void close(QDialog* dialog) {
    dialog->reject();
    if (dialog->isVisible()) {
        dialog->done(QDialog::Rejected);
    }
}

} // namespace

void markBusy(QWidget* dialog, bool busy) {
    dialog->setProperty(kBusy, busy);
}

bool anyBusy() {
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && window->property(kBusy).toBool()) {
            return true;
        }
    }
    return false;
}

void closeAll() {
    while (QWidget* popup = QApplication::activePopupWidget()) {
        popup->close();
        if (QApplication::activePopupWidget() == popup) {
            break; // a popup that would not close
        }
    }
    // The modal one on top first, so each exec() unwinds in order.
    while (QWidget* modal = QApplication::activeModalWidget()) {
        if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            close(dialog);
        } else {
            modal->close();
        }
        if (QApplication::activeModalWidget() == modal) {
            return; // it would not close: those below it stay too
        }
    }
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(window); dialog && dialog->isVisible()) {
            close(dialog);
        }
    }
}

} // namespace twofold::ui::open_dialogs
