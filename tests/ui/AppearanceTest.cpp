// The look a couple gets on a real launch: Twofold's palettes by default,
// following the desktop's light or dark (the XDG portal's signal simulated
// here), a choice in Settings that holds over it, and control edges people
// can see — measured on rendered pixels, not on the palette's numbers.
#include "appearance/Appearance.h"

#include "UiTestSupport.h"
#include "appearance/DesktopColourScheme.h"
#include "editor/VisibilityToggle.h"
#include "settings/SettingsDialog.h"
#include "timeline/EntryCalendar.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Palettes.h"

#include <QApplication>
#include <QCheckBox>
#include <QDBusVariant>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyleOptionFrame>
#include <QTest>
#include <QTextCharFormat>
#include <QToolButton>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace twofold;
using ui::Appearance;
using ui::DesktopColourScheme;
using ui::SchemeChoice;

namespace {

const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kColorScheme = QStringLiteral("color-scheme");

QDBusVariant portalValue(uint scheme) {
    return QDBusVariant(QVariant::fromValue(scheme));
}

bool applicationIsDark() {
    return ui::isDarkPalette(QApplication::palette());
}

// A fresh start: nothing chosen in Settings yet.
struct FreshSettings {
    FreshSettings() { QSettings().remove(QStringLiteral("appearance")); }
    ~FreshSettings() { QSettings().remove(QStringLiteral("appearance")); }
};

} // namespace

TEST_CASE("the desktop's dark preference is followed live, and the portal's wrapped values are read",
          "[ui][appearance]") {
    FreshSettings fresh;
    DesktopColourScheme desktop{DesktopColourScheme::Detached{}};
    Appearance appearance(desktop);
    appearance.install();
    CHECK(QApplication::style()->objectName() == QStringLiteral("twofold"));
    // No preference: Twofold's light palette, not the stock one.
    CHECK_FALSE(applicationIsDark());
    CHECK(QApplication::palette().color(QPalette::Window) == ui::lightPalette().color(QPalette::Window));

    // The banner sits in a window, as it does in the app: Qt tells child
    // widgets of an application palette change.
    QWidget host;
    ui::ErrorBanner banner(&host);
    auto* toggle = new ui::VisibilityToggle(&host);
    toggle->setVisibility(core::Visibility::Private);
    const QColor lightBanner = banner.palette().color(QPalette::Window);
    REQUIRE(toggle->styleSheet().contains(ui::onlyYouLook(ui::lightPalette()).tint.name()));
    desktop.portalSettingChanged(kAppearance, kColorScheme, portalValue(1));
    QCoreApplication::processEvents(); // Qt posts the news while the event loop runs
    CHECK(applicationIsDark());
    CHECK(toggle->styleSheet().contains(ui::onlyYouLook(ui::darkPalette()).tint.name()));
    // What tints itself re-tints on the switch.
    CHECK(banner.palette().color(QPalette::Window) != lightBanner);
    CHECK(ui::isDarkPalette(banner.palette()));

    // Other settings in the namespace change nothing.
    desktop.portalSettingChanged(kAppearance, QStringLiteral("accent-color"), portalValue(2));
    CHECK(applicationIsDark());
    desktop.portalSettingChanged(kAppearance, kColorScheme, portalValue(2));
    CHECK_FALSE(applicationIsDark());
    desktop.portalSettingChanged(kAppearance, kColorScheme, portalValue(0));
    CHECK_FALSE(applicationIsDark());

    // Portals reply v, or v of v; anything else is no preference.
    const QVariant twice = QVariant::fromValue(QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant(1u)))));
    CHECK(DesktopColourScheme::fromPortalValue(twice) == DesktopColourScheme::Preference::Dark);
    CHECK(DesktopColourScheme::fromPortalValue(QVariant(QStringLiteral("dark"))) ==
          DesktopColourScheme::Preference::None);
    CHECK(DesktopColourScheme::fromPortalValue(QVariant(7u)) == DesktopColourScheme::Preference::None);
}

