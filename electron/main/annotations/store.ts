import type { Database } from 'better-sqlite3';
import type { StoredAnnotation } from './rows';
import { statement } from '../db/statements';
import { setTags } from './tags';

const COLUMNS = [
  'article_id',
  'exact',
  'prefix',
  'suffix',
  'start',
  'end',
  'color',
  'style',
  'note',
  'anchor',
  'created_at',
  'updated_at',
  'deleted_at',
] as const;

function values(a: StoredAnnotation): unknown[] {
  return [
    a.articleId,
    a.quote.exact,
    a.quote.prefix,
    a.quote.suffix,
    a.position.start,
    a.position.end,
    a.color,
    a.style,
    a.note,
    a.anchor,
    a.createdAt,
    a.updatedAt,
    a.deletedAt,
  ];
}

export function insertAnnotation(db: Database, a: StoredAnnotation): void {
  statement(
    db,
    `INSERT INTO annotations (id, ${COLUMNS.join(', ')}) VALUES (?${', ?'.repeat(COLUMNS.length)})`,
  ).run(a.id, ...values(a));
  setTags(db, a.id, a.tags);
}

/** Writes every field of the annotation, tags included. */
export function writeAnnotation(db: Database, a: StoredAnnotation): void {
  statement(db, `UPDATE annotations SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
    ...values(a),
    a.id,
  );
  setTags(db, a.id, a.tags);
}

/** Moves an annotation in or out of "Recently deleted" (null restores it). */
export function setDeletedAt(db: Database, id: string, deletedAt: string | null): void {
  statement(db, 'UPDATE annotations SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}
