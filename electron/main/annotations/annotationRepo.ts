import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { CodePointIndex, describe, type Selectors } from '../../../shared/anchoring';
import type {
  AnchorState,
  Annotation,
  AnnotationStyle,
  ColorId,
  DeletedAnnotation,
} from '../../../shared/model/annotation';
import { GlossError } from '../errors';
import { articleText } from './articleText';
import { recordChange } from './history';
import {
  ANNOTATION_COLUMNS,
  requireStored,
  toAnnotation,
  toDeleted,
  toStored,
  type AnnotationRow,
  type StoredAnnotation,
} from './rows';
import { statement } from '../db/statements';
import { insertAnnotation, setDeletedAt, writeAnnotation } from './store';
import { normalizeTags, pruneUnusedTags, sameTags } from './tags';

export interface NewAnnotation {
  readonly articleId: string;
  /** Code-point offsets into the article's canonical text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly color: ColorId;
  readonly style?: AnnotationStyle | undefined;
  readonly note?: string | undefined;
  readonly tags?: readonly string[] | undefined;
}

export interface AnnotationPatch {
  readonly id: string;
  readonly color?: ColorId | undefined;
  readonly style?: AnnotationStyle | undefined;
  readonly note?: string | undefined;
  readonly tags?: readonly string[] | undefined;
}

export interface SearchableAnnotation {
  readonly id: string;
  readonly articleId: string;
  readonly exact: string;
  readonly note: string;
  readonly tags: readonly string[];
  readonly color: ColorId;
  readonly style: AnnotationStyle;
  readonly anchor: AnchorState;
  /** Where it sits (its last place, for an orphan), in code points. */
  readonly start: number;
  readonly end: number;
  readonly updatedAt: string;
}

const isoNow = (): string => new Date().toISOString();

/**
 * Selectors for [start, end) of the article as stored now: the quote always comes from the library,
 * never from the caller, so it cannot be forged.
 */
function selectorsFor(db: Database, articleId: string, start: number, end: number): Selectors {
  const text = new CodePointIndex(articleText(db, articleId));
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new GlossError(
      'INVALID_ARGUMENT',
      `The range [${start}, ${end}) is not a non-empty part of the article (${text.length} characters).`,
    );
  }
  const selectors = describe(text, start, end);
  if (selectors.quote.exact.trim() === '') {
    throw new GlossError('INVALID_ARGUMENT', 'The selection holds only white space.');
  }
  return selectors;
}

