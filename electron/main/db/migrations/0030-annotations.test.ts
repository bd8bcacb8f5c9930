import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

const PREVIOUS = migrations.filter((m) => m.version < 30).at(-1)?.version ?? 0;
const ARTICLE = '11111111-1111-4111-8111-111111111111';
const NOTE = '22222222-2222-4222-8222-222222222222';

/** A database at the schema before this migration, holding one article, then migrated to 30. */
function migrated(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  expect(runMigrations(db, migrations, PREVIOUS)).toBe(PREVIOUS);
  db.prepare(
    `INSERT INTO articles (id, origin, content_hash, title, title_key, word_count, imported_at, updated_at)
     VALUES (?, 'seed:x', 'h', 'T', 't', 3, '2026-01-01', '2026-01-01')`,
  ).run(ARTICLE);
  expect(runMigrations(db, migrations, 30)).toBe(30);
  return db;
}

const insertAnnotation = (db: Database.Database, values: Partial<Record<string, unknown>> = {}) =>
  db
    .prepare(
      `INSERT INTO annotations (id, article_id, exact, prefix, suffix, start, end, color, style, note, anchor, created_at, updated_at)
       VALUES (@id, @article_id, @exact, '', '', @start, @end, @color, @style, '', @anchor, 'now', 'now')`,
    )
    .run({
      id: NOTE,
      article_id: ARTICLE,
      exact: 'two',
      start: 4,
      end: 7,
      color: 'yellow',
      style: 'highlight',
      anchor: 'exact',
      ...values,
    });

describe('migration 0030 annotations', () => {
  it('keeps existing articles and seeds six named colours', () => {
    const db = migrated();
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT id, name FROM color_labels ORDER BY position').all()).toEqual([
      { id: 'yellow', name: 'Key claim' },
      { id: 'orange', name: 'Question' },
      { id: 'red', name: 'Disagree' },
      { id: 'purple', name: 'Definition' },
      { id: 'blue', name: 'Evidence' },
      { id: 'green', name: 'Agree' },
    ]);
  });

  it.each([
    ['an unknown colour', { color: 'pink' }],
    ['an unknown style', { style: 'strike' }],
    ['an unknown anchor state', { anchor: 'lost' }],
    ['an empty range', { start: 5, end: 5 }],
    ['a negative start', { start: -1 }],
    ['an empty quote', { exact: '' }],
  ])('rejects %s', (_name, values) => {
    expect(() => insertAnnotation(migrated(), values)).toThrow(/CHECK/);
  });

  it('requires the article to exist', () => {
    expect(() => insertAnnotation(migrated(), { article_id: 'missing' })).toThrow(/FOREIGN KEY/);
  });

  it('refuses to delete an article that has annotations, deleted ones included, rather than lose them', () => {
    const db = migrated();
    insertAnnotation(db);
    const deleteArticle = () => db.prepare('DELETE FROM articles WHERE id = ?').run(ARTICLE);
    expect(deleteArticle).toThrow(/FOREIGN KEY/);
    db.prepare("UPDATE annotations SET deleted_at = 'now'").run();
    expect(deleteArticle).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 1 });
    // Only once the user's annotations are purged may the article go.
    db.prepare('DELETE FROM annotations').run();
    deleteArticle();
  });

  it('keeps tag names unique regardless of case and drops links and history with their annotation', () => {
    const db = migrated();
    insertAnnotation(db);
    db.prepare("INSERT INTO tags (name) VALUES ('Economy')").run();
    expect(() => db.prepare("INSERT INTO tags (name) VALUES ('economy')").run()).toThrow(/UNIQUE/);
    db.prepare('INSERT INTO annotation_tags (annotation_id, tag_id) SELECT ?, id FROM tags').run(NOTE);
    expect(() =>
      db.prepare('INSERT INTO annotation_tags (annotation_id, tag_id) SELECT ?, id FROM tags').run(NOTE),
    ).toThrow(/UNIQUE|PRIMARY KEY/);
    db.prepare(
      "INSERT INTO annotation_history (op, annotation_id, before_json, after_json, at) VALUES ('create', ?, NULL, '{}', 'now')",
    ).run(NOTE);
    expect(() =>
      db
        .prepare(
          "INSERT INTO annotation_history (op, annotation_id, after_json, at) VALUES ('rename', ?, '{}', 'now')",
        )
        .run(NOTE),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM annotations WHERE id = ?').run(NOTE);
    expect(db.prepare('SELECT count(*) AS n FROM annotation_tags').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM annotation_history').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM tags').get()).toEqual({ n: 1 });
  });
});
