import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { syncSearchIndex } from '../../search/syncSearchIndex';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

function insertArticle(db: Database.Database, id: string, title: string, blocks: readonly string[]): void {
  db.prepare(
    `INSERT INTO articles (id, origin, content_hash, title, title_key, word_count, imported_at, updated_at)
     VALUES (?, ?, 'h', ?, lower(?), 0, '2026-01-01', '2026-01-01')`,
  ).run(id, `test:${id}`, title, title);
  blocks.forEach((text, idx) =>
    db
      .prepare("INSERT INTO blocks (article_id, idx, kind, text, start) VALUES (?, ?, 'paragraph', ?, 0)")
      .run(id, idx, text),
  );
}

/** The same at the latest schema, where an article's text is one row. */
function addArticle(db: Database.Database, id: string, title: string, body: string): void {
  db.prepare(
    `INSERT INTO articles (id, origin, content_hash, title, title_key, word_count, imported_at, updated_at)
     VALUES (?, ?, 'h', ?, lower(?), 0, '2026-01-01', '2026-01-01')`,
  ).run(id, `test:${id}`, title, title);
  db.prepare("INSERT INTO article_texts (article_id, kinds, body) VALUES (?, 'p', ?)").run(id, body);
}

/** Article ids whose index document matches the FTS5 expression. */
function matching(db: Database.Database, expression: string): string[] {
  return db
    .prepare(
      `SELECT d.article_id FROM search_fts JOIN search_docs d ON d.docid = search_fts.rowid
        WHERE search_fts MATCH ? ORDER BY d.article_id`,
    )
    .pluck()
    .all(expression) as string[];
}

function migratedWithArticle(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, migrations, 10);
  insertArticle(db, 'a', 'Elections to the Mazhilis', [
    'The de-bureaucratization of Kassym-Jomart Tokayev’s office.',
  ]);
  expect(runMigrations(db, migrations, 20)).toBe(20);
  expect(db.prepare('SELECT article_id FROM search_pending').pluck().all()).toEqual(['a']);
  // Indexing is today's code, which reads today's schema.
  runMigrations(db, migrations);
  return db;
}

describe('migration 0020 search index', () => {
  it('queues the articles already there and indexes them at the first sync', () => {
    const db = migratedWithArticle();
    expect(syncSearchIndex(db)).toEqual({ indexed: 1, removed: 0 });
    expect(db.prepare('SELECT count(*) FROM search_pending').pluck().get()).toBe(0);
    expect(matching(db, 'mazhilis')).toEqual(['a']);
    expect(matching(db, 'debureaucratization')).toEqual(['a']);
    expect(matching(db, '"de bureaucratization"')).toEqual(['a']);
    expect(matching(db, '"kassym jomart tokayev"')).toEqual(['a']);
    expect(matching(db, '{title}: mazhilis')).toEqual(['a']);
    expect(matching(db, '{title}: tokayev')).toEqual([]);
    const vocabulary = db.prepare('SELECT term FROM search_vocab').pluck().all();
    expect(vocabulary).toEqual(
      expect.arrayContaining(['debureaucratization', 'kassymjomart', 'tokayevs', 'mazhilis', 'tokayev']),
    );
  });

  it('keeps the index in step with later inserts, updates and deletes', () => {
    const db = migratedWithArticle();
    syncSearchIndex(db);

    addArticle(db, 'b', 'Maslikhat campaign', 'Candidates registered in every region.');
    expect(syncSearchIndex(db)).toEqual({ indexed: 1, removed: 0 });
    expect(matching(db, 'maslikhat')).toEqual(['b']);

    db.prepare("UPDATE article_texts SET body = 'Candidates withdrew.' WHERE article_id = 'b'").run();
    db.prepare("UPDATE articles SET title = 'Senate session' WHERE id = 'a'").run();
    expect(syncSearchIndex(db)).toEqual({ indexed: 2, removed: 0 });
    expect(matching(db, 'registered')).toEqual([]);
    expect(matching(db, 'withdrew')).toEqual(['b']);
    expect(matching(db, 'mazhilis')).toEqual([]);
    expect(matching(db, 'senate')).toEqual(['a']);

    db.prepare("UPDATE article_texts SET body = 'Akorda press service.' WHERE article_id = 'a'").run();
    syncSearchIndex(db);
    expect(matching(db, 'tokayev')).toEqual([]);
    expect(matching(db, 'akorda')).toEqual(['a']);

    db.prepare("DELETE FROM articles WHERE id = 'b'").run();
    expect(syncSearchIndex(db)).toEqual({ indexed: 0, removed: 1 });
    expect(matching(db, 'withdrew')).toEqual([]);
    expect(db.prepare('SELECT article_id FROM search_docs').pluck().all()).toEqual(['a']);
  });

  it('does nothing when nothing is queued', () => {
    const db = migratedWithArticle();
    syncSearchIndex(db);
    const generation = db.prepare("SELECT value FROM search_state WHERE key = 'generation'").pluck().get();
    expect(syncSearchIndex(db)).toEqual({ indexed: 0, removed: 0 });
    expect(db.prepare("SELECT value FROM search_state WHERE key = 'generation'").pluck().get()).toBe(
      generation,
    );
  });
});
