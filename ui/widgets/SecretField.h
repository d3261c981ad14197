#pragma once

#include "crypto/SecretBytes.h"

class QLineEdit;

namespace twofold::ui {

// Takes what was typed into a passphrase field out of it, into memory that
// is wiped when it goes (crypto::SecretBytes): the UTF-8 copy made on the way
// is wiped, and the field's own text is overwritten where it lies, then
// cleared. No QString or QByteArray of it is kept. What Qt freed while the
// person typed (each keystroke may move the text) is out of reach.
core::crypto::SecretBytes takeSecret(QLineEdit& field);
// The same, leaving the field as it is (the welcome keeps both partners'
// passphrases in their fields until the journal is made).
core::crypto::SecretBytes copySecret(const QLineEdit& field);
// Overwrites and clears a field whose text is not needed (the repeated
// passphrase, once compared).
void wipeField(QLineEdit& field);

} // namespace twofold::ui
