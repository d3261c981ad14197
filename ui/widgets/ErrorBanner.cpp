#include "widgets/ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace twofold::ui {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("errorBanner"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    // A muted red that keeps text readable in light and dark palettes.
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(QStringLiteral("#5c2626")) : QColor(QStringLiteral("#fbe3e0")));
    pal.setColor(QPalette::WindowText, dark ? QColor(QStringLiteral("#ffe9e6")) : QColor(QStringLiteral("#5c1a14")));
    setPalette(pal);
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

} // namespace twofold::ui
