#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace twofold::ui {

class Session;

// Search as you type over everything the acting partner may read. The index
// is built in the background after unlock; until it is ready the page shows
// how far along it is and answers as soon as it can.
class SearchPage final : public QWidget {
    Q_OBJECT
public:
    explicit SearchPage(Session& session, QWidget* parent = nullptr);

    void focusQuery();
    void clear();

    QLineEdit* queryField() const { return m_query; }
    QListWidget* results() const { return m_results; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void openEntry(const QString& entryId);

private:
    void runQuery();

    Session& m_session;
    QLineEdit* m_query = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_results = nullptr;
    QTimer m_debounce;
    QTimer m_poll;
};

} // namespace twofold::ui
