#pragma once

#include <QObject>
#include <QVariant>

class QDBusVariant;

namespace twofold::ui {

// What the desktop prefers, light or dark, as the XDG Settings portal says
// (org.freedesktop.appearance color-scheme; Qt 6.4 has no colour-scheme
// hint of its own). Read once at start, then followed live through the
// portal's SettingChanged signal. Without a session bus or a portal the
// desktop has no preference, and Twofold is light.
class DesktopColourScheme : public QObject {
    Q_OBJECT
public:
    enum class Preference { None, Dark, Light };

    // Connected: asks the portal now and subscribes to its changes.
    explicit DesktopColourScheme(QObject* parent = nullptr);
    // Not connected to any bus: for tests, which feed it portal signals.
    struct Detached {};
    DesktopColourScheme(Detached, QObject* parent = nullptr);

    Preference preference() const { return m_preference; }

    // The portal's value: 0 no preference, 1 prefer dark, 2 prefer light,
    // possibly wrapped in variants (older portals reply v of v of u).
    static Preference fromPortalValue(const QVariant& value);

public Q_SLOTS:
    // org.freedesktop.portal.Settings.SettingChanged(s namespace, s key, v value)
    void portalSettingChanged(const QString& ns, const QString& key, const QDBusVariant& value);

Q_SIGNALS:
    void changed();

private:
    void setPreference(Preference preference);

    Preference m_preference = Preference::None;
};

} // namespace twofold::ui
