#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace twofold::ui {

// Every keyboard shortcut of the window, read from the window's own actions
// so the list cannot drift from what the keys do. Ctrl+? opens it, Esc
// closes it.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
public:
    struct Group {
        QString title;
        QList<QAction*> actions;
    };
    ShortcutsDialog(const QList<Group>& groups, QWidget* parent = nullptr);

    // What the dialog shows: "Save entry\tCtrl+S", one line per shortcut.
    QStringList lines() const;

private:
    QTreeWidget* m_list = nullptr;
};

} // namespace twofold::ui
