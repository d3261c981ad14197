#pragma once

#include "domain/Entry.h"
#include "journal/ChangeFeed.h"

#include <QAbstractListModel>
#include <QDate>

#include <vector>

namespace twofold::ui {

class Session;

// The journal's entries, newest first, as a list model that pages: rows
// arrive a page at a time through canFetchMore()/fetchMore(), so a journal of
// years opens as fast as one of days. Each row keeps only what the timeline
// shows (the first lines, not the whole text).
//
// It follows the journal's change feed row by row — an entry saved, trashed
// or restored here or in twofold-cli is inserted, changed, moved or removed
// where it belongs among the rows fetched so far — so selection, current row
// and scroll position survive. Only a bulk change (an import) resets it.
class TimelineModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DayRole,
        AuthorIdRole,
        AuthorNameRole,
        AuthorColourRole,
        TitleRole,
        PreviewRole,
        MoodRole, // 0: none
        TagsRole,
        PrivateRole,
        DeletedRole,
        MineRole,
        MonthRole,        // "November 2026"
        FirstOfMonthRole, // the row starts a month group
    };
    static constexpr int kPageSize = 100;

    explicit TimelineModel(Session& session, QObject* parent = nullptr);

    // Replaces the filter (its limit/offset are the model's own) and starts
    // over from the first page.
    void setFilter(const core::EntryFilter& filter);
    const core::EntryFilter& filter() const { return m_filter; }
    void reload();
    // Drops every row (on lock).
    void clear();
    // The row of an entry among those fetched, or -1.
    int rowOf(const QString& entryId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    struct Row {
        QString id;
        QDate day;
        QString authorId;
        QString authorName;
        QString title;
        QString preview;
        int mood = 0;
        QStringList tags;
        bool isPrivate = false;
        bool deleted = false;
        QDateTime created;
    };
    static Row rowFrom(const core::Entry& entry);
    void follow(const core::ChangeSet& changes);
    // Brings one entry's row up to date: inserts, changes, moves or removes.
    void refreshEntry(const QString& entryId);
    // Where an entry belongs among the fetched rows, the row `skip` left out
    // (the entry's own, when it has one); -1 past the last one while more
    // pages wait (it arrives with them).
    int insertionRow(const core::Entry& entry, int skip = -1) const;
    // Removes one row and tells the next whether it now starts a month.
    void removeRowAt(int row);
    void announceMonthStart(int row);

    Session& m_session;
    core::EntryFilter m_filter;
    std::vector<Row> m_rows;
    bool m_exhausted = true;
    bool m_fetching = false;
};

} // namespace twofold::ui