TEST_CASE("a choice of Light or Dark holds over the desktop and is kept for the next launch", "[ui][appearance]") {
    FreshSettings fresh;
    DesktopColourScheme desktop{DesktopColourScheme::Detached{}};
    {
        Appearance appearance(desktop);
        appearance.install();
        desktop.portalSettingChanged(kAppearance, kColorScheme, portalValue(1));
        REQUIRE(applicationIsDark());
        appearance.setChoice(SchemeChoice::Light);
        CHECK_FALSE(applicationIsDark());
        // The desktop switching again does not override the choice.
        desktop.portalSettingChanged(kAppearance, kColorScheme, portalValue(2));
        desktop.portalSettingChanged(kAppearance, kColorScheme, portalValue(1));
        CHECK_FALSE(applicationIsDark());
    }
    // The next launch reads it back.
    CHECK(Appearance::savedChoice() == SchemeChoice::Light);
    Appearance next(desktop);
    next.install();
    CHECK_FALSE(applicationIsDark());
    next.setChoice(SchemeChoice::System);
    CHECK(applicationIsDark()); // the desktop still prefers dark
}

TEST_CASE("Settings shows a scheme at once; Cancel goes back, OK keeps it", "[ui][appearance][settings]") {
    FreshSettings fresh;
    DesktopColourScheme desktop{DesktopColourScheme::Detached{}};
    Appearance appearance(desktop);
    appearance.install();
    {
        ui::SettingsDialog dialog;
        REQUIRE(dialog.schemeButton(SchemeChoice::System)->isChecked());
        QTest::mouseClick(dialog.schemeButton(SchemeChoice::Dark), Qt::LeftButton);
        CHECK(applicationIsDark());
        dialog.reject();
        CHECK_FALSE(applicationIsDark());
        CHECK(Appearance::savedChoice() == SchemeChoice::System);
    }
    {
        ui::SettingsDialog dialog;
        QTest::mouseClick(dialog.schemeButton(SchemeChoice::Dark), Qt::LeftButton);
        dialog.accept();
        CHECK(applicationIsDark());
        CHECK(Appearance::savedChoice() == SchemeChoice::Dark);
    }
    ui::SettingsDialog again;
    CHECK(again.schemeButton(SchemeChoice::Dark)->isChecked());
}

namespace {

// The contrast between a control's edge and the colours on either side of
// it, read from pixels: the middle of its left edge, two pixels outside
// (the window) and `inward` pixels inside (short of any text).
struct EdgeContrast {
    double outside = 0;
    double inside = 0;
};

EdgeContrast edgeContrast(const QImage& image, QPoint edge, int inward) {
    const QColor line = image.pixelColor(edge);
    const QColor out = image.pixelColor(edge - QPoint(2, 0));
    const QColor in = image.pixelColor(edge + QPoint(inward, 0));
    return {ui::contrastRatio(line, out), ui::contrastRatio(line, in)};
}

QPoint leftMiddle(const QWidget* widget, const QWidget* root) {
    return widget->mapTo(root, QPoint(0, widget->height() / 2));
}

} // namespace

