#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace twofold::ui {

class PartnerChip;

// The strip above every page (UX.md): the search field (Ctrl+F), the one
// primary "New entry", the partner chip with its menu, and the app menu
// (F10). The window fills the menus; the header only lays them out.
class HeaderBar final : public QWidget {
    Q_OBJECT
public:
    explicit HeaderBar(QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QPushButton* newEntryButton() const { return m_new; }
    PartnerChip* partnerChip() const { return m_chip; }
    QToolButton* menuButton() const { return m_menu; }

private:
    void applyLook();

    QLineEdit* m_search = nullptr;
    QAction* m_searchSymbol = nullptr;
    QPushButton* m_new = nullptr;
    PartnerChip* m_chip = nullptr;
    QToolButton* m_menu = nullptr;
};

} // namespace twofold::ui
