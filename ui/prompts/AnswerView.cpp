#include "prompts/AnswerView.h"

#include "Session.h"
#include "Words.h"
#include "journal/Favourites.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "prompts/PromptEditorDialog.h"
#include "prompts/PromptLibrary.h"
#include "prompts/PromptWords.h"
#include "widgets/Card.h"
#include "widgets/ReadingColumn.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

AnswerView::AnswerView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("answerView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("answerPromptText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_text->setFont(big);
    layout->addWidget(m_text);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("answerPromptMeta"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_meta);

    // Keeping it, and for your own unanswered prompt: changing, deleting.
    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    m_favourite = new QPushButton(this);
    m_favourite->setObjectName(QStringLiteral("favouritePrompt"));
    m_favourite->setToolTip(tr("Only you see your favourites"));
    actions->addWidget(m_favourite);
    m_edit = new QPushButton(tr("Change…"), this);
    m_edit->setObjectName(QStringLiteral("editPrompt"));
    m_edit->setToolTip(tr("Change your prompt; possible until one of you answers it"));
    actions->addWidget(m_edit);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deletePrompt"));
    actions->addWidget(m_delete);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_confirm = new QWidget(this);
    m_confirm->setObjectName(QStringLiteral("deletePromptConfirmation"));
    auto* confirm = new QHBoxLayout(m_confirm);
    confirm->setContentsMargins(0, 0, 0, 0);
    auto* question = new QLabel(tr("Delete this prompt for both of you? Its words can't be brought back."), m_confirm);
    question->setWordWrap(true);
    confirm->addWidget(question, 1);
    m_confirmDelete = new QPushButton(tr("Delete"), m_confirm);
    m_confirmDelete->setObjectName(QStringLiteral("confirmDeletePrompt"));
    confirm->addWidget(m_confirmDelete);
    auto* keep = new QPushButton(tr("Keep it"), m_confirm);
    keep->setObjectName(QStringLiteral("keepPrompt"));
    confirm->addWidget(keep);
    layout->addWidget(m_confirm);
    m_confirm->hide();
    // Not a checkable button: a checked one is filled like the one primary
    // action, and keeping a prompt is not that.
    connect(m_favourite, &QPushButton::clicked, this, [this] { toggleFavourite(!m_isFavourite); });
    connect(m_edit, &QPushButton::clicked, this, &AnswerView::editPrompt);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        m_confirm->show();
        m_confirmDelete->setFocus();
    });
    connect(keep, &QPushButton::clicked, m_confirm, &QWidget::hide);
    connect(m_confirmDelete, &QPushButton::clicked, this, &AnswerView::deletePrompt);
    m_care = new QLabel(core::PromptLibrary::careNote(), this);
    m_care->setObjectName(QStringLiteral("careNote"));
    m_care->setWordWrap(true);
    m_care->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_care);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("answerState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    m_writing = new QWidget(this);
    auto* writing = new QVBoxLayout(m_writing);
    writing->setContentsMargins(0, 0, 0, 0);
    m_answer = new QPlainTextEdit(m_writing);
    m_answer->setObjectName(QStringLiteral("answerText"));
    m_answer->setAccessibleName(tr("Your answer"));
    m_answer->setPlaceholderText(tr("Your answer, in your own words"));
    m_answer->setTabChangesFocus(true);
    QFont reading = m_answer->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.15);
    m_answer->setFont(reading);
    writing->addWidget(m_answer, 1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    m_save = new QPushButton(tr("Save my answer"), m_writing);
    m_save->setObjectName(QStringLiteral("saveAnswer"));
    m_save->setProperty("primary", true);
    row->addWidget(m_save);
    writing->addLayout(row);
    layout->addWidget(m_writing, 1);

    m_both = new QWidget(this);
    m_bothRow = new QHBoxLayout(m_both);
    m_bothRow->setContentsMargins(0, 0, 0, 0);
    m_bothRow->setSpacing(12);
    layout->addWidget(m_both, 1);
    m_both->hide();

    connect(m_save, &QPushButton::clicked, this, &AnswerView::saveAnswer);
    clear(); // nothing chosen yet
}

bool AnswerView::showPrompt(const QString& promptId) {
    auto prompt = core::Prompts(m_session.journal()).show(promptId);
    if (!prompt) {
        Q_EMIT errorOccurred(prompt.error().message);
        return false;
    }
    m_promptId = promptId;
    m_prompt = prompt->prompt;
    m_text->setText(prompt->prompt.text);
    QString meta = QStringLiteral("%1 · %2").arg(themeName(prompt->prompt.theme), depthName(prompt->prompt.depth));
    if (prompt->prompt.custom) {
        meta += QStringLiteral(" · ") +
                tr("written by %1").arg(words::writtenBy(prompt->prompt.authorName, prompt->prompt.importedByName));
    }
    m_meta->setText(meta);
    showOwnActions(*prompt);
    // The note is the format's `care` field, never part of the question.
    m_care->setVisible(prompt->prompt.care);

    const auto me = m_session.acting();
    const auto partner = m_session.partnerOfActing();
    const QString partnerName = partner ? partner->name : tr("Your partner");
    bool mine = false;
    bool theirs = false;
    QString myText;
    for (const QString& name : prompt->answeredBy) {
        (me && name == me->name ? mine : theirs) = true;
    }
    for (const core::Answer& answer : prompt->answers) {
        if (me && answer.authorId == me->id) {
            myText = answer.text;
        }
    }
    if (prompt->revealed) {
        m_state->setText(tr("You've both answered — here's what you each wrote."));
        m_writing->hide();
        showAnswers(*prompt);
    } else {
        m_both->hide();
        m_writing->show();
        m_answer->setPlainText(myText);
        // Sealed: the other's words never show before both have answered.
        if (mine) {
            m_state->setText(
                tr("Sealed until you both answer. Waiting for %1; you can still change yours.").arg(partnerName));
        } else if (theirs) {
            m_state->setText(tr("%1 has answered. Yours is waiting whenever you're ready; you'll see each other's "
                                "answers once you've both written.")
                                 .arg(partnerName));
        } else {
            m_state->setText(
                tr("Answer in your own time. %1 sees your answer once you've both written.").arg(partnerName));
        }
    }
    return true;
}

