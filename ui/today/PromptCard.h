#pragma once

#include <QFrame>

class QLabel;

namespace twofold::ui {

class Session;

// Today's conversation prompt for the couple (from the themes both said yes
// to), or a sentence saying why there is none.
class PromptCard final : public QFrame {
    Q_OBJECT
public:
    explicit PromptCard(QWidget* parent = nullptr);

    void refresh(Session& session);
    void clear();
    QString promptText() const;

private:
    QLabel* m_heading;
    QLabel* m_text;
    QLabel* m_theme;
};

} // namespace twofold::ui
