#include "trends/TrendsPage.h"

#include "Session.h"
#include "journal/Journal.h"
#include "prompts/CheckInGuide.h"
#include "trends/TrendChart.h"
#include "widgets/Card.h"
#include "widgets/TextStyles.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace twofold::ui {

namespace {

QTableView* table(QStandardItemModel* model, const QString& name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setMinimumHeight(240);
    return view;
}

QString number(const std::optional<double>& value, int decimals = 1) {
    if (!value) {
        return QStringLiteral("—");
    }
    return QLocale().toString(*value, 'f', std::abs(*value - std::round(*value)) < 0.05 ? 0 : decimals);
}

QStandardItem* cell(const QString& text, const QVariant& data = {}) {
    auto* item = new QStandardItem(text);
    item->setData(data, Qt::UserRole);
    return item;
}

} // namespace

TrendsPage::TrendsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("trendsPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_content = new QStackedWidget(this);
    outer->addWidget(m_content);

    // Nothing to draw yet.
    m_emptyPage = new QWidget(m_content);
    auto* empty = new QVBoxLayout(m_emptyPage);
    empty->addStretch(1);
    m_empty = new QLabel(tr("When you've both done a check-in, your ratings show here week by week, a line each."),
                         m_emptyPage);
    m_empty->setObjectName(QStringLiteral("trendsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    empty->addWidget(m_empty);
    auto* start = new QPushButton(tr("Open the check-in"), m_emptyPage);
    start->setObjectName(QStringLiteral("trendsStart"));
    start->setProperty("primary", true);
    empty->addWidget(start, 0, Qt::AlignHCenter);
    empty->addStretch(2);
    connect(start, &QPushButton::clicked, this, &TrendsPage::openCheckIn);
    m_content->addWidget(m_emptyPage);

    // Charts may use the full width (UX.md), in a scrolling page.
    auto* scroll = new QScrollArea(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    auto* top = new QHBoxLayout;
    top->addWidget(headingLabel(tr("Trends"), page, HeadingSize::Title));
    top->addStretch(1);
    m_view = new QButtonGroup(this);
    m_asChart = new QPushButton(tr("Chart"), page);
    m_asChart->setObjectName(QStringLiteral("asChart"));
    m_asTable = new QPushButton(tr("Table"), page);
    m_asTable->setObjectName(QStringLiteral("asTable"));
    auto* segments = new QHBoxLayout;
    segments->setSpacing(0);
    for (QPushButton* segment : {m_asChart, m_asTable}) {
        segment->setCheckable(true);
        m_view->addButton(segment);
        segments->addWidget(segment);
    }
    m_asChart->setChecked(true);
    m_asChart->setAccessibleName(tr("Show as charts"));
    m_asTable->setAccessibleName(tr("Show as tables"));
    top->addLayout(segments);
    layout->addLayout(top);

    auto* ratings = new Card(tr("Check-in ratings, week by week"), page);
    auto* choice = new QHBoxLayout;
    auto* choiceLabel = new QLabel(tr("Rating"), ratings);
    m_rating = new QComboBox(ratings);
    m_rating->setObjectName(QStringLiteral("ratingChoice"));
    choiceLabel->setBuddy(m_rating);
    m_rating->addItem(tr("Overall (each one's mean)"), QStringLiteral("overall"));
    if (auto guide = core::CheckInGuide::load()) {
        for (const core::CheckInRatingGuide& rating : guide->ratings()) {
            m_rating->addItem(rating.label, rating.key);
        }
    }
    choice->addWidget(choiceLabel);
    choice->addWidget(m_rating);
    choice->addStretch(1);
    ratings->body()->addLayout(choice);
    m_ratingViews = new QStackedWidget(ratings);
    m_ratingChart = new TrendChart(m_ratingViews);
    m_ratingChart->setObjectName(QStringLiteral("ratingChart"));
    m_ratingChart->setValueFormat(1);
    m_ratingChart->setMinimumHeight(240);
    m_ratingViews->addWidget(m_ratingChart);
    m_weeks = new QStandardItemModel(this);
    m_weeksTable = table(m_weeks, tr("Ratings by week, newest first"), m_ratingViews);
    m_weeksTable->setObjectName(QStringLiteral("weeksTable"));
    m_ratingViews->addWidget(m_weeksTable);
    ratings->body()->addWidget(m_ratingViews);
    m_marked = helperLabel(QString(), ratings);
    ratings->body()->addWidget(m_marked);
    layout->addWidget(ratings);

    auto* writing = new Card(tr("Writing, month by month"), page);
    m_monthViews = new QStackedWidget(writing);
    auto* charts = new QWidget(m_monthViews);
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(helperLabel(tr("Entries each month"), charts));
    m_entriesChart = new TrendChart(charts);
    m_entriesChart->setObjectName(QStringLiteral("entriesChart"));
    m_entriesChart->setAccessibleName(tr("Entries each month, a line for each of you"));
    chartsLayout->addWidget(m_entriesChart);
    chartsLayout->addWidget(helperLabel(tr("Mood each month (1 to 5, the mean of the entries with one)"), charts));
    m_moodChart = new TrendChart(charts);
    m_moodChart->setObjectName(QStringLiteral("moodChart"));
    m_moodChart->setValueFormat(1);
    m_moodChart->setAccessibleName(tr("Mood each month, a line for each of you"));
    chartsLayout->addWidget(m_moodChart);
    m_monthViews->addWidget(charts);
    m_months = new QStandardItemModel(this);
    m_monthsTable = table(m_months, tr("Entries and mood by month, newest first"), m_monthViews);
    m_monthsTable->setObjectName(QStringLiteral("monthsTable"));
    m_monthViews->addWidget(m_monthsTable);
    writing->body()->addWidget(m_monthViews);
    layout->addWidget(writing);
    layout->addStretch(1);
    m_content->addWidget(scroll);

    connect(m_rating, &QComboBox::currentIndexChanged, this, &TrendsPage::showRating);
    connect(m_asTable, &QPushButton::toggled, this, &TrendsPage::showAs);
    connect(m_ratingChart, &TrendChart::columnActivated, this, [this](int column) {
        if (m_report && column >= 0 && column < m_report->weeks.size()) {
            Q_EMIT openWeek(m_report->weeks[column]);
        }
    });
    connect(m_weeksTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString week = m_weeks->item(index.row(), 0)->data(Qt::UserRole).toString();
        if (!week.isEmpty()) {
            Q_EMIT openWeek(week);
        }
    });
}

bool TrendsPage::showsTable() const {
    return m_asTable->isChecked();
}

void TrendsPage::showAs(bool asTable) {
    if (asTable) {
        fillTables();
    }
    m_ratingViews->setCurrentIndex(asTable ? 1 : 0);
    m_monthViews->setCurrentIndex(asTable ? 1 : 0);
}

bool TrendsPage::showsTables() const {
    return m_ratingViews->currentIndex() == 1;
}

void TrendsPage::fillTables() {
    // Ten years are 520 rows: filled when the table is looked at, not on
    // every opening of the page (which shows the chart first).
    if (!m_report) {
        return;
    }
    if (m_weeksStale) {
        m_weeksStale = false;
        fillWeeksTable();
    }
    if (m_monthsStale) {
        m_monthsStale = false;
        fillMonthsTable();
    }
}

void TrendsPage::refreshIfStale() {
    if (m_stale || !m_report) {
        refresh();
    }
}

void TrendsPage::refresh() {
    m_stale = false;
    auto report = core::Trends(m_session.journal()).compute();
    if (!report) {
        m_report.reset();
        Q_EMIT errorOccurred(report.error().message);
        return;
    }
    m_report = std::move(*report);
    const bool anyRevealed =
        std::find(m_report->revealed.begin(), m_report->revealed.end(), true) != m_report->revealed.end();
    if (!anyRevealed && m_report->months.empty()) {
        m_content->setCurrentWidget(m_emptyPage);
        return;
    }
    m_content->setCurrentIndex(1);
    showRating();
    showMonths();
}

const core::RatingChart* TrendsPage::chosenChart() const {
    const QString key = m_rating->currentData().toString();
    const auto chart = std::find_if(m_report->ratings.begin(), m_report->ratings.end(),
                                    [&](const core::RatingChart& c) { return c.key == key; });
    return chart == m_report->ratings.end() ? nullptr : &*chart;
}

void TrendsPage::showRating() {
    if (!m_report) {
        return;
    }
    const core::RatingChart* chart = chosenChart();
    if (!chart) {
        return;
    }
    m_ratingChart->setData(m_report->weeks, chart->lines, 0, 10, chart->widestWeeks);
    m_ratingChart->setAccessibleName(tr("%1 by week, a line for each of you. Left and right move through the weeks; "
                                        "Enter opens that check-in.")
                                         .arg(m_rating->currentText()));
    QStringList widest;
    for (const int week : chart->widestWeeks) {
        widest << m_report->weeks[week];
    }
    m_marked->setText(widest.isEmpty()
                          ? tr("A gap is a week you didn't both do.")
                          : tr("A gap is a week you didn't both do. Shaded: where you saw it most differently (%1).")
                                .arg(widest.join(QStringLiteral(", "))));

    m_weeksStale = true;
    if (showsTables()) {
        fillTables();
    }
}

void TrendsPage::fillWeeksTable() {
    const core::RatingChart* chart = chosenChart();
    if (!chart) {
        return;
    }
    // The same numbers as a table, newest week first.
    m_weeks->clear();
    QStringList headers{tr("Week")};
    for (const core::TrendLine& line : chart->lines) {
        headers << line.name;
    }
    headers << tr("Apart by");
    m_weeks->setHorizontalHeaderLabels(headers);
    for (int w = static_cast<int>(m_report->weeks.size()) - 1; w >= 0; --w) {
        QList<QStandardItem*> row{cell(m_report->weeks[w], m_report->weeks[w])};
        std::vector<double> values;
        for (const core::TrendLine& line : chart->lines) {
            const auto& v = line.values[static_cast<size_t>(w)];
            row << cell(m_report->revealed[static_cast<size_t>(w)] ? number(v) : tr("not both in"));
            if (v) {
                values.push_back(*v);
            }
        }
        row << cell(values.size() == 2 ? number(std::abs(values[0] - values[1])) : QStringLiteral("—"));
        m_weeks->appendRow(row);
    }
    m_weeksTable->resizeColumnsToContents();
}

QStringList TrendsPage::monthLabels() const {
    QStringList labels;
    for (const QDate& month : m_report->months) {
        labels << QLocale().toString(month, QStringLiteral("MMM yyyy"));
    }
    return labels;
}

void TrendsPage::showMonths() {
    const QStringList labels = monthLabels();
    double most = 1;
    for (const core::TrendLine& line : m_report->entriesPerMonth) {
        for (const auto& v : line.values) {
            most = std::max(most, v.value_or(0));
        }
    }
    m_entriesChart->setData(labels, m_report->entriesPerMonth, 0, std::ceil(most));
    m_moodChart->setData(labels, m_report->moodPerMonth, 1, 5);

    m_monthsStale = true;
    if (showsTables()) {
        fillTables();
    }
}

void TrendsPage::fillMonthsTable() {
    const QStringList labels = monthLabels();
    m_months->clear();
    QStringList headers{tr("Month")};
    for (const core::TrendLine& line : m_report->entriesPerMonth) {
        headers << tr("%1: entries").arg(line.name);
    }
    for (const core::TrendLine& line : m_report->moodPerMonth) {
        headers << tr("%1: mood").arg(line.name);
    }
    m_months->setHorizontalHeaderLabels(headers);
    for (int m = static_cast<int>(m_report->months.size()) - 1; m >= 0; --m) {
        QList<QStandardItem*> row{cell(labels[m])};
        for (const core::TrendLine& line : m_report->entriesPerMonth) {
            row << cell(number(line.values[static_cast<size_t>(m)], 0));
        }
        for (const core::TrendLine& line : m_report->moodPerMonth) {
            row << cell(number(line.values[static_cast<size_t>(m)]));
        }
        m_months->appendRow(row);
    }
    m_monthsTable->resizeColumnsToContents();
}

void TrendsPage::clear() {
    m_report.reset();
    m_stale = true;
    m_ratingChart->setData({}, {}, 0, 10);
    m_entriesChart->setData({}, {}, 0, 1);
    m_moodChart->setData({}, {}, 1, 5);
    m_weeks->clear();
    m_months->clear();
    m_weeksStale = m_monthsStale = true;
    m_marked->clear();
    m_content->setCurrentWidget(m_emptyPage);
}

} // namespace twofold::ui
