#include "widgets/SecretField.h"

#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

// A passphrase leaves its field into wiped memory (issue 16: "passphrases in
// SecretBytes from the widget on, no QString copies kept").

using namespace twofold;

namespace {

QByteArray bytesOf(const core::crypto::SecretBytes& secret) {
    return QByteArray(secret.view()); // a copy, for comparing in the test only
}

} // namespace

TEST_CASE("a typed passphrase is taken out of its field as its UTF-8 bytes, and the field is empty", "[ui][secrets]") {
    QLineEdit field;
    field.setEchoMode(QLineEdit::Password);
    const QString typed = QStringLiteral("Kaffee im Bett 7 ☕ é");
    QTest::keyClicks(&field, QStringLiteral("Kaffee im Bett 7"));
    field.insert(QString::fromUtf8(" ☕ é")); // as an input method would: keyClicks is Latin-1 only
    REQUIRE(field.text() == typed);
    const core::crypto::SecretBytes secret = ui::takeSecret(field);
    CHECK(bytesOf(secret) == typed.toUtf8());
    CHECK(field.text().isEmpty());
    // An empty field gives empty bytes.
    CHECK(ui::takeSecret(field).empty());
}

TEST_CASE("copying a passphrase leaves the field; wiping a field leaves strings others hold", "[ui][secrets]") {
    QLineEdit field;
    field.setEchoMode(QLineEdit::Password);
    QTest::keyClicks(&field, QStringLiteral("both of us"));
    CHECK(bytesOf(ui::copySecret(field)) == QByteArray("both of us"));
    CHECK(field.text() == QStringLiteral("both of us"));
    ui::wipeField(field);
    CHECK(field.text().isEmpty());

    // A string handed to setText and still held by its owner shares the
    // field's buffer: the wipe must not overwrite the owner's string.
    const QString kept = QString::fromUtf8("the owner's own words");
    field.setText(kept);
    ui::wipeField(field);
    CHECK(field.text().isEmpty());
    CHECK(kept == QStringLiteral("the owner's own words"));
    // Nor a literal, which is not on the heap at all.
    field.setText(QStringLiteral("a literal"));
    ui::wipeField(field);
    CHECK(field.text().isEmpty());
}
