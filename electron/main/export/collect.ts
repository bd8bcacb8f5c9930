import type { Database } from 'better-sqlite3';
import type { ExportScope } from '../../../shared/export/inputs';
import type { ExportEntry } from '../../../shared/export/types';
import type { Annotation } from '../../../shared/model/annotation';
import { ANNOTATION_COLUMNS, toAnnotation, toStored, type AnnotationRow } from '../annotations/rows';
import { readBlocks } from '../db/articleTexts';
import { statement } from '../db/statements';
import { GlossError } from '../errors';

type ArticleRow = Readonly<{
  id: string;
  title: string;
  source: string | null;
  author: string | null;
  published_at: string | null;
}>;

const ARTICLE_COLUMNS = 'id, title, source, author, published_at';

function blockStarts(db: Database, articleId: string): number[] {
  return readBlocks(db, articleId).map((b) => b.start);
}

function entry(db: Database, row: ArticleRow, annotations: readonly Annotation[]): ExportEntry {
  return {
    article: {
      id: row.id,
      title: row.title,
      source: row.source,
      author: row.author,
      publishedAt: row.published_at,
      blockStarts: annotations.length > 0 ? blockStarts(db, row.id) : [],
    },
    annotations,
  };
}

/**
 * The articles in scope with their live annotations in text order (ties by creation, then id, so
 * two exports of the same library are the same bytes); articles by title, then id.
 */
export function collectEntries(db: Database, scope: ExportScope): ExportEntry[] {
  if (scope === 'library') {
    const rows = statement(
      db,
      `SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY title_key, id`,
    ).all() as ArticleRow[];
    const byArticle = new Map<string, Annotation[]>();
    const annotationRows = statement(
      db,
      `SELECT ${ANNOTATION_COLUMNS} FROM annotations a WHERE a.deleted_at IS NULL ORDER BY a.article_id, a.start, a.end, a.created_at, a.id`,
    ).all() as AnnotationRow[];
    for (const row of annotationRows) {
      const annotation = toAnnotation(toStored(row));
      const list = byArticle.get(annotation.articleId);
      if (list) list.push(annotation);
      else byArticle.set(annotation.articleId, [annotation]);
    }
    return rows.map((row) => entry(db, row, byArticle.get(row.id) ?? []));
  }
  const ids = [...new Set(scope.articleIds)];
  const rows = ids.map((id) => {
    const row = statement(db, `SELECT ${ARTICLE_COLUMNS}, title_key FROM articles WHERE id = ?`).get(id) as
      (ArticleRow & { title_key: string }) | undefined;
    if (!row) throw new GlossError('NOT_FOUND', `No article with id ${id} is in the library.`);
    return row;
  });
  rows.sort((a, b) =>
    a.title_key < b.title_key ? -1 : a.title_key > b.title_key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return rows.map((row) => {
    const annotationRows = statement(
      db,
      `SELECT ${ANNOTATION_COLUMNS} FROM annotations a
        WHERE a.article_id = ? AND a.deleted_at IS NULL ORDER BY a.start, a.end, a.created_at, a.id`,
    ).all(row.id) as AnnotationRow[];
    return entry(
      db,
      row,
      annotationRows.map((r) => toAnnotation(toStored(r))),
    );
  });
}