TEST_CASE("control edges and the focus ring reach 3:1 in both palettes, measured on the rendered window",
          "[ui][appearance][contrast]") {
    FreshSettings fresh;
    DesktopColourScheme desktop{DesktopColourScheme::Detached{}};
    Appearance appearance(desktop);
    appearance.install();
    for (const SchemeChoice scheme : {SchemeChoice::Light, SchemeChoice::Dark}) {
        appearance.preview(scheme);
        INFO((scheme == SchemeChoice::Dark ? "dark" : "light"));
        QWidget window;
        window.setAutoFillBackground(true);
        auto* layout = new QVBoxLayout(&window);
        layout->setContentsMargins(24, 24, 24, 24);
        auto* field = new QLineEdit(QStringLiteral("Our week"), &window);
        auto* check = new QCheckBox(QStringLiteral("Include private entries"), &window);
        auto* button = new QPushButton(QStringLiteral("Export…"), &window);
        auto* spin = new QSpinBox(&window);
        auto* segment = new QPushButton(QStringLiteral("Dark"), &window);
        segment->setCheckable(true);
        segment->setChecked(true);
        for (QWidget* w : std::initializer_list<QWidget*>{field, check, button, spin, segment}) {
            layout->addWidget(w);
        }
        window.resize(360, 240);
        window.show();
        const QImage shot = window.grab().toImage();

        const EdgeContrast fieldEdge = edgeContrast(shot, leftMiddle(field, &window), 2);
        CHECK(fieldEdge.outside >= 3.0);
        CHECK(fieldEdge.inside >= 3.0);
        const EdgeContrast spinEdge = edgeContrast(shot, leftMiddle(spin, &window), 2);
        CHECK(spinEdge.outside >= 3.0);
        CHECK(spinEdge.inside >= 3.0);
        const EdgeContrast buttonEdge = edgeContrast(shot, leftMiddle(button, &window), 3);
        CHECK(buttonEdge.outside >= 3.0);
        // The chosen segment of a choice is filled with the ink accent.
        const QColor chosenFill = shot.pixelColor(segment->mapTo(&window, QPoint(4, segment->height() / 2)));
        CHECK(chosenFill == QApplication::palette().color(QPalette::Highlight));
        CHECK(ui::contrastRatio(chosenFill, QApplication::palette().color(QPalette::Window)) >= 3.0);

        QStyleOptionButton boxOption;
        boxOption.initFrom(check);
        const QRect indicator = check->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &boxOption, check);
        const QPoint boxEdge = check->mapTo(&window, QPoint(indicator.left(), indicator.center().y()));
        const EdgeContrast checkEdge = edgeContrast(shot, boxEdge, 3);
        CHECK(checkEdge.outside >= 3.0);
        CHECK(checkEdge.inside >= 3.0);

        // The focus ring, drawn by the style for a focused field.
        QImage ring(120, 32, QImage::Format_ARGB32_Premultiplied);
        ring.fill(QApplication::palette().color(QPalette::Window));
        {
            QPainter painter(&ring);
            QStyleOptionFrame frame;
            frame.initFrom(field);
            frame.rect = QRect(8, 4, 100, 24);
            frame.state |= QStyle::State_HasFocus | QStyle::State_Enabled;
            frame.lineWidth = 1;
            QApplication::style()->drawPrimitive(QStyle::PE_FrameLineEdit, &frame, &painter, field);
        }
        const EdgeContrast focus = edgeContrast(ring, QPoint(9, 16), 3);
        CHECK(focus.outside >= 3.0);
    }
}

TEST_CASE("selection is the neutral ink, never a partner's colour", "[ui][appearance]") {
    for (const QPalette& palette : {ui::lightPalette(), ui::darkPalette()}) {
        const QColor highlight = palette.color(QPalette::Highlight);
        // Ink: no hue to speak of.
        CHECK(highlight.hsvSaturation() < 30);
        CHECK(ui::contrastRatio(highlight, palette.color(QPalette::Window)) >= 3.0);
        CHECK(ui::contrastRatio(palette.color(QPalette::HighlightedText), highlight) >= 4.5);
        const ui::OnlyYouLook onlyYou = ui::onlyYouLook(palette);
        CHECK(ui::contrastRatio(onlyYou.text, onlyYou.tint) >= 4.5);
        CHECK(ui::contrastRatio(onlyYou.border, palette.color(QPalette::Window)) >= 3.0);
        CHECK(ui::contrastRatio(ui::warningText(palette), palette.color(QPalette::Window)) >= 4.5);
        CHECK(ui::contrastRatio(ui::errorText(palette), palette.color(QPalette::Window)) >= 4.5);
        CHECK(ui::contrastRatio(ui::errorText(palette), palette.color(QPalette::Base)) >= 4.5);
    }
}

TEST_CASE("the calendar has no red weekends and drawn arrows, in both palettes", "[ui][appearance][calendar]") {
    FreshSettings fresh;
    DesktopColourScheme desktop{DesktopColourScheme::Detached{}};
    Appearance appearance(desktop);
    appearance.install();
    QWidget host;
    auto* calendar = new ui::EntryCalendar(&host);
    host.show();
    QCoreApplication::processEvents();
    for (const SchemeChoice scheme : {SchemeChoice::Light, SchemeChoice::Dark}) {
        appearance.preview(scheme);
        // The calendar restyles itself after its own handling of the switch.
        REQUIRE(test::waitUntil([&] {
            return calendar->weekdayTextFormat(Qt::Sunday).foreground().color() ==
                   QApplication::palette().color(QPalette::Text);
        }));
        CHECK(calendar->weekdayTextFormat(Qt::Saturday).foreground().color() ==
              QApplication::palette().color(QPalette::Text));
        auto* next = calendar->findChild<QToolButton*>(QStringLiteral("qt_calendar_nextmonth"));
        REQUIRE(next);
        CHECK(next->accessibleName() == QStringLiteral("Next month"));
        CHECK_FALSE(next->icon().isNull());
    }
}
