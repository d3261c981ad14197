#include "prompts/PromptsPage.h"

#include "Session.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "prompts/AnswerView.h"
#include "prompts/PromptWords.h"
#include "prompts/ThemesDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

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
    auto* choose = new QPushButton(tr("Your themes…"), this);
    choose->setObjectName(QStringLiteral("yourThemes"));
    choose->setToolTip(tr("Choose what you'd like prompts about"));
    filters->addWidget(choose);
    connect(choose, &QPushButton::clicked, this, [this] {
        ThemesDialog dialog(m_session, this);
        dialog.exec();
        refresh();
    });
    left->addLayout(filters);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("promptList"));
    m_list->setAccessibleName(tr("Prompts"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(2);
    m_list->setFrameShape(QFrame::NoFrame);
    left->addWidget(m_list, 1);
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
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) {
            m_view->showPrompt(item->data(kIdRole).toString());
        }
    });
    connect(m_view, &AnswerView::answered, this, &PromptsPage::fillList);
    connect(m_view, &AnswerView::errorOccurred, this, &PromptsPage::errorOccurred);
    connect(&m_session, &Session::journalChanged, this, [this](const core::ChangeSet& changes) {
        if (m_session.isUnlocked() && isVisible() &&
            (changes.touches(core::ChangeKind::Answer) || changes.touches(core::ChangeKind::ThemeChoice))) {
            const QString shown = m_view->promptId();
            fillList();
            if (!shown.isEmpty()) {
                m_view->showPrompt(shown);
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
    if (!themes || !library || !readable) {
        Q_EMIT errorOccurred(!themes    ? themes.error().message
                             : !library ? library.error().message
                                        : readable.error().message);
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
        const QString state = both.contains(prompt.id)   ? tr("You've both answered")
                              : mine.contains(prompt.id) ? tr("You've answered · sealed until you both have")
                                                         : QString();
        auto* item =
            new QListWidgetItem(state.isEmpty() ? prompt.text : prompt.text + QStringLiteral("\n") + state, m_list);
        item->setData(kIdRole, prompt.id);
        item->setToolTip(prompt.text);
        if (prompt.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
}

void PromptsPage::openPrompt(const QString& promptId) {
    // The prompt of the day may be outside the chosen filter: show all.
    if (m_theme->currentIndex() != 0 || m_depth->currentIndex() != 0) {
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
