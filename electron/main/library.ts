import type { Database } from 'better-sqlite3';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MainHandlers } from '../../shared/ipc/types';
import type {
  BackupInfo,
  BackupListing,
  BackupReason,
  RecoveryReport,
  RestoreResult,
} from '../../shared/model/backup';
import { importSeeds } from './corpus/importSeeds';
import type { ImportReport } from './corpus/importTexts';
import {
  BACKUP_DIR,
  checkBackupFile,
  createBackup,
  createBackupSync,
  findBackup,
  isBackupDue,
  listBackups,
  rotateBackups,
} from './db/backups';
import { describeBackups } from './db/backupContents';
import { LIBRARY_FILE, openDatabase } from './db/openDatabase';
import { damagedCopyPath, describeTime, recoverAtStart, restoreInPlace } from './db/recovery';
import { runMigrations } from './db/runMigrations';
import { GlossError } from './errors';

export interface AutoBackupOptions {
  /** How long after opening to take the day's backup, if due: after the window has shown. */
  readonly delayMs: number;
  /** How often a long-running app looks again. */
  readonly everyMs: number;
}

export const DEFAULT_AUTO_BACKUP: AutoBackupOptions = { delayMs: 30_000, everyMs: 60 * 60 * 1000 };

/** Left by a backup that found the library damaged: the next start checks every page, whatever the size. */
export const CHECK_MARKER = 'library.needs-check';

export interface LibraryOptions {
  readonly dataDir: string;
  /** Folder of seed `.txt` files imported (idempotently) on every open; omitted, nothing is seeded. */
  readonly seedDir?: string | undefined;
  readonly nativeBinding?: string | undefined;
  /** Daily backups while open (the default), or false. */
  readonly autoBackup?: AutoBackupOptions | false | undefined;
  /** Where a failed background backup is reported (default console.error); nothing else is logged. */
  readonly log?: ((message: string, error: unknown) => void) | undefined;
}

export interface Library {
  /** The one connection; it stays the same object for the library's life, restores included. */
  readonly db: Database;
  readonly file: string;
  readonly dataDir: string;
  readonly backupDir: string;
  readonly seedReport: ImportReport | null;
  /** What was repaired at start, or null. */
  readonly recovery: RecoveryReport | null;
  /** The start's recovery report the first time it is asked for, then null: the app shows it once. */
  takeStartupNotice(): RecoveryReport | null;
  listBackups(): BackupInfo[];
  /** The same, with how many articles and annotations each holds (for the restore dialog). */
  describeBackups(): BackupListing[];
  backup(reason?: BackupReason): Promise<BackupInfo>;
  /** Today's backup, unless one was taken in the last 24 hours. */
  backupIfDue(now?: Date): Promise<BackupInfo | null>;
  /** Verifies the backup, keeps the current library as a backup, and restores in place. */
  restoreBackup(name: string): Promise<RestoreResult>;
  close(): void;
}

/**
 * What every front end (Electron, harness, CLI) does at start: open the store (restoring the newest
 * sound backup if it is damaged, backing it up before a migration), bring the seeds in, and schedule
 * the daily backup.
 */
export function openLibrary(options: LibraryOptions): Library {
  const file = join(options.dataDir, LIBRARY_FILE);
  const backupDir = join(options.dataDir, BACKUP_DIR);
  const marker = join(options.dataDir, CHECK_MARKER);
  const open = (): Database =>
    openDatabase(file, {
      nativeBinding: options.nativeBinding,
      fullCheckMaxBytes: existsSync(marker) ? Number.POSITIVE_INFINITY : undefined,
      beforeMigrate: (db) =>
        createBackupSync(db, backupDir, 'before-migration', { nativeBinding: options.nativeBinding }),
    });
  let recovery: RecoveryReport | null = null;
  let db: Database;
  try {
    db = open();
  } catch (error) {
    if (!(error instanceof GlossError && error.code === 'DB_CORRUPT')) throw error;
    recovery = recoverAtStart({
      file,
      backupDir,
      problem: error.message,
      nativeBinding: options.nativeBinding,
    });
    db = open();
  }
  rmSync(marker, { force: true });
  const seedReport = options.seedDir ? importSeeds(db, options.seedDir) : null;
  const library = new OpenLibrary(db, file, options, seedReport, recovery);
  libraries.set(db, library);
  return library;
}

class OpenLibrary implements Library {
  readonly dataDir: string;
  readonly backupDir: string;
  private notice: RecoveryReport | null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly timers: NodeJS.Timeout[] = [];
  private closed = false;

