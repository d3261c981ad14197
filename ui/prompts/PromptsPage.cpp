#include "prompts/PromptsPage.h"

#include "Session.h"
#include "journal/Favourites.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "prompts/AnswerView.h"
#include "prompts/PromptEditorDialog.h"
#include "prompts/PromptWords.h"
#include "prompts/ThemesDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kFavouriteRole = Qt::UserRole + 2;
} // namespace

PromptsPage::PromptsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("promptsPage"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(24);

    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    auto* filters = new QHBoxLayout;
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("promptTheme"));
    m_theme->setAccessibleName(tr("Show prompts of the theme"));
    m_depth = new QComboBox(this);
    m_depth->setAccessibleName(tr("Show prompts of the depth"));
    m_depth->addItem(tr("Any depth"), QString());
    for (const core::Depth depth : {core::Depth::Light, core::Depth::Deeper, core::Depth::Deepest}) {
        m_depth->addItem(depthName(depth), core::toString(depth));
    }
    filters->addWidget(m_theme, 1);
    filters->addWidget(m_depth);
    // A star alone, so the theme's name keeps its room.
    m_onlyFavourites = new QToolButton(this);
    m_onlyFavourites->setText(QStringLiteral("★"));
    m_onlyFavourites->setObjectName(QStringLiteral("onlyFavourites"));
    m_onlyFavourites->setCheckable(true);
    m_onlyFavourites->setToolTip(tr("Show only your favourites"));
    m_onlyFavourites->setAccessibleName(tr("Only your favourites"));
    filters->addWidget(m_onlyFavourites);
    left->addLayout(filters);

    auto* actions = new QHBoxLayout;
    auto* write = new QPushButton(tr("Write a prompt…"), this);
    write->setObjectName(QStringLiteral("writePrompt"));
    write->setToolTip(tr("A question of your own for the two of you"));
    actions->addWidget(write);
    connect(write, &QPushButton::clicked, this, &PromptsPage::writePrompt);
    auto* choose = new QPushButton(tr("Your themes…"), this);
    choose->setObjectName(QStringLiteral("yourThemes"));
    choose->setToolTip(tr("Choose what you'd like prompts about"));
    actions->addWidget(choose);
    actions->addStretch(1);
    connect(choose, &QPushButton::clicked, this, [this] {
        ThemesDialog dialog(m_session, this);
        dialog.exec();
        refresh();
    });
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("promptList"));
    m_list->setAccessibleName(tr("Prompts"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(2);
    m_list->setFrameShape(QFrame::NoFrame);
    left->addWidget(m_list, 1);
    left->addLayout(actions);
    m_folded = new QLabel(tr("Prompts about desire and sex stay folded away until you have both opened them, "
                             "each on your own."),
                          this);
    m_folded->setWordWrap(true);
    m_folded->setForegroundRole(QPalette::PlaceholderText);
    left->addWidget(m_folded);
    layout->addLayout(left, 2);

    m_view = new AnswerView(session, this);
    m_view->setMaximumWidth(720);
    layout->addWidget(m_view, 3);

    connect(m_theme, &QComboBox::currentIndexChanged, this, &PromptsPage::fillList);
    connect(m_depth, &QComboBox::currentIndexChanged, this, &PromptsPage::fillList);
    connect(m_onlyFavourites, &QToolButton::toggled, this, &PromptsPage::fillList);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) {
            m_view->showPrompt(item->data(kIdRole).toString());
        }
    });
    connect(m_view, &AnswerView::answered, this, &PromptsPage::fillList);
    connect(m_view, &AnswerView::removed, this, &PromptsPage::fillList);
    connect(m_view, &AnswerView::errorOccurred, this, &PromptsPage::errorOccurred);
    connect(&m_session, &Session::journalChanged, this, [this](const core::ChangeSet& changes) {
        if (m_session.isUnlocked() && isVisible() &&
            (changes.touches(core::ChangeKind::Answer) || changes.touches(core::ChangeKind::ThemeChoice) ||
             changes.touches(core::ChangeKind::Prompt) || changes.touches(core::ChangeKind::Favourites))) {
            const QString shown = m_view->promptId();
            fillList();
            // The prompt shown may have been deleted elsewhere.
            if (!shown.isEmpty() && !m_view->showPrompt(shown)) {
                m_view->clear();
            }
        }
    });
}

