#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace twofold::core::storage {

class Database;
class Statement;

// One document of the search index, in plaintext.
struct SearchDocumentRow {
    QString kind;   // "entry", "answer", "checkin"
    QString ref;    // what a hit points to: entry id, prompt id, week
    QString day;    // YYYY-MM-DD
    QString author; // partner name
    QString title;
    QString body;
    QString tags; // space separated
};

struct SearchHitRow {
    QString kind;
    QString ref;
    QString day;
    QString author;
    QString snippet;
};

// The SQL of the full-text index: an FTS5 table in a private in-memory
// database (its own connection, never the journal file), so plaintext is
// only ever in memory and disappears with this object. Not thread-safe:
// the owner serialises access. Every method throws SqlError.
class SearchIndexStore {
public:
    // Snippet markers around every matched term.
    static constexpr const char* kMatchOpen = "\u00ab";  // «
    static constexpr const char* kMatchClose = "\u00bb"; // »

    SearchIndexStore();
    ~SearchIndexStore();
    SearchIndexStore(const SearchIndexStore&) = delete;
    SearchIndexStore& operator=(const SearchIndexStore&) = delete;

    // Bulk loading: one transaction around many inserts.
    void begin();
    void commit();
    void rollback();
    void insert(const SearchDocumentRow& row);
    // Merges the index segments after a bulk load, so queries read fewer.
    void optimize();
    int count();

    // `match` is an FTS5 query expression (built by the query translator,
    // never typed by people). Best first (bm25, titles weigh more), at most
    // `limit` hits, each with a snippet of about `snippetTokens` tokens.
    std::vector<SearchHitRow> query(const QString& match, int limit, int snippetTokens = 16);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_query;
};

} // namespace twofold::core::storage
