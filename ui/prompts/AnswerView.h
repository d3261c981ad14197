#pragma once

#include "domain/Prompt.h"

#include <QWidget>

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
    // The answers shown side by side once revealed (empty before).
    QStringList shownAnswers() const;

Q_SIGNALS:
    void answered(const QString& promptId);
    void errorOccurred(const QString& message);

private:
    void saveAnswer();
    void showAnswers(const core::PromptWithAnswers& prompt);

    Session& m_session;
    QString m_promptId;
    QLabel* m_text = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_care = nullptr;
    QLabel* m_state = nullptr;
    QWidget* m_writing = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    QPushButton* m_save = nullptr;
    QWidget* m_both = nullptr;
    QHBoxLayout* m_bothRow = nullptr;
};

} // namespace twofold::ui
