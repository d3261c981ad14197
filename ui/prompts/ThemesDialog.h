#pragma once

#include "domain/Prompt.h"

#include <QDialog>
#include <QMap>

class QButtonGroup;
class QLabel;

namespace twofold::ui {

class Session;

// The acting partner's own theme choices, on their own unlocked session:
// Yes | Not now per theme, the sensitive ones explained. It never shows the
// other partner's choice — for a theme you both said yes to, only "You both
// chose this". A change takes effect at once (a withdrawn yes folds the
// theme's prompts away immediately).
class ThemesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ThemesDialog(Session& session, QWidget* parent = nullptr);

    // Choosing as a person would (tests): Yes or Not now for a theme id.
    void choose(const QString& themeId, core::ThemeChoice choice);
    // What the dialog says about the pair for this theme ("You both chose
    // this", or nothing).
    QString pairNote(const QString& themeId) const;

private:
    void build();

    Session& m_session;
    QMap<QString, QButtonGroup*> m_groups;
    QMap<QString, QLabel*> m_notes;
    QLabel* m_error = nullptr;
};

} // namespace twofold::ui
