import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/startWorker';
import { FileImportError } from './limits';
import { readArticleFile, type ArticleFile } from './readArticleFile';
import type { ReadFailure, ReadReply, ReadRequest } from './readWorker';

/** Batches with fewer files are read on the calling thread: starting workers would cost more. */
export const POOL_THRESHOLD = 32;
/** Files queued ahead of the one being stored, per reading thread, so none waits for another. */
const READ_AHEAD_PER_THREAD = 2;
/** The largest file the calling thread reads itself while it waits for the workers. */
export const HELP_MAX_BYTES = 256 * 1024;
/** A page that needs more heap than this (a hostile one) stops its worker, not the app. */
const WORKER_HEAP_MB = 512;
/** A young generation this large (semi-spaces of about 32 MB) halves the time spent collecting garbage. */
const WORKER_YOUNG_MB = 96;
/** A file still being read after this long stops its worker and is reported as failed. */
export const READ_TIMEOUT_MS = 60_000;
/** Workers restarted after losing a file, at most, before the rest of the batch is read here. */
const MAX_RESTARTS = 16;

export const READER_STOPPED =
  'Reading this file stopped the reader (too much memory or time); the rest of the batch went on.';

/** The error readArticleFile would have thrown on this thread, so reports read the same either way. */
function errorOf(failure: ReadFailure): Error {
  if (failure.userMessage !== null) return new FileImportError(failure.userMessage);
  return Object.assign(new Error(failure.message), failure.code === null ? {} : { code: failure.code });
}

interface Task {
  readonly id: number;
  readonly path: string;
  readonly resolve: (file: ArticleFile) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/** What one worker may use before it is stopped (the file it held fails), and how often it is replaced. */
export interface PoolLimits {
  readonly heapMb?: number;
  readonly timeoutMs?: number;
  readonly maxRestarts?: number;
}

/**
 * Worker threads reading files (readArticleFile), one file per worker at a time. A worker that
 * dies or stalls fails only the file it held and is replaced; if workers cannot start at all (or
 * keep dying), files are read on the calling thread instead, as they were before.
 */
export class FileReadPool {
  private readonly queue: Task[] = [];
  private readonly slots = new Set<Slot>();
  private nextId = 0;
  private restarts = 0;
  private broken = false;
  private closed = false;
  /** Files read on worker threads (for tests and the bench). */
  readOffThread = 0;

  private readonly limits: Required<PoolLimits>;

  constructor(
    size: number,
    limits: PoolLimits = {},
    private readonly readHere: (path: string) => Promise<ArticleFile> = readArticleFile,
  ) {
    this.limits = {
      heapMb: WORKER_HEAP_MB,
      timeoutMs: READ_TIMEOUT_MS,
      maxRestarts: MAX_RESTARTS,
      ...limits,
    };
    for (let i = 0; i < size; i++) this.spawn();
  }

  read(path: string): Promise<ArticleFile> {
    if (this.broken || this.closed) return this.readHere(path);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, path, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Reads the first queued file on this thread, to help the workers while the caller would only
   * wait (and while they start: loading jsdom takes a worker most of a second). Only files of up to
   * HELP_MAX_BYTES: their work is bounded by the markup limits, so the thread stays responsive, and
   * larger ones stay with the workers, whose heap limit contains a hostile one. False when there
   * was nothing to take.
   */
  async readOneHere(): Promise<boolean> {
    const first = this.queue[0];
    if (!first) return false;
    const size = await stat(first.path).then(
      (info) => info.size,
      () => 0,
    );
    const at = this.queue.indexOf(first);
    if (at < 0) return true; // A worker took it meanwhile.
    if (size > HELP_MAX_BYTES) return false;
    this.queue.splice(at, 1);
    await this.readHere(first.path).then(first.resolve, first.reject);
    return true;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new FileImportError('The import was cancelled.'));
    await Promise.all([...this.slots].map((slot) => this.stop(slot)));
  }

  private spawn(): void {
    let worker: Worker;
    try {
      worker = startWorker('readWorker', import.meta.url, {
        resourceLimits: {
          maxOldGenerationSizeMb: this.limits.heapMb,
          maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
        },
      });
    } catch {
      this.giveUp();
      return;
    }
    const slot: Slot = { worker, ready: false, task: null, timer: null };
    this.slots.add(slot);
    worker.on('message', (reply: ReadReply) => this.settle(slot, reply));
    // An 'exit' always follows an 'error' (out of memory, an uncaught throw), and is handled there.
    worker.on('error', () => undefined);
    worker.on('exit', () => this.lost(slot));
  }

