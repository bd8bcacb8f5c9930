/**
 * Search figures on an imported library: index build, vocabulary load, latency per query kind (exact,
 * prefix while typing, phrase, typo), typo recall@10, recall of clean queries against plain exact
 * matching, and the same typo queries through the naive baseline (Fuse.js over whole articles).
 *
 * Queries are drawn deterministically from the library itself: a random article, then a random distinct
 * word of 5+ letters of it (what a reader remembers of an article), so the right answers are known: the
 * articles that contain the word. Typos are planted by one edit (substitute, insert, delete, transpose);
 * an edit that makes another indexed word is redrawn, since that is a different query, not a typo.
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import Fuse from 'fuse.js';
import { getArticle } from '../electron/main/db/articleRepo';
import { syncedVocabulary } from '../electron/main/search/liveVocabulary';
import { searchLibrary } from '../electron/main/search/searchLibrary';
import { syncSearchIndex } from '../electron/main/search/syncSearchIndex';
import { Vocabulary } from '../electron/main/search/vocabulary';
import { typoBudget } from '../electron/main/search/editDistance';
import { canonicalText } from '../shared/text/canonical';
import { scanWords } from '../shared/search/tokenize';
import { createRandom } from './corpus';
import { median, quantile } from './stats';
import type { BenchRow } from './types';

const QUERIES_PER_KIND = 200;
const WARMUP_QUERIES = 30;
const NAIVE_ARTICLES = 400;
const NAIVE_QUERIES = 25;

type Kind = 'exact' | 'prefix' | 'phrase' | 'typo' | 'typo2';

interface BenchQuery {
  readonly kind: Kind;
  readonly q: string;
  /** The word the query stands for: relevant articles are those containing it. */
  readonly word: string;
}

interface Sampler {
  readonly random: () => number;
  readonly articleIds: readonly string[];
}

const pickIndex = (random: () => number, n: number): number => Math.floor(random() * n);

function articleWords(db: Database, id: string) {
  const article = getArticle(db, id);
  const blocks = article.blocks.map((b) => b.text);
  return { blocks, words: blocks.flatMap((text) => scanWords(text)) };
}

/** A distinct word of 5+ letters from a random article. */
function sampleWord(db: Database, s: Sampler, minLetters = 5): { folded: string; articleId: string } {
  for (;;) {
    const articleId = s.articleIds[pickIndex(s.random, s.articleIds.length)] ?? '';
    const single = articleWords(db, articleId).words.filter((w) => w.parts.length === 1);
    const distinct = [...new Set(single.map((w) => w.folded))].filter((w) =>
      new RegExp(`^\\p{L}{${minLetters},}$`, 'u').test(w),
    );
    const folded = distinct[pickIndex(s.random, distinct.length)];
    if (folded !== undefined) return { folded, articleId };
  }
}

function plantTypo(word: string, random: () => number): string {
  const chars = Array.from(word);
  const letter = String.fromCharCode(97 + pickIndex(random, 26));
  const kind = pickIndex(random, 4);
  if (kind === 0) chars[pickIndex(random, chars.length)] = letter;
  else if (kind === 1) chars.splice(pickIndex(random, chars.length + 1), 0, letter);
  else if (kind === 2) chars.splice(pickIndex(random, chars.length), 1);
  else {
    const at = pickIndex(random, chars.length - 1);
    chars.splice(at, 2, chars[at + 1] ?? '', chars[at] ?? '');
  }
  return chars.join('');
}

function isIndexed(db: Database, term: string): boolean {
  return db.prepare('SELECT 1 FROM search_vocab WHERE term = ?').get(term) !== undefined;
}

function buildQueries(db: Database, s: Sampler): BenchQuery[] {
  const queries: BenchQuery[] = [];
  for (let i = 0; i < QUERIES_PER_KIND; i++) {
    const { folded } = sampleWord(db, s);
    queries.push({ kind: 'exact', q: `${folded} `, word: folded });
  }
  for (let i = 0; i < QUERIES_PER_KIND; i++) {
    const { folded } = sampleWord(db, s, 6);
    const cut = 3 + pickIndex(s.random, folded.length - 3);
    queries.push({ kind: 'prefix', q: folded.slice(0, cut), word: folded });
  }
  for (let i = 0; i < QUERIES_PER_KIND; i++) {
    const articleId = s.articleIds[pickIndex(s.random, s.articleIds.length)] ?? '';
    const parts = articleWords(db, articleId).words.flatMap((w) => w.parts.map((p) => p.folded));
    const at = pickIndex(s.random, Math.max(1, parts.length - 2));
    const phrase = parts.slice(at, at + 2 + pickIndex(s.random, 2));
    queries.push({ kind: 'phrase', q: `"${phrase.join(' ')}"`, word: phrase.join(' ') });
  }
  for (const [kind, edits, minLetters] of [
    ['typo', 1, 5],
    ['typo2', 2, 9],
  ] as const) {
    for (let i = 0; i < QUERIES_PER_KIND;) {
      const { folded } = sampleWord(db, s, minLetters);
      let typo = folded;
      for (let e = 0; e < edits; e++) typo = plantTypo(typo, s.random);
      if (typo === folded || isIndexed(db, typo)) continue;
      queries.push({ kind, q: `${typo} `, word: folded });
      i++;
    }
  }
  return queries;
}

