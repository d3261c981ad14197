#pragma once

#include "journal/Trends.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace twofold::ui {

class Session;
class TrendChart;

// Both partners' check-in ratings over the weeks — a line each in their
// colour, one rating (or the overall mean of each) at a time, y fixed at
// 0–10, weeks not both in as gaps, the weeks the two saw most differently
// shaded — and entries and mood per month. Every chart has a table of the
// same numbers as its text alternative. No combined score of the couple.
class TrendsPage final : public QWidget {
    Q_OBJECT
public:
    explicit TrendsPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    void clear();
    // The report is kept between visits: only a change to what it counts
    // (check-in parts, entries) makes the next visit compute it again.
    void markStale() { m_stale = true; }
    void refreshIfStale();

    QComboBox* ratingChoice() const { return m_rating; }
    TrendChart* ratingChart() const { return m_ratingChart; }
    TrendChart* entriesChart() const { return m_entriesChart; }
    TrendChart* moodChart() const { return m_moodChart; }
    QTableView* weeksTable() const { return m_weeksTable; }
    QTableView* monthsTable() const { return m_monthsTable; }
    QPushButton* tableButton() const { return m_asTable; }
    QPushButton* chartButton() const { return m_asChart; }
    QLabel* emptyState() const { return m_empty; }
    bool showsTable() const;

Q_SIGNALS:
    void openWeek(const QString& week);
    void openCheckIn();
    void errorOccurred(const QString& message);

private:
    void showRating();
    void showMonths();
    void showAs(bool table);
    bool showsTables() const;
    void fillTables();
    void fillWeeksTable();
    void fillMonthsTable();
    QStringList monthLabels() const;
    // The chart of the rating chosen above it (null when the report has none).
    const core::RatingChart* chosenChart() const;

    Session& m_session;
    std::optional<core::TrendsReport> m_report;
    QStackedWidget* m_content = nullptr;
    QWidget* m_emptyPage = nullptr;
    QLabel* m_empty = nullptr;
    QComboBox* m_rating = nullptr;
    QButtonGroup* m_view = nullptr;
    QPushButton* m_asChart = nullptr;
    QPushButton* m_asTable = nullptr;
    QStackedWidget* m_ratingViews = nullptr;
    QStackedWidget* m_monthViews = nullptr;
    TrendChart* m_ratingChart = nullptr;
    TrendChart* m_entriesChart = nullptr;
    TrendChart* m_moodChart = nullptr;
    QLabel* m_marked = nullptr;
    QTableView* m_weeksTable = nullptr;
    QTableView* m_monthsTable = nullptr;
    QStandardItemModel* m_weeks = nullptr;
    // The report changed since the tables were filled.
    bool m_stale = true;
    bool m_weeksStale = true;
    bool m_monthsStale = true;
    QStandardItemModel* m_months = nullptr;
};

} // namespace twofold::ui
