#include "prompts/PromptEditorDialog.h"

#include "Session.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "prompts/PromptWords.h"
#include "widgets/TextStyles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

PromptEditorDialog::PromptEditorDialog(Session& session, std::optional<core::Prompt> existing, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_existing(std::move(existing)) {
    setObjectName(QStringLiteral("promptEditor"));
    setWindowTitle(m_existing ? tr("Change your prompt") : tr("Write a prompt"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(12);

    const auto partner = m_session.partnerOfActing();
    const QString partnerName = partner ? partner->name : tr("your partner");
    layout->addWidget(helperLabel(tr("A question for the two of you, in your own words. %1 finds it in Prompts too; "
                                     "you can change or delete it until one of you answers it.")
                                      .arg(partnerName),
                                  this));

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("promptEditorText"));
    m_text->setAccessibleName(tr("Your prompt"));
    m_text->setPlaceholderText(tr("What would you like to ask each other?"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(96);
    layout->addWidget(m_text, 1);

    auto* form = new QFormLayout;
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("promptEditorTheme"));
    // Only themes both have opened: the others stay folded away here too.
    if (auto themes = core::Prompts(m_session.journal()).themes()) {
        for (const core::ThemeWithChoices& t : *themes) {
            if (t.chosenByAll() || (m_existing && m_existing->theme == t.theme.id)) {
                m_theme->addItem(t.theme.name, t.theme.id);
            }
        }
    }
    form->addRow(tr("Theme"), m_theme);
    m_depth = new QComboBox(this);
    m_depth->setObjectName(QStringLiteral("promptEditorDepth"));
    for (const core::Depth depth : {core::Depth::Light, core::Depth::Deeper, core::Depth::Deepest}) {
        m_depth->addItem(depthName(depth), core::toString(depth));
    }
    form->addRow(tr("Depth"), m_depth);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("promptEditorError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(m_existing ? tr("Save changes") : tr("Add prompt"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("promptEditorSave"));
    m_save->setProperty("primary", true);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PromptEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QString depth = core::toString(m_existing ? m_existing->depth : core::Depth::Deeper);
    m_depth->setCurrentIndex(std::max(0, m_depth->findData(depth)));
    if (m_existing) {
        m_text->setPlainText(m_existing->text);
        m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_existing->theme)));
    }
    const auto enable = [this] {
        m_save->setEnabled(!m_text->toPlainText().trimmed().isEmpty() && m_theme->count());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, enable);
    enable();
    resize(520, sizeHint().height());
}

void PromptEditorDialog::save() {
    const core::CustomPromptInput input{m_theme->currentData().toString(),
                                        core::depthFromString(m_depth->currentData().toString()),
                                        m_text->toPlainText()};
    core::Prompts prompts(m_session.journal());
    auto saved = m_existing ? prompts.edit(m_existing->id, input) : prompts.add(input);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_savedId = saved->id;
    accept();
}

} // namespace twofold::ui
