#include "search/SearchResultsModel.h"

#include "Words.h"
#include "search/SearchResultDelegate.h"

#include <QLocale>

namespace twofold::ui {

namespace {

bool sameHit(const core::search::SearchHit& a, const core::search::SearchHit& b) {
    return a.kind == b.kind && a.id == b.id && a.author == b.author;
}

} // namespace

void SearchResultsModel::setHits(std::vector<core::search::SearchHit> hits, bool sameQuery) {
    if (!sameQuery) {
        beginResetModel();
        m_hits = std::move(hits);
        endResetModel();
        return;
    }
    // Walk the new list in order: keep rows that match in place, remove the
    // ones that left, insert the ones that arrived.
    for (size_t i = 0; i < hits.size(); ++i) {
        const int row = static_cast<int>(i);
        if (i < m_hits.size() && sameHit(m_hits[i], hits[i])) {
            if (m_hits[i].snippet != hits[i].snippet || m_hits[i].date != hits[i].date) {
                m_hits[i] = hits[i];
                Q_EMIT dataChanged(index(row), index(row));
            }
            continue;
        }
        // Does the old row i appear later in the new list? Then a hit was
        // inserted before it; otherwise the old row is gone.
        bool oldStays = false;
        for (size_t j = i + 1; i < m_hits.size() && j < hits.size(); ++j) {
            oldStays = oldStays || sameHit(m_hits[i], hits[j]);
        }
        if (i < m_hits.size() && !oldStays) {
            beginRemoveRows({}, row, row);
            m_hits.erase(m_hits.begin() + row);
            endRemoveRows();
            --i; // compare the same new hit with the next old row
            continue;
        }
        beginInsertRows({}, row, row);
        m_hits.insert(m_hits.begin() + row, hits[i]);
        endInsertRows();
    }
    if (m_hits.size() > hits.size()) {
        beginRemoveRows({}, static_cast<int>(hits.size()), static_cast<int>(m_hits.size()) - 1);
        m_hits.resize(hits.size());
        endRemoveRows();
    }
}

void SearchResultsModel::clear() {
    if (m_hits.empty()) {
        return;
    }
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

const core::search::SearchHit* SearchResultsModel::hitAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_hits.size()) ? &m_hits[static_cast<size_t>(row)] : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QString SearchResultsModel::kindLabel(const QString& kind) {
    return kind == QLatin1String("entry")    ? tr("Entry")
           : kind == QLatin1String("answer") ? tr("Prompt answer")
                                             : tr("Check-in");
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::search::SearchHit& hit = m_hits[static_cast<size_t>(index.row())];
    switch (role) {
    case SearchResultDelegate::KindRole:
        return hit.kind;
    case SearchResultDelegate::IdRole:
        return hit.id;
    case SearchResultDelegate::MetaRole:
        return QStringLiteral("%1  ·  %2  ·  %3")
            .arg(QLocale().toString(hit.date, QLocale::ShortFormat),
                 words::writtenBy(hit.author, hit.importedBy, hit.authorship), kindLabel(hit.kind));
    case SearchResultDelegate::SnippetRole:
        return hit.snippet;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return SearchResultDelegate::parseSnippet(hit.snippet).text;
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2: %3")
            .arg(kindLabel(hit.kind), words::writtenBy(hit.author, hit.importedBy, hit.authorship),
                 SearchResultDelegate::parseSnippet(hit.snippet).text);
    default:
        return {};
    }
}

} // namespace twofold::ui
