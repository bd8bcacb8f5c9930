import type { Database } from 'better-sqlite3';
import type {
  AnchorState,
  Annotation,
  AnnotationStyle,
  ColorId,
  DeletedAnnotation,
} from '../../../shared/model/annotation';
import { GlossError } from '../errors';
import { statement } from '../db/statements';

export type AnnotationRow = Readonly<{
  id: string;
  article_id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  color: ColorId;
  style: AnnotationStyle;
  note: string;
  anchor: AnchorState;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** JSON array of tag names, in name order. */
  tags_json: string;
}>;

/** An annotation as the table holds it, live or deleted: what the history snapshots. */
export interface StoredAnnotation extends Annotation {
  readonly deletedAt: string | null;
}

/** Columns of `annotations a`, tags folded in so a list is one query. */
export const ANNOTATION_COLUMNS = `a.id, a.article_id, a.exact, a.prefix, a.suffix, a.start, a.end, a.color, a.style,
  a.note, a.anchor, a.created_at, a.updated_at, a.deleted_at,
  (SELECT json_group_array(t.name ORDER BY t.name COLLATE NOCASE)
     FROM annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = a.id) AS tags_json`;

export function toStored(row: AnnotationRow): StoredAnnotation {
  return {
    id: row.id,
    articleId: row.article_id,
    quote: { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    position: { type: 'TextPositionSelector', start: row.start, end: row.end },
    color: row.color,
    style: row.style,
    note: row.note,
    tags: JSON.parse(row.tags_json) as string[],
    anchor: row.anchor,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function toAnnotation(stored: StoredAnnotation): Annotation {
  return {
    id: stored.id,
    articleId: stored.articleId,
    quote: stored.quote,
    position: stored.position,
    color: stored.color,
    style: stored.style,
    note: stored.note,
    tags: stored.tags,
    anchor: stored.anchor,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}

export function toDeleted(stored: StoredAnnotation): DeletedAnnotation {
  if (stored.deletedAt === null) throw new Error(`annotation ${stored.id} is not deleted`);
  return { ...stored, deletedAt: stored.deletedAt };
}

export function findStored(db: Database, id: string): StoredAnnotation | null {
  const row = statement(db, `SELECT ${ANNOTATION_COLUMNS} FROM annotations a WHERE a.id = ?`).get(id) as
    AnnotationRow | undefined;
  return row ? toStored(row) : null;
}

/** The annotation, which must be live (`deleted: false`) or in "Recently deleted" (`deleted: true`). */
export function requireStored(db: Database, id: string, deleted: boolean): StoredAnnotation {
  const stored = findStored(db, id);
  if (!stored || (stored.deletedAt !== null) !== deleted) {
    throw new GlossError(
      'NOT_FOUND',
      `No ${deleted ? 'deleted ' : ''}annotation with id ${id} is in the library.`,
    );
  }
  return stored;
}
