import type { Database } from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listArticles } from '../electron/main/db/articleRepo';
import { LIBRARY_FILE, openDatabase } from '../electron/main/db/openDatabase';
import { defaultImportWorkers, importTextsInBulk } from '../electron/main/corpus/importPipeline';
import type { TextSource } from '../electron/main/corpus/importTexts';
import { benchImportStages } from './importStages';
import { median, quantile } from './stats';
import type { BenchRow } from './types';

const SERIAL_SAMPLE = 2000;
const FIRST_PAGE = { offset: 0, limit: 100, sort: 'date', direction: 'desc' } as const;

/** Import rate, size on disk, and the cost of opening an existing library to its first page. */
export async function benchLibrary(
  dataDir: string,
  articles: readonly TextSource[],
): Promise<{ db: Database; rows: BenchRow[] }> {
  // The same work on one thread, stage by stage, on a sample: what the workers bring and where the time goes.
  const stages = benchImportStages(dataDir, articles.slice(0, SERIAL_SAMPLE));
  const file = join(dataDir, LIBRARY_FILE);
  let db = openDatabase(file);
  const started = performance.now();
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
      ...stages,
      { name: 'import worker threads', value: defaultImportWorkers(), unit: 'threads' },
      { name: 'database size', value: bytes / 2 ** 20, unit: 'MiB' },
      { name: 'open library + first page (median)', value: median(openTimes), unit: 'ms', target: '≤ 50' },
      { name: 'open library + first page (max of 9)', value: quantile(openTimes, 1), unit: 'ms' },
      { name: 'main-process RSS after open + list', value: rss / 2 ** 20, unit: 'MiB' },
    ],
  };
}