void AnswerView::showAnswers(const core::PromptWithAnswers& prompt) {
    clearLayout(m_bothRow);
    // Partner order: the first partner always on the left.
    for (const core::Partner& partner : m_session.journal().partners()) {
        for (const core::Answer& answer : prompt.answers) {
            if (answer.authorId != partner.id) {
                continue;
            }
            auto* card = new Card(QStringLiteral("%1 · %2").arg(
                                      words::writtenBy(partner.name, answer.importedByName, answer.authorship),
                                      QLocale().toString(answer.answered.toLocalTime().date(), QLocale::ShortFormat)),
                                  m_both);
            card->setObjectName(QStringLiteral("shownAnswer"));
            card->setStripe(QColor(partner.colour));
            auto* text = new QLabel(answer.text, card);
            text->setObjectName(QStringLiteral("answerBody"));
            text->setWordWrap(true);
            text->setTextFormat(Qt::PlainText);
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
            text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            card->body()->addWidget(text, 1);
            m_bothRow->addWidget(card, 1, Qt::AlignTop);
        }
    }
    m_both->show();
}

void AnswerView::showOwnActions(const core::PromptWithAnswers& prompt) {
    const auto me = m_session.acting();
    auto favourites = core::Favourites(m_session.journal()).ids();
    showFavourite(favourites && favourites->contains(prompt.prompt.id));
    m_favourite->setVisible(me.has_value());
    // Changing or deleting is the author's, and only while the question
    // has no answer (core refuses the rest; the buttons do not tempt).
    const bool own = me && prompt.prompt.custom && prompt.prompt.authorId == me->id && prompt.answeredBy.empty();
    m_edit->setVisible(own);
    m_delete->setVisible(own);
    m_confirm->hide();
}

void AnswerView::showFavourite(bool favourite) {
    m_isFavourite = favourite;
    m_favourite->setText(favourite ? tr("★ A favourite") : tr("☆ Keep as a favourite"));
    m_favourite->setAccessibleName(favourite ? tr("A favourite; press to let it go") : tr("Keep as a favourite"));
}

void AnswerView::toggleFavourite(bool favourite) {
    auto kept = core::Favourites(m_session.journal()).set(m_promptId, favourite);
    if (!kept) {
        Q_EMIT errorOccurred(kept.error().message);
        return;
    }
    showFavourite(favourite);
}

void AnswerView::editPrompt() {
    if (!m_prompt) {
        return;
    }
    PromptEditorDialog dialog(m_session, m_prompt, this);
    if (dialog.exec() == QDialog::Accepted) {
        showPrompt(m_promptId);
    }
}

void AnswerView::deletePrompt() {
    const QString id = m_promptId;
    auto removed = core::Prompts(m_session.journal()).remove(id);
    if (!removed) {
        m_confirm->hide();
        Q_EMIT errorOccurred(removed.error().message);
        return;
    }
    clear();
    Q_EMIT this->removed(id);
}

QStringList AnswerView::shownAnswers() const {
    QStringList out;
    if (!m_both->isVisibleTo(this)) {
        return out;
    }
    for (const Card* card : m_both->findChildren<Card*>(QStringLiteral("shownAnswer"))) {
        if (const auto* body = card->findChild<QLabel*>(QStringLiteral("answerBody"))) {
            out << card->heading().section(QStringLiteral(" · "), 0, 0) + QStringLiteral(": ") + body->text();
        }
    }
    return out;
}

void AnswerView::saveAnswer() {
    const QString text = m_answer->toPlainText().trimmed();
    if (text.isEmpty()) {
        Q_EMIT errorOccurred(tr("An answer needs a few words."));
        return;
    }
    auto saved = core::Prompts(m_session.journal()).answer(m_promptId, text);
    if (!saved) {
        Q_EMIT errorOccurred(saved.error().message);
        return;
    }
    showPrompt(m_promptId);
    Q_EMIT answered(m_promptId);
}

void AnswerView::clear() {
    m_promptId.clear();
    m_prompt.reset();
    m_meta->clear();
    m_care->hide();
    m_favourite->hide();
    m_edit->hide();
    m_delete->hide();
    m_confirm->hide();
    m_writing->hide();
    m_text->clear();
    m_answer->clear();
    m_state->clear();
    m_both->hide();
}

} // namespace twofold::ui