/** Articles whose index document contains the word (or phrase) exactly. */
function relevantArticles(db: Database, word: string): Set<string> {
  const ids = db
    .prepare(
      'SELECT d.article_id FROM search_fts JOIN search_docs d ON d.docid = search_fts.rowid WHERE search_fts MATCH ?',
    )
    .pluck()
    .all(`"${word}"`) as string[];
  return new Set(ids);
}

function recallAt10(found: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 1;
  const hits = found.slice(0, 10).filter((id) => relevant.has(id)).length;
  return hits / Math.min(10, relevant.size);
}

const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length;

interface Measured {
  readonly query: BenchQuery;
  /** Wall-clock time. */
  readonly ms: number;
  readonly ids: readonly string[];
}

function runQueries(db: Database, queries: readonly BenchQuery[]): Measured[] {
  return queries.map((query, seq) => {
    const started = performance.now();
    const page = searchLibrary(db, { q: query.q, limit: 10, offset: 0, seq });
    const ms = performance.now() - started;
    return { query, ms, ids: page.hits.map((h) => h.articleId) };
  });
}

/** Fuse.js over whole articles, the way a first version would do it: its latency (scaled to the library) and recall. */
function benchNaive(db: Database, articleIds: readonly string[], queries: readonly BenchQuery[]) {
  const subset = articleIds.slice(0, NAIVE_ARTICLES);
  const docs = subset.map((id) => {
    const a = getArticle(db, id);
    return { id, title: a.title, body: canonicalText(a.blocks) };
  });
  const fuse = new Fuse(docs, {
    keys: ['title', 'body'],
    ignoreLocation: true,
    threshold: 0.3,
    includeScore: true,
  });
  const inSubset = new Set(subset);
  const times: number[] = [];
  const naiveRecall: number[] = [];
  for (const query of queries.slice(0, NAIVE_QUERIES)) {
    const relevant = new Set([...relevantArticles(db, query.word)].filter((id) => inSubset.has(id)));
    const started = performance.now();
    const found = fuse.search(query.q.trim(), { limit: 10 }).map((r) => r.item.id);
    times.push(performance.now() - started);
    naiveRecall.push(recallAt10(found, relevant));
  }
  const scale = articleIds.length / subset.length;
  return { p50: median(times) * scale, recall: mean(naiveRecall), subset: subset.length };
}

/** Scoring typo candidates: the q-gram filter with a bounded edit distance, against Fuse.js over the whole vocabulary. */
function benchTypoExpansion(db: Database, queries: readonly BenchQuery[]) {
  const rows = db.prepare('SELECT term, doc FROM search_vocab').raw().all() as [string, number][];
  const vocabulary = Vocabulary.fromRows(rows);
  // How crowded the vocabulary is: one-edit neighbours of a 5–8-letter word (English has about 1–4).
  const sample = rows.filter(([term], i) => i % 50 === 0 && /^\p{L}{5,8}$/u.test(term));
  const neighbours = mean(sample.map(([term]) => vocabulary.typos(term, 1, 1000).length));
  const words = queries.filter((q) => q.kind === 'typo').map((q) => q.q.trim());
  let started = performance.now();
  for (const w of words) vocabulary.typos(w, typoBudget(w.length + 1), 12, typoBudget);
  const filtered = (performance.now() - started) / words.length;
  const fuse = new Fuse(
    rows.map(([term]) => term),
    { threshold: 0.3 },
  );
  const fuzzed = words.slice(0, 5);
  started = performance.now();
  for (const w of fuzzed) fuse.search(w, { limit: 12 });
  return { filtered, fuse: (performance.now() - started) / fuzzed.length, terms: rows.length, neighbours };
}

