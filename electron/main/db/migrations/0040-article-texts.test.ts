import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../../../shared/text/canonical';
import { decodeBlocks, readStoredText } from '../articleTexts';
import { syncSearchIndex } from '../../search/syncSearchIndex';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

const PREVIOUS = migrations.filter((m) => m.version < 40).at(-1)?.version ?? 0;

function insertArticle(
  db: Database.Database,
  id: string,
  blocks: readonly (readonly [string, string])[],
): void {
  db.prepare(
    `INSERT INTO articles (id, origin, content_hash, title, title_key, word_count, imported_at, updated_at)
     VALUES (?, ?, 'h', 'T', 't', 0, '2026-01-01', '2026-01-01')`,
  ).run(id, `test:${id}`);
  let start = 0;
  // Inserted out of order: the migration must follow idx, not rowid.
  const rows = blocks.map(([kind, text], idx) => {
    const row = { idx, kind, text, start };
    start += codePointLength(text) + 2;
    return row;
  });
  for (const row of [...rows].reverse()) {
    db.prepare('INSERT INTO blocks (article_id, idx, kind, text, start) VALUES (?, ?, ?, ?, ?)').run(
      id,
      row.idx,
      row.kind,
      row.text,
      row.start,
    );
  }
}

function atPrevious(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  expect(runMigrations(db, migrations, PREVIOUS)).toBe(PREVIOUS);
  return db;
}

describe('migration 0040 article texts', () => {
  it('moves every block into one row per article, in order, with the same offsets', () => {
    const db = atPrevious();
    const blocks = [
      ['heading', 'Elections 👍'],
      ['paragraph', 'The Mazhilis met on Monday.'],
      ['caption', 'Photo credit: Kazinform'],
      ['quote', '“We will,” she said.'],
    ] as const;
    insertArticle(db, 'a', blocks);
    insertArticle(db, 'empty', []);
    const before = db
      .prepare("SELECT idx AS 'index', kind, text, start FROM blocks WHERE article_id = 'a' ORDER BY idx")
      .all();

    expect(runMigrations(db, migrations, 40)).toBe(40);

    const stored = readStoredText(db, 'a');
    expect(stored).toEqual({ kinds: 'hpcq', body: blocks.map(([, t]) => t).join('\n\n') });
    expect(stored && decodeBlocks(stored)).toEqual(before);
    expect(readStoredText(db, 'empty')).toEqual({ kinds: '', body: '' });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'blocks'").get()).toBeUndefined();
  });

  it('keeps the search index following text changes, and cascades deletes', () => {
    const db = atPrevious();
    insertArticle(db, 'a', [['paragraph', 'A cormorant dried its wings.']]);
    runMigrations(db, migrations, 40);
    syncSearchIndex(db);
    db.prepare("UPDATE article_texts SET body = 'A heron waited.' WHERE article_id = 'a'").run();
    expect(db.prepare('SELECT article_id FROM search_pending').pluck().all()).toEqual(['a']);
    expect(() => db.prepare("UPDATE article_texts SET kinds = 'px' WHERE article_id = 'a'").run()).toThrow(
      /CHECK/u,
    );
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) FROM article_texts').pluck().get()).toBe(0);
  });
});
