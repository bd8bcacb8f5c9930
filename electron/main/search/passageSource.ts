import type { Database } from 'better-sqlite3';
import { decodeBlocks, readStoredText } from '../db/articleTexts';
import { statement } from '../db/statements';
import { foldForIndex } from '../../../shared/search/tokenize';
import type { PassageBlock } from './passages';

/** A block with its index folding (parts and compounds), which passage finding searches first. */
export interface FoldedBlock extends PassageBlock {
  readonly haystack: string;
}

export function foldBlock(block: PassageBlock): FoldedBlock {
  const folded = foldForIndex(block.text);
  return { ...block, haystack: `${folded.words.toLowerCase()} ${folded.compounds}` };
}

/**
 * Articles whose blocks were folded recently, per connection. Typing a query asks for much the same
 * articles keystroke after keystroke; folding them once saves about a third of a search. Keyed by
 * content hash, so an edited article is folded again.
 */
const CACHE_SIZE = 200;
const caches = new WeakMap<Database, Map<string, { hash: string; blocks: FoldedBlock[] }>>();

export function foldedBlocks(db: Database, articleId: string): FoldedBlock[] {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hash = statement(db, 'SELECT content_hash FROM articles WHERE id = ?').pluck().get(articleId) as
    string | undefined;
  if (hash === undefined) return [];
  const cached = cache.get(articleId);
  if (cached?.hash === hash) {
    // Most recently used last, so the oldest is first out.
    cache.delete(articleId);
    cache.set(articleId, cached);
    return cached.blocks;
  }
  const stored = readStoredText(db, articleId);
  const blocks = stored ? decodeBlocks(stored).map(foldBlock) : [];
  cache.set(articleId, { hash, blocks });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  return blocks;
}
