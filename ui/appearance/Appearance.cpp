#include "appearance/Appearance.h"

#include "appearance/TwofoldStyle.h"
#include "widgets/Palettes.h"

#include <QApplication>
#include <QPointer>
#include <QSettings>

namespace twofold::ui {

namespace {

const QString kChoiceKey = QStringLiteral("appearance/scheme");
QPointer<Appearance> g_current;

} // namespace

QString schemeChoiceName(SchemeChoice choice) {
    switch (choice) {
    case SchemeChoice::Light:
        return QStringLiteral("light");
    case SchemeChoice::Dark:
        return QStringLiteral("dark");
    case SchemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<SchemeChoice> schemeChoiceFromName(const QString& name) {
    for (const SchemeChoice choice : {SchemeChoice::System, SchemeChoice::Light, SchemeChoice::Dark}) {
        if (name == schemeChoiceName(choice)) {
            return choice;
        }
    }
    return std::nullopt;
}

Appearance::Appearance(DesktopColourScheme& desktop, QObject* parent)
    : QObject(parent)
    , m_desktop(desktop)
    , m_choice(savedChoice()) {
    connect(&m_desktop, &DesktopColourScheme::changed, this, [this] {
        if (m_choice == SchemeChoice::System) {
            apply();
        }
    });
}

Appearance* Appearance::current() {
    return g_current.data();
}

void Appearance::install() {
    // The style takes the application's palette as it was set; Fusion
    // draws every palette the same way on every desktop.
    QApplication::setStyle(new TwofoldStyle);
    m_installed = true;
    g_current = this;
    apply();
}

SchemeChoice Appearance::savedChoice() {
    return schemeChoiceFromName(QSettings().value(kChoiceKey).toString()).value_or(SchemeChoice::System);
}

void Appearance::setChoice(SchemeChoice choice) {
    QSettings().setValue(kChoiceKey, schemeChoiceName(choice));
    m_choice = choice;
    apply();
}

void Appearance::preview(SchemeChoice choice) {
    m_choice = choice;
    apply();
}

void Appearance::revert() {
    m_choice = savedChoice();
    apply();
}

bool Appearance::isDark() const {
    switch (m_choice) {
    case SchemeChoice::Light:
        return false;
    case SchemeChoice::Dark:
        return true;
    case SchemeChoice::System:
        break;
    }
    return m_desktop.preference() == DesktopColourScheme::Preference::Dark;
}

void Appearance::apply() {
    if (!m_installed) {
        return;
    }
    const bool dark = isDark();
    if (dark == m_appliedDark && QApplication::palette() == (dark ? darkPalette() : lightPalette())) {
        return;
    }
    // Every widget gets a PaletteChange and repaints; painted icons and
    // banners re-tint themselves there.
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    m_appliedDark = dark;
    Q_EMIT changed(dark);
}

} // namespace twofold::ui
