import type { Database } from 'better-sqlite3';

/** One schema step. `version` is what `user_version` reads once it has run. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database) => void;
}
