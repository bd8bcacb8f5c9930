import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { BACKUP_NAME_PATTERN, type BackupInfo, type BackupReason } from '../../../shared/model/backup';
import { GlossError } from '../errors';
import { LATEST_VERSION } from './migrations';
import { verifyIntegrity } from './openDatabase';
import { readUserVersion } from './runMigrations';
import { isCorruption, toStorageError } from './sqliteErrors';

export const BACKUP_DIR = 'backups';
export const KEEP_BACKUPS = 7;
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** A copy being written; never listed, and swept once it is clearly abandoned (its writer crashed). */
const PARTIAL_PREFIX = '.partial-';
const ABANDONED_AFTER_MS = 60 * 60 * 1000;
const SIDECARS = ['', '-wal', '-shm', '-journal'] as const;

export interface BackupOptions {
  readonly nativeBinding?: string | undefined;
  readonly now?: Date | undefined;
  /** Where to keep a copy that fails its check (the library itself is damaged); omitted, it is deleted. */
  readonly keepDamagedAt?: string | undefined;
  /** Backups the rotation after this one must not remove (the one about to be restored). */
  readonly protect?: readonly string[] | undefined;
}

/** `2025-05-03T09:14:00.123Z` → `library-20250503T091400123Z-daily.sqlite`. */
export function backupName(at: Date, reason: BackupReason): string {
  return `library-${at.toISOString().replace(/[-:.]/gu, '')}-${reason}.sqlite`;
}

export function parseBackupName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  const stamp = match?.[1];
  const reason = match?.[2] as BackupReason | undefined;
  if (stamp === undefined || reason === undefined) return null;
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.toISOString() !== iso ? null : { createdAt: iso, reason };
}

/** The backups in `dir`, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    try {
      found.push({ name, ...parsed, bytes: statSync(join(dir, name)).size });
    } catch {
      // Removed while we looked.
    }
  }
  return found.sort((a, b) =>
    a.createdAt === b.createdAt ? (a.name < b.name ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
  );
}

export function findBackup(dir: string, name: string): BackupInfo {
  const found = listBackups(dir).find((b) => b.name === name);
  if (!found) throw new GlossError('NOT_FOUND', `There is no backup called ${name}.`);
  return found;
}

/**
 * Problems that make the file at `path` unfit to restore: damage (`integrity_check`), no library in it,
 * or a schema from a newer Gloss. Empty when it is sound.
 */
export function checkBackupFile(path: string, nativeBinding?: string): string[] {
  let db: Db | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    const problems = verifyIntegrity(db, 'integrity_check');
    if (problems.length > 0) return problems;
    const version = readUserVersion(db);
    if (version === 0) return ['it holds no library'];
    if (version > LATEST_VERSION) return [`it was written by a newer version of Gloss (schema ${version})`];
    return [];
  } catch (error) {
    return [(error as Error).message];
  } finally {
    db?.close();
  }
}

/** At most one automatic backup a day: due when the newest is a day old (or from a clock now set back). */
export function isBackupDue(dir: string, now: Date = new Date()): boolean {
  const newest = listBackups(dir)[0];
  return !newest || Math.abs(now.getTime() - Date.parse(newest.createdAt)) >= BACKUP_INTERVAL_MS;
}

/**
 * Online backup through SQLite's backup API, copied a few pages per turn of the event loop so the app
 * stays responsive; writes made meanwhile on this connection are carried into the copy.
 */
export async function createBackup(
  db: Db,
  dir: string,
  reason: BackupReason,
  options: BackupOptions = {},
): Promise<BackupInfo> {
  const partial = startPartial(dir, options.now);
  try {
    await db.backup(partial);
  } catch (error) {
    removeWithSidecars(partial);
    throw toStorageError(error);
  }
  return finishBackup(partial, dir, reason, options);
}

/** The same, in one synchronous step (`VACUUM INTO`): for the backup before a migration, taken at start. */
export function createBackupSync(
  db: Db,
  dir: string,
  reason: BackupReason,
  options: BackupOptions = {},
): BackupInfo {
  const partial = startPartial(dir, options.now);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
  } catch (error) {
    removeWithSidecars(partial);
    throw toStorageError(error);
  }
  return finishBackup(partial, dir, reason, options);
}

/** Deletes all but the `keep` newest backups, always keeping the newest taken before a migration. */
export function rotateBackups(
  dir: string,
  keep: number = KEEP_BACKUPS,
  protect: readonly string[] = [],
): string[] {
  const backups = listBackups(dir);
  const lastBeforeMigration = backups.find((b) => b.reason === 'before-migration');
  const removed: string[] = [];
  for (const backup of backups.slice(keep)) {
    if (backup === lastBeforeMigration || protect.includes(backup.name)) continue;
    rmSync(join(dir, backup.name), { force: true });
    removed.push(backup.name);
  }
  return removed;
}

function startPartial(dir: string, now: Date = new Date()): string {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(PARTIAL_PREFIX)) continue;
    try {
      if (now.getTime() - statSync(join(dir, name)).mtimeMs > ABANDONED_AFTER_MS)
        rmSync(join(dir, name), { force: true });
    } catch {
      // Another process swept it first.
    }
  }
  return join(dir, `${PARTIAL_PREFIX}${randomBytes(6).toString('hex')}.sqlite`);
}

/** Makes the copy a self-contained file (no WAL beside it), checks it, and only then gives it its name. */
function finishBackup(
  partial: string,
  dir: string,
  reason: BackupReason,
  options: BackupOptions,
): BackupInfo {
  try {
    const problems = settleCopy(partial, options.nativeBinding);
    if (problems.length > 0) {
      if (options.keepDamagedAt) renameWithSidecars(partial, options.keepDamagedAt);
      throw new GlossError(
        'DB_CORRUPT',
        `The library failed its check while being backed up (${problems.slice(0, 2).join('; ')}), so this copy was not kept as a backup.`,
      );
    }
    fsyncPath(partial);
    let at = options.now ?? new Date();
    while (existsSync(join(dir, backupName(at, reason)))) at = new Date(at.getTime() + 1);
    const name = backupName(at, reason);
    renameSync(partial, join(dir, name));
    fsyncPath(dir);
    rotateBackups(dir, KEEP_BACKUPS, options.protect);
    return { name, createdAt: at.toISOString(), reason, bytes: statSync(join(dir, name)).size };
  } catch (error) {
    removeWithSidecars(partial);
    throw toStorageError(error);
  }
}

/** Turns the copy into a plain rollback-journal file (no WAL beside it), then checks it. */
function settleCopy(partial: string, nativeBinding: string | undefined): string[] {
  try {
    const copy = new Database(partial, { nativeBinding });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
  } catch (error) {
    if (isCorruption(error)) return [(error as Error).message];
    throw error;
  }
  return checkBackupFile(partial, nativeBinding);
}

function renameWithSidecars(from: string, to: string): void {
  for (const suffix of SIDECARS) {
    if (existsSync(`${from}${suffix}`)) renameSync(`${from}${suffix}`, `${to}${suffix}`);
  }
}

export function removeWithSidecars(file: string): void {
  for (const suffix of SIDECARS) rmSync(`${file}${suffix}`, { force: true });
}

/** fsync a file, or a folder so that a rename in it is durable (Windows cannot open folders, and needs not). */
export function fsyncPath(path: string): void {
  if (process.platform === 'win32' && statSync(path).isDirectory()) return;
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
