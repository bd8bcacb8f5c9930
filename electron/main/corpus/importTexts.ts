import type { Database } from 'better-sqlite3';
import { reanchorArticle } from '../annotations/reanchor';
import { upsertPrepared, type UpsertStatus } from '../db/articleRepo';
import type { SearchDocument } from '../search/searchDocument';
import { syncSearchIndex } from '../search/syncSearchIndex';
import { prepareText, type PreparedText, type TextSource } from './prepareText';

export type { TextSource } from './prepareText';

export interface ImportReport {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: readonly { readonly origin: string; readonly message: string }[];
  readonly ids: readonly string[];
}

/** Cleans, stores and indexes each text; one bad text is reported and skipped, the rest still land, atomically. */
export function importTexts(
  db: Database,
  sources: Iterable<TextSource>,
  now = new Date().toISOString(),
): ImportReport {
  return storePreparedTexts(db, Array.from(sources, prepareText), now);
}

/**
 * Stores texts already prepared (here or in a worker) in one transaction, and indexes them for search
 * in the same transaction with the documents they bring, so a search never waits for an import's index.
 */
export function storePreparedTexts(
  db: Database,
  texts: readonly PreparedText[],
  now = new Date().toISOString(),
): ImportReport {
  const counts: Record<UpsertStatus, number> = { created: 0, updated: 0, unchanged: 0 };
  const failed: { origin: string; message: string }[] = [];
  const ids: string[] = [];
  db.transaction(() => {
    const documents = new Map<string, SearchDocument>();
    for (const text of texts) {
      if (!text.ok) {
        failed.push({ origin: text.origin, message: text.message });
        continue;
      }
      try {
        // One savepoint: new text and re-anchored annotations land together, or neither does.
        const result = upsertPrepared(db, text.article, now, (id) => reanchorArticle(db, id));
        counts[result.status]++;
        ids.push(result.id);
        if (result.status !== 'unchanged') documents.set(result.id, text.search);
      } catch (error) {
        failed.push({ origin: text.article.origin, message: (error as Error).message });
      }
    }
    syncSearchIndex(db, undefined, documents);
  })();
  return { ...counts, failed, ids };
}
