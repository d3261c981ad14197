#pragma once

#include <QLocale>
#include <QStringList>

namespace twofold::core {

// Puts the window and the CLI into the person's language: Twofold's own
// catalogue (embedded, :/i18n/twofold_LANG.qm) and Qt's qtbase catalogue
// (QLibraryInfo's translations folder; Debian: qt6-translations-l10n) for
// the first of the locale's UI languages that Twofold has. English is the
// source language: a locale that prefers English before any catalogue gets
// none. Call after QCoreApplication exists; calling again replaces what an
// earlier call installed. Returns the catalogue files it installed (empty
// when the strings stay English), so a caller or a test can tell.
QStringList installTranslations(const QLocale& locale = QLocale::system());

} // namespace twofold::core
