#pragma once

#include "widgets/Card.h"

class QLabel;
class QPushButton;

namespace twofold::ui {

class Session;

// Today's conversation prompt for the couple (from the themes both said yes
// to), with one thing to do about it — write a reflection that starts from
// it — or a sentence saying why there is none.
class PromptCard final : public Card {
    Q_OBJECT
public:
    explicit PromptCard(QWidget* parent = nullptr);

    void refresh(Session& session);
    void clear();
    QString promptText() const;
    QPushButton* writeAboutButton() const { return m_writeAbout; }
    QPushButton* answerButton() const { return m_answer; }
    QString promptId() const { return m_promptId; }

Q_SIGNALS:
    void writeAbout(const QString& prompt);
    void answer(const QString& promptId);

private:
    QLabel* m_text;
    QLabel* m_theme;
    QLabel* m_care;
    QPushButton* m_writeAbout;
    QPushButton* m_answer;
    QString m_prompt;
    QString m_promptId;
};

} // namespace twofold::ui
