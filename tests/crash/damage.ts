/** Ways to break a library file on purpose, for the tests that prove Gloss notices and recovers. */
import type { Database } from 'better-sqlite3';
import { closeSync, openSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';

export type Damage = 'smashed header' | 'smashed page' | 'truncated file';
export const DAMAGES: readonly Damage[] = ['smashed header', 'smashed page', 'truncated file'];

/** Enough rows in `settings` to spread the library over many pages. */
export function fillPages(db: Database, rows = 2000, width = 200): void {
  const insert = db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`filler-${i}`, JSON.stringify('v'.repeat(width)));
  })();
}

/** Damages a closed library file (its WAL folded in first, so the damage is in the file itself). */
export function damage(file: string, how: Damage): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  if (how === 'smashed header') {
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
    closeSync(fd);
  } else if (how === 'smashed page') {
    // A b-tree page in the middle of the file, overwritten with garbage.
    const page = Math.floor(bytes.length / pageSize / 2);
    bytes.fill(0x5a, page * pageSize, (page + 1) * pageSize);
    writeFileSync(file, bytes);
  } else {
    truncateSync(file, Math.floor(statSync(file).size / pageSize / 2) * pageSize);
  }
}
