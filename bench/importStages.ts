import { availableParallelism } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { prepareText, type PreparedText, type TextSource } from '../electron/main/corpus/prepareText';
import { upsertPrepared } from '../electron/main/db/articleRepo';
import { LIBRARY_FILE, openDatabase } from '../electron/main/db/openDatabase';
import { pauseIndexMerging, syncSearchIndex } from '../electron/main/search/syncSearchIndex';
import type { SearchDocument } from '../electron/main/search/searchDocument';
import type { BenchRow } from './types';

const BATCH = 250;
const WARM_UP = 200;

/**
 * The import's stages timed one after another on one thread, as the bulk import runs them (batches of
 * 250, index merging paused): what each article costs, and the rate two cores could reach at best if
 * that work split perfectly between them. Cleanup runs on workers; rows, index and commit on the one
 * connection that may write.
 */
export function benchImportStages(dataDir: string, sample: readonly TextSource[]): BenchRow[] {
  const dir = mkdtempSync(join(dataDir, 'stages-'));
  const db = openDatabase(join(dir, LIBRARY_FILE));
  const now = new Date().toISOString();
  // Steady state, as in a long import: the first calls run before the JIT has compiled the cleanup.
  sample.slice(0, WARM_UP).forEach(prepareText);
  let started = performance.now();
  const prepared: PreparedText[] = sample.map(prepareText);
  const prepareMs = performance.now() - started;
  let rowsMs = 0;
  let indexMs = 0;
  let commitMs = 0;
  pauseIndexMerging(db, true);
  for (let i = 0; i < prepared.length; i += BATCH) {
    db.exec('BEGIN IMMEDIATE');
    started = performance.now();
    const documents = new Map<string, SearchDocument>();
    for (const text of prepared.slice(i, i + BATCH)) {
      if (!text.ok) throw new Error(`bench import failed: ${text.message}`);
      documents.set(upsertPrepared(db, text.article, now).id, text.search);
    }
    const stored = performance.now();
    syncSearchIndex(db, undefined, documents);
    const indexed = performance.now();
    db.exec('COMMIT');
    rowsMs += stored - started;
    indexMs += indexed - stored;
    commitMs += performance.now() - indexed;
  }
  pauseIndexMerging(db, false);
  db.close();
  rmSync(dir, { recursive: true, force: true });

  const n = sample.length;
  const perArticle = (ms: number) => ms / n;
  const totalMs = prepareMs + rowsMs + indexMs + commitMs;
  const cores = availableParallelism();
  const label = `import on one thread (first ${String(n)})`;
  return [
    { name: label, value: n / (totalMs / 1000), unit: 'articles/s' },
    { name: `${label}: cleanup + fold + hash`, value: perArticle(prepareMs), unit: 'ms/article' },
    { name: `${label}: article rows`, value: perArticle(rowsMs), unit: 'ms/article' },
    { name: `${label}: FTS5 insert`, value: perArticle(indexMs), unit: 'ms/article' },
    { name: `${label}: commit`, value: perArticle(commitMs), unit: 'ms/article' },
    {
      name: `import ceiling on ${String(cores)} cores (that work split perfectly)`,
      value: (n * cores) / (totalMs / 1000),
      unit: 'articles/s',
    },
  ];
}
