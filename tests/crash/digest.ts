import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';

/**
 * A digest of every row of every ordinary table (an FTS index's content lives in its shadow tables,
 * which are ordinary), independent of row order: equal digests mean the library's content is unchanged.
 */
export function contentDigest(db: Database): string {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = (
      db
        .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
        .raw()
        .all() as unknown[][]
    )
      .map((row) =>
        JSON.stringify(
          row.map((value) =>
            Buffer.isBuffer(value) ? createHash('sha1').update(value).digest('hex') : value,
          ),
        ),
      )
      .sort();
    hash.update(`${table}\u0000${rows.join('\u0001')}\u0002`);
  }
  return hash.digest('hex');
}
