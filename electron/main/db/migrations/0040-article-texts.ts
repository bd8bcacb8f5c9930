import type { Migration } from './types';

/**
 * One row of text per article instead of one row per block. The text is stored as the canonical text
 * annotations anchor to (block texts joined by a blank line) with one letter per block for its kind, so
 * an import writes two rows an article instead of twenty, and reading an article's text is one lookup.
 * Block indexes and offsets follow from the text; `articleRepo.readBlocks` derives them.
 */
export const articleTexts: Migration = {
  version: 40,
  name: 'article-texts',
  up(db) {
    db.exec(`
      CREATE TABLE article_texts (
        article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        kinds       TEXT NOT NULL CHECK (kinds NOT GLOB '*[^hpcq]*'),
        body        TEXT NOT NULL
      );

      INSERT INTO article_texts (article_id, kinds, body)
        SELECT a.id,
               coalesce((SELECT group_concat(substr(b.kind, 1, 1), '' ORDER BY b.idx) FROM blocks b WHERE b.article_id = a.id), ''),
               coalesce((SELECT group_concat(b.text, char(10, 10) ORDER BY b.idx) FROM blocks b WHERE b.article_id = a.id), '')
          FROM articles a;

      DROP TRIGGER search_block_inserted;
      DROP TRIGGER search_block_updated;
      DROP TRIGGER search_block_deleted;
      DROP TABLE blocks;

      CREATE TRIGGER search_text_inserted AFTER INSERT ON article_texts BEGIN
        INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.article_id);
      END;
      CREATE TRIGGER search_text_updated AFTER UPDATE ON article_texts BEGIN
        INSERT OR IGNORE INTO search_pending (article_id) VALUES (old.article_id), (new.article_id);
      END;
      CREATE TRIGGER search_text_deleted AFTER DELETE ON article_texts BEGIN
        INSERT OR IGNORE INTO search_pending (article_id) VALUES (old.article_id);
      END;
    `);
  },
};
