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
    , m_session(session) {}

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
        const auto me = m_session.acting();
        return me && me->id == r.authorId;
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
