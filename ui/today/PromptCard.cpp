#include "today/PromptCard.h"

#include "Session.h"
#include "journal/Prompts.h"
#include "prompts/PromptLibrary.h"
#include "prompts/PromptWords.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

PromptCard::PromptCard(QWidget* parent)
    : Card(tr("Today's prompt"), parent)
    , m_text(new QLabel(this))
    , m_theme(new QLabel(this))
    , m_care(new QLabel(core::PromptLibrary::careNote(), this))
    , m_writeAbout(new QPushButton(tr("Write about this"), this))
    , m_answer(new QPushButton(tr("Answer"), this)) {
    setObjectName(QStringLiteral("promptCard"));
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_text->setFont(big);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("promptText"));
    QFont caption = m_theme->font();
    caption.setPointSizeF(caption.pointSizeF() * 0.9);
    m_theme->setFont(caption);
    m_theme->setForegroundRole(QPalette::PlaceholderText);
    m_care->setObjectName(QStringLiteral("careNote"));
    m_care->setWordWrap(true);
    m_care->setForegroundRole(QPalette::PlaceholderText);
    m_care->hide();
    body()->addWidget(m_text);
    body()->addWidget(m_care);
    body()->addWidget(m_theme);
    m_writeAbout->setObjectName(QStringLiteral("writeAboutPrompt"));
    m_writeAbout->setAccessibleName(tr("Write a reflection about today's prompt"));
    actions()->addWidget(m_writeAbout);
    m_answer->setObjectName(QStringLiteral("answerPrompt"));
    m_answer->setAccessibleName(tr("Answer today's prompt"));
    actions()->addWidget(m_answer);
    connect(m_writeAbout, &QPushButton::clicked, this, [this] { Q_EMIT writeAbout(m_prompt); });
    connect(m_answer, &QPushButton::clicked, this, [this] { Q_EMIT answer(m_promptId); });
}

void PromptCard::refresh(Session& session) {
    auto today = core::Prompts(session.journal()).today();
    if (!today) {
        // Not being able to pick a prompt must not spoil the page.
        hide();
        return;
    }
    if (today->prompt) {
        m_prompt = today->prompt->text;
        m_promptId = today->prompt->id;
        m_text->setText(today->prompt->text);
        m_writeAbout->show();
        m_answer->show();
        const QString theme = themeName(today->prompt->theme);
        m_theme->setText(today->prompt->custom ? tr("One of your own prompts · %1").arg(theme) : theme);
        m_theme->setVisible(!m_theme->text().isEmpty());
        // The format's `care` field, the same note as beside the answer.
        m_care->setVisible(today->prompt->care);
        setAccessibleName(tr("Today's prompt: %1").arg(today->prompt->text));
    } else {
        m_prompt.clear();
        m_promptId.clear();
        m_text->setText(today->reason);
        m_theme->hide();
        m_care->hide();
        m_writeAbout->hide();
        m_answer->hide();
        setAccessibleName(tr("No prompt today: %1").arg(today->reason));
    }
    show();
}

void PromptCard::clear() {
    m_prompt.clear();
    m_promptId.clear();
    m_text->clear();
    m_theme->clear();
    m_care->hide();
    hide();
}

QString PromptCard::promptText() const {
    return m_text->text();
}

} // namespace twofold::ui
