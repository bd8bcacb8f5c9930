import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/startWorker';
import { sharedDom } from './dom';
import { FileImportError } from './limits';
import { loadArticleFile, readArticleBytes, readArticleFile, type ArticleFile } from './readArticleFile';
import type { ReadFailure, ReadReply, ReadRequest } from './readWorker';

/** Batches with fewer files are read on the calling thread: starting workers would cost more. */
export const POOL_THRESHOLD = 32;
/** Files queued ahead of the one being stored, per reading thread, so none waits for another. */
const READ_AHEAD_PER_THREAD = 2;
/** The largest file the calling thread reads itself while it waits for the workers. */
export const HELP_MAX_BYTES = 256 * 1024;
/**
 * Files sent to a worker at once: the one it reads and the next, so it never waits for this thread
 * (busy with a file of its own for as long as a worker takes for one) to hand it more work.
 */
const IN_FLIGHT_PER_WORKER = 2;
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
  /** Sent to the worker, which reads them one at a time in this order: the first is being read. */
  readonly tasks: Task[];
  /** The first task's time limit. */
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
  private readyWaiters: (() => void)[] = [];
  /** Whether the workers keep the process alive (not while the pool waits as a spare). */
  private held = true;

  private readonly limits: Required<PoolLimits>;

  constructor(size: number, limits: PoolLimits = {}) {
    this.limits = {
      heapMb: WORKER_HEAP_MB,
      timeoutMs: READ_TIMEOUT_MS,
      maxRestarts: MAX_RESTARTS,
      ...limits,
    };
    for (let i = 0; i < size; i++) this.spawn();
  }

  read(path: string): Promise<ArticleFile> {
    if (this.broken || this.closed) return readArticleFile(path);
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
    // Loaded first: the size decides whether this thread may take it. One that fails to load is read
    // by readArticleFile, whose error is the one a report shows.
    const bytes = await loadArticleFile(first.path).catch(() => null);
    const at = this.queue.indexOf(first);
    if (at < 0) return true; // A worker took it meanwhile.
    if (bytes && bytes.length > HELP_MAX_BYTES) return false;
    this.queue.splice(at, 1);
    if (bytes === null) {
      await readArticleFile(first.path).then(first.resolve, first.reject);
      return true;
    }
    try {
      first.resolve(readArticleBytes(bytes, first.path));
    } catch (error) {
      first.reject(error);
    }
    return true;
  }

  /** Lets the workers keep the process alive, or not (a spare pool must not hold a CLI open). */
  hold(held: boolean): void {
    this.held = held;
    for (const slot of this.slots) {
      if (held) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  /** Resolves once every worker has started (at once if none could). */
  whenReady(): Promise<void> {
    if (this.broken || [...this.slots].every((s) => s.ready)) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeReadyWaiters();
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
    if (!this.held) worker.unref();
    const slot: Slot = { worker, ready: false, tasks: [], timer: null };
    this.slots.add(slot);
    worker.on('message', (reply: ReadReply) => this.settle(slot, reply));
    // An 'exit' always follows an 'error' (out of memory, an uncaught throw), and is handled there.
    worker.on('error', () => undefined);
    worker.on('exit', () => this.lost(slot));
  }

  private settle(slot: Slot, reply: ReadReply): void {
    if (reply.kind === 'ready') {
      slot.ready = true;
      if ([...this.slots].every((s) => s.ready)) this.wakeReadyWaiters();
    } else {
      const at = slot.tasks.findIndex((t) => t.id === reply.id);
      const [task] = at < 0 ? [] : slot.tasks.splice(at, 1);
      if (at === 0) this.restartTimer(slot);
      if (task) {
        this.readOffThread++;
        if (reply.kind === 'read') task.resolve(reply.file);
        else task.reject(errorOf(reply.failure));
      }
    }
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.ready && slot.tasks.length < IN_FLIGHT_PER_WORKER) {
        const task = this.queue.shift();
        if (!task) return;
        slot.tasks.push(task);
        if (slot.tasks.length === 1) this.restartTimer(slot);
        slot.worker.postMessage({ id: task.id, path: task.path } satisfies ReadRequest);
      }
    }
  }

  /** Resolves whenReady's promises: every worker started, or none will. */
  private wakeReadyWaiters(): void {
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  /** The first task's time limit, counted from now: the worker has just begun it. */
  private restartTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer =
      slot.tasks.length > 0 ? setTimeout(() => void slot.worker.terminate(), this.limits.timeoutMs) : null;
  }

  /** Takes a slot's tasks back: the one being read (if any) and those waiting behind it. */
  private release(slot: Slot): { current: Task | undefined; waiting: Task[] } {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const [current, ...waiting] = slot.tasks.splice(0);
    return { current, waiting };
  }

  /** A worker ended: its file fails (if it held one) and another takes its place. */
  private lost(slot: Slot): void {
    const { current: task, waiting } = this.release(slot);
    this.slots.delete(slot);
    if (this.closed) return;
    // Files sent but not begun were not its fault: back to the front of the queue.
    this.queue.unshift(...waiting);
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
    this.wakeReadyWaiters();
    for (const task of this.queue.splice(0)) readArticleFile(task.path).then(task.resolve, task.reject);
    for (const slot of this.slots) void this.stop(slot);
  }

  /** Ends a worker on purpose; the file it held is read here, or dropped when the pool is closed. */
  private async stop(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners('exit');
    const { current, waiting } = this.release(slot);
    this.slots.delete(slot);
    for (const task of current ? [current, ...waiting] : waiting) {
      if (this.closed) task.reject(new FileImportError('The import was cancelled.'));
      else readArticleFile(task.path).then(task.resolve, task.reject);
    }
    await slot.worker.terminate();
  }
}

