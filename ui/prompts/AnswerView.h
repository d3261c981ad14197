#pragma once

#include "domain/Prompt.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QHBoxLayout;

namespace twofold::ui {

class Card;
class Session;

// One prompt and its answers, by the reveal rule: your own answer to write
// or change until you both have answered; "Sealed until you both answer"
// while only one has (never the other's words); then both answers side by
// side, the first partner on the left, each with the day it was written.
class AnswerView final : public QWidget {
    Q_OBJECT
public:
    explicit AnswerView(Session& session, QWidget* parent = nullptr);

    // False (and errorOccurred) when the prompt cannot be read.
    bool showPrompt(const QString& promptId);
    void clear();
    QString promptId() const { return m_promptId; }

    QLabel* promptText() const { return m_text; }
    QLabel* stateLabel() const { return m_state; }
    QPlainTextEdit* answerField() const { return m_answer; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* favouriteButton() const { return m_favourite; }
    bool isFavourite() const { return m_isFavourite; }
    // Shown for a prompt you wrote that nobody has answered yet.
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    // "Delete this prompt for both of you?" with its two answers.
    QWidget* deleteConfirmation() const { return m_confirm; }
    QPushButton* confirmDeleteButton() const { return m_confirmDelete; }
    // The answers shown side by side once revealed (empty before).
    QStringList shownAnswers() const;

Q_SIGNALS:
    void answered(const QString& promptId);
    // The prompt was deleted by its author; the view is empty again.
    void removed(const QString& promptId);
    void errorOccurred(const QString& message);

private:
    void saveAnswer();
    void toggleFavourite(bool favourite);
    void showFavourite(bool favourite);
    void editPrompt();
    void deletePrompt();
    void showOwnActions(const core::PromptWithAnswers& prompt);
    void showAnswers(const core::PromptWithAnswers& prompt);

    Session& m_session;
    QString m_promptId;
    QLabel* m_text = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_care = nullptr;
    QPushButton* m_favourite = nullptr;
    bool m_isFavourite = false;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QWidget* m_confirm = nullptr;
    QPushButton* m_confirmDelete = nullptr;
    std::optional<core::Prompt> m_prompt;
    QLabel* m_state = nullptr;
    QWidget* m_writing = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    QPushButton* m_save = nullptr;
    QWidget* m_both = nullptr;
    QHBoxLayout* m_bothRow = nullptr;
};

} // namespace twofold::ui
