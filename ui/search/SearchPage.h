#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace twofold::ui {

class Session;
class SearchResultsModel;

// Search as you type over everything the acting partner may read. The index
// is built in the background after unlock; until it is ready the page shows
// how far along it is and answers as soon as it can. Results follow the
// journal: a change (here or in twofold-cli) runs the shown query again.
class SearchPage final : public QWidget {
    Q_OBJECT
public:
    // `query`: the field that drives the page (the window's header); the
    // page makes its own when there is none.
    explicit SearchPage(Session& session, QWidget* parent = nullptr, QLineEdit* query = nullptr);

    void focusQuery();
    void clear();

    QLineEdit* queryField() const { return m_query; }
    QListView* results() const { return m_results; }
    SearchResultsModel* resultsModel() const { return m_model; }
    // A query that answered faster than this runs again at once on the next
    // keystroke; a slower one waits for a pause in typing (kDebounceMs).
    static constexpr int kFastQueryMs = 30;
    static constexpr int kDebounceMs = 120;
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void openEntry(const QString& entryId);
    void openPrompt(const QString& promptId);
    // A check-in hit: its week (YYYY-Www).
    void openCheckIn(const QString& week);

private:
    void onTyped();
    // `again`: the same text, run because the journal changed.
    void runQuery(bool again = false);

    Session& m_session;
    QLineEdit* m_query = nullptr;
    QLabel* m_status = nullptr;
    QListView* m_results = nullptr;
    SearchResultsModel* m_model = nullptr;
    QTimer m_debounce;
    QTimer m_poll;
    QTimer m_rerun;
    qint64 m_lastQueryMs = 0;
    QString m_shownQuery;
};

} // namespace twofold::ui
