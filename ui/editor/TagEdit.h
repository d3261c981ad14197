#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace twofold::ui {

// Tags typed as "home, us, travel", completing each tag from the ones
// already in use.
class TagEdit final : public QLineEdit {
    Q_OBJECT
public:
    explicit TagEdit(QWidget* parent = nullptr);

    QStringList tags() const;
    void setTags(const QStringList& tags);
    void setKnownTags(const QStringList& tags);
    QCompleter* tagCompleter() const { return m_completer; }

private:
    void complete();
    void insertCompletion(const QString& tag);

    QCompleter* m_completer;
    QStringListModel* m_known;
};

} // namespace twofold::ui
