#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace twofold::ui {

class Session;
class VisibilityToggle;

// Import from another journal app — jrnl's JSON export or Day One's (.zip
// or its JSON file) — as the unlocked partner's own entries, private unless
// they choose to share them: the same core use cases as `twofold-cli import
// jrnl|dayone`. A refusal is shown in its one sentence; nothing changes.
class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Source { Jrnl, DayOne };

    explicit ImportDialog(Session& session, QWidget* parent = nullptr);

    // For tests and drag-and-drop: what the person would choose.
    void setSource(Source source);
    void setFile(const QString& path);
    QPushButton* importButton() const { return m_import; }
    QLabel* resultLabel() const { return m_result; }
    VisibilityToggle* visibilityToggle() const { return m_visibility; }

private:
    void chooseFile();
    void runImport();

    Session& m_session;
    QComboBox* m_source = nullptr;
    QLineEdit* m_file = nullptr;
    VisibilityToggle* m_visibility = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace twofold::ui
