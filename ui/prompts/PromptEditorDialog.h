#pragma once

#include "domain/Prompt.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace twofold::ui {

class Session;

// Writing a prompt of your own, or changing one you wrote: the question,
// its theme (one you have both opened) and its depth. A refusal (too long,
// answered meanwhile) is said under the field and the dialog stays open.
class PromptEditorDialog final : public QDialog {
    Q_OBJECT
public:
    // A new prompt when `existing` is empty, else that prompt to change.
    PromptEditorDialog(Session& session, std::optional<core::Prompt> existing, QWidget* parent = nullptr);

    // The id of the prompt written or changed, once accepted.
    QString savedPromptId() const { return m_savedId; }

    QPlainTextEdit* textField() const { return m_text; }
    QComboBox* themeField() const { return m_theme; }
    QComboBox* depthField() const { return m_depth; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* errorLabel() const { return m_error; }

private:
    void save();

    Session& m_session;
    std::optional<core::Prompt> m_existing;
    QString m_savedId;
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_depth = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace twofold::ui