void PromptsPage::refresh() {
    const QString current = m_theme->currentData().toString();
    m_theme->blockSignals(true);
    m_theme->clear();
    m_theme->addItem(tr("Every theme you both chose"), QString());
    if (auto themes = core::Prompts(m_session.journal()).themes()) {
        for (const core::ThemeWithChoices& t : *themes) {
            if (t.chosenByAll()) {
                m_theme->addItem(t.theme.name, t.theme.id);
            }
        }
    }
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current)));
    m_theme->blockSignals(false);
    fillList();
}

void PromptsPage::fillList() {
    const QString selected = m_view->promptId();
    m_list->clear();
    core::Prompts prompts(m_session.journal());
    auto themes = prompts.themes();
    auto library = prompts.list();
    auto readable = prompts.readableAnswers();
    auto favourites = core::Favourites(m_session.journal()).ids();
    if (!themes || !library || !readable || !favourites) {
        Q_EMIT errorOccurred(!themes     ? themes.error().message
                             : !library  ? library.error().message
                             : !readable ? readable.error().message
                                         : favourites.error().message);
        return;
    }
    QSet<QString> open;
    bool desireOpen = false;
    for (const core::ThemeWithChoices& t : *themes) {
        if (t.chosenByAll()) {
            open.insert(t.theme.id);
            desireOpen |= t.theme.id == core::Prompts::desireTheme();
        }
    }
    const auto me = m_session.acting();
    QSet<QString> mine;
    QSet<QString> both;
    for (const core::Answer& answer : *readable) {
        if (me && answer.authorId == me->id) {
            mine.insert(answer.promptId);
        } else {
            // Another's answer is readable only once both have answered.
            both.insert(answer.promptId);
        }
    }
    const QString theme = m_theme->currentData().toString();
    const QString depth = m_depth->currentData().toString();
    for (const core::Prompt& prompt : *library) {
        if (!open.contains(prompt.theme) || (prompt.isExplicit && !desireOpen)) {
            continue;
        }
        if ((!theme.isEmpty() && prompt.theme != theme) ||
            (!depth.isEmpty() && core::toString(prompt.depth) != depth)) {
            continue;
        }
        const bool favourite = favourites->contains(prompt.id);
        if (m_onlyFavourites->isChecked() && !favourite) {
            continue;
        }
        const QString state = both.contains(prompt.id)   ? tr("You've both answered")
                              : mine.contains(prompt.id) ? tr("You've answered · sealed until you both have")
                                                         : QString();
        const QString text = favourite ? QStringLiteral("★ ") + prompt.text : prompt.text;
        auto* item = new QListWidgetItem(state.isEmpty() ? text : text + QStringLiteral("\n") + state, m_list);
        item->setData(kIdRole, prompt.id);
        item->setData(kFavouriteRole, favourite);
        item->setToolTip(prompt.text);
        if (prompt.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
}

void PromptsPage::writePrompt() {
    PromptEditorDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        fillList();
        openPrompt(dialog.savedPromptId());
    }
}

void PromptsPage::openPrompt(const QString& promptId) {
    // The prompt of the day may be outside the chosen filter: show all.
    if (m_theme->currentIndex() != 0 || m_depth->currentIndex() != 0 || m_onlyFavourites->isChecked()) {
        m_onlyFavourites->setChecked(false);
        m_theme->setCurrentIndex(0);
        m_depth->setCurrentIndex(0);
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == promptId) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            return;
        }
    }
    m_view->showPrompt(promptId);
}

void PromptsPage::clear() {
    m_list->clear();
    m_theme->clear();
    m_view->clear();
}

} // namespace twofold::ui
