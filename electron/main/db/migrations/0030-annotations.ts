import type { Migration } from './types';

/** Frozen here, as every migration is: later renames live in the table, not in code. */
const DEFAULT_LABELS: readonly (readonly [id: string, name: string])[] = [
  ['yellow', 'Key claim'],
  ['orange', 'Question'],
  ['red', 'Disagree'],
  ['purple', 'Definition'],
  ['blue', 'Evidence'],
  ['green', 'Agree'],
];

/**
 * Annotations (W3C quote + position selectors over the canonical text, in code points), their tags,
 * the user's names for colours, and an undo/redo history kept across restarts.
 *
 * `article_id` is ON DELETE RESTRICT: annotations are the user's own work, so the database refuses to
 * drop an article that still has any (deleted-but-restorable ones included) rather than losing them silently.
 */
export const annotations: Migration = {
  version: 30,
  name: 'annotations',
  up(db) {
    db.exec(`
      CREATE TABLE annotations (
        id          TEXT PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE RESTRICT,
        exact       TEXT NOT NULL CHECK (length(exact) > 0),
        prefix      TEXT NOT NULL,
        suffix      TEXT NOT NULL,
        start       INTEGER NOT NULL CHECK (start >= 0),
        end         INTEGER NOT NULL CHECK (end > start),
        color       TEXT NOT NULL CHECK (color IN ('yellow', 'orange', 'red', 'purple', 'blue', 'green')),
        style       TEXT NOT NULL DEFAULT 'highlight' CHECK (style IN ('highlight', 'underline')),
        note        TEXT NOT NULL DEFAULT '',
        anchor      TEXT NOT NULL DEFAULT 'exact' CHECK (anchor IN ('exact', 'moved', 'orphan')),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      );
      CREATE INDEX annotations_by_article ON annotations (article_id, start);
      CREATE INDEX annotations_deleted ON annotations (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE tags (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 64)
      );

      CREATE TABLE annotation_tags (
        annotation_id  TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
        tag_id         INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (annotation_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag_id);

      CREATE TABLE color_labels (
        id        TEXT PRIMARY KEY CHECK (id IN ('yellow', 'orange', 'red', 'purple', 'blue', 'green')),
        name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        position  INTEGER NOT NULL UNIQUE
      );

      CREATE TABLE annotation_history (
        seq            INTEGER PRIMARY KEY,
        op             TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'restore')),
        annotation_id  TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
        before_json    TEXT,
        after_json     TEXT NOT NULL,
        undone         INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        at             TEXT NOT NULL
      );
      CREATE INDEX annotation_history_by_annotation ON annotation_history (annotation_id);
    `);
    const label = db.prepare('INSERT INTO color_labels (id, name, position) VALUES (?, ?, ?)');
    DEFAULT_LABELS.forEach(([id, name], position) => label.run(id, name, position));
  },
};
