import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchPage } from '../../../shared/model/search';
import { matchWords, mergeRanges } from '../../../shared/search/highlightRanges';
import { parseQuery } from '../../../shared/search/parseQuery';
import { scanWords } from '../../../shared/search/tokenize';
import { compileFilters, type CompiledFilters } from './filters';
import { syncedVocabulary } from './liveVocabulary';
import { findPassages, type WeightedPattern } from './passages';
import { foldedBlocks } from './passageSource';
import { STAGES, planQuery, type QueryPlan } from './planQuery';
import { rankArticles, type RankedArticle } from './rankArticles';
import { searchAnnotations } from './searchAnnotations';
import { statement as cachedStatement } from '../db/statements';

export interface SearchInput {
  readonly q: string;
  readonly limit: number;
  readonly offset: number;
  readonly seq: number;
  /** The page of matching annotations (default: the first 5). */
  readonly annotationOffset?: number;
  readonly annotationLimit?: number;
}

export const SEARCH_PAGE_MAX = 50;

type ArticleRow = Readonly<{ id: string; title: string; source: string | null; published_at: string | null }>;

/** What to highlight in a hit found at `stage`: the alternatives it could have matched through, no later ones. */
function weightedPatterns(plan: QueryPlan, stage: number): WeightedPattern[] {
  return plan.required.flatMap((clause, index) =>
    clause.alternatives
      .filter((a) => a.stage <= stage)
      .map((a) => ({ ...a.pattern, clause: index, tier: a.tier })),
  );
}

function buildHit(
  db: Database,
  ranked: RankedArticle,
  patterns: readonly WeightedPattern[],
): SearchHit | null {
  const article = cachedStatement(
    db,
    'SELECT id, title, source, published_at FROM articles WHERE id = ?',
  ).get(ranked.articleId) as ArticleRow | undefined;
  if (!article) return null;
  const blocks = foldedBlocks(db, article.id);
  // bm25 into [0, 1): the fraction of the score, upper half for title-first hits so scores fall with the order.
  const scaled = Math.max(0, ranked.relevance) / (Math.max(0, ranked.relevance) + 1);
  const fraction = ranked.titleFirst ? 0.5 + scaled / 2 : scaled / 2;
  return {
    articleId: article.id,
    title: article.title,
    source: article.source,
    publishedAt: article.published_at,
    score: STAGES.end - ranked.stage + Math.floor(fraction * 1e6) / 1e6,
    tier: Math.floor(ranked.stage / STAGES.perTier),
    titleRanges: mergeRanges(matchWords(scanWords(article.title), patterns)),
    passages: findPassages(blocks, patterns),
  };
}

/** Articles matching only filters and exclusions, newest first. */
function listFiltered(
  db: Database,
  plan: QueryPlan,
  filters: CompiledFilters,
  offset: number,
  limit: number,
) {
  const conditions = [filters.sql === '' ? '1' : filters.sql];
  const params: unknown[] = [...filters.params];
  if (plan.excluded.length > 0) {
    conditions.push(`a.id NOT IN (SELECT d.article_id FROM search_fts JOIN search_docs d ON d.docid = search_fts.rowid
                                   WHERE search_fts MATCH ?)`);
    params.push(plan.excluded.join(' OR '));
  }
  const where = conditions.join(' AND ');
  const rows = cachedStatement(
    db,
    `SELECT a.id AS articleId FROM articles a WHERE ${where}
      ORDER BY a.published_at IS NULL, a.published_at DESC, a.title_key LIMIT ? OFFSET ?`,
  ).all(...params, limit, offset) as { articleId: string }[];
  const total = cachedStatement(db, `SELECT count(*) FROM articles a WHERE ${where}`)
    .pluck()
    .get(...params) as number;
  return {
    rows: rows.map((r) => ({ articleId: r.articleId, relevance: 0, stage: 0, titleFirst: false })),
    total,
  };
}

/**
 * Searches the library: parse, expand each word through the vocabulary (exact, completions,
 * transliteration variants, typos), rank articles in FTS5 tier by tier, then cut passages for the page.
 * Brings the index up to date first. `seq` is echoed so the caller can drop answers that arrive late.
 */
export function searchLibrary(db: Database, input: SearchInput): SearchPage {
  const started = performance.now();
  const limit = Math.max(1, Math.min(SEARCH_PAGE_MAX, input.limit));
  const offset = Math.max(0, input.offset);
  const parsed = parseQuery(input.q);
  const vocabulary = syncedVocabulary(db);
  const plan = planQuery(parsed, vocabulary);
  const filters = compileFilters(db, plan.filters, parsed.unknownFilters);

  const asksForText = plan.required.length > 0;
  const asksForAnything = asksForText || plan.filters.length > 0 || plan.excluded.length > 0;
  const ranked = asksForText
    ? rankArticles(db, plan, filters, offset, limit)
    : asksForAnything
      ? listFiltered(db, plan, filters, offset, limit)
      : { rows: [], total: 0 };

  const hits = ranked.rows.flatMap((row) => buildHit(db, row, weightedPatterns(plan, row.stage)) ?? []);
  const annotations = searchAnnotations(db, {
    parsed,
    filter: filters.annotations,
    offset: input.annotationOffset ?? 0,
    limit: Math.max(0, Math.min(SEARCH_PAGE_MAX, input.annotationLimit ?? 5)),
  });
  return {
    seq: input.seq,
    query: input.q,
    hits,
    total: ranked.total,
    offset,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
    expansions: plan.expansions,
    ignoredFilters: filters.ignored,
    annotations,
  };
}
