#pragma once

#include "appearance/DesktopColourScheme.h"

#include <QObject>
#include <QString>

#include <optional>

class QApplication;

namespace twofold::ui {

// System follows the desktop; Light and Dark hold whatever the desktop does.
enum class SchemeChoice { System, Light, Dark };

QString schemeChoiceName(SchemeChoice choice); // "system", "light", "dark"
std::optional<SchemeChoice> schemeChoiceFromName(const QString& name);

// The window's look on every launch: Twofold's own style (Fusion with
// edges and focus rings people can see) and its light or dark palette, as
// the person chose in Settings (saved in QSettings) or, by default, as the
// desktop prefers — switching live when either changes.
class Appearance : public QObject {
    Q_OBJECT
public:
    // Follows `desktop` (not owned; it must outlive this).
    explicit Appearance(DesktopColourScheme& desktop, QObject* parent = nullptr);

    // The one the application installed (install()), for Settings; null
    // before.
    static Appearance* current();
    // Sets the style, applies the palette and makes this current().
    void install();

    SchemeChoice choice() const { return m_choice; }
    // Saves the choice and applies it at once.
    void setChoice(SchemeChoice choice);
    // Applies a choice without saving it: Settings shows it while the
    // person decides; the saved one comes back with revert().
    void preview(SchemeChoice choice);
    void revert();
    bool isDark() const;

    static SchemeChoice savedChoice();

Q_SIGNALS:
    void changed(bool dark);

private:
    void apply();

    DesktopColourScheme& m_desktop;
    SchemeChoice m_choice;
    bool m_appliedDark = false;
    bool m_installed = false;
};

} // namespace twofold::ui
