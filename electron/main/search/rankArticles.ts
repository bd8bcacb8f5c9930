import type { Database } from 'better-sqlite3';
import type { SqlCondition } from './filters';
import { matchExpression, type QueryPlan } from './planQuery';
import { statement as cachedStatement } from '../db/statements';

/**
 * bm25 column weights: title, body, compounds. A title hit outweighs any number of body hits of the
 * same word (bm25 saturates repeated hits at about 2.2× one), so articles about a thing come first.
 */
const BM25 = 'bm25(search_fts, 6.0, 1.0, 1.0)';

export interface RankedArticle {
  readonly articleId: string;
  /** -bm25: higher is better. */
  readonly relevance: number;
  /** The ranking stage it matched at (see STAGES). */
  readonly stage: number;
  /** Ranked ahead of its stage as a frequent lone word's title match (see STAGES.titleFirstDocs). */
  readonly titleFirst: boolean;
}

export interface RankedPage {
  readonly rows: readonly RankedArticle[];
  readonly total: number;
}

type Row = Readonly<{ articleId: string; rank: number }>;

function rankedStatement(db: Database, where: string, byRecency: boolean) {
  const rank = byRecency ? '0.0' : BM25;
  const order = byRecency ? 'search_fts.rowid DESC' : 'rank, search_fts.rowid';
  // Without filters, rank inside FTS5 first and resolve ids only for the page.
  return where === ''
    ? cachedStatement(
        db,
        `SELECT d.article_id AS articleId, r.rank AS rank
           FROM (SELECT search_fts.rowid AS docid, ${rank} AS rank FROM search_fts WHERE search_fts MATCH ?
                 ORDER BY ${order} LIMIT ? OFFSET ?) r
           JOIN search_docs d ON d.docid = r.docid`,
      )
    : cachedStatement(
        db,
        `SELECT d.article_id AS articleId, ${rank} AS rank
           FROM search_fts JOIN search_docs d ON d.docid = search_fts.rowid JOIN articles a ON a.id = d.article_id
          WHERE search_fts MATCH ? AND ${where}
          ORDER BY ${order} LIMIT ? OFFSET ?`,
      );
}

function count(db: Database, expression: string, filters: SqlCondition): number {
  const stmt =
    filters.sql === ''
      ? cachedStatement(db, 'SELECT count(*) FROM search_fts WHERE search_fts MATCH ?')
      : cachedStatement(
          db,
          `SELECT count(*) FROM search_fts JOIN search_docs d ON d.docid = search_fts.rowid
             JOIN articles a ON a.id = d.article_id WHERE search_fts MATCH ? AND ${filters.sql}`,
        );
  return stmt.pluck().get(expression, ...filters.params) as number;
}

/**
 * One page of matching articles. Stage by stage (exact, then the likeliest corrections, see STAGES),
 * each ranked by bm25 and excluding the articles of the stages before it, so an exact match always comes
 * before a fuzzy one however rare the fuzzy term is. Only the stages the page reaches are ranked.
 */
export function rankArticles(
  db: Database,
  plan: QueryPlan,
  filters: SqlCondition,
  offset: number,
  limit: number,
): RankedPage {
  const tiers: { stage: number; expression: string; titleFirst: boolean }[] = [];
  for (const stage of plan.stages) {
    const expression = matchExpression(plan, stage);
    if (expression === null || expression === tiers.at(-1)?.expression) continue;
    const inTitle = tiers.length === 0 && plan.titleFirst ? matchExpression(plan, stage, true) : null;
    if (inTitle !== null) tiers.push({ stage, expression: inTitle, titleFirst: true });
    tiers.push({ stage, expression, titleFirst: false });
  }
  const rows: RankedArticle[] = [];
  let before = 0;
  let previous: string | null = null;
  for (const { stage, expression, titleFirst } of tiers) {
    const only = previous === null ? expression : `(${expression}) NOT (${previous})`;
    previous = expression;
    const skip = Math.max(0, offset - before);
    const want = limit - rows.length;
    const found = rankedStatement(db, filters.sql, plan.byRecency).all(
      only,
      ...filters.params,
      want,
      skip,
    ) as Row[];
    for (const r of found) rows.push({ articleId: r.articleId, relevance: -r.rank, stage, titleFirst });
    if (found.length === want) {
      // The page is full: only the total is left to find.
      const last = tiers.at(-1)?.expression ?? expression;
      return { rows, total: count(db, last, filters) };
    }
    // This tier ran out, so its size is known unless the page starts beyond it.
    before += found.length > 0 || skip === 0 ? skip + found.length : count(db, only, filters);
  }
  return { rows, total: before };
}
