import type { Database } from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTexts, type ImportReport, type TextSource } from './importTexts';

export const SEED_ORIGIN_PREFIX = 'seed:';

function* seedSources(seedDir: string): Generator<TextSource> {
  const files = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const file of files) {
    yield { origin: `${SEED_ORIGIN_PREFIX}${file}`, raw: readFileSync(join(seedDir, file), 'utf8') };
  }
}

/**
 * Brings the library in line with the seed folder: new seeds are added, changed ones updated in place
 * (same id, so annotations follow), unchanged ones cost a hash. Runs at every start.
 */
export function importSeeds(db: Database, seedDir: string): ImportReport {
  return importTexts(db, seedSources(seedDir));
}
