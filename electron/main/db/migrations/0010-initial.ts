import type { Migration } from './types';

/** Articles and their ordered blocks. The origin names where an article came from, so a re-import updates it. */
export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id            TEXT PRIMARY KEY,
        origin        TEXT NOT NULL UNIQUE,
        content_hash  TEXT NOT NULL,
        title         TEXT NOT NULL,
        title_key     TEXT NOT NULL,
        source        TEXT,
        author        TEXT,
        published_at  TEXT,
        word_count    INTEGER NOT NULL,
        imported_at   TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      CREATE INDEX articles_by_date ON articles (published_at, title_key);
      CREATE INDEX articles_by_title ON articles (title_key);
      CREATE INDEX articles_by_imported ON articles (imported_at);
      CREATE INDEX articles_by_hash ON articles (content_hash);

      CREATE TABLE blocks (
        id          INTEGER PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx         INTEGER NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'caption', 'quote')),
        text        TEXT NOT NULL,
        start       INTEGER NOT NULL,
        UNIQUE (article_id, idx)
      );

      CREATE TABLE settings (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      );
    `);
  },
};