/**
 * Workers for a large batch: one per core but one (the calling thread reads small files too while it
 * would otherwise wait), at least one, at most four. Each costs about a second of CPU before it is up
 * to speed (loading jsdom, warming the JIT), and two threads on two cores each run slower than one
 * alone, so on two cores one worker gains only about 15% over the main thread alone (bench: 199–220
 * files/s against 189); it is kept there because files over HELP_MAX_BYTES then never hold up the
 * main thread. GLOSS_IMPORT_WORKERS=N overrides (0: none).
 */
export function defaultReadWorkers(): number {
  const forced = Number.parseInt(process.env.GLOSS_IMPORT_WORKERS ?? '', 10);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, 8);
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** A pool started ahead of an import (warmFileReaders), for the next large batch to take. */
let spare: { readonly pool: FileReadPool; readonly size: number; readonly timer: NodeJS.Timeout } | null =
  null;
/** A spare pool no import took within this long is stopped: its workers hold tens of megabytes. */
export const SPARE_IDLE_MS = 120_000;

/**
 * Gets reading ready before an import is asked for, while the user picks files in File › Import:
 * this thread's jsdom window is made and the reading workers are started (each loads jsdom and
 * makes its own), about a second of work a cold import would otherwise begin with. Resolves when
 * they are ready. The next createFileReader with as many workers takes them; if none does within
 * `idleMs`, they are stopped.
 */
export function warmFileReaders(workers = defaultReadWorkers(), idleMs = SPARE_IDLE_MS): Promise<void> {
  sharedDom();
  if (workers <= 0) return Promise.resolve();
  if (spare?.size !== workers) {
    if (spare) void dropSpare(spare.pool);
    const pool = new FileReadPool(workers);
    // Held while starting (the caller may be waiting for it), let go once it only waits.
    void pool.whenReady().then(() => {
      if (spare?.pool === pool) pool.hold(false);
    });
    const timer = setTimeout(() => void dropSpare(pool), idleMs);
    timer.unref();
    spare = { pool, size: workers, timer };
  }
  return spare.pool.whenReady();
}

function dropSpare(pool: FileReadPool): Promise<void> {
  if (spare?.pool !== pool) return Promise.resolve();
  clearTimeout(spare.timer);
  spare = null;
  return pool.close();
}

/** The warmed pool if it has `workers` workers, else a new one. */
function takePool(workers: number): FileReadPool {
  if (spare?.size !== workers) return new FileReadPool(workers);
  const { pool, timer } = spare;
  clearTimeout(timer);
  spare = null;
  pool.hold(true);
  return pool;
}

/** Whether a warmed pool is waiting (for tests). */
export function hasSpareReaders(): boolean {
  return spare !== null;
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
  const pool = takePool(workers);
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
