import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { GlossError } from '../errors';
import { runMigrations } from './runMigrations';

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another runtime (Electron during development). */
  readonly nativeBinding?: string | undefined;
  readonly readonly?: boolean;
}

export const LIBRARY_FILE = 'library.sqlite';

/**
 * Opens (creating if needed) the library, sets its pragmas and brings its schema up to date.
 * WAL lets readers run beside the writer; synchronous=NORMAL under WAL keeps every committed
 * transaction across an application crash and at worst loses the last few on power loss, never corrupts.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    assertIntact(db);
    applyPragmas(db);
    if (!options.readonly) runMigrations(db);
    return db;
  } catch (error) {
    db.close();
    throw asCorruptionError(error);
  }
}

const CORRUPTION_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

function asCorruptionError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && CORRUPTION_CODES.has(code)) {
    return new GlossError('DB_CORRUPT', `The library file cannot be read: ${(error as Error).message}`);
  }
  return error;
}

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * better-sqlite3 opens a damaged file without complaint. Reading the schema catches a smashed header
 * at once and costs nothing; the full page check (`verifyIntegrity`) is O(size), so it runs off the start path.
 */
export function assertIntact(db: Db): void {
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
}

/** Full structural check of every page; returns the problems found, empty when the file is sound. */
export function verifyIntegrity(db: Db): string[] {
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  } catch (error) {
    return [(error as Error).message];
  }
}