  private settle(slot: Slot, reply: ReadReply): void {
    if (reply.kind === 'ready') {
      slot.ready = true;
    } else {
      const task = slot.task;
      this.release(slot);
      if (task?.id === reply.id) {
        this.readOffThread++;
        if (reply.kind === 'read') task.resolve(reply.file);
        else task.reject(errorOf(reply.failure));
      }
    }
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task !== null) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = task;
      slot.timer = setTimeout(() => void slot.worker.terminate(), this.limits.timeoutMs);
      slot.worker.postMessage({ id: task.id, path: task.path } satisfies ReadRequest);
    }
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  /** A worker ended: its file fails (if it held one) and another takes its place. */
  private lost(slot: Slot): void {
    const task = slot.task;
    this.release(slot);
    this.slots.delete(slot);
    if (this.closed) return;
    if (!slot.ready) {
      // It never started (no worker file, no module): nothing of the batch was its fault.
      if (task) this.queue.unshift(task);
      this.giveUp();
      return;
    }
    task?.reject(new FileImportError(READER_STOPPED));
    if (++this.restarts > this.limits.maxRestarts) this.giveUp();
    else this.spawn();
    this.dispatch();
  }

  /** Workers are not usable here: what is queued, and all that follows, is read on this thread. */
  private giveUp(): void {
    this.broken = true;
    for (const task of this.queue.splice(0)) this.readHere(task.path).then(task.resolve, task.reject);
    for (const slot of this.slots) void this.stop(slot);
  }

  /** Ends a worker on purpose; the file it held is read here, or dropped when the pool is closed. */
  private async stop(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners('exit');
    const task = slot.task;
    this.release(slot);
    this.slots.delete(slot);
    if (task && this.closed) task.reject(new FileImportError('The import was cancelled.'));
    else if (task) this.readHere(task.path).then(task.resolve, task.reject);
    await slot.worker.terminate();
  }
}

/**
 * Workers for a large batch: one per core but one (the calling thread reads small files too while it
 * would otherwise wait), at least one, at most four. Each costs one to three seconds of CPU before it
 * is up to speed (loading jsdom, warming the JIT), so on two busy cores one worker only matches the
 * main thread alone (bench: 80–124 files/s against 81–118); it is kept there because files over
 * HELP_MAX_BYTES then never hold up the main thread. GLOSS_IMPORT_WORKERS=N overrides (0: none).
 */
export function defaultReadWorkers(): number {
  const forced = Number.parseInt(process.env.GLOSS_IMPORT_WORKERS ?? '', 10);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, 8);
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Reads a batch's files in order, each fetched ahead on worker threads when the batch is large. */
export interface FileReader {
  read(path: string): Promise<ArticleFile>;
  close(): Promise<void>;
  /** Files read on worker threads so far. */
  readonly readOffThread: number;
}

/**
 * A reader for `paths`, to be read in that order (any other path is read directly). From
 * POOL_THRESHOLD files on, worker threads read a few files ahead of the caller. Close it when done.
 */
export function createFileReader(
  paths: readonly string[],
  workers = paths.length < POOL_THRESHOLD ? 0 : defaultReadWorkers(),
): FileReader {
  if (workers <= 0) return { read: readArticleFile, close: () => Promise.resolve(), readOffThread: 0 };
  const pool = new FileReadPool(workers);
  const ahead = (workers + 1) * READ_AHEAD_PER_THREAD;
  const position = new Map(paths.map((path, index) => [path, index]));
  const started = new Map<string, Promise<ArticleFile>>();
  let next = 0;
  return {
    read(path: string): Promise<ArticleFile> {
      const at = position.get(path);
      if (at === undefined) return pool.read(path);
      for (const end = Math.min(paths.length, at + 1 + ahead); next < end; next++) {
        const upcoming = paths[next] ?? '';
        const reading = pool.read(upcoming);
        // A file read ahead and then not asked for (the import was cancelled) must not reject unheard.
        reading.catch(() => undefined);
        started.set(upcoming, reading);
      }
      const reading = started.get(path) ?? pool.read(path);
      started.delete(path);
      const state = { settled: false };
      reading.then(
        () => (state.settled = true),
        () => (state.settled = true),
      );
      return (async () => {
        while (!state.settled && (await pool.readOneHere()));
        return reading;
      })();
    },
    close: () => pool.close(),
    get readOffThread() {
      return pool.readOffThread;
    },
  };
}