export function createAnnotation(db: Database, input: NewAnnotation, now: string = isoNow()): Annotation {
  return db.transaction(() => {
    const { quote, position } = selectorsFor(db, input.articleId, input.start, input.end);
    const created: StoredAnnotation = {
      id: randomUUID(),
      articleId: input.articleId,
      quote,
      position,
      color: input.color,
      style: input.style ?? 'highlight',
      note: input.note ?? '',
      tags: normalizeTags(input.tags ?? []),
      anchor: 'exact',
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    insertAnnotation(db, created);
    const stored = requireStored(db, created.id, false);
    recordChange(db, 'create', null, stored, now);
    return toAnnotation(stored);
  })();
}

/** Changes colour, style, note or tags; a patch that changes nothing is not recorded as a change. */
export function updateAnnotation(db: Database, patch: AnnotationPatch, now: string = isoNow()): Annotation {
  return db.transaction(() => {
    const before = requireStored(db, patch.id, false);
    const tags = patch.tags ? normalizeTags(patch.tags) : before.tags;
    const changed =
      (patch.color !== undefined && patch.color !== before.color) ||
      (patch.style !== undefined && patch.style !== before.style) ||
      (patch.note !== undefined && patch.note !== before.note) ||
      // Tags compare as a set, case aside: a known tag keeps the spelling it was first given.
      !sameTags(tags, before.tags);
    if (!changed) return toAnnotation(before);
    writeAnnotation(db, {
      ...before,
      color: patch.color ?? before.color,
      style: patch.style ?? before.style,
      note: patch.note ?? before.note,
      tags,
      updatedAt: now,
    });
    const after = requireStored(db, patch.id, false);
    recordChange(db, 'update', before, after, now);
    return toAnnotation(after);
  })();
}

/** Re-attaches an annotation (typically an orphan) to [start, end) of its article, keeping id, note and tags. */
export function reattachAnnotation(
  db: Database,
  input: { readonly id: string; readonly start: number; readonly end: number },
  now: string = isoNow(),
): Annotation {
  return db.transaction(() => {
    const before = requireStored(db, input.id, false);
    const { quote, position } = selectorsFor(db, before.articleId, input.start, input.end);
    writeAnnotation(db, { ...before, quote, position, anchor: 'exact', updatedAt: now });
    const after = requireStored(db, input.id, false);
    recordChange(db, 'update', before, after, now);
    return toAnnotation(after);
  })();
}

/** Moves the annotation to "Recently deleted"; it stays restorable until purged. */
export function deleteAnnotation(db: Database, id: string, now: string = isoNow()): DeletedAnnotation {
  return db.transaction(() => {
    const before = requireStored(db, id, false);
    setDeletedAt(db, id, now);
    const after = requireStored(db, id, true);
    recordChange(db, 'delete', before, after, now);
    return toDeleted(after);
  })();
}

export function restoreAnnotation(db: Database, id: string, now: string = isoNow()): Annotation {
  return db.transaction(() => {
    const before = requireStored(db, id, true);
    setDeletedAt(db, id, null);
    const after = requireStored(db, id, false);
    recordChange(db, 'restore', before, after, now);
    return toAnnotation(after);
  })();
}

/** Deletes for good an annotation already in "Recently deleted", with its history; cannot be undone. */
export function purgeAnnotation(db: Database, id: string): { readonly id: string } {
  return db.transaction(() => {
    requireStored(db, id, true);
    statement(db, 'DELETE FROM annotations WHERE id = ?').run(id);
    pruneUnusedTags(db);
    return { id };
  })();
}

export function getAnnotation(db: Database, id: string): Annotation {
  return toAnnotation(requireStored(db, id, false));
}

/** Live annotations, of one article in text order, or of all by article title then position. */
export function listAnnotations(db: Database, articleId?: string): Annotation[] {
  const rows = (
    articleId === undefined
      ? statement(
          db,
          `SELECT ${ANNOTATION_COLUMNS} FROM annotations a JOIN articles ar ON ar.id = a.article_id
            WHERE a.deleted_at IS NULL ORDER BY ar.title_key, ar.id, a.start, a.end, a.created_at`,
        ).all()
      : statement(
          db,
          `SELECT ${ANNOTATION_COLUMNS} FROM annotations a
            WHERE a.article_id = ? AND a.deleted_at IS NULL ORDER BY a.start, a.end, a.created_at`,
        ).all(articleId)
  ) as AnnotationRow[];
  return rows.map((row) => toAnnotation(toStored(row)));
}

/** "Recently deleted", newest first. */
export function listDeletedAnnotations(db: Database): DeletedAnnotation[] {
  const rows = statement(
    db,
    `SELECT ${ANNOTATION_COLUMNS} FROM annotations a WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC, a.id`,
  ).all() as AnnotationRow[];
  return rows.map((row) => toDeleted(toStored(row)));
}

/** What the library search indexes of each live annotation. */
export function searchableAnnotations(db: Database): SearchableAnnotation[] {
  const rows = statement(
    db,
    `SELECT ${ANNOTATION_COLUMNS} FROM annotations a WHERE a.deleted_at IS NULL ORDER BY a.article_id, a.start`,
  ).all() as AnnotationRow[];
  return rows.map((row) => {
    const a = toStored(row);
    return {
      id: a.id,
      articleId: a.articleId,
      exact: a.quote.exact,
      note: a.note,
      tags: a.tags,
      color: a.color,
      style: a.style,
      anchor: a.anchor,
      start: a.position.start,
      end: a.position.end,
      updatedAt: a.updatedAt,
    };
  });
}
