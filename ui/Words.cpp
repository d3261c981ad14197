#include "Words.h"

#include <QCoreApplication>

namespace twofold::ui::words {

// QCoreApplication::translate spelled out each time, with the context
// "Words", so that lupdate finds every sentence.

QString lockedAfterIdle(int minutes) {
    return QCoreApplication::translate("Words", "Locked after %n minutes away.", nullptr, minutes);
}

QString lockedByYou() {
    return QCoreApplication::translate("Words", "Locked.");
}

QString lockedWithTheScreen() {
    return QCoreApplication::translate("Words", "Locked when your screen locked.");
}

QString writtenBy(const QString& author, const QString& importedBy, core::Authorship authorship) {
    QString by = importedBy.isEmpty()
                     ? author
                     : QCoreApplication::translate("Words", "%1 · imported by %2").arg(author, importedBy);
    if (authorship == core::Authorship::Unverified) {
        by = QCoreApplication::translate("Words", "%1 — not verified as %2's").arg(by, author);
    }
    return by;
}

QString byline(const core::Entry& entry) {
    return writtenBy(entry.authorName, entry.importedByName, entry.authorship);
}

QString lockedWithoutNewPassphrase() {
    return QCoreApplication::translate("Words", "Locked again. Your recovery code opens the journal only to choose a "
                                                "new passphrase; it still works for that.");
}

QString lockedBecauseKeysChanged() {
    return QCoreApplication::translate(
        "Words", "Locked because the journal's keys were changed elsewhere, in another window or with twofold-cli. "
                 "Unlock again to go on.");
}

QString draftIsSafe() {
    return QCoreApplication::translate("Words", "Your draft is safe.");
}

QString chooseWhoYouAre() {
    return QCoreApplication::translate("Words", "Choose who you are.");
}

QString typeYourPassphrase(const QString& name) {
    return QCoreApplication::translate("Words", "Hello %1. Type your passphrase to come in.").arg(name);
}

QString opensWithoutPassphrase(const QString& name) {
    return QCoreApplication::translate("Words",
                                       "Hello %1. You haven't set a passphrase, so the journal opens straight away.")
        .arg(name);
}

QString wrongPassphrase() {
    return QCoreApplication::translate("Words", "That passphrase isn't right. Check Caps Lock and try again.");
}

QString unlocking() {
    return QCoreApplication::translate("Words", "Opening…");
}

QString replaceRecoveryCode() {
    return QCoreApplication::translate(
        "Words", "You came in with your recovery code, which opens the journal only to choose a new passphrase. "
                 "Once you have, the old code stops working and you'll get a new one to keep.");
}

QString changePassphrase() {
    return QCoreApplication::translate(
        "Words", "Choose a new passphrase. Your old one and your old recovery code stop working.");
}

QString addPassphrase() {
    return QCoreApplication::translate(
        "Words", "With a passphrase, nobody who gets hold of the file can read your private writing. This takes a "
                 "moment.");
}

QString onlyYouCanRead(const QString& partner) {
    return partner.isEmpty()
               ? QCoreApplication::translate("Words",
                                             "Only you can read this. Your partner won't see it, not even in search.")
               : QCoreApplication::translate("Words", "Only you can read this. %1 won't see it, not even in search.")
                     .arg(partner);
}

QString pdfIsNotLocked() {
    return QCoreApplication::translate("Words", "A PDF isn't locked: anyone who opens the file can read it.");
}

} // namespace twofold::ui::words
