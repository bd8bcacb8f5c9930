import type { Database } from 'better-sqlite3';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/startWorker';
import { storePreparedTexts, type ImportReport } from './importTexts';
import type { PreparedText, TextSource } from './prepareText';
import { prepareText } from './prepareText';
import type { PrepareRequest } from './prepareWorker';
import { pauseIndexMerging } from '../search/syncSearchIndex';

export interface BulkImportOptions {
  /** Texts per transaction. Each batch holds the main thread for its writes only (about 0.3 ms a text). */
  readonly batchSize?: number;
  /** Worker threads preparing texts; 0 prepares on the calling thread. Default: one per spare core. */
  readonly workers?: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly now?: string;
}

/** Below this many texts, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400;

/**
 * A worker thread with a queue of batches: requests are posted at once and answered in order, so it
 * keeps working while this thread is busy writing. If it dies, its open batches are prepared here.
 */
class PrepareWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (texts: PreparedText[]) => void; sources: readonly TextSource[] }
  >();
  private broken = false;
  /** Texts this worker prepared (not counting any prepared here after it failed). */
  prepared = 0;

  constructor() {
    this.worker = startWorker('prepareWorker', import.meta.url);
    this.worker.on('message', (reply: { batch: number; texts: PreparedText[] }) =>
      this.settle(reply.batch, reply.texts),
    );
    this.worker.on('error', () => this.fail());
    this.worker.on('exit', () => this.fail());
  }

  prepare(batch: number, sources: readonly TextSource[]): Promise<PreparedText[]> {
    if (this.broken) return Promise.resolve(sources.map(prepareText));
    return new Promise((resolve) => {
      this.pending.set(batch, { resolve, sources });
      this.worker.postMessage({ batch, sources } satisfies PrepareRequest);
    });
  }

  private settle(batch: number, texts: PreparedText[]): void {
    this.prepared += texts.length;
    this.pending.get(batch)?.resolve(texts);
    this.pending.delete(batch);
  }

  private fail(): void {
    this.broken = true;
    for (const { resolve, sources } of this.pending.values()) resolve(sources.map(prepareText));
    this.pending.clear();
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

export function defaultImportWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * Imports many texts: workers clean and fold batches while this thread stores and indexes the batch
 * before, each batch in its own transaction, in source order. The same result as importTexts, faster.
 */
export interface BulkImportReport extends ImportReport {
  /** Texts prepared on worker threads; the rest were prepared on the calling thread. */
  readonly preparedOffThread: number;
}

export async function importTextsInBulk(
  db: Database,
  sources: readonly TextSource[],
  options: BulkImportOptions = {},
): Promise<BulkImportReport> {
  const batchSize = options.batchSize ?? 250;
  const batches: TextSource[][] = [];
  for (let i = 0; i < sources.length; i += batchSize) batches.push(sources.slice(i, i + batchSize));
  const workerCount = sources.length < WORKER_THRESHOLD ? 0 : (options.workers ?? defaultImportWorkers());
  const workers = Array.from({ length: workerCount }, () => new PrepareWorker());
  const total: {
    created: number;
    updated: number;
    unchanged: number;
    failed: ImportReport['failed'][number][];
    ids: string[];
  } = { created: 0, updated: 0, unchanged: 0, failed: [], ids: [] };
  if (batches.length > 1) pauseIndexMerging(db, true);
  try {
    // Workers run ahead by a few batches each (bounded memory); batches are stored strictly in order.
    const ahead = workers.length * 3;
    const requested: Promise<PreparedText[]>[] = [];
    const request = (index: number): void => {
      const worker = workers[index % workers.length];
      const batch = batches[index];
      if (worker && batch) requested[index] = worker.prepare(index, batch);
    };
    for (let index = 0; index < Math.min(ahead, batches.length); index++) request(index);
    let done = 0;
    for (let index = 0; index < batches.length; index++) {
      const texts = (await requested[index]) ?? (batches[index] ?? []).map(prepareText);
      // Top the queue up before this thread blocks on writing, so the workers never wait for it.
      if (index + ahead < batches.length) request(index + ahead);
      const report = storePreparedTexts(db, texts, options.now);
      total.created += report.created;
      total.updated += report.updated;
      total.unchanged += report.unchanged;
      total.failed.push(...report.failed);
      total.ids.push(...report.ids);
      done += texts.length;
      options.onProgress?.(done, sources.length);
    }
  } finally {
    if (batches.length > 1) pauseIndexMerging(db, false);
    await Promise.all(workers.map((w) => w.close()));
  }
  return { ...total, preparedOffThread: workers.reduce((n, w) => n + w.prepared, 0) };
}
