#include "timeline/TimelineModel.h"

#include "Session.h"
#include "journal/Entries.h"
#include "journal/Journal.h"

#include <QColor>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>

namespace twofold::ui {

namespace {

// The first lines as plain words: Markdown marks would only distract here.
QString previewOf(const QString& text) {
    static const QRegularExpression marks(QStringLiteral("(^|\\n)\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+|[*_`]+"));
    QString plain = text.left(400);
    plain.replace(marks, QStringLiteral("\\1"));
    return plain.simplified().left(280);
}

} // namespace

TimelineModel::TimelineModel(Session& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session) {
    connect(&m_session, &Session::journalChanged, this, &TimelineModel::follow);
}

void TimelineModel::follow(const core::ChangeSet& changes) {
    if (!m_session.isUnlocked()) {
        return;
    }
    if (changes.everything) {
        reload();
        return;
    }
    for (const core::Change& change : changes.changes) {
        if (change.kind == core::ChangeKind::Entry) {
            refreshEntry(change.id);
        } else if (change.kind == core::ChangeKind::Partner) {
            // A new name or colour: every row may show it.
            if (!m_rows.empty()) {
                Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
            }
        }
    }
}

int TimelineModel::insertionRow(const core::Entry& entry, int skip) const {
    int position = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (static_cast<int>(i) == skip) {
            continue;
        }
        core::Entry other;
        other.day = m_rows[i].day;
        other.created = m_rows[i].created;
        if (core::Entries::listedBefore(entry, other)) {
            return position;
        }
        ++position;
    }
    // Past every fetched row: it belongs here only when there is no more.
    return m_exhausted ? position : -1;
}

void TimelineModel::announceMonthStart(int row) {
    // "Starts a month" depends on the row before: a neighbour may change.
    if (row >= 0 && row < static_cast<int>(m_rows.size())) {
        Q_EMIT dataChanged(index(row), index(row), {FirstOfMonthRole});
    }
}

void TimelineModel::removeRowAt(int row) {
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    announceMonthStart(row);
}

void TimelineModel::refreshEntry(const QString& entryId) {
    const int existing = rowOf(entryId);
    auto entry = core::Entries(m_session.journal()).get(entryId);
    // Gone from what this partner may read (the other's entry made
    // private), or no longer in this filter: the row leaves.
    const bool listed = entry && core::Entries::matches(*entry, m_filter);
    if (!listed) {
        if (existing >= 0) {
            removeRowAt(existing);
        }
        if (!entry && entry.error().code != core::ErrorCode::NotFound) {
            Q_EMIT errorOccurred(entry.error().message);
        }
        return;
    }
    // Where it belongs among the others (itself left out).
    const int target = insertionRow(*entry, existing);
    if (target < 0) {
        // Past the fetched rows: it arrives, or returns, with a later page.
        if (existing >= 0) {
            removeRowAt(existing);
        }
        return;
    }
    if (existing < 0) {
        beginInsertRows({}, target, target);
        m_rows.insert(m_rows.begin() + target, rowFrom(*entry));
        endInsertRows();
        announceMonthStart(target + 1);
        return;
    }
    if (target != existing) {
        // A new day: the row moves, keeping its selection with it.
        beginMoveRows({}, existing, existing, {}, target > existing ? target + 1 : target);
        Row moving = std::move(m_rows[static_cast<size_t>(existing)]);
        m_rows.erase(m_rows.begin() + existing);
        m_rows.insert(m_rows.begin() + target, std::move(moving));
        endMoveRows();
        announceMonthStart(existing);
        announceMonthStart(existing + 1);
    }
    m_rows[static_cast<size_t>(target)] = rowFrom(*entry);
    Q_EMIT dataChanged(index(target), index(target));
    announceMonthStart(target + 1);
}

void TimelineModel::setFilter(const core::EntryFilter& filter) {
    m_filter = filter;
    reload();
}

void TimelineModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    // Nothing to fetch while the reset is being announced: listeners that
    // fetch from inside modelReset would nest an insert in the reset.
    m_exhausted = true;
    endResetModel();
    m_exhausted = !m_session.isUnlocked();
}

void TimelineModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_exhausted = true;
    endResetModel();
}

int TimelineModel::rowOf(const QString& entryId) const {
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == entryId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void TimelineModel::fetchMore(const QModelIndex& parent) {
    // Views (and the model tester) may ask again from inside the insert
    // signals; one page at a time.
    if (parent.isValid() || m_exhausted || m_fetching) {
        return;
    }
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    if (!m_session.isUnlocked()) {
        m_exhausted = true;
        return;
    }
    core::EntryFilter page = m_filter;
    page.limit = kPageSize;
    page.offset = static_cast<int>(m_rows.size());
    auto entries = core::Entries(m_session.journal()).list(page);
    if (!entries) {
        m_exhausted = true;
        Q_EMIT errorOccurred(entries.error().message);
        return;
    }
    m_exhausted = static_cast<int>(entries->size()) < kPageSize;
    if (entries->empty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(entries->size()) - 1);
    for (const core::Entry& e : *entries) {
        m_rows.push_back(rowFrom(e));
    }
    endInsertRows();
}

TimelineModel::Row TimelineModel::rowFrom(const core::Entry& e) {
    Row r;
    r.id = e.id;
    r.day = e.day;
    r.authorId = e.authorId;
    r.authorName = e.authorName;
    r.title = e.title;
    r.preview = previewOf(e.text);
    r.mood = e.mood.value_or(0);
    r.tags = e.tags;
    r.isPrivate = e.visibility == core::Visibility::Private;
    r.deleted = e.deleted.has_value();
    r.created = e.created;
    return r;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& r = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        if (role == Qt::DisplayRole && r.title.isEmpty()) {
            return r.preview.left(80);
        }
        return r.title;
    case Qt::AccessibleTextRole:
        return tr("%1, by %2%3: %4")
            .arg(QLocale().toString(r.day, QLocale::LongFormat), r.authorName,
                 r.isPrivate ? tr(" (private)") : QString(), r.title.isEmpty() ? r.preview.left(80) : r.title);
    case Qt::ToolTipRole:
        return r.preview;
    case IdRole:
        return r.id;
    case DayRole:
        return r.day;
    case AuthorIdRole:
        return r.authorId;
    case AuthorNameRole:
        return r.authorName;
    case AuthorColourRole:
        return QColor(m_session.colourOf(r.authorId));
    case PreviewRole:
        return r.preview;
    case MoodRole:
        return r.mood;
    case TagsRole:
        return r.tags;
    case PrivateRole:
        return r.isPrivate;
    case DeletedRole:
        return r.deleted;
    case MineRole: {
        core::Entry entry;
        entry.authorId = r.authorId;
        return core::Entries(m_session.journal()).mayEdit(entry);
    }
    case MonthRole:
        return QString(QLocale().standaloneMonthName(r.day.month()) + QLatin1Char(' ') + QString::number(r.day.year()));
    case FirstOfMonthRole: {
        if (index.row() == 0) {
            return true;
        }
        const Row& prev = m_rows[static_cast<size_t>(index.row() - 1)];
        return prev.day.month() != r.day.month() || prev.day.year() != r.day.year();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(DayRole, "day");
    names.insert(AuthorIdRole, "authorId");
    names.insert(AuthorNameRole, "authorName");
    names.insert(AuthorColourRole, "authorColour");
    names.insert(TitleRole, "title");
    names.insert(PreviewRole, "preview");
    names.insert(MoodRole, "mood");
    names.insert(TagsRole, "tags");
    names.insert(PrivateRole, "isPrivate");
    names.insert(DeletedRole, "deleted");
    names.insert(MineRole, "mine");
    names.insert(MonthRole, "month");
    names.insert(FirstOfMonthRole, "firstOfMonth");
    return names;
}

} // namespace twofold::ui
