#include "widgets/UndoBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace twofold::ui {

UndoBar::UndoBar(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("undoBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setFrameShape(QFrame::NoFrame);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 8, 12, 8);
    m_text = new QLabel(this);
    m_text->setAccessibleName(tr("What just happened"));
    layout->addWidget(m_text, 1);
    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setObjectName(QStringLiteral("undo"));
    layout->addWidget(m_undo);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Dismiss"));
    layout->addWidget(close);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kOfferMs);
    connect(&m_timer, &QTimer::timeout, this, &UndoBar::withdraw);
    connect(close, &QToolButton::clicked, this, &UndoBar::withdraw);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const auto action = std::move(m_action);
        withdraw();
        if (action) {
            action();
        }
    });
    hide();
}

void UndoBar::offer(const QString& what, std::function<void()> undo) {
    m_action = std::move(undo);
    m_text->setText(what);
    m_undo->setAccessibleName(tr("Undo: %1").arg(what));
    m_timer.start();
    show();
}

void UndoBar::withdraw() {
    m_timer.stop();
    m_action = nullptr;
    hide();
}

QString UndoBar::text() const {
    return isVisible() ? m_text->text() : QString();
}

} // namespace twofold::ui
