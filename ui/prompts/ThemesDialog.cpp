#include "prompts/ThemesDialog.h"

#include "Session.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace twofold::ui {

ThemesDialog::ThemesDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("themesDialog"));
    setWindowTitle(tr("Your themes"));
    build();
    resize(640, 620);
}

void ThemesDialog::build() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 16);
    outer->setSpacing(12);
    const auto me = m_session.acting();
    const auto partner = m_session.partnerOfActing();
    auto* intro = new QLabel(
        tr("Choose what you'd like prompts about. A theme's prompts are offered once you've both said yes; %1 "
           "never sees what you chose, only that a theme is open for both of you. You can change your mind at "
           "any time.")
            .arg(partner ? partner->name : tr("your partner")),
        this);
    intro->setObjectName(QStringLiteral("themesIntro"));
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto* canvas = new QWidget(scroll);
    auto* grid = new QGridLayout(canvas);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    grid->setColumnStretch(0, 1);
    scroll->setWidget(canvas);
    outer->addWidget(scroll, 1);

    auto themes = core::Prompts(m_session.journal()).themes();
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    outer->addWidget(m_error);
    if (!themes || !me) {
        m_error->setText(themes ? QString() : themes.error().message);
        return;
    }
    int row = 0;
    for (const core::ThemeWithChoices& t : *themes) {
        auto* label = new QLabel(canvas);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        QString text = QStringLiteral("<b>%1</b>").arg(t.theme.name.toHtmlEscaped());
        if (t.theme.sensitive) {
            text += QStringLiteral("<br>%1<br><i>%2</i>")
                        .arg(t.theme.description.toHtmlEscaped(),
                             tr("About sex and desire: folded away until each of you opens it, on your own.")
                                 .toHtmlEscaped());
        }
        label->setText(text);
        grid->addWidget(label, row, 0);
        auto* segments = new QWidget(canvas);
        auto* segmentsRow = new QHBoxLayout(segments);
        segmentsRow->setContentsMargins(0, 0, 0, 0);
        segmentsRow->setSpacing(0);
        auto* group = new QButtonGroup(segments);
        group->setExclusive(true);
        for (const core::ThemeChoice choice : {core::ThemeChoice::Yes, core::ThemeChoice::NotNow}) {
            auto* button = new QPushButton(choice == core::ThemeChoice::Yes ? tr("Yes") : tr("Not now"), segments);
            button->setCheckable(true);
            button->setObjectName(QStringLiteral("%1-%2").arg(t.theme.id, core::toString(choice)));
            button->setAccessibleName(tr("%1: %2").arg(t.theme.name, button->text()));
            group->addButton(button, static_cast<int>(choice));
            segmentsRow->addWidget(button);
        }
        for (const core::PartnerThemeChoice& c : t.choices) {
            if (c.partnerId == me->id) {
                group->button(static_cast<int>(c.choice))->setChecked(true);
            }
        }
        grid->addWidget(segments, row, 1, Qt::AlignTop);
        auto* note = new QLabel(canvas);
        note->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(note, row + 1, 0, 1, 2);
        m_groups.insert(t.theme.id, group);
        m_notes.insert(t.theme.id, note);
        // The only word about the pair, and only once both said yes.
        note->setText(t.chosenByAll() ? tr("Open for both of you.") : QString());
        note->setVisible(t.chosenByAll());
        const QString id = t.theme.id;
        connect(group, &QButtonGroup::idClicked, this,
                [this, id](int choice) { this->choose(id, static_cast<core::ThemeChoice>(choice)); });
        row += 2;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
}

void ThemesDialog::choose(const QString& themeId, core::ThemeChoice choice) {
    auto chosen = core::Prompts(m_session.journal()).choose(themeId, choice);
    if (!chosen) {
        m_error->setText(chosen.error().message);
        return;
    }
    m_error->clear();
    if (QButtonGroup* group = m_groups.value(themeId)) {
        group->button(static_cast<int>(choice))->setChecked(true);
    }
    if (QLabel* note = m_notes.value(themeId)) {
        note->setText(chosen->chosenByAll() ? tr("Open for both of you.") : QString());
        note->setVisible(chosen->chosenByAll());
    }
}

QString ThemesDialog::pairNote(const QString& themeId) const {
    const QLabel* note = m_notes.value(themeId);
    return note ? note->text() : QString();
}

} // namespace twofold::ui
