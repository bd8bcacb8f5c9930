/**
 * `npx tsx bench/searchOnly.ts [--articles N] [--keep DIR]`: the search rows of the bench alone.
 * With --keep, the imported library stays in DIR and is reused next time (import is most of the wait).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importTextsInBulk } from '../electron/main/corpus/importPipeline';
import { LIBRARY_FILE, openDatabase } from '../electron/main/db/openDatabase';
import { generateArticles } from './corpus';
import { benchSearch } from './searchBench';
import type { BenchRow } from './types';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '10000' }, keep: { type: 'string' } },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 10) throw new Error('--articles must be a whole number ≥ 10');

const dataDir = values.keep ?? mkdtempSync(join(tmpdir(), 'gloss-search-bench-'));
const reuse = values.keep !== undefined && existsSync(join(dataDir, LIBRARY_FILE));
const db = openDatabase(join(dataDir, LIBRARY_FILE));
const rows: BenchRow[] = [{ name: 'corpus size', value: count, unit: 'articles' }];
try {
  const articles = generateArticles(count, 42);
  if (!reuse) {
    const started = performance.now();
    await importTextsInBulk(db, articles);
    rows.push({
      name: 'import rate (cleanup + store + FTS index)',
      value: count / ((performance.now() - started) / 1000),
      unit: 'articles/s',
      target: '≥ 3000',
    });
  }
  const search = await benchSearch(db);
  rows.push(...search);
} finally {
  db.close();
  if (values.keep === undefined) rmSync(dataDir, { recursive: true, force: true });
}
const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100);
console.table(
  rows.map((r) => ({ metric: r.name, value: round(r.value), unit: r.unit, target: r.target ?? '' })),
);
