#include "storage/SearchIndexStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::core::storage {

SearchIndexStore::SearchIndexStore()
    : m_db(std::make_unique<Database>(QString(), Database::Mode::Memory)) {
    // unicode61 with remove_diacritics 2 folds case and diacritics ("cafe"
    // finds "café"); prefix indexes of 2 and 3 characters make prefix*
    // queries cheap. Only title, body and tags are searched; the rest
    // travels along for the hit.
    m_db->exec("CREATE VIRTUAL TABLE doc USING fts5(title, body, tags, kind UNINDEXED, ref UNINDEXED, "
               "day UNINDEXED, author UNINDEXED, tokenize='unicode61 remove_diacritics 2', prefix='2 3')");
    // A word in a title says more about a document than one in its body.
    m_db->exec("INSERT INTO doc(doc, rank) VALUES('rank', 'bm25(4.0, 1.0, 2.0)')");
    // Buffer up to 64 MiB of pending terms before writing a segment (the
    // default is 1 MiB): a typical journal becomes a single segment with no
    // merging, and optimize() at the end has little left to do.
    m_db->exec("INSERT INTO doc(doc, rank) VALUES('hashsize', 67108864)");
}

SearchIndexStore::~SearchIndexStore() {
    // Statements before the connection they belong to.
    m_insert.reset();
    m_query.reset();
}

void SearchIndexStore::begin() {
    m_db->exec("BEGIN");
}

void SearchIndexStore::commit() {
    m_db->exec("COMMIT");
}

void SearchIndexStore::rollback() {
    m_db->exec("ROLLBACK");
}

void SearchIndexStore::insert(const SearchDocumentRow& row) {
    if (!m_insert) {
        m_insert = std::make_unique<Statement>(
            *m_db, "INSERT INTO doc (title, body, tags, kind, ref, day, author) VALUES (?,?,?,?,?,?,?)");
    }
    Statement& s = *m_insert;
    s.reset();
    s.bind(1, row.title)
        .bind(2, row.body)
        .bind(3, row.tags)
        .bind(4, row.kind)
        .bind(5, row.ref)
        .bind(6, row.day)
        .bind(7, row.author);
    s.run();
}

void SearchIndexStore::optimize() {
    m_db->exec("INSERT INTO doc(doc) VALUES('optimize')");
}

int SearchIndexStore::count() {
    Statement s(*m_db, "SELECT count(*) FROM doc");
    s.step();
    return s.integer(0);
}

std::vector<SearchHitRow> SearchIndexStore::query(const QString& match, int limit, int snippetTokens) {
    if (!m_query) {
        // ORDER BY rank lets FTS5 sort by itself and compute snippets only
        // for the rows that are returned.
        m_query = std::make_unique<Statement>(
            *m_db, "SELECT kind, ref, day, author, snippet(doc, -1, ?, ?, '\u2026', ?) FROM doc WHERE doc MATCH ? "
                   "ORDER BY rank LIMIT ?");
    }
    Statement& s = *m_query;
    s.reset();
    s.bind(1, kMatchOpen).bind(2, kMatchClose).bind(3, snippetTokens).bind(4, match).bind(5, limit);
    std::vector<SearchHitRow> hits;
    while (s.step()) {
        hits.push_back(SearchHitRow{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    }
    s.reset();
    return hits;
}

} // namespace twofold::core::storage
