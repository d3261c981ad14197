#include "widgets/ErrorBanner.h"

#include "widgets/FollowPalette.h"
#include "widgets/Palettes.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace twofold::ui {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("errorBanner"));
    setAutoFillBackground(true);
    applyLook();
    followPalette(this, [this] { applyLook(); });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    m_text->setWordWrap(true);
    m_text->setAccessibleName(tr("Error"));
    layout->addWidget(m_text, 1);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Dismiss the message"));
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showMessage(const QString& message) {
    m_text->setText(message);
    show();
}

QString ErrorBanner::message() const {
    return isVisible() ? m_text->text() : QString();
}

void ErrorBanner::applyLook() {
    // A muted red that keeps text readable in light and dark palettes,
    // worked out again when the application switches between them.
    // Only these two roles are the banner's own.
    const bool dark = isDarkPalette(QApplication::palette());
    QPalette pal;
    pal.setColor(QPalette::Window, dark ? QColor(0x5c, 0x26, 0x26) : QColor(0xfb, 0xe3, 0xe0));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe9, 0xe6) : QColor(0x5c, 0x1a, 0x14));
    setPalette(pal);
}

} // namespace twofold::ui
