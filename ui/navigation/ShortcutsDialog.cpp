#include "navigation/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

// "Export…" reads "Export" in a list of shortcuts; mnemonics go too.
QString plainName(const QAction* action) {
    QString name = action->text();
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QChar(0x2026))) {
        name.chop(1);
    }
    return name;
}

QString keysOf(const QAction* action) {
    QStringList keys;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence& key : shortcuts) {
        keys << key.toString(QKeySequence::NativeText);
    }
    return keys.join(QStringLiteral(" · "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<Group>& groups, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    for (const Group& group : groups) {
        auto* heading = new QTreeWidgetItem(m_list, {group.title});
        QFont bold = heading->font(0);
        bold.setWeight(QFont::DemiBold);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (const QAction* action : group.actions) {
            if (action->shortcuts().isEmpty()) {
                continue;
            }
            new QTreeWidgetItem(heading, {plainName(action), keysOf(action)});
        }
    }
    m_list->expandAll();
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 520);
}

QStringList ShortcutsDialog::lines() const {
    QStringList out;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            out << group->child(i)->text(0) + QLatin1Char('\t') + group->child(i)->text(1);
        }
    }
    return out;
}

} // namespace twofold::ui
