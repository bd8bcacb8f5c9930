import type { Database } from 'better-sqlite3';
import { buildSearchDocument, type SearchDocument } from './searchDocument';
import { readBlockTexts } from '../db/articleTexts';
import { statement as cachedStatement } from '../db/statements';

/**
 * Bump when folding or tokenizing changes: the next sync then re-indexes every article, so an index
 * built by an older Gloss never disagrees with how this one folds a query.
 */
export const SEARCH_INDEX_FORMAT = 1;

export interface SyncReport {
  readonly indexed: number;
  readonly removed: number;
}

const checkedFormat = new WeakSet<Database>();

function readState(db: Database, key: string): number | undefined {
  return cachedStatement(db, 'SELECT value FROM search_state WHERE key = ?').pluck().get(key) as
    number | undefined;
}

function writeState(db: Database, key: string, value: number): void {
  cachedStatement(db, 'INSERT OR REPLACE INTO search_state (key, value) VALUES (?, ?)').run(key, value);
}

/** Changes whenever any connection re-indexes something; in-memory caches of the index key on it. */
export function readSearchGeneration(db: Database): number {
  return readState(db, 'generation') ?? 0;
}

function requeueAllIfFormatChanged(db: Database): void {
  if (checkedFormat.has(db)) return;
  if (readState(db, 'format') !== SEARCH_INDEX_FORMAT) {
    db.transaction(() => {
      cachedStatement(db, "INSERT INTO search_fts (search_fts) VALUES ('delete-all')").run();
      cachedStatement(db, 'DELETE FROM search_docs').run();
      cachedStatement(db, 'INSERT OR IGNORE INTO search_pending (article_id) SELECT id FROM articles').run();
      writeState(db, 'format', SEARCH_INDEX_FORMAT);
    }).immediate();
  }
  checkedFormat.add(db);
}

/** An article as the index holds it, folded; null when there is no such article. */
export function loadSearchDocument(db: Database, articleId: string): SearchDocument | null {
  const title = cachedStatement(db, 'SELECT title FROM articles WHERE id = ?').pluck().get(articleId) as
    string | undefined;
  if (title === undefined) return null;
  return buildSearchDocument(title, readBlockTexts(db, articleId));
}

/**
 * While many articles go in, FTS5's incremental merging is paused (its crisis merges still bound the
 * segment count): about a sixth of an import's write time. The default comes back when the bulk ends.
 */
export function pauseIndexMerging(db: Database, paused: boolean): void {
  // Literal values: FTS5 refuses a bound number (better-sqlite3 binds it as REAL).
  cachedStatement(
    db,
    `INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', ${paused ? '0' : '4'})`,
  ).run();
}

/** Above this many queued articles, segment merging waits until the batch is in (a third faster). */
const BULK_SYNC = 1000;

/**
 * Indexes every article queued by the triggers (created, retitled, blocks changed) and drops deleted
 * ones, in one transaction. Cheap when nothing is queued; a no-op on a read-only connection.
 * `onIndexed` sees each document written, so in-memory caches can follow small changes without a reload.
 * `documents` may bring queued articles' documents already folded (an import makes them off the main
 * thread); the rest are read and folded here.
 */
export function syncSearchIndex(
  db: Database,
  onIndexed?: (doc: SearchDocument) => void,
  documents?: ReadonlyMap<string, SearchDocument>,
): SyncReport {
  if (db.readonly) return { indexed: 0, removed: 0 };
  requeueAllIfFormatChanged(db);
  if (cachedStatement(db, 'SELECT 1 FROM search_pending LIMIT 1').get() === undefined) {
    return { indexed: 0, removed: 0 };
  }
  const findDoc = cachedStatement(db, 'SELECT docid FROM search_docs WHERE article_id = ?').pluck();
  const addDoc = cachedStatement(db, 'INSERT INTO search_docs (article_id, generation) VALUES (?, ?)');
  const touchDoc = cachedStatement(db, 'UPDATE search_docs SET generation = ? WHERE docid = ?');
  const dropDoc = cachedStatement(db, 'DELETE FROM search_docs WHERE docid = ?');
  const unindex = cachedStatement(db, 'DELETE FROM search_fts WHERE rowid = ?');
  const index = cachedStatement(
    db,
    'INSERT INTO search_fts (rowid, title, body, compounds) VALUES (?, ?, ?, ?)',
  );

  return db
    .transaction((): SyncReport => {
      const pending = cachedStatement(db, 'SELECT article_id FROM search_pending').pluck().all() as string[];
      const generation = readSearchGeneration(db) + 1;
      const bulk = pending.length > BULK_SYNC;
      if (bulk) pauseIndexMerging(db, true);
      let indexed = 0;
      let removed = 0;
      for (const articleId of pending) {
        let docid = findDoc.get(articleId) as number | undefined;
        if (docid !== undefined) unindex.run(docid);
        const doc = documents?.get(articleId) ?? loadSearchDocument(db, articleId);
        if (doc === null) {
          if (docid !== undefined) {
            dropDoc.run(docid);
            removed++;
          }
          continue;
        }
        if (docid === undefined) docid = Number(addDoc.run(articleId, generation).lastInsertRowid);
        else touchDoc.run(generation, docid);
        index.run(docid, doc.title, doc.body, doc.compounds);
        onIndexed?.(doc);
        indexed++;
      }
      if (bulk) pauseIndexMerging(db, false);
      cachedStatement(db, 'DELETE FROM search_pending').run();
      writeState(db, 'generation', generation);
      return { indexed, removed };
    })
    .immediate();
}
