#pragma once

#include <QByteArray>
#include <QString>

namespace twofold::bench {

// Each partner's passphrase in the generated journals.
QByteArray passphraseOf(const QString& name);

// Creates a journal for Alex and Sam at `path` — protected like a real one,
// with the cheapest Argon2 parameters so that Argon2's deliberate cost
// (measured on its own) stays out of the other figures — and fills it with
// `entries` of about 200 words over `spanDays`, plus `checkins`. Returns 0,
// or 1 after printing why it could not.
int createBenchJournal(const QString& path, int entries, int spanDays, int checkins);

} // namespace twofold::bench
