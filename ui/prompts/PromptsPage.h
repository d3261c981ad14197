#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QToolButton;

namespace twofold::ui {

class AnswerView;
class Session;

// Prompts, a place of its own: the library by theme and depth (only the
// themes you have both said yes to; the rest stay folded away without a
// word about who chose what), each prompt marked by where the two of you
// are with it, and the chosen one with its answers beside the list.
class PromptsPage final : public QWidget {
    Q_OBJECT
public:
    explicit PromptsPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    void clear();
    // Shows this prompt (the prompt of the day's "Answer").
    void openPrompt(const QString& promptId);

    QListWidget* list() const { return m_list; }
    QComboBox* themeFilter() const { return m_theme; }
    QToolButton* onlyFavourites() const { return m_onlyFavourites; }
    // Opens the dialog for a prompt of your own (modal).
    void writePrompt();
    AnswerView* answerView() const { return m_view; }

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    void fillList();

    Session& m_session;
    QComboBox* m_theme = nullptr;
    QComboBox* m_depth = nullptr;
    QToolButton* m_onlyFavourites = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_folded = nullptr;
    AnswerView* m_view = nullptr;
};

} // namespace twofold::ui
