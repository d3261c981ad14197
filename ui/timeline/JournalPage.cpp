#include "timeline/JournalPage.h"

#include "Session.h"
#include "journal/Entries.h"
#include "journal/EntryDays.h"
#include "journal/Journal.h"
#include "timeline/EntryCalendar.h"
#include "timeline/TimelineDelegate.h"
#include "timeline/TimelineModel.h"
#include "widgets/Icons.h"
#include "widgets/Moods.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace twofold::ui {

JournalPage::JournalPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("journalPage"));
    m_model = new TimelineModel(session, this);

    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    layout->addLayout(left, 1);

    auto* filters = new QHBoxLayout;
    m_partner = new QComboBox(this);
    m_partner->setAccessibleName(tr("Show entries by"));
    m_tag = new QComboBox(this);
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->lineEdit()->setPlaceholderText(tr("Any tag"));
    m_tag->setAccessibleName(tr("Show entries with the tag"));
    // Room for the placeholder in any language (German's "Jedes Schlagwort").
    m_tag->setMinimumContentsLength(std::max(10, int(m_tag->lineEdit()->placeholderText().size()) + 1));
    m_mood = new QComboBox(this);
    m_mood->setAccessibleName(tr("Show entries with the mood"));
    m_mood->addItem(tr("Any mood"), 0);
    for (int mood = 1; mood <= 5; ++mood) {
        m_mood->addItem(moodIcon(mood, palette().color(QPalette::Text)), moodName(mood), mood);
    }
    m_visibility = new QComboBox(this);
    m_visibility->setAccessibleName(tr("Show shared or private entries"));
    m_visibility->addItem(tr("Shared and private"), QString());
    m_visibility->addItem(tr("Shared only"), QStringLiteral("shared"));
    m_visibility->addItem(tr("Private only"), QStringLiteral("private"));
    filters->addWidget(m_partner);
    filters->addWidget(m_tag);
    filters->addWidget(m_mood);
    filters->addWidget(m_visibility);
    filters->addStretch();
    left->addLayout(filters);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->setAccessibleName(tr("Entries, newest first"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setBackgroundRole(QPalette::Window);
    m_view->viewport()->setAutoFillBackground(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QListView::customContextMenuRequested, this, &JournalPage::showContextMenu);
    // Delete moves the selected entry to the trash (with Undo).
    auto* trashAction = new QAction(tr("Move to trash"), m_view);
    trashAction->setShortcut(QKeySequence::Delete);
    trashAction->setShortcutContext(Qt::WidgetShortcut);
    connect(trashAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid() && !index.data(TimelineModel::DeletedRole).toBool() &&
            index.data(TimelineModel::MineRole).toBool()) {
            trashOrRestore();
        }
    });
    m_view->addAction(trashAction);
    left->addWidget(m_view, 1);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    left->addWidget(m_empty);

    auto* right = new QVBoxLayout;
    m_calendar = new EntryCalendar(this);
    m_calendar->setMaximumWidth(340);
    right->addWidget(m_calendar);
    m_dayFilter = new QPushButton(this);
    m_dayFilter->setAccessibleName(tr("Show every day again"));
    m_dayFilter->hide();
    right->addWidget(m_dayFilter);
    auto* actions = new QHBoxLayout;
    m_open = new QPushButton(tr("Open"), this);
    m_open->setAccessibleName(tr("Open the selected entry"));
    m_trashButton = new QPushButton(this);
    m_trashButton->setObjectName(QStringLiteral("trashButton"));
    actions->addWidget(m_open);
    actions->addWidget(m_trashButton);
    right->addLayout(actions);
    right->addStretch();
    layout->addLayout(right);

    const auto onFilter = [this] {
        applyFilter();
    };
    connect(m_partner, &QComboBox::currentIndexChanged, this, onFilter);
    connect(m_mood, &QComboBox::currentIndexChanged, this, onFilter);
    connect(m_visibility, &QComboBox::currentIndexChanged, this, onFilter);
    connect(m_tag->lineEdit(), &QLineEdit::editingFinished, this, onFilter);
    connect(m_tag, &QComboBox::activated, this, onFilter);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate day) {
        m_day = day;
        m_dayFilter->setText(tr("Showing %1 — show all days").arg(QLocale().toString(day, QLocale::ShortFormat)));
        m_dayFilter->show();
        applyFilter();
    });
    connect(m_dayFilter, &QPushButton::clicked, this, [this] {
        m_day = QDate();
        m_dayFilter->hide();
        applyFilter();
    });
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT openEntry(index.data(TimelineModel::IdRole).toString()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty()) {
            Q_EMIT openEntry(currentId());
        }
    });
    connect(m_trashButton, &QPushButton::clicked, this, &JournalPage::trashOrRestore);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &JournalPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalPage::updateActions);
    connect(m_model, &TimelineModel::errorOccurred, this, &JournalPage::errorOccurred);
    // The model follows the change feed row by row; the calendar's marks
    // are re-read.
    connect(&m_session, &Session::entriesChanged, this, [this] {
        if (m_session.isUnlocked()) {
            refreshCalendar();
            updateActions();
        }
    });
    updateActions();
}

