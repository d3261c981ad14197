#include "storage/Schema.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <array>

namespace twofold::core::storage {

namespace {

// Every syncable row has: uuid, updated (UTC ms), device (who wrote it last),
// deleted_at (tombstone). Sealed columns are BLOBs (see crypto/Sealer.h);
// everything else is in clear by design (DESIGN.md, "what the file reveals").
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE partner (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    position           INTEGER NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    colour             TEXT NOT NULL,
    box_public_key     BLOB NOT NULL,
    journal_key_sealed BLOB NOT NULL,
    secrets_plain      BLOB,
    passphrase_wrap    BLOB,
    recovery_wrap      BLOB,
    created            INTEGER NOT NULL,
    updated            INTEGER NOT NULL,
    device             TEXT NOT NULL,
    deleted_at         INTEGER,
    CHECK ((secrets_plain IS NULL) <> (passphrase_wrap IS NULL))
);
CREATE UNIQUE INDEX partner_name ON partner(name COLLATE NOCASE);

CREATE TABLE entry (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    author_id  INTEGER NOT NULL REFERENCES partner(id),
    day        TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('shared', 'private')),
    created    INTEGER NOT NULL,
    updated    INTEGER NOT NULL,
    device     TEXT NOT NULL,
    deleted_at INTEGER,
    title      BLOB,
    body       BLOB NOT NULL,
    mood       BLOB,
    tags       BLOB
);
CREATE INDEX entry_by_day ON entry(day DESC, created DESC);
CREATE INDEX entry_by_author ON entry(author_id, day);

-- The editor's continuous autosave: at most one draft per partner and entry
-- (entry_uuid NULL = a new entry), sealed with the author's private key.
CREATE TABLE draft (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    author_id  INTEGER NOT NULL REFERENCES partner(id),
    entry_uuid TEXT,
    updated    INTEGER NOT NULL,
    device     TEXT NOT NULL,
    content    BLOB NOT NULL
);
CREATE UNIQUE INDEX draft_slot ON draft(author_id, ifnull(entry_uuid, ''));

CREATE TABLE checkin (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    week           TEXT NOT NULL UNIQUE,
    created        INTEGER NOT NULL,
    updated        INTEGER NOT NULL,
    device         TEXT NOT NULL,
    deleted_at     INTEGER,
    agreements     BLOB,
    agreements_by  INTEGER REFERENCES partner(id)
);

CREATE TABLE checkin_part (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    checkin_id   INTEGER NOT NULL REFERENCES checkin(id),
    author_id    INTEGER NOT NULL REFERENCES partner(id),
    submitted_at INTEGER,
    created      INTEGER NOT NULL,
    updated      INTEGER NOT NULL,
    device       TEXT NOT NULL,
    deleted_at   INTEGER,
    ratings      BLOB,
    fields       BLOB,
    UNIQUE (checkin_id, author_id)
);

-- Built-in prompts keep their stable id from resources/prompts in `key` and
-- their text in the resource (text NULL); custom prompts are sealed.
CREATE TABLE prompt (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    key        TEXT NOT NULL UNIQUE,
    theme      TEXT NOT NULL,
    depth      TEXT NOT NULL CHECK (depth IN ('light', 'deeper', 'deepest')),
    builtin    INTEGER NOT NULL,
    author_id  INTEGER REFERENCES partner(id),
    text       BLOB,
    created    INTEGER NOT NULL,
    updated    INTEGER NOT NULL,
    device     TEXT NOT NULL,
    deleted_at INTEGER
);

CREATE TABLE answer (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    prompt_id  INTEGER NOT NULL REFERENCES prompt(id),
    author_id  INTEGER NOT NULL REFERENCES partner(id),
    created    INTEGER NOT NULL,
    updated    INTEGER NOT NULL,
    device     TEXT NOT NULL,
    deleted_at INTEGER,
    body       BLOB NOT NULL,
    UNIQUE (prompt_id, author_id)
);

CREATE TABLE theme_choice (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    partner_id INTEGER NOT NULL REFERENCES partner(id),
    theme      TEXT NOT NULL,
    choice     BLOB NOT NULL,
    updated    INTEGER NOT NULL,
    device     TEXT NOT NULL,
    UNIQUE (partner_id, theme)
);

-- Which prompt was the prompt of the day, so it stays stable for the day and
-- is not repeated before the eligible pool is used up.
CREATE TABLE prompt_day (
    day       TEXT PRIMARY KEY,
    prompt_id INTEGER NOT NULL REFERENCES prompt(id)
) WITHOUT ROWID;
)sql";

