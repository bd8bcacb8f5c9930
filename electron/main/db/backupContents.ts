import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { BackupInfo, BackupListing } from '../../../shared/model/backup';

/** How many articles and live annotations a backup holds, read-only; nulls when it cannot be read. */
export function backupContents(
  path: string,
  nativeBinding?: string,
): { articles: number | null; annotations: number | null } {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    const count = (sql: string): number | null => {
      try {
        return (db?.prepare(sql).get() as { n: number } | undefined)?.n ?? null;
      } catch {
        // A backup from before the table existed (a before-migration copy).
        return null;
      }
    };
    return {
      articles: count('SELECT count(*) AS n FROM articles'),
      annotations: count('SELECT count(*) AS n FROM annotations WHERE deleted_at IS NULL'),
    };
  } catch {
    return { articles: null, annotations: null };
  } finally {
    db?.close();
  }
}

/** The backups in `dir` (as listed, newest first) with what each holds, for the restore dialog. */
export function describeBackups(
  dir: string,
  backups: readonly BackupInfo[],
  nativeBinding?: string,
): BackupListing[] {
  return backups.map((backup) => ({ ...backup, ...backupContents(join(dir, backup.name), nativeBinding) }));
}
