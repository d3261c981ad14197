#pragma once

#include "search/SearchIndex.h"

#include <QAbstractListModel>

#include <vector>

namespace twofold::ui {

// The hits of one search, best first, for the search page's list (roles as
// SearchResultDelegate paints them). A new query replaces the rows; the same
// query run again after a change keeps the rows that stayed and updates,
// inserts or removes only the others, so the current row survives.
class SearchResultsModel final : public QAbstractListModel {
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    // A new list of hits. `sameQuery`: the query is the one shown now, run
    // again because the journal changed.
    void setHits(std::vector<core::search::SearchHit> hits, bool sameQuery);
    void clear();
    const core::search::SearchHit* hitAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    static QString kindLabel(const QString& kind);
    std::vector<core::search::SearchHit> m_hits;
};

} // namespace twofold::ui
