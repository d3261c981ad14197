#include "navigation/HeaderBar.h"

#include "widgets/FollowPalette.h"
#include "widgets/PartnerChip.h"
#include "widgets/Symbols.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace twofold::ui {

HeaderBar::HeaderBar(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("headerBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchQuery"));
    m_search->setPlaceholderText(tr("Search entries, answers and check-ins"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setToolTip(tr("Words, \"phrases\" or prefix* (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(420);
    m_search->setMinimumHeight(32);
    m_searchSymbol = m_search->addAction(QIcon(), QLineEdit::LeadingPosition);
    layout->addWidget(m_search, 1);
    layout->addStretch(0);

    m_new = new QPushButton(tr("New entry"), this);
    m_new->setObjectName(QStringLiteral("newEntry"));
    m_new->setProperty("primary", true);
    m_new->setMinimumHeight(32);
    m_new->setToolTip(
        tr("Write a new reflection (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    layout->addWidget(m_new);

    m_chip = new PartnerChip(this);
    layout->addWidget(m_chip);

    m_menu = new QToolButton(this);
    m_menu->setObjectName(QStringLiteral("appMenu"));
    m_menu->setPopupMode(QToolButton::InstantPopup);
    m_menu->setAutoRaise(true);
    m_menu->setFocusPolicy(Qt::StrongFocus);
    m_menu->setIconSize(QSize(20, 20));
    m_menu->setMinimumSize(32, 32);
    // The three lines say "menu" already; no arrow beside them.
    m_menu->setStyleSheet(QStringLiteral("QToolButton#appMenu::menu-indicator { image: none; width: 0; }"));
    m_menu->setAccessibleName(tr("Main menu"));
    m_menu->setToolTip(tr("Main menu (F10)"));
    layout->addWidget(m_menu);

    applyLook();
    followPalette(this, [this] { applyLook(); });
}

void HeaderBar::applyLook() {
    // The painted symbols in the palette's ink, again after a switch.
    const QColor ink = palette().color(QPalette::WindowText);
    m_menu->setIcon(symbolIcon(Symbol::Menu, ink));
    m_searchSymbol->setIcon(symbolIcon(Symbol::Search, palette().color(QPalette::PlaceholderText)));
}

} // namespace twofold::ui
