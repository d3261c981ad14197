#include "appearance/DesktopColourScheme.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>

namespace twofold::ui {

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kNamespace = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");
// The portal answers in milliseconds; a hung one must not hold up the
// window for long (the look then follows its signal once it wakes).
constexpr int kReadTimeoutMs = 300;

} // namespace

DesktopColourScheme::DesktopColourScheme(QObject* parent)
    : QObject(parent) {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return;
    }
    bus.connect(kService, kPath, kInterface, QStringLiteral("SettingChanged"), this,
                SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
    QDBusMessage read = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Read"));
    read << kNamespace << kKey;
    const QDBusMessage reply = bus.call(read, QDBus::Block, kReadTimeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
        m_preference = fromPortalValue(reply.arguments().constFirst());
    }
}

DesktopColourScheme::DesktopColourScheme(Detached, QObject* parent)
    : QObject(parent) {}

DesktopColourScheme::Preference DesktopColourScheme::fromPortalValue(const QVariant& value) {
    QVariant v = value;
    // Unwrap v, v of v, and a demarshalled QDBusArgument holding a variant.
    for (int depth = 0; depth < 4; ++depth) {
        if (v.canConvert<QDBusVariant>() && v.metaType() == QMetaType::fromType<QDBusVariant>()) {
            v = v.value<QDBusVariant>().variant();
        } else if (v.metaType() == QMetaType::fromType<QDBusArgument>()) {
            QDBusVariant inner;
            v.value<QDBusArgument>() >> inner;
            v = inner.variant();
        } else {
            break;
        }
    }
    bool ok = false;
    const uint scheme = v.toUInt(&ok);
    if (!ok) {
        return Preference::None;
    }
    switch (scheme) {
    case 1:
        return Preference::Dark;
    case 2:
        return Preference::Light;
    default:
        return Preference::None;
    }
}

void DesktopColourScheme::portalSettingChanged(const QString& ns, const QString& key, const QDBusVariant& value) {
    if (ns == kNamespace && key == kKey) {
        setPreference(fromPortalValue(value.variant()));
    }
}

void DesktopColourScheme::setPreference(Preference preference) {
    if (preference != m_preference) {
        m_preference = preference;
        Q_EMIT changed();
    }
}

} // namespace twofold::ui
