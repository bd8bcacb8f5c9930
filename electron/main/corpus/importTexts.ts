import type { Database } from 'better-sqlite3';
import { reanchorArticle } from '../annotations/reanchor';
import { upsertArticle, type UpsertStatus } from '../db/articleRepo';
import { contentHash } from './contentHash';
import { cleanArticleText } from './readerMode';

export interface TextSource {
  /** Stable identity of where the text came from (`seed:000_x.txt`, `file:/path`), so a re-import updates. */
  readonly origin: string;
  readonly raw: string;
}

export interface ImportReport {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: readonly { readonly origin: string; readonly message: string }[];
  readonly ids: readonly string[];
}

/** Cleans and stores each text; one bad text is reported and skipped, the rest still land, atomically. */
export function importTexts(db: Database, sources: Iterable<TextSource>, now = new Date().toISOString()): ImportReport {
  const counts: Record<UpsertStatus, number> = { created: 0, updated: 0, unchanged: 0 };
  const failed: { origin: string; message: string }[] = [];
  const ids: string[] = [];
  db.transaction(() => {
    for (const source of sources) {
      try {
        const draft = cleanArticleText(source.raw);
        // One savepoint: new text and re-anchored annotations land together, or neither does.
        const result = db.transaction(() => {
          const upserted = upsertArticle(db, source.origin, contentHash(source.raw), draft, now);
          if (upserted.status === 'updated') reanchorArticle(db, upserted.id);
          return upserted;
        })();
        counts[result.status]++;
        ids.push(result.id);
      } catch (error) {
        failed.push({ origin: source.origin, message: (error as Error).message });
      }
    }
  })();
  return { ...counts, failed, ids };
}
