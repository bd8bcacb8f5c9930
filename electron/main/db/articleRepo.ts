import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type {
  Article,
  ArticleDraft,
  ArticlePage,
  ArticleSort,
  ArticleSummary,
  SortDirection,
} from '../../../shared/model/article';
import { countWords, readingMinutes } from '../../../shared/text/canonical';
import { GlossError } from '../errors';
import { encodeBlocks, readBlocks, writeStoredText, type StoredText } from './articleTexts';
import { statement } from './statements';

type ArticleRow = Readonly<{
  id: string;
  title: string;
  source: string | null;
  author: string | null;
  published_at: string | null;
  word_count: number;
  imported_at: string;
  updated_at: string;
}>;

export type UpsertStatus = 'created' | 'updated' | 'unchanged';

export interface UpsertResult {
  readonly id: string;
  readonly status: UpsertStatus;
}

const SUMMARY_COLUMNS = 'id, title, source, author, published_at, word_count, imported_at, updated_at';

const ORDER_BY: Record<ArticleSort, Record<SortDirection, string>> = {
  // Undated articles sort after dated ones either way.
  date: {
    asc: 'published_at IS NULL, published_at ASC, title_key ASC',
    desc: 'published_at IS NULL, published_at DESC, title_key ASC',
  },
  title: { asc: 'title_key ASC', desc: 'title_key DESC' },
  imported: { asc: 'imported_at ASC, title_key ASC', desc: 'imported_at DESC, title_key ASC' },
};

function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    author: row.author,
    publishedAt: row.published_at,
    wordCount: row.word_count,
    readingMinutes: readingMinutes(row.word_count),
    importedAt: row.imported_at,
    updatedAt: row.updated_at,
  };
}

export function titleKey(title: string): string {
  return title.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** An article ready to store: everything computed that needs no database, so it can be made off the main thread. */
export interface PreparedArticle {
  readonly origin: string;
  readonly hash: string;
  readonly title: string;
  readonly titleKey: string;
  readonly source: string | null;
  readonly author: string | null;
  readonly publishedAt: string | null;
  readonly words: number;
  readonly text: StoredText;
}

export function prepareArticle(origin: string, hash: string, draft: ArticleDraft): PreparedArticle {
  const text = encodeBlocks(draft.blocks);
  return {
    origin,
    hash,
    title: draft.title,
    titleKey: titleKey(draft.title),
    source: draft.source,
    author: draft.author,
    publishedAt: draft.publishedAt,
    // The separator holds no word character, so counting the whole text counts every block.
    words: countWords(text.body),
    text,
  };
}

/**
 * Inserts the article or, when its origin is known, replaces its content in place (keeping its id).
 * Identical content (same hash) is left untouched. Call inside a transaction for batches.
 */
export function upsertPrepared(
  db: Database,
  a: PreparedArticle,
  now: string = new Date().toISOString(),
  /** Runs in the same savepoint after an existing article's text is replaced (to re-anchor its annotations). */
  onReplaced?: (id: string) => void,
): UpsertResult {
  const existing = statement(db, 'SELECT id, content_hash FROM articles WHERE origin = ?').get(a.origin) as
    { id: string; content_hash: string } | undefined;
  if (existing?.content_hash === a.hash) return { id: existing.id, status: 'unchanged' };

  const id = existing?.id ?? randomUUID();
  db.transaction(() => {
    if (existing) {
      statement(
        db,
        `UPDATE articles SET content_hash = ?, title = ?, title_key = ?, source = ?, author = ?,
           published_at = ?, word_count = ?, updated_at = ? WHERE id = ?`,
      ).run(a.hash, a.title, a.titleKey, a.source, a.author, a.publishedAt, a.words, now, id);
    } else {
      statement(
        db,
        `INSERT INTO articles (id, origin, content_hash, title, title_key, source, author, published_at,
           word_count, imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, a.origin, a.hash, a.title, a.titleKey, a.source, a.author, a.publishedAt, a.words, now, now);
    }
    writeStoredText(db, id, a.text);
    if (existing) onReplaced?.(id);
  })();
  return { id, status: existing ? 'updated' : 'created' };
}

export function upsertArticle(
  db: Database,
  origin: string,
  hash: string,
  draft: ArticleDraft,
  now: string = new Date().toISOString(),
): UpsertResult {
  return upsertPrepared(db, prepareArticle(origin, hash, draft), now);
}

export function findArticleIdByHash(db: Database, hash: string): string | null {
  const row = statement(db, 'SELECT id FROM articles WHERE content_hash = ? LIMIT 1').get(hash) as
    { id: string } | undefined;
  return row?.id ?? null;
}

export interface ListOptions {
  readonly offset: number;
  readonly limit: number;
  readonly sort: ArticleSort;
  readonly direction: SortDirection;
}

export function listArticles(db: Database, options: ListOptions): ArticlePage {
  const order = ORDER_BY[options.sort][options.direction];
  const rows = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM articles ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(options.limit, options.offset) as ArticleRow[];
  const { total } = statement(db, 'SELECT count(*) AS total FROM articles').get() as { total: number };
  return { items: rows.map(toSummary), total, offset: options.offset, limit: options.limit };
}

export function getArticle(db: Database, id: string): Article {
  const row = statement(db, `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id = ?`).get(id) as
    ArticleRow | undefined;
  if (!row) throw new GlossError('NOT_FOUND', `No article with id ${id} is in the library.`);
  return { ...toSummary(row), blocks: readBlocks(db, id) };
}

export function countArticles(db: Database): { articles: number; blocks: number; words: number } {
  const a = statement(db, 'SELECT count(*) AS n, coalesce(sum(word_count), 0) AS w FROM articles').get() as {
    n: number;
    w: number;
  };
  const b = statement(db, 'SELECT coalesce(sum(length(kinds)), 0) AS n FROM article_texts').get() as {
    n: number;
  };
  return { articles: a.n, blocks: b.n, words: a.w };
}

/** Bytes on disk: pages in use times page size (the WAL is folded in at checkpoint). */
export function databaseBytes(db: Database): number {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  return pages * size;
}
