import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { FileImportReport, ImportProgress } from '../../../shared/export/results';
import { GlossError } from '../errors';
import { importFileContents, importFiles, type FileContent, type ImportFilesOptions } from './importFiles';

const IDLE: ImportProgress = { jobId: null, state: 'idle', total: 0, done: 0, current: null, failed: 0 };

/**
 * One file import at a time per library, its progress readable while it runs (the import yields
 * to the event loop, so `progress` and `cancel` calls are served meanwhile).
 */
export class ImportJobs {
  private latest: ImportProgress = IDLE;
  private controller: AbortController | null = null;

  constructor(private readonly db: Database) {}

  /** Imports files and folders from disk. */
  run(paths: readonly string[]): Promise<FileImportReport> {
    return this.start((options) => importFiles(this.db, paths, options));
  }

  /** Imports dropped files, given as bytes. */
  runContents(files: readonly FileContent[]): Promise<FileImportReport> {
    return this.start((options) => importFileContents(this.db, files, options));
  }

  private async start(
    work: (options: ImportFilesOptions) => Promise<FileImportReport>,
  ): Promise<FileImportReport> {
    if (this.controller)
      throw new GlossError('IMPORT_FAILED', 'An import is already running; wait for it or cancel it.');
    const controller = new AbortController();
    this.controller = controller;
    const jobId = randomUUID();
    this.latest = { ...IDLE, jobId, state: 'running' };
    try {
      return await work({
        jobId,
        signal: controller.signal,
        onProgress: (progress) => {
          this.latest = progress;
        },
      });
    } finally {
      this.controller = null;
      if (this.latest.state === 'running') this.latest = { ...this.latest, state: 'done', current: null };
    }
  }

  progress(): ImportProgress {
    return this.latest;
  }

  /** Stops the running import after the file in hand; files already stored stay. */
  cancel(): ImportProgress {
    this.controller?.abort();
    return this.latest;
  }
}
