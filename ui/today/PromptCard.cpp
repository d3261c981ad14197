#include "today/PromptCard.h"

#include "Session.h"
#include "journal/Prompts.h"

#include <QLabel>
#include <QVBoxLayout>

namespace twofold::ui {

PromptCard::PromptCard(QWidget* parent)
    : QFrame(parent)
    , m_heading(new QLabel(tr("Today's prompt"), this))
    , m_text(new QLabel(this))
    , m_theme(new QLabel(this)) {
    setObjectName(QStringLiteral("promptCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    QFont small = m_heading->font();
    small.setWeight(QFont::DemiBold);
    m_heading->setFont(small);
    m_heading->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_text->setFont(big);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("promptText"));
    m_theme->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_theme);
}

void PromptCard::refresh(Session& session) {
    auto today = core::Prompts(session.journal()).today();
    if (!today) {
        // Not being able to pick a prompt must not spoil the page.
        hide();
        return;
    }
    if (today->prompt) {
        m_text->setText(today->prompt->text);
        QString theme = today->prompt->theme;
        if (auto themes = core::Prompts(session.journal()).themes()) {
            for (const core::ThemeWithChoices& t : *themes) {
                if (t.theme.id == theme) {
                    theme = t.theme.name;
                }
            }
        }
        m_theme->setText(today->prompt->custom ? tr("One of your own prompts · %1").arg(theme) : theme);
        m_theme->setVisible(!m_theme->text().isEmpty());
        setAccessibleName(tr("Today's prompt: %1").arg(today->prompt->text));
    } else {
        m_text->setText(today->reason);
        m_theme->hide();
        setAccessibleName(tr("No prompt today: %1").arg(today->reason));
    }
    show();
}

void PromptCard::clear() {
    m_text->clear();
    m_theme->clear();
    hide();
}

QString PromptCard::promptText() const {
    return m_text->text();
}

} // namespace twofold::ui
