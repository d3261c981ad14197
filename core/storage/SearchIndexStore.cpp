#include "storage/SearchIndexStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::core::storage {

namespace {

// unicode61 with remove_diacritics 2 folds case and diacritics ("cafe" finds
// "café"). The same tokenizer in `doc` and `snip`, so a snippet marks exactly
// the words the index matched.
#define TWOFOLD_TOKENIZE "tokenize='unicode61 remove_diacritics 2'"

} // namespace

SearchIndexStore::SearchIndexStore()
    : m_db(std::make_unique<Database>(QString(), Database::Mode::Memory)) {
    // Contentless: only the words' positions are kept, never the text. No
    // prefix indexes: they tripled the index's memory, and a prefix query
    // reads the term list in order anyway.
    m_db->exec("CREATE VIRTUAL TABLE doc USING fts5(title, body, tags, content='', " TWOFOLD_TOKENIZE ")");
    // A word in a title says more about a document than one in its body.
    m_db->exec("INSERT INTO doc(doc, rank) VALUES('rank', 'bm25(4.0, 1.0, 2.0)')");
    // Buffer up to 64 MiB of pending terms before writing a segment (the
    // default is 1 MiB): a typical journal becomes a single segment with no
    // merging, and optimize() at the end has little left to do.
    m_db->exec("INSERT INTO doc(doc, rank) VALUES('hashsize', 67108864)");
    m_db->exec("CREATE TABLE docmeta (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL, "
               "slot TEXT NOT NULL, day TEXT NOT NULL, author TEXT NOT NULL, current INTEGER NOT NULL DEFAULT 1)");
    m_db->exec("CREATE VIRTUAL TABLE snip USING fts5(title, body, tags, " TWOFOLD_TOKENIZE ")");
}

SearchIndexStore::~SearchIndexStore() {
    // Statements before the connection they belong to.
    m_insertMeta.reset();
    m_insertDoc.reset();
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
    if (!m_insertMeta) {
        m_insertMeta =
            std::make_unique<Statement>(*m_db, "INSERT INTO docmeta (kind, ref, slot, day, author) VALUES (?,?,?,?,?)");
        m_insertDoc = std::make_unique<Statement>(*m_db, "INSERT INTO doc (rowid, title, body, tags) VALUES (?,?,?,?)");
    }
    Statement& meta = *m_insertMeta;
    meta.reset();
    meta.bind(1, row.kind).bind(2, row.ref).bind(3, row.slot).bind(4, row.day).bind(5, row.author);
    meta.run();
    Statement& doc = *m_insertDoc;
    doc.reset();
    doc.bind(1, m_db->lastInsertRowId()).bind(2, row.title).bind(3, row.body).bind(4, row.tags);
    doc.run();
}

int SearchIndexStore::retire(const QString& kind, const QString& ref) {
    Statement s(*m_db, "UPDATE docmeta SET current = 0 WHERE kind = ? AND ref = ? AND current");
    s.bind(1, kind).bind(2, ref);
    s.run();
    const int retired = m_db->changes();
    m_stale += retired;
    return retired;
}

void SearchIndexStore::indexGroups() {
    // Built once after the bulk load: one sort of every row is cheaper than
    // keeping the index in order row by row while 100,000 documents arrive.
    m_db->exec("CREATE INDEX IF NOT EXISTS docmeta_group ON docmeta(kind, ref) WHERE current");
}

void SearchIndexStore::optimize() {
    m_db->exec("INSERT INTO doc(doc) VALUES('optimize')");
}

int SearchIndexStore::count() {
    Statement s(*m_db, "SELECT count(*) FROM docmeta WHERE current");
    s.step();
    return s.integer(0);
}

std::vector<SearchHitRow> SearchIndexStore::query(const QString& match, int limit) {
    if (!m_query) {
        // Ranking is the cost of a search: bm25 for every document a query
        // matches. A query that matches thousands (a common word) ranks only
        // the kMaxRanked most recent matches — FTS5 walks its index newest
        // first and stops there — and returns the best of those; a rarer one
        // is ranked whole. The join skips stale documents; the inner limit
        // leaves room for them.
        m_query = std::make_unique<Statement>(
            *m_db, "SELECT m.id, m.kind, m.ref, m.slot, m.day, m.author FROM "
                   "(SELECT rowid AS id, rank AS score FROM doc WHERE doc MATCH ?1 ORDER BY rowid DESC LIMIT ?2) "
                   "AS hit JOIN docmeta m ON m.id = hit.id WHERE m.current ORDER BY hit.score, hit.id DESC LIMIT ?3");
    }
    Statement& s = *m_query;
    s.reset();
    s.bind(1, match).bind(2, kMaxRanked + m_stale).bind(3, limit);
    std::vector<SearchHitRow> hits;
    while (s.step()) {
        hits.push_back(SearchHitRow{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), {}});
    }
    s.reset();
    return hits;
}

void SearchIndexStore::snippets(const QString& match, std::vector<SearchHitRow>& hits,
                                const std::vector<const SearchDocumentRow*>& texts, int snippetTokens) {
    m_db->exec("BEGIN");
    try {
        {
            Statement insert(*m_db, "INSERT INTO snip (rowid, title, body, tags) VALUES (?,?,?,?)");
            for (size_t i = 0; i < hits.size() && i < texts.size(); ++i) {
                if (!texts[i]) {
                    continue;
                }
                insert.reset();
                insert.bind(1, static_cast<qint64>(i))
                    .bind(2, texts[i]->title)
                    .bind(3, texts[i]->body)
                    .bind(4, texts[i]->tags);
                insert.run();
            }
            Statement cut(*m_db, "SELECT rowid, snippet(snip, -1, ?, ?, '\u2026', ?) FROM snip WHERE snip MATCH ?");
            cut.bind(1, kMatchOpen).bind(2, kMatchClose).bind(3, snippetTokens).bind(4, match);
            while (cut.step()) {
                const qint64 index = cut.int64(0);
                if (index >= 0 && index < static_cast<qint64>(hits.size())) {
                    hits[static_cast<size_t>(index)].snippet = cut.text(1);
                }
            }
        }
        // Rolled back, not committed: the texts never stay in the table.
        m_db->exec("ROLLBACK");
    } catch (...) {
        m_db->exec("ROLLBACK");
        throw;
    }
}

} // namespace twofold::core::storage
