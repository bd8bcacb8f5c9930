import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { FileImportReport, FileImportResult, ImportProgress } from '../../../shared/export/results';
import { reanchorArticle } from '../annotations/reanchor';
import { statement } from '../db/statements';
import { findArticleIdByHash, upsertArticle } from '../db/articleRepo';
import { FileImportError } from './limits';
import { listFiles } from './listFiles';
import { readArticleFile, type ArticleFile } from './readArticleFile';

/** Work runs in slices this long; between them the event loop serves other calls (progress, cancel). */
export const SLICE_MS = 50;

export const FILE_ORIGIN_PREFIX = 'file:';

export interface ImportFilesOptions {
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined;
  readonly jobId?: string | undefined;
  readonly now?: (() => string) | undefined;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type Stored = Pick<FileImportResult, 'status' | 'articleId' | 'message'>;

/** Stores one parsed file in its own transaction: the article and its re-anchored annotations, or nothing. */
function storeFile(db: Database, path: string, file: ArticleFile, now: string): Stored {
  const origin = `${FILE_ORIGIN_PREFIX}${path}`;
  return db.transaction((): Stored => {
    const same = findArticleIdByHash(db, file.hash);
    const own = statement(db, 'SELECT id FROM articles WHERE origin = ?').pluck().get(origin) as string | undefined;
    if (same !== null && same !== own) {
      const title = statement(db, 'SELECT title FROM articles WHERE id = ?').pluck().get(same) as string;
      return { status: 'duplicate', articleId: same, message: `The library already has this text, as “${title}”.` };
    }
    const result = upsertArticle(db, origin, file.hash, file.draft, now);
    if (result.status === 'updated') reanchorArticle(db, result.id);
    return { status: result.status, articleId: result.id, message: null };
  })();
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
  const count = (status: FileImportResult['status']): number => files.filter((f) => f.status === status).length;
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
export async function importFiles(db: Database, paths: readonly string[], options: ImportFilesOptions = {}): Promise<FileImportReport> {
  const jobId = options.jobId ?? randomUUID();
  const now = options.now ?? (() => new Date().toISOString());
  const listed = await listFiles(paths);
  const results: FileImportResult[] = [];
  let failed = 0;
  const report = (current: string | null, state: ImportProgress['state']): void =>
    options.onProgress?.({ jobId, state, total: listed.length, done: results.length, current, failed });

  report(null, 'running');
  let sliceStart = performance.now();
  for (const [index, item] of listed.entries()) {
    if (options.signal?.aborted) {
      for (const rest of listed.slice(index)) {
        results.push({ path: rest.path, status: 'cancelled', articleId: null, title: null, message: 'The import was cancelled.', warnings: [] });
      }
      break;
    }
    let result: FileImportResult;
    if (item.problem !== null) {
      result = { path: item.path, status: 'failed', articleId: null, title: null, message: item.problem, warnings: [] };
    } else {
      try {
        const file = await readArticleFile(item.path);
        const stored = storeFile(db, item.path, file, now());
        result = { path: item.path, ...stored, title: file.draft.title, warnings: file.warnings };
      } catch (error) {
        result = failure(item.path, error);
      }
    }
    if (result.status === 'failed') failed++;
    results.push(result);
    report(item.path, 'running');
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  const cancelled = options.signal?.aborted === true;
  report(null, cancelled ? 'cancelled' : 'done');
  return summarize(jobId, results, cancelled);
}
