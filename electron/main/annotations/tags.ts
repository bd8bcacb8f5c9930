import type { Database } from 'better-sqlite3';
import type { TagCount } from '../../../shared/model/annotation';
import { statement } from '../db/statements';

/** Trimmed, inner whitespace collapsed, the first spelling kept when two differ only by case. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const name = tag.trim().replace(/\s+/gu, ' ');
    const key = name.toLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  const key = (tags: readonly string[]) => JSON.stringify(tags.map((t) => t.toLowerCase()).sort());
  return key(a) === key(b);
}

/** Replaces the annotation's tags; a name already known (in any case) reuses that tag and its spelling. */
export function setTags(db: Database, annotationId: string, tags: readonly string[]): void {
  statement(db, 'DELETE FROM annotation_tags WHERE annotation_id = ?').run(annotationId);
  const insertTag = statement(db, 'INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
  const tagId = statement(db, 'SELECT id FROM tags WHERE name = ?').pluck();
  const link = statement(db, 'INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)');
  for (const name of normalizeTags(tags)) {
    insertTag.run(name);
    link.run(annotationId, tagId.get(name));
  }
  pruneUnusedTags(db);
}

/** Tags no annotation (live or deleted) carries any more leave the completion list. */
export function pruneUnusedTags(db: Database): void {
  statement(
    db,
    'DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM annotation_tags x WHERE x.tag_id = tags.id)',
  ).run();
}

/** Tags on live annotations with how many carry each, most used first: the completion list. */
export function listTags(db: Database): TagCount[] {
  return statement(
    db,
    `SELECT t.name AS name, count(*) AS count
       FROM tags t
       JOIN annotation_tags x ON x.tag_id = t.id
       JOIN annotations a ON a.id = x.annotation_id AND a.deleted_at IS NULL
      GROUP BY t.id
      ORDER BY count DESC, t.name COLLATE NOCASE`,
  ).all() as TagCount[];
}
