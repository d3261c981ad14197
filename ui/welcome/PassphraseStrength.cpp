#include "welcome/PassphraseStrength.h"

#include <QCoreApplication>

namespace twofold::ui {

QString describeStrength(const PassphraseStrength& strength) {
    switch (strength.level) {
    case PassphraseStrength::Level::Empty:
        return QCoreApplication::translate("PassphraseStrength", "No passphrase: anyone with the file can read this "
                                                                 "partner's private writing.");
    case PassphraseStrength::Level::Weak:
        return QCoreApplication::translate("PassphraseStrength", "Weak: easy to guess. Try a few unrelated words.");
    case PassphraseStrength::Level::Fair:
        return QCoreApplication::translate("PassphraseStrength", "Fair: longer would be safer.");
    case PassphraseStrength::Level::Good:
        return QCoreApplication::translate("PassphraseStrength", "Good.");
    case PassphraseStrength::Level::Strong:
        return QCoreApplication::translate("PassphraseStrength", "Strong.");
    }
    return {};
}

} // namespace twofold::ui
