import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/types';
import { migrations as allMigrations } from './migrations';
import { GlossError } from '../errors';

export function readUserVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs every migration newer than the database, each in its own transaction with its version,
 * so a crash leaves the database at the last completed step. Refuses a database from a newer Gloss.
 */
export function runMigrations(
  db: Database,
  migrations: readonly Migration[] = allMigrations,
  upTo = Number.POSITIVE_INFINITY,
): number {
  const current = readUserVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new GlossError(
      'DB_TOO_NEW',
      `This library was written by a newer version of Gloss (schema ${current}, this version knows up to ${latest}). Update Gloss to open it; nothing was changed.`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > upTo) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return readUserVersion(db);
}
