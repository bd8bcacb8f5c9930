import type { Database } from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listArticles } from '../electron/main/db/articleRepo';
import { LIBRARY_FILE, openDatabase } from '../electron/main/db/openDatabase';
import { defaultImportWorkers, importTextsInBulk } from '../electron/main/corpus/importPipeline';
import { importTexts, type TextSource } from '../electron/main/corpus/importTexts';
import { median, quantile } from './stats';
import type { BenchRow } from './types';

const SERIAL_SAMPLE = 2000;
const FIRST_PAGE = { offset: 0, limit: 100, sort: 'date', direction: 'desc' } as const;

/** Import rate, size on disk, and the cost of opening an existing library to its first page. */
export async function benchLibrary(
  dataDir: string,
  articles: readonly TextSource[],
): Promise<{ db: Database; rows: BenchRow[] }> {
  // The same work on one thread, on a sample, to show what the workers bring.
  const serialDir = mkdtempSync(join(dataDir, 'serial-'));
  const serialDb = openDatabase(join(serialDir, LIBRARY_FILE));
  const sample = articles.slice(0, SERIAL_SAMPLE);
  let started = performance.now();
  importTexts(serialDb, sample);
  const serialRate = sample.length / ((performance.now() - started) / 1000);
  serialDb.close();
  rmSync(serialDir, { recursive: true, force: true });

  const file = join(dataDir, LIBRARY_FILE);
  let db = openDatabase(file);
  started = performance.now();
  const report = await importTextsInBulk(db, articles);
  if (report.failed.length > 0) throw new Error(`bench import failed: ${report.failed[0]?.message ?? ''}`);
  const importSeconds = (performance.now() - started) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const bytes = statSync(file).size;

  const openTimes: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    db = openDatabase(file);
    const page = listArticles(db, FIRST_PAGE);
    openTimes.push(performance.now() - t0);
    if (page.items.length === 0) throw new Error('bench: empty first page');
    if (i < 8) db.close();
  }

  const probe = fileURLToPath(new URL('./rssProbe.ts', import.meta.url));
  const rss = Number(
    execFileSync(process.execPath, ['--import', 'tsx', probe, file], { encoding: 'utf8' }).trim(),
  );

  return {
    db,
    rows: [
      {
        name: 'import rate (cleanup + store + FTS index)',
        value: articles.length / importSeconds,
        unit: 'articles/s',
        target: '≥ 3000',
      },
      {
        name: `import rate on one thread (first ${String(sample.length)})`,
        value: serialRate,
        unit: 'articles/s',
      },
      { name: 'import worker threads', value: defaultImportWorkers(), unit: 'threads' },
      { name: 'database size', value: bytes / 2 ** 20, unit: 'MiB' },
      { name: 'open library + first page (median)', value: median(openTimes), unit: 'ms', target: '≤ 50' },
      { name: 'open library + first page (max of 9)', value: quantile(openTimes, 1), unit: 'ms' },
      { name: 'main-process RSS after open + list', value: rss / 2 ** 20, unit: 'MiB' },
    ],
  };
}
