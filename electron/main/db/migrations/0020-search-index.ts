import type { Migration } from './types';

/**
 * The full-text search index: one FTS5 document per article (title, body, compounds), so AND, NOT and
 * bm25 work over whole articles, the unit a reader searches for; passages are found afterwards, in the
 * few articles shown.
 *
 * The index holds text already folded and tokenized by `shared/search` (one definition of a word for the
 * index, the query and the highlighter), which SQL triggers cannot compute. So triggers only queue the
 * articles whose title or blocks changed in `search_pending`, and `syncSearchIndex` folds and indexes
 * them in one transaction before the next search. `search_docs` gives each article a stable integer
 * rowid (an articles rowid may change on VACUUM) and records the index generation it was last written
 * at. `search_vocab` lists the indexed terms for the fuzzy matcher; `search_vocab_cache` keeps the
 * matcher's built arrays, so a restart loads them and adds only the articles indexed since.
 */
export const searchIndex: Migration = {
  version: 20,
  name: 'search-index',
  up(db) {
    db.exec(`
      CREATE TABLE search_docs (
        docid       INTEGER PRIMARY KEY,
        article_id  TEXT NOT NULL UNIQUE,
        generation  INTEGER NOT NULL
      );
      CREATE INDEX search_docs_by_generation ON search_docs (generation);

      CREATE TABLE search_pending (
        article_id  TEXT PRIMARY KEY
      ) WITHOUT ROWID;

      CREATE TABLE search_state (
        key    TEXT PRIMARY KEY,
        value  INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE VIRTUAL TABLE search_fts USING fts5 (
        title, body, compounds,
        content = '',
        contentless_delete = 1,
        tokenize = 'ascii'
      );

      CREATE VIRTUAL TABLE search_vocab USING fts5vocab (search_fts, 'row');

      CREATE TABLE search_vocab_cache (
        id             INTEGER PRIMARY KEY CHECK (id = 1),
        generation     INTEGER NOT NULL,
        format         INTEGER NOT NULL,
        terms          TEXT NOT NULL,
        docs           BLOB NOT NULL,
        lexical        BLOB NOT NULL,
        gram_keys      BLOB NOT NULL,
        gram_offsets   BLOB NOT NULL,
        gram_ids       BLOB NOT NULL,
        translit_keys  TEXT NOT NULL,
        translit_ids   BLOB NOT NULL
      );

      CREATE TRIGGER search_article_inserted AFTER INSERT ON articles BEGIN
        INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.id);
      END;
      CREATE TRIGGER search_article_retitled AFTER UPDATE OF title ON articles BEGIN
        INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.id);
      END;
      CREATE TRIGGER search_article_deleted AFTER DELETE ON articles BEGIN
        INSERT OR IGNORE INTO search_pending (article_id) VALUES (old.id);
      END;
      CREATE TRIGGER search_block_inserted AFTER INSERT ON blocks BEGIN
        INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.article_id);
      END;
      CREATE TRIGGER search_block_updated AFTER UPDATE ON blocks BEGIN
        INSERT OR IGNORE INTO search_pending (article_id) VALUES (old.article_id), (new.article_id);
      END;
      CREATE TRIGGER search_block_deleted AFTER DELETE ON blocks BEGIN
        INSERT OR IGNORE INTO search_pending (article_id) VALUES (old.article_id);
      END;

      INSERT INTO search_pending (article_id) SELECT id FROM articles;
    `);
  },
};
