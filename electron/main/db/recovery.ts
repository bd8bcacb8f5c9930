import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo, RecoveryReport } from '../../../shared/model/backup';
import { checkBackupFile, fsyncPath, listBackups, removeWithSidecars } from './backups';

export interface RecoverOptions {
  /** The library file found damaged. */
  readonly file: string;
  readonly backupDir: string;
  /** What the check found, for the report. */
  readonly problem: string;
  readonly nativeBinding?: string | undefined;
  readonly now?: Date | undefined;
}

/** `library.corrupt-20250503T091400123Z.sqlite`, beside the library. */
export function damagedCopyPath(file: string, at: Date): string {
  return join(dirname(file), `library.corrupt-${at.toISOString().replace(/[-:.]/gu, '')}.sqlite`);
}

/** Renames the library and its -wal and -shm to `to` (+ the same suffixes); the WAL belongs to that file only. */
export function moveAside(file: string, to: string): void {
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${to}${suffix}`);
  }
  fsyncPath(dirname(file));
}

/** Copies a verified backup to `file` through a temporary name, so a crash leaves the old file or the whole copy. */
export function placeBackup(source: string, file: string): void {
  const temp = `${file}.restoring`;
  removeWithSidecars(temp);
  copyFileSync(source, temp);
  fsyncPath(temp);
  renameSync(temp, file);
  fsyncPath(dirname(file));
}

/** The newest backup that passes `integrity_check`, newest first; null when none does. */
export function newestSoundBackup(backupDir: string, nativeBinding?: string): BackupInfo | null {
  for (const backup of listBackups(backupDir)) {
    if (checkBackupFile(join(backupDir, backup.name), nativeBinding).length === 0) return backup;
  }
  return null;
}

/**
 * At start, for a library found damaged: keeps the damaged file (with its WAL) aside, puts the newest
 * sound backup in its place (or nothing, so a new library is started) and says so in plain words.
 */
export function recoverAtStart(options: RecoverOptions): RecoveryReport {
  const at = options.now ?? new Date();
  const damagedCopy = damagedCopyPath(options.file, at);
  moveAside(options.file, damagedCopy);
  const restoredFrom = newestSoundBackup(options.backupDir, options.nativeBinding);
  if (restoredFrom) placeBackup(join(options.backupDir, restoredFrom.name), options.file);
  return {
    problem: options.problem,
    damagedCopy,
    restoredFrom,
    message: recoveryMessage(options.problem, damagedCopy, restoredFrom),
  };
}

/** `2025-05-03 09:14 UTC`: the same in every locale and time zone, for the log and the terminal. */
export function describeTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function recoveryMessage(problem: string, damagedCopy: string, restoredFrom: BackupInfo | null): string {
  const kept = `The damaged file was kept as ${basename(damagedCopy)} in ${dirname(damagedCopy)}.`;
  const found = `Gloss found your library file damaged (${problem.replace(/^The library file is damaged: /u, '')}).`;
  if (!restoredFrom) {
    return `${found} There was no sound backup to restore, so Gloss started a new, empty library. ${kept}`;
  }
  return (
    `${found} It restored the backup from ${describeTime(restoredFrom.createdAt)}; ` +
    `changes made after that time are not in it. ${kept}`
  );
}

/** The backup API's first step only takes the lock; asking for every page makes the second step the whole copy. */
const ALL_PAGES = 0x7fffffff;

/**
 * Replaces the content of the open library at `file` with the backup at `source`, in place: SQLite's
 * backup API writes it as one transaction through the WAL, so this connection (and any other process's)
 * sees the old library or the restored one, and every handler holding `db` goes on working. Renaming
 * files under an open connection would instead leave it writing to the old file, and fails on Windows.
 */
export async function restoreInPlace(
  db: Db,
  file: string,
  source: string,
  nativeBinding?: string,
): Promise<void> {
  const backup = new Database(source, { readonly: true, fileMustExist: true, nativeBinding });
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  // A write arriving between the two steps of the copy fails at once (BUSY) instead of stalling main.
  db.pragma('busy_timeout = 0');
  try {
    await backup.backup(file, { progress: () => ALL_PAGES });
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
    backup.close();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
}
