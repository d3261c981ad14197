#include "widgets/SecretField.h"

#include <QLineEdit>

#include <algorithm>

namespace twofold::ui {

namespace {

// Overwrites the characters the field holds, in place: text() shares the
// field's buffer, and constData() reads it without making a copy. Only when
// the field and this copy are its sole holders: a string someone else holds
// too (set with setText from their own) is theirs to keep, and text that is
// not on the heap (a literal) is no secret.
void overwrite(QLineEdit& field) {
    QString text = field.text();
    if (!text.data_ptr().isMutable() || text.data_ptr().d_ptr()->ref_.loadRelaxed() > 2) {
        return;
    }
    auto* chars = const_cast<QChar*>(text.constData()); // the field's own buffer, not a copy
    std::fill(chars, chars + text.size(), QChar(u'\0'));
}

} // namespace

core::crypto::SecretBytes copySecret(const QLineEdit& field) {
    QByteArray utf8 = field.text().toUtf8(); // a buffer of its own
    core::crypto::SecretBytes secret = core::crypto::SecretBytes::copyOf(utf8);
    std::fill(utf8.data(), utf8.data() + utf8.size(), '\0');
    return secret;
}

core::crypto::SecretBytes takeSecret(QLineEdit& field) {
    core::crypto::SecretBytes secret = copySecret(field);
    wipeField(field);
    return secret;
}

void wipeField(QLineEdit& field) {
    overwrite(field);
    field.clear();
}

} // namespace twofold::ui