void JournalPage::refresh() {
    {
        const QSignalBlocker block(m_partner);
        m_partner->clear();
        m_partner->addItem(tr("Both of us"), QString());
        for (const core::Partner& p : m_session.journal().partners()) {
            m_partner->addItem(p.name, p.id);
        }
    }
    // Tags for completion come from the most recent writing: enough to
    // remember the ones in use without opening every entry.
    const auto recent = core::Entries(m_session.journal()).recentTags();
    const QStringList tags = recent ? *recent : QStringList();
    {
        const QSignalBlocker block(m_tag);
        m_tag->clear();
        m_tag->addItem(QString());
        m_tag->addItems(tags);
        m_tag->setCurrentIndex(0);
    }
    applyFilter();
    refreshCalendar();
}

void JournalPage::clear() {
    m_model->clear();
    m_calendar->clearMarks();
    m_tag->clear();
}

void JournalPage::applyFilter() {
    core::EntryFilter f;
    if (const QString author = m_partner->currentData().toString(); !author.isEmpty()) {
        f.authorId = author;
    }
    if (const QString tag = m_tag->currentText().trimmed(); !tag.isEmpty()) {
        f.tag = tag.startsWith(QLatin1Char('#')) ? tag.mid(1) : tag;
    }
    if (const int mood = m_mood->currentData().toInt(); mood > 0) {
        f.mood = mood;
    }
    if (const QString v = m_visibility->currentData().toString(); !v.isEmpty()) {
        f.visibility = core::visibilityFromString(v);
    }
    if (m_day.isValid()) {
        f.from = m_day;
        f.to = m_day;
    }
    f.trash = m_showingTrash ? core::EntryFilter::Trash::Only : core::EntryFilter::Trash::Exclude;
    m_model->setFilter(f);
    if (m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
    if (m_model->rowCount() == 0) {
        m_empty->setText(m_showingTrash ? tr("The trash is empty.")
                                        : tr("No entries here yet. Press Ctrl+N to write one."));
        m_empty->show();
    } else {
        m_empty->hide();
    }
}

void JournalPage::showOnlyAuthor(const QString& partnerId) {
    const int at = m_partner->findData(partnerId);
    if (at >= 0) {
        m_partner->setCurrentIndex(at);
    }
}

void JournalPage::setShowingTrash(bool trash) {
    if (trash == m_showingTrash) {
        return;
    }
    m_showingTrash = trash;
    m_view->setAccessibleName(trash ? tr("Entries in the trash, newest first") : tr("Entries, newest first"));
    applyFilter();
}

void JournalPage::refreshCalendar() {
    auto days = core::entryDays(m_session.journal());
    if (!days) {
        Q_EMIT errorOccurred(days.error().message);
        return;
    }
    QHash<QDate, QList<QColor>> marks;
    for (const core::EntryDay& d : *days) {
        const QColor c(m_session.colourOf(d.authorId));
        QList<QColor>& list = marks[d.day];
        if (!list.contains(c)) {
            list.append(c);
        }
    }
    m_calendar->setMarks(std::move(marks));
}

QString JournalPage::currentId() const {
    return m_view->currentIndex().data(TimelineModel::IdRole).toString();
}

void JournalPage::updateActions() {
    const QModelIndex index = m_view->currentIndex();
    const bool mine = index.isValid() && index.data(TimelineModel::MineRole).toBool();
    const bool deleted = index.data(TimelineModel::DeletedRole).toBool();
    m_open->setEnabled(index.isValid() && !deleted);
    m_trashButton->setText(deleted ? tr("Restore") : tr("Move to trash"));
    m_trashButton->setAccessibleName(deleted ? tr("Restore the selected entry")
                                             : tr("Move the selected entry to the trash"));
    m_trashButton->setEnabled(mine);
}

void JournalPage::trashOrRestore() {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        return;
    }
    const QString id = index.data(TimelineModel::IdRole).toString();
    core::Entries entries(m_session.journal());
    core::Result<void> result;
    if (index.data(TimelineModel::DeletedRole).toBool()) {
        if (auto restored = entries.restore(id); !restored) {
            result = restored.error();
        }
    } else {
        // Read before the removal: the row leaves the model as it happens.
        const QString title = index.data(TimelineModel::TitleRole).toString();
        result = entries.remove(id);
        if (result) {
            Q_EMIT movedToTrash(id, title);
        }
    }
    if (!result) {
        Q_EMIT errorOccurred(result.error().message);
        return;
    }
}

void JournalPage::showContextMenu(const QPoint& at) {
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid()) {
        return;
    }
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, index] { Q_EMIT openEntry(index.data(TimelineModel::IdRole).toString()); });
    if (index.data(TimelineModel::MineRole).toBool()) {
        menu.addSeparator();
        const bool deleted = index.data(TimelineModel::DeletedRole).toBool();
        QAction* trash =
            menu.addAction(deleted ? tr("Restore") : tr("Move to trash"), this, &JournalPage::trashOrRestore);
        trash->setShortcut(deleted ? QKeySequence() : QKeySequence(QKeySequence::Delete));
    }
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

} // namespace twofold::ui
