import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

describe('migration 0010 initial', () => {
  it('creates articles with blocks that cascade on delete', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, migrations, 10);
    db.prepare(
      `INSERT INTO articles (id, origin, content_hash, title, title_key, word_count, imported_at, updated_at)
       VALUES ('a', 'seed:x', 'h', 'T', 't', 3, '2026-01-01', '2026-01-01')`,
    ).run();
    db.prepare(
      "INSERT INTO blocks (article_id, idx, kind, text, start) VALUES ('a', 0, 'paragraph', 'one two three', 0)",
    ).run();
    expect(() =>
      db
        .prepare("INSERT INTO blocks (article_id, idx, kind, text, start) VALUES ('a', 1, 'banner', 'x', 15)")
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO blocks (article_id, idx, kind, text, start) VALUES ('missing', 0, 'paragraph', 'x', 0)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) AS n FROM blocks').get()).toEqual({ n: 0 });
  });

  it('keeps one article per origin', () => {
    const db = new Database(':memory:');
    runMigrations(db, migrations, 10);
    const insert = db.prepare(
      `INSERT INTO articles (id, origin, content_hash, title, title_key, word_count, imported_at, updated_at)
       VALUES (?, 'seed:x', 'h', 'T', 't', 0, '', '')`,
    );
    insert.run('a');
    expect(() => insert.run('b')).toThrow(/UNIQUE/);
  });
});
