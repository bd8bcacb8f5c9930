/**
 * `npm run bench [-- --articles N] [--skip-ui]`: builds a synthetic library and prints one table of
 * every performance figure the issues name, with its target. Results also go to bench/results/latest.json;
 * when bench/baseline.json exists, each row shows its change against it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { benchAnchoring } from './anchoringBench';
import { benchAnnotations } from './annotationsBench';
import { benchExportImport } from './exportImportBench';
import { benchHighlights } from './highlightBench';
import { benchSearchUi } from './searchUiBench';
import { generateArticles } from './corpus';
import { benchLibrary } from './libraryBench';
import { benchSearch } from './searchBench';
import type { BenchRow } from './types';
import { benchUi } from './uiBench';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    'skip-ui': { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 10) throw new Error('--articles must be a whole number ≥ 10');

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'gloss-bench-'));
const rows: BenchRow[] = [];
try {
  console.error(`Generating ${count} articles…`);
  rows.push({ name: 'corpus size', value: count, unit: 'articles' });
  console.error('Import and library…');
  // Not kept: the generated texts (70 MB at 10,000) would weigh on every later figure's garbage
  // collection, a weight the app, which keeps its library in SQLite, never carries.
  const library = await benchLibrary(dataDir, generateArticles(count, 42));
  rows.push(...library.rows);
  console.error('Search…');
  rows.push(...(await benchSearch(library.db)));
  library.db.close();
  console.error('Anchoring and annotations…');
  rows.push(...(await benchAnchoring()), ...(await benchAnnotations()));
  console.error('Export and import…');
  rows.push(...(await benchExportImport()));
  if (!values['skip-ui']) {
    const rendererDir = join(process.env.GLOSS_OUT_DIR ?? join(root, 'out'), 'renderer');
    console.error('UI in Chromium…');
    rows.push(...(await benchUi(dataDir, rendererDir)));
    rows.push(...(await benchSearchUi(dataDir, rendererDir)));
    rows.push(...(await benchHighlights(rendererDir)));
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const baselineFile = join(root, 'bench', 'baseline.json');
const baseline = existsSync(baselineFile)
  ? new Map((JSON.parse(readFileSync(baselineFile, 'utf8')) as BenchRow[]).map((r) => [r.name, r.value]))
  : null;
const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100);
console.table(
  rows.map((r) => {
    const before = baseline?.get(r.name);
    return {
      metric: r.name,
      value: round(r.value),
      unit: r.unit,
      target: r.target ?? '',
      ...(baseline
        ? { 'vs baseline': before ? `${round(((r.value - before) / before) * 100)}%` : 'new' }
        : {}),
    };
  }),
);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify(rows, null, 2));
