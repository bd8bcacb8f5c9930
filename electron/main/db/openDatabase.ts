import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { GlossError } from '../errors';
import { LATEST_VERSION } from './migrations';
import { readUserVersion, runMigrations } from './runMigrations';
import { isCorruption } from './sqliteErrors';

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another runtime (Electron during development). */
  readonly nativeBinding?: string | undefined;
  readonly readonly?: boolean;
  /**
   * Files (with their WAL) up to this size get a full page check (`quick_check`) at open; larger ones
   * are checked when they are backed up. `Infinity` always checks, 0 never.
   */
  readonly fullCheckMaxBytes?: number;
  /** Runs before an existing library's schema is migrated (never on a new, empty one): the backup hook. */
  readonly beforeMigrate?: ((db: Db, from: number, to: number) => void) | undefined;
}

export const LIBRARY_FILE = 'library.sqlite';

/** About 20 ms of `quick_check` here (~2 ms per MiB), well inside the 50 ms budget for opening the library. */
export const FULL_CHECK_AT_OPEN_MAX_BYTES = 8 * 2 ** 20;

/**
 * Opens (creating if needed) the library, checks it is readable, sets its pragmas and brings its schema
 * up to date. A damaged file is refused with DB_CORRUPT (the caller decides what to restore).
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const onDisk = file !== ':memory:';
  if (onDisk) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    assertIntact(db);
    if (onDisk && storedBytes(file) <= (options.fullCheckMaxBytes ?? FULL_CHECK_AT_OPEN_MAX_BYTES)) {
      const problems = verifyIntegrity(db);
      if (problems.length > 0)
        throw new GlossError('DB_CORRUPT', `The library file is damaged: ${problems.slice(0, 3).join('; ')}`);
    }
    applyPragmas(db);
    if (!options.readonly) {
      const from = readUserVersion(db);
      if (options.beforeMigrate && from > 0 && from < LATEST_VERSION)
        options.beforeMigrate(db, from, LATEST_VERSION);
      runMigrations(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw asCorruptionError(error);
  }
}

function asCorruptionError(error: unknown): unknown {
  if (!isCorruption(error)) return error;
  return new GlossError('DB_CORRUPT', `The library file is damaged: ${(error as Error).message}`);
}

/** The library's size on disk: the main file plus its write-ahead log. */
export function storedBytes(file: string): number {
  const size = (path: string): number => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  return size(file) + size(`${file}-wal`);
}

/**
 * WAL lets readers run beside the writer. synchronous=FULL fsyncs the log at every commit, so a write
 * Gloss has acknowledged (a highlight shown as saved) survives power loss and OS crashes, not only an app
 * crash as NORMAL would promise; it costs one fsync (~2 ms here) per transaction, and every write in Gloss
 * is a user action or a whole imported file. fullfsync makes that fsync reach the platter on macOS, where a
 * plain fsync stops at the drive's cache; other systems ignore it.
 */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('fullfsync = ON');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * better-sqlite3 opens a damaged file without complaint. Reading the schema reads page 1, which catches
 * a smashed header and a truncated file (SQLite compares the header's page count with the file) at no cost.
 */
export function assertIntact(db: Db): void {
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
}

/**
 * Structural check of every page (`quick_check`; `integrity_check` also compares each index with its
 * table, at about 1.5 times the cost). Returns the problems found, empty when the file is sound; a
 * failure that is not damage (a lock held too long) is thrown, never reported as damage.
 */
export function verifyIntegrity(db: Db, pragma: 'quick_check' | 'integrity_check' = 'quick_check'): string[] {
  try {
    const rows = db.pragma(pragma) as Record<string, string>[];
    return rows.map((r) => r[pragma] ?? '').filter((r) => r !== 'ok');
  } catch (error) {
    if (isCorruption(error)) return [(error as Error).message];
    throw error;
  }
}
