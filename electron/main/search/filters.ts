import type { Database } from 'better-sqlite3';
import Fuse from 'fuse.js';
import type { IgnoredFilter } from '../../../shared/model/search';
import {
  SEARCH_FILTER_KEYS,
  isAnnotationFilterKey,
  type AnnotationFilterKey,
  type SearchFilterKey,
} from '../../../shared/search/filters';
import type { FilterClause } from '../../../shared/search/parseQuery';
import { scanWords } from '../../../shared/search/tokenize';
import { statement as cachedStatement } from '../db/statements';
import { compileAnnotationFilter, type AnnotationFilter } from './annotationFilters';
import { readSearchGeneration } from './syncSearchIndex';

/** A SQL condition on the `articles` table aliased `a`, with its parameters. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface CompiledFilters extends SqlCondition {
  readonly ignored: readonly IgnoredFilter[];
  /** `color:`, `tag:`, `has:` for the annotation results; the article condition holds articles with such annotations. */
  readonly annotations: AnnotationFilter | null;
}

type FilterCompiler = (db: Database, value: string) => SqlCondition | null;

/** Folded words of a short field, space-separated: "The Astana Times" → "the astana times". */
function foldField(text: string): string {
  return scanWords(text)
    .map((w) => w.folded)
    .join(' ');
}

interface FieldValues {
  readonly values: readonly string[];
  readonly folded: readonly string[];
  readonly fuse: Fuse<string>;
}

const fieldCache = new WeakMap<Database, { generation: number; fields: Map<string, FieldValues> }>();

function fieldValues(db: Database, column: 'source' | 'author'): FieldValues {
  const generation = readSearchGeneration(db);
  let cache = fieldCache.get(db);
  if (cache?.generation !== generation) {
    cache = { generation, fields: new Map() };
    fieldCache.set(db, cache);
  }
  let field = cache.fields.get(column);
  if (!field) {
    const values = cachedStatement(db, `SELECT DISTINCT ${column} FROM articles WHERE ${column} IS NOT NULL`)
      .pluck()
      .all() as string[];
    // Fuse.js suits these short fields: a few hundred outlet or author names, typed with slips, matched
    // whole or in part. Titles are not matched this way: their words are in the index's vocabulary
    // (the title column), so a typo in a title word is corrected by the same edit budget as any word and
    // boosted by bm25's title weight; Fuse over every title would cost ~50 ms a keystroke and disagree.
    field = {
      values,
      folded: values.map(foldField),
      fuse: new Fuse(values, { includeScore: true, threshold: 0.34, ignoreLocation: true }),
    };
    cache.fields.set(column, field);
  }
  return field;
}

/** Values of the column that contain the typed words, or else the closest few by Fuse.js. */
function matchingValues(db: Database, column: 'source' | 'author', typed: string): string[] {
  const field = fieldValues(db, column);
  const wanted = foldField(typed);
  const contained = field.values.filter((_, i) => (field.folded[i] ?? '').includes(wanted));
  if (contained.length > 0) return contained;
  return field.fuse
    .search(typed, { limit: 5 })
    .filter((r) => (r.score ?? 1) <= 0.34)
    .map((r) => r.item);
}

function valueFilter(column: 'source' | 'author'): FilterCompiler {
  return (db, value) => {
    if (foldField(value) === '') return null;
    const values = matchingValues(db, column, value);
    return { sql: `a.${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(values)] };
  };
}

const YEARS = /^(\d{4})(?:\s*(?:\.\.|-|–)\s*(\d{4}))?$/u;

/** `year:2023`, `year:2020..2023` (or 2020-2023): published in those years. */
const yearFilter: FilterCompiler = (_db, value) => {
  const m = YEARS.exec(value.trim());
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  const [low, high] = from <= to ? [from, to] : [to, from];
  return { sql: 'a.published_at >= ? AND a.published_at < ?', params: [String(low), String(high + 1)] };
};

/**
 * How each known article filter key becomes SQL; a key added to SEARCH_FILTER_KEYS fails to compile
 * until it is here or among the annotation filters (annotationFilters.ts).
 */
const FILTERS: Readonly<Record<Exclude<SearchFilterKey, AnnotationFilterKey>, FilterCompiler>> = {
  source: valueFilter('source'),
  author: valueFilter('author'),
  year: yearFilter,
};

function isFilterKey(key: string): key is Exclude<SearchFilterKey, AnnotationFilterKey> {
  return (SEARCH_FILTER_KEYS as readonly string[]).includes(key) && !isAnnotationFilterKey(key);
}

const isAnnotationClause = (c: FilterClause): c is FilterClause & { readonly key: AnnotationFilterKey } =>
  isAnnotationFilterKey(c.key);

/** ANDs the filters into one condition on `a`; unknown keys and unreadable values are reported, not applied. */
export function compileFilters(
  db: Database,
  clauses: readonly FilterClause[],
  unknown: readonly FilterClause[],
): CompiledFilters {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const ignored: IgnoredFilter[] = unknown.map((c) => ({ filter: `${c.key}:${c.value}`, reason: 'unknown' }));
  const annotations = compileAnnotationFilter(db, clauses.filter(isAnnotationClause));
  ignored.push(...annotations.ignored);
  if (annotations.filter) {
    conditions.push(
      `a.id IN (SELECT n.article_id FROM annotations n WHERE n.deleted_at IS NULL AND ${annotations.filter.sql})`,
    );
    params.push(...annotations.filter.params);
  }
  for (const clause of clauses.filter((c) => !isAnnotationClause(c))) {
    const compiled = isFilterKey(clause.key) ? FILTERS[clause.key](db, clause.value) : null;
    if (!compiled) {
      ignored.push({
        filter: `${clause.key}:${clause.value}`,
        reason: isFilterKey(clause.key) ? 'invalid' : 'unknown',
      });
      continue;
    }
    // NULL (an article without a source) counts as not matching, so negation must not turn it into NULL again.
    conditions.push(clause.negated ? `NOT coalesce((${compiled.sql}), 0)` : `(${compiled.sql})`);
    params.push(...compiled.params);
  }
  return {
    sql: conditions.length > 0 ? conditions.join(' AND ') : '',
    params,
    ignored,
    annotations: annotations.filter,
  };
}
