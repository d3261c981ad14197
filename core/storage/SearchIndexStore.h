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
    QString slot;   // which document of its group: a check-in part's author, "agreements"; an answer's author
    QString day;    // YYYY-MM-DD
    QString author; // partner name
    QString title;
    QString body;
    QString tags; // space separated
};

// A hit before its snippet is cut: `id` names the document for snippets().
struct SearchHitRow {
    qint64 id = 0;
    QString kind;
    QString ref;
    QString slot;
    QString day;
    QString author;
    QString snippet; // filled by snippets()
};

// The SQL of the full-text index, in a private in-memory database (its own
// connection, never the journal file):
//  - `doc`, a contentless FTS5 table: the index of words and nothing else —
//    no second plaintext copy of the journal;
//  - `docmeta`, what a hit points to (kind, ref, day, author), and whether
//    the document is still current. A changed document is marked stale and
//    indexed afresh, since a contentless table cannot forget a document
//    without its old text; stale ones are skipped and go with the index at
//    lock;
//  - `snip`, a small ordinary FTS5 table that holds only the few hits of
//    one query while their snippets are cut from text decrypted on demand.
// Not thread-safe: the owner serialises access. Every method throws
// SqlError.
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
    // Marks every current document of a group (kind, ref) stale; returns
    // how many.
    int retire(const QString& kind, const QString& ref);
    // After the bulk load and before the first retire(): the lookup of a
    // group's documents.
    void indexGroups();
    // Merges the index segments after a bulk load, so queries read fewer.
    void optimize();
    // Current documents.
    int count();

    // How many of a query's matches are ranked, most recent first (see
    // query()).
    static constexpr int kMaxRanked = 2000;

    // `match` is an FTS5 query expression (built by the query translator,
    // never typed by people). Best first (bm25, titles weigh more) among the
    // kMaxRanked most recently indexed matches, at most `limit` current
    // documents, without snippets.
    std::vector<SearchHitRow> query(const QString& match, int limit);
    // Cuts a snippet of about `snippetTokens` tokens for each hit from its
    // document's text (`texts[i]` belongs to `hits[i]`; a hit whose text is
    // missing keeps an empty snippet). Nothing stays behind in `snip`.
    void snippets(const QString& match, std::vector<SearchHitRow>& hits,
                  const std::vector<const SearchDocumentRow*>& texts, int snippetTokens = 16);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Statement> m_insertMeta;
    std::unique_ptr<Statement> m_insertDoc;
    std::unique_ptr<Statement> m_query;
    int m_stale = 0;
};

} // namespace twofold::core::storage
