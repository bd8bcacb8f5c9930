import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { importSeeds } from './corpus/importSeeds';
import type { ImportReport } from './corpus/importTexts';
import { LIBRARY_FILE, openDatabase } from './db/openDatabase';

export interface LibraryOptions {
  readonly dataDir: string;
  /** Folder of seed `.txt` files imported (idempotently) on every open; omitted, nothing is seeded. */
  readonly seedDir?: string | undefined;
  readonly nativeBinding?: string | undefined;
}

export interface Library {
  readonly db: Database;
  readonly file: string;
  readonly seedReport: ImportReport | null;
  close(): void;
}

/** What every front end (Electron, harness, CLI) does at start: open the store, bring the seeds in. */
export function openLibrary(options: LibraryOptions): Library {
  const file = join(options.dataDir, LIBRARY_FILE);
  const db = openDatabase(file, { nativeBinding: options.nativeBinding });
  const seedReport = options.seedDir ? importSeeds(db, options.seedDir) : null;
  return {
    db,
    file,
    seedReport,
    close: () => {
      db.pragma('optimize');
      db.close();
    },
  };
}