// Schema v2 (issue 16): authorship and keys that can be checked.
// - partner.sign_public_key: the partner's Ed25519 public key (crypto_sign);
//   NULL until that partner's first unlock after this migration makes one.
// - partner.keys_signature: that partner's signature over their own public
//   keys and the journal key's commitment, so the other partner's pins can
//   follow a rotation they did not make.
// - signature on every authored row: the author's Ed25519 signature over the
//   row's clear fields, its subject and its sealed value(s); NULL means "not
//   signed yet" (a v1 row, until its author's next unlock signs it).
// - imported_by: the partner who imported a row written by the other one;
//   such a row is never shown as plain authorship until its author accepts
//   (signs) it, which clears the column.
// Only columns are added (ALTER TABLE ADD COLUMN rewrites nothing), so the
// step is fast on a large journal; all of it is one transaction.
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE partner ADD COLUMN sign_public_key BLOB;
ALTER TABLE partner ADD COLUMN keys_signature BLOB;

ALTER TABLE entry ADD COLUMN signature BLOB;
ALTER TABLE entry ADD COLUMN imported_by INTEGER REFERENCES partner(id);

ALTER TABLE draft ADD COLUMN signature BLOB;

ALTER TABLE checkin ADD COLUMN agreements_signature BLOB;
ALTER TABLE checkin ADD COLUMN agreements_imported_by INTEGER REFERENCES partner(id);

ALTER TABLE checkin_part ADD COLUMN signature BLOB;
ALTER TABLE checkin_part ADD COLUMN imported_by INTEGER REFERENCES partner(id);

ALTER TABLE prompt ADD COLUMN signature BLOB;
ALTER TABLE prompt ADD COLUMN imported_by INTEGER REFERENCES partner(id);

ALTER TABLE answer ADD COLUMN signature BLOB;
ALTER TABLE answer ADD COLUMN imported_by INTEGER REFERENCES partner(id);

ALTER TABLE theme_choice ADD COLUMN signature BLOB;
ALTER TABLE theme_choice ADD COLUMN imported_by INTEGER REFERENCES partner(id);
)sql";

// Schema v3: each partner's favourite prompts. One row per partner holding
// the set sealed with that partner's private-content key: which prompts
// someone keeps says as much as a theme choice (a desire prompt among them),
// so neither the other partner nor anyone with the file can read it. The
// row is written whole (never deleted: an empty set is a set), with the
// uuid/updated/device a later sync needs.
constexpr const char* kSchemaV3 = R"sql(
CREATE TABLE favourite_set (
    partner_id INTEGER PRIMARY KEY REFERENCES partner(id),
    uuid       TEXT NOT NULL UNIQUE,
    updated    INTEGER NOT NULL,
    device     TEXT NOT NULL,
    body       BLOB NOT NULL
);
)sql";

struct Migration {
    int version;
    const char* sql;
};

constexpr std::array kMigrations{
    Migration{1, kSchemaV1},
    Migration{2, kSchemaV2},
    Migration{3, kSchemaV3},
};

} // namespace

void migrate(Database& db) {
    for (const Migration& migration : kMigrations) {
        if (db.userVersion() >= migration.version) {
            continue;
        }
        Transaction transaction(db);
        // Read again under the write lock: another process may have upgraded
        // the file since (the window and the CLI opening it together).
        if (db.userVersion() >= migration.version) {
            continue;
        }
        db.exec(migration.sql);
        db.setUserVersion(migration.version);
        transaction.commit();
    }
}

} // namespace twofold::core::storage
