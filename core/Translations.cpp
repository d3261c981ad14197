#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace twofold::core {

namespace {

// The translators live as long as the program; a second call swaps them.
std::unique_ptr<QTranslator>& twofoldTranslator() {
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& qtTranslator() {
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void uninstall(std::unique_ptr<QTranslator>& translator) {
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

// "de-DE" → {"de_DE", "de"}: the full name first, then the language alone.
QStringList candidates(const QString& uiLanguage) {
    QString name = uiLanguage;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList names{name};
    const qsizetype cut = name.indexOf(QLatin1Char('_'));
    if (cut > 0) {
        names.append(name.left(cut));
    }
    return names;
}

} // namespace

QStringList installTranslations(const QLocale& locale) {
    uninstall(twofoldTranslator());
    uninstall(qtTranslator());
    QStringList installed;
    for (const QString& uiLanguage : locale.uiLanguages()) {
        if (uiLanguage == QLatin1String("C") || uiLanguage.startsWith(QLatin1String("en"))) {
            break; // the source language comes first: stay English
        }
        for (const QString& name : candidates(uiLanguage)) {
            auto own = std::make_unique<QTranslator>();
            // load() tries twofold_de_AT.qm, then twofold_de.qm.
            if (!own->load(QStringLiteral(":/i18n/twofold_%1.qm").arg(name))) {
                continue;
            }
            QCoreApplication::installTranslator(own.get());
            installed.append(own->filePath());
            twofoldTranslator() = std::move(own);
            // Qt's own words (buttons of standard dialogs, QCommandLineParser)
            // in the same language; missing when the package is not installed.
            auto qt = std::make_unique<QTranslator>();
            const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
            if (qt->load(QStringLiteral("qtbase_%1").arg(name), qtFolder)) {
                QCoreApplication::installTranslator(qt.get());
                installed.append(qt->filePath());
                qtTranslator() = std::move(qt);
            }
            return installed;
        }
    }
    return installed;
}

} // namespace twofold::core