  constructor(
    readonly db: Database,
    readonly file: string,
    private readonly options: LibraryOptions,
    readonly seedReport: ImportReport | null,
    readonly recovery: RecoveryReport | null,
  ) {
    this.dataDir = options.dataDir;
    this.backupDir = join(options.dataDir, BACKUP_DIR);
    this.notice = recovery;
    const auto = options.autoBackup ?? DEFAULT_AUTO_BACKUP;
    if (auto) this.schedule(auto);
  }

  takeStartupNotice(): RecoveryReport | null {
    const notice = this.notice;
    this.notice = null;
    return notice;
  }

  listBackups(): BackupInfo[] {
    return listBackups(this.backupDir);
  }

  describeBackups(): BackupListing[] {
    return describeBackups(this.backupDir, this.listBackups(), this.options.nativeBinding);
  }

  backup(reason: BackupReason = 'manual'): Promise<BackupInfo> {
    return this.serially(() => this.checkedBackup(reason));
  }

  backupIfDue(now: Date = new Date()): Promise<BackupInfo | null> {
    return this.serially(async () =>
      isBackupDue(this.backupDir, now) ? this.checkedBackup('daily', now) : null,
    );
  }

  restoreBackup(name: string): Promise<RestoreResult> {
    return this.serially(() => this.restore(name));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.db.pragma('optimize');
    this.db.close();
  }

  private async restore(name: string): Promise<RestoreResult> {
    const nativeBinding = this.options.nativeBinding;
    const backup = findBackup(this.backupDir, name);
    const source = join(this.backupDir, backup.name);
    const problems = checkBackupFile(source, nativeBinding);
    if (problems.length > 0) {
      throw new GlossError(
        'DB_CORRUPT',
        `The backup ${name} cannot be restored (${problems[0] ?? ''}); nothing was changed.`,
      );
    }
    let keptAside: BackupInfo | null = null;
    let damagedCopy: string | null = null;
    const aside = damagedCopyPath(this.file, new Date());
    try {
      keptAside = await createBackup(this.db, this.backupDir, 'before-restore', {
        nativeBinding,
        keepDamagedAt: aside,
        protect: [name],
      });
    } catch (error) {
      if (!(error instanceof GlossError && error.code === 'DB_CORRUPT')) throw error;
      damagedCopy = aside;
    }
    await restoreInPlace(this.db, this.file, source, nativeBinding);
    runMigrations(this.db);
    rotateBackups(this.backupDir);
    const before = keptAside
      ? `The library as it was just before is saved as the backup ${keptAside.name}.`
      : `The library as it was just before was damaged; it was kept as ${damagedCopy ?? aside}.`;
    return {
      restored: backup,
      keptAside,
      damagedCopy,
      message: `Restored the backup from ${describeTime(backup.createdAt)}. ${before}`,
    };
  }

  /** A backup whose copy fails its check has found the library damaged: the next start checks every page. */
  private async checkedBackup(reason: BackupReason, now?: Date): Promise<BackupInfo> {
    try {
      return await createBackup(this.db, this.backupDir, reason, {
        nativeBinding: this.options.nativeBinding,
        now,
      });
    } catch (error) {
      if (error instanceof GlossError && error.code === 'DB_CORRUPT' && !this.closed) {
        writeFileSync(join(this.dataDir, CHECK_MARKER), `${new Date().toISOString()} ${error.message}\n`);
      }
      throw error;
    }
  }

  /** Backups and restores run one at a time, in the order asked. */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private schedule(auto: AutoBackupOptions): void {
    const run = (): void => {
      if (this.closed || !existsSync(this.file)) return;
      this.backupIfDue().catch((error: unknown) => this.backupFailed(error));
    };
    this.timers.push(setTimeout(run, auto.delayMs).unref(), setInterval(run, auto.everyMs).unref());
  }

  private backupFailed(error: unknown): void {
    if (!this.closed) (this.options.log ?? console.error)('Gloss: the daily backup failed', error);
  }
}

const libraries = new WeakMap<Database, Library>();

export type LibraryHandlers = Pick<MainHandlers, 'getStartupNotice' | 'listBackups' | 'restoreBackup'>;

/**
 * The library's own methods of the contract. createHandlers is given the connection only, so the
 * Library that opened it is looked up here; a connection opened some other way has no backups.
 */
export function libraryHandlers(db: Database): LibraryHandlers {
  return {
    getStartupNotice: () => libraries.get(db)?.takeStartupNotice() ?? null,
    listBackups: () => libraries.get(db)?.describeBackups() ?? [],
    restoreBackup: ({ name }) => {
      const library = libraries.get(db);
      if (!library) throw new GlossError('NOT_FOUND', `There is no backup called ${name}.`);
      return library.restoreBackup(name);
    },
  };
}