export function benchSearch(db: Database): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // The import indexed as it went (see benchLibrary); anything still queued would be a bug.
  if (syncSearchIndex(db).indexed !== 0) throw new Error('bench: the import left articles unindexed');

  let started = performance.now();
  db.prepare('DELETE FROM search_vocab_cache').run();
  started = performance.now();
  syncedVocabulary(db);
  rows.push({
    name: 'vocabulary build from fts5vocab (first search)',
    value: performance.now() - started,
    unit: 'ms',
  });
  const restarted = new BetterSqlite3(db.name, { readonly: true });
  started = performance.now();
  syncedVocabulary(restarted);
  rows.push({
    name: 'vocabulary load from its stored cache (restart)',
    value: performance.now() - started,
    unit: 'ms',
  });
  restarted.close();

  // Import order, so the same corpus gives the same queries whatever ids the import drew.
  const articleIds = db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all() as string[];
  const sampler: Sampler = { random: createRandom(7), articleIds };
  const queries = buildQueries(db, sampler);
  const warmup = buildQueries(db, { random: createRandom(99), articleIds }).slice(0, WARMUP_QUERIES);
  runQueries(db, warmup);
  const measured = runQueries(db, queries);

  const byKind = (kind: Kind) => measured.filter((m) => m.query.kind === kind);
  const targets: Record<Kind, string> = {
    exact: '≤ 10',
    prefix: '≤ 10',
    phrase: '',
    typo: '≤ 20',
    typo2: '≤ 20',
  };
  const labels: Record<Kind, string> = {
    exact: 'exact word',
    prefix: 'prefix while typing',
    phrase: 'quoted phrase',
    typo: 'typo (1 edit, 5+ letters)',
    typo2: 'typo (2 edits, 9+ letters)',
  };
  for (const kind of ['exact', 'prefix', 'phrase', 'typo', 'typo2'] as const) {
    const ms = byKind(kind).map((m) => m.ms);
    rows.push({ name: `search p50: ${labels[kind]}`, value: median(ms), unit: 'ms' });
    rows.push({
      name: `search p95: ${labels[kind]}`,
      value: quantile(ms, 0.95),
      unit: 'ms',
      target: targets[kind],
    });
  }

  const recall = (kind: Kind) =>
    mean(byKind(kind).map((m) => recallAt10(m.ids, relevantArticles(db, m.query.word))));
  rows.push({
    name: 'typo recall@10 (1 edit, 5+ letters)',
    value: recall('typo'),
    unit: 'ratio',
    target: '≥ 0.95',
  });
  rows.push({ name: 'typo recall@10 (2 edits, 9+ letters)', value: recall('typo2'), unit: 'ratio' });
  rows.push({
    name: 'clean-query recall@10 vs exact matching',
    value: recall('exact'),
    unit: 'ratio',
    target: '1.00',
  });
  rows.push({
    name: 'phrase recall@10 vs exact matching',
    value: recall('phrase'),
    unit: 'ratio',
    target: '1.00',
  });

  const typing: number[] = [];
  for (const m of byKind('exact').slice(0, 40)) {
    const word = m.query.word;
    for (let n = 1; n <= word.length; n++) {
      const t0 = performance.now();
      searchLibrary(db, { q: word.slice(0, n), limit: 10, offset: 0, seq: n });
      typing.push(performance.now() - t0);
    }
  }
  rows.push({
    name: 'search p95: every keystroke of a word',
    value: quantile(typing, 0.95),
    unit: 'ms',
    target: '≤ 16',
  });

  const expansion = benchTypoExpansion(db, queries);
  rows.push({ name: 'vocabulary size', value: expansion.terms, unit: 'terms' });
  rows.push({ name: 'one-edit neighbours per 5–8-letter term', value: expansion.neighbours, unit: 'terms' });
  rows.push({
    name: 'typo expansion: q-gram filter + edit distance',
    value: expansion.filtered,
    unit: 'ms/query',
  });
  rows.push({
    name: 'typo expansion: Fuse.js over whole vocabulary',
    value: expansion.fuse,
    unit: 'ms/query',
  });

  const naive = benchNaive(
    db,
    articleIds,
    byKind('typo').map((m) => m.query),
  );
  const oursTypoP50 = median(byKind('typo').map((m) => m.ms));
  rows.push({
    name: `naive Fuse.js over articles p50 (${naive.subset} measured, scaled)`,
    value: naive.p50,
    unit: 'ms',
  });
  rows.push({
    name: `naive typo recall@10 (within its ${naive.subset} articles)`,
    value: naive.recall,
    unit: 'ratio',
  });
  rows.push({
    name: 'speed-up over naive (typo p50)',
    value: naive.p50 / oursTypoP50,
    unit: '×',
    target: '≥ 100',
  });
  return Promise.resolve(rows);
}
