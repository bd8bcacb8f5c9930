import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { FileImportReport, FileImportResult, ImportProgress } from '../../../shared/export/results';
import { reanchorArticle } from '../annotations/reanchor';
import { statement } from '../db/statements';
import { findArticleIdByHash, upsertArticle } from '../db/articleRepo';
import { FileImportError } from './limits';
import { listFiles } from './listFiles';
import { readArticleBytes, type ArticleFile } from './readArticleFile';
import { createFileReader } from './readPool';

/** Work runs in slices this long; between them the event loop serves other calls (progress, cancel). */
export const SLICE_MS = 50;

export const FILE_ORIGIN_PREFIX = 'file:';
/** Dropped files have no path: named by file name and content, so a different file of the same name is a new article. */
export const DROP_ORIGIN_PREFIX = 'dropped:';

export interface ImportFilesOptions {
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined;
  readonly jobId?: string | undefined;
  readonly now?: (() => string) | undefined;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type Stored = Pick<FileImportResult, 'status' | 'articleId' | 'message'>;

/** One file to import: what it is called in the report, its origin once read, and how to read it. */
interface ImportItem {
  readonly path: string;
  /** Set when it cannot be imported at all (missing, wrong type); the reason, in plain words. */
  readonly problem: string | null;
  readonly read: () => Promise<ArticleFile>;
  readonly origin: (file: ArticleFile) => string;
}

/** A dropped file: its name and its bytes, base64. */
export interface FileContent {
  readonly name: string;
  readonly data: string;
}

/** Stores one parsed file in its own transaction (a savepoint in storeBatch's): the article and its re-anchored annotations, or nothing. */
function storeFile(db: Database, origin: string, file: ArticleFile, now: string): Stored {
  return db.transaction((): Stored => {
    const same = findArticleIdByHash(db, file.hash);
    const own = statement(db, 'SELECT id FROM articles WHERE origin = ?').pluck().get(origin) as
      string | undefined;
    if (same !== null && same !== own) {
      const title = statement(db, 'SELECT title FROM articles WHERE id = ?').pluck().get(same) as string;
      return {
        status: 'duplicate',
        articleId: same,
        message: `The library already has this text, as “${title}”.`,
      };
    }
    const result = upsertArticle(db, origin, file.hash, file.draft, now);
    if (result.status === 'updated') reanchorArticle(db, result.id);
    return { status: result.status, articleId: result.id, message: null };
  })();
}

/**
 * Stores files read in one slice in one transaction (one fsync instead of one per file), each in a
 * savepoint of its own, so a file that fails to store is rolled back alone. Nothing is kept open
 * across an await: another write on this connection never lands inside an import's transaction.
 */
function storeBatch(
  db: Database,
  batch: readonly { item: ImportItem; file: ArticleFile }[],
  now: () => string,
): FileImportResult[] {
  if (batch.length === 0) return [];
  try {
    return db.transaction(() =>
      batch.map(({ item, file }): FileImportResult => {
        try {
          const stored = storeFile(db, item.origin(file), file, now());
          return { path: item.path, ...stored, title: file.draft.title, warnings: file.warnings };
        } catch (error) {
          return failure(item.path, error);
        }
      }),
    )();
  } catch (error) {
    // The commit itself failed (a full disk): none of the batch was stored.
    return batch.map(({ item }) => failure(item.path, error));
  }
}

function failure(path: string, error: unknown): FileImportResult {
  const message =
    error instanceof FileImportError
      ? error.message
      : (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'The file is gone.'
        : (error as NodeJS.ErrnoException).code === 'EACCES'
          ? 'Gloss may not read this file.'
          : `The file could not be imported: ${(error as Error).message}`;
  return { path, status: 'failed', articleId: null, title: null, message, warnings: [] };
}

function summarize(jobId: string, files: FileImportResult[], cancelled: boolean): FileImportReport {
  const count = (status: FileImportResult['status']): number =>
    files.filter((f) => f.status === status).length;
  return {
    jobId,
    files,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    duplicates: count('duplicate'),
    failed: count('failed'),
    cancelled,
  };
}

/**
 * Imports text, Markdown and HTML files and folders as articles (origin `file:<absolute path>`, so
 * re-importing a changed file updates it in place and re-anchors its annotations). Each file is
 * read, cleaned and stored on its own: a bad one is reported and the rest go on. Work is sliced so
 * the event loop stays free, progress is reported after every file, and `signal` stops it between
 * files (files already stored stay).
 */
export async function importFiles(
  db: Database,
  paths: readonly string[],
  options: ImportFilesOptions = {},
): Promise<FileImportReport> {
  const listed = await listFiles(paths);
  // Large batches are read (parsed, cleaned, sanitized) a few files ahead, on worker threads.
  const reader = createFileReader(listed.filter((item) => item.problem === null).map((item) => item.path));
  const items = listed.map(({ path, problem }): ImportItem => ({
    path,
    problem,
    read: () => reader.read(path),
    origin: () => `${FILE_ORIGIN_PREFIX}${path}`,
  }));
  try {
    return await importItems(db, items, options);
  } finally {
    await reader.close();
  }
}

/**
 * Imports files dropped onto the window, given as bytes (the renderer never hands main a path).
 * The same checks, limits and report as files read from disk.
 */
export function importFileContents(
  db: Database,
  files: readonly FileContent[],
  options: ImportFilesOptions = {},
): Promise<FileImportReport> {
  const items = files.map(({ name, data }): ImportItem => ({
    path: name,
    problem: null,
    read: () => Promise.resolve(readArticleBytes(Buffer.from(data, 'base64'), name)),
    origin: (file) => `${DROP_ORIGIN_PREFIX}${name}:${file.hash}`,
  }));
  return importItems(db, items, options);
}

async function importItems(
  db: Database,
  listed: readonly ImportItem[],
  options: ImportFilesOptions,
): Promise<FileImportReport> {
  const jobId = options.jobId ?? randomUUID();
  const now = options.now ?? (() => new Date().toISOString());
  const results: FileImportResult[] = [];
  let failed = 0;
  const report = (current: string | null, state: ImportProgress['state']): void =>
    options.onProgress?.({ jobId, state, total: listed.length, done: results.length, current, failed });

  report(null, 'running');
  // Files read in this slice, stored together when it ends (see storeRead).
  const read: { item: ImportItem; file: ArticleFile }[] = [];
  const settle = (result: FileImportResult): void => {
    if (result.status === 'failed') failed++;
    results.push(result);
    report(result.path, 'running');
  };
  const storeRead = (): void => {
    for (const result of storeBatch(db, read.splice(0), now)) settle(result);
  };
  let sliceStart = performance.now();
  for (const [index, item] of listed.entries()) {
    if (options.signal?.aborted) {
      storeRead();
      for (const rest of listed.slice(index)) {
        results.push({
          path: rest.path,
          status: 'cancelled',
          articleId: null,
          title: null,
          message: 'The import was cancelled.',
          warnings: [],
        });
      }
      break;
    }
    if (item.problem !== null) {
      storeRead();
      settle({
        path: item.path,
        status: 'failed',
        articleId: null,
        title: null,
        message: item.problem,
        warnings: [],
      });
    } else {
      try {
        read.push({ item, file: await item.read() });
      } catch (error) {
        storeRead();
        settle(failure(item.path, error));
      }
    }
    if (performance.now() - sliceStart >= SLICE_MS) {
      storeRead();
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  storeRead();
  const cancelled = options.signal?.aborted === true;
  report(null, cancelled ? 'cancelled' : 'done');
  return summarize(jobId, results, cancelled);
}
