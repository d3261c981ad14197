#pragma once

#include "domain/Entry.h"

#include <QString>

// What the window says about security and state, in one place (UX.md's
// words: warm, plain, second person, what people can do rather than what
// the cryptography does). One file for the translators to follow, and one
// place to change a sentence everywhere it appears.
namespace twofold::ui::words {

// The locked screen: why it locked, and that nothing was lost.
QString lockedAfterIdle(int minutes);
QString lockedByYou();
QString lockedWithTheScreen();
QString lockedBecauseKeysChanged();
QString lockedWithoutNewPassphrase();
// Who wrote an entry, as far as the journal can tell: "Sam · imported by
// Alex" for writing imported in Sam's name, "Sam — not verified as Sam's"
// when the signature does not check; else the name.
QString byline(const core::Entry& entry);
// "Sam · imported by Alex" for an answer or check-in part imported in Sam's
// name (`importedBy` not empty), "Sam — not verified as Sam's" when its
// signature does not check; else the author's name.
QString writtenBy(const QString& author, const QString& importedBy,
                  core::Authorship authorship = core::Authorship::Verified);
QString draftIsSafe();

// Unlocking.
QString chooseWhoYouAre();
QString typeYourPassphrase(const QString& name);
QString opensWithoutPassphrase(const QString& name);
QString wrongPassphrase();
QString unlocking();

// Passphrases and recovery.
QString replaceRecoveryCode();
QString changePassphrase();
QString addPassphrase();

// Who reads what.
QString onlyYouCanRead(const QString& partner);
QString pdfIsNotLocked();

} // namespace twofold::ui::words
