import type { Database } from 'better-sqlite3';
import { asciiTokenizerTerms, type SearchDocument } from './searchDocument';
import { statement as cachedStatement } from '../db/statements';
import { loadSearchDocument, readSearchGeneration, syncSearchIndex } from './syncSearchIndex';
import { Vocabulary, buildVocabularyParts, type TermMatch, type VocabularyParts } from './vocabulary';

/** What query expansion asks of the vocabulary. */
export interface TermSource {
  exact(word: string): TermMatch | null;
  completions(prefix: string, limit: number): { readonly matches: TermMatch[]; readonly total: number };
  variants(word: string, limit: number, asPrefix?: boolean): TermMatch[];
  typos(word: string, maxDistance: number, limit: number, budget?: (length: number) => number): TermMatch[];
}

/**
 * The stored vocabulary layout; bump when VocabularyParts or the transliteration key change.
 * The low bit records byte order, since the arrays are stored as raw bytes.
 */
const CACHE_FORMAT = 1 * 2 + (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0);
/** Articles indexed at once, and terms added in all, beyond which a full reload beats growing the overlay. */
const OVERLAY_MAX_DOCS = 500;
const OVERLAY_MAX_TERMS = 50_000;

/** The vocabulary as of `generation`: a built base plus an overlay of the terms of articles indexed since. */
interface Held {
  readonly generation: number;
  readonly base: Vocabulary;
  readonly added: ReadonlyMap<string, number>;
  readonly source: TermSource;
}

const vocabularies = new WeakMap<Database, Held>();

function bytes(array: Uint32Array | Float64Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function copyBytes(buffer: Buffer): ArrayBuffer {
  const copy = new Uint8Array(buffer.byteLength);
  copy.set(buffer);
  return copy.buffer;
}

type CacheRow = Readonly<{
  terms: string;
  docs: Buffer;
  lexical: Buffer;
  gram_keys: Buffer;
  gram_offsets: Buffer;
  gram_ids: Buffer;
  translit_keys: string;
  translit_ids: Buffer;
}>;

function readCache(db: Database): { generation: number; parts: VocabularyParts } | null {
  const row = cachedStatement(
    db,
    `SELECT generation, terms, docs, lexical, gram_keys, gram_offsets, gram_ids, translit_keys, translit_ids
       FROM search_vocab_cache WHERE id = 1 AND format = ?`,
  ).get(CACHE_FORMAT) as (CacheRow & { generation: number }) | undefined;
  if (!row) return null;
  return {
    generation: row.generation,
    parts: {
      terms: row.terms === '' ? [] : row.terms.split('\n'),
      docs: new Uint32Array(copyBytes(row.docs)),
      lexical: new Uint32Array(copyBytes(row.lexical)),
      gramKeys: new Float64Array(copyBytes(row.gram_keys)),
      gramOffsets: new Uint32Array(copyBytes(row.gram_offsets)),
      gramIds: new Uint32Array(copyBytes(row.gram_ids)),
      translitKeys: row.translit_keys === '' ? [] : row.translit_keys.split('\n'),
      translitIds: new Uint32Array(copyBytes(row.translit_ids)),
    },
  };
}

function writeCache(db: Database, generation: number, parts: VocabularyParts): void {
  if (db.readonly) return;
  try {
    cachedStatement(
      db,
      `INSERT OR REPLACE INTO search_vocab_cache (id, generation, format, terms, docs, lexical, gram_keys,
         gram_offsets, gram_ids, translit_keys, translit_ids) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      generation,
      CACHE_FORMAT,
      parts.terms.join('\n'),
      bytes(parts.docs),
      bytes(parts.lexical),
      bytes(parts.gramKeys),
      bytes(parts.gramOffsets),
      bytes(parts.gramIds),
      parts.translitKeys.join('\n'),
      bytes(parts.translitIds),
    );
  } catch {
    // Only a cache: a busy or read-only file costs a rebuild at the next start, nothing more.
  }
}

/** The base and the small overlay of recently added terms, asked as one. */
class LayeredVocabulary implements TermSource {
  constructor(
    private readonly base: Vocabulary,
    private readonly overlay: Vocabulary,
  ) {}

  exact(word: string): TermMatch | null {
    const a = this.base.exact(word);
    const b = this.overlay.exact(word);
    return a && b ? { ...a, docs: a.docs + b.docs } : (a ?? b);
  }

  completions(prefix: string, limit: number): { matches: TermMatch[]; total: number } {
    const a = this.base.completions(prefix, limit);
    const b = this.overlay.completions(prefix, limit);
    return { matches: merge(a.matches, b.matches, limit), total: a.total + b.total };
  }

  variants(word: string, limit: number, asPrefix = false): TermMatch[] {
    return merge(
      this.base.variants(word, limit, asPrefix),
      this.overlay.variants(word, limit, asPrefix),
      limit,
    );
  }

  typos(word: string, maxDistance: number, limit: number, budget?: (length: number) => number): TermMatch[] {
    return merge(
      this.base.typos(word, maxDistance, limit, budget),
      this.overlay.typos(word, maxDistance, limit, budget),
      limit,
    );
  }
}

function merge(a: readonly TermMatch[], b: readonly TermMatch[], limit: number): TermMatch[] {
  const byTerm = new Map<string, TermMatch>();
  for (const m of [...a, ...b]) {
    const seen = byTerm.get(m.term);
    byTerm.set(m.term, seen ? { ...seen, docs: seen.docs + m.docs } : m);
  }
  return [...byTerm.values()]
    .sort((x, y) => x.distance - y.distance || y.docs - x.docs || (x.term < y.term ? -1 : 1))
    .slice(0, limit);
}

function addTerms(doc: SearchDocument, into: Map<string, number>): void {
  const terms = new Set(asciiTokenizerTerms(`${doc.title} ${doc.body} ${doc.compounds}`));
  for (const term of terms) into.set(term, (into.get(term) ?? 0) + 1);
}

function held(base: Vocabulary, generation: number, added: ReadonlyMap<string, number>): Held {
  const source = added.size === 0 ? base : new LayeredVocabulary(base, Vocabulary.fromRows([...added]));
  return { generation, base, added, source };
}

/**
 * The vocabulary at `generation`: the stored one plus the terms of articles indexed since it was stored
 * (an overlay; terms of deleted articles linger harmlessly), or, when too much changed, a fresh build
 * from fts5vocab, stored for next time.
 */
function loadVocabulary(db: Database, generation: number): Held {
  const cached = readCache(db);
  if (cached && cached.generation <= generation) {
    const since = cachedStatement(db, 'SELECT article_id FROM search_docs WHERE generation > ? LIMIT ?')
      .pluck()
      .all(cached.generation, OVERLAY_MAX_DOCS + 1) as string[];
    if (since.length <= OVERLAY_MAX_DOCS) {
      const added = new Map<string, number>();
      for (const articleId of since) {
        const doc = loadSearchDocument(db, articleId);
        if (doc) addTerms(doc, added);
      }
      if (added.size <= OVERLAY_MAX_TERMS) return held(new Vocabulary(cached.parts), generation, added);
    }
  }
  const rows = cachedStatement(db, 'SELECT term, doc FROM search_vocab').raw().all() as [string, number][];
  const parts = buildVocabularyParts(rows);
  writeCache(db, generation, parts);
  return held(new Vocabulary(parts), generation, new Map());
}

/**
 * Brings the index up to date (see syncSearchIndex) and returns the vocabulary that matches it: kept per
 * connection; after a small sync in this process the new articles' terms join the overlay; when another
 * connection moved the index's generation, it is loaded again (see loadVocabulary).
 */
export function syncedVocabulary(db: Database): TermSource {
  const before = readSearchGeneration(db);
  const current = vocabularies.get(db);
  const added = new Map<string, number>();
  let docs = 0;
  const report = syncSearchIndex(db, (doc) => {
    if (++docs <= OVERLAY_MAX_DOCS) addTerms(doc, added);
  });
  const generation = readSearchGeneration(db);
  if (current?.generation === generation) return current.source;

  const small = docs <= OVERLAY_MAX_DOCS && (current?.added.size ?? 0) + added.size <= OVERLAY_MAX_TERMS;
  let next: Held;
  if (current && current.generation === before && report.indexed + report.removed > 0 && small) {
    const merged = new Map(current.added);
    for (const [term, count] of added) merged.set(term, (merged.get(term) ?? 0) + count);
    next = held(current.base, generation, merged);
  } else {
    next = loadVocabulary(db, generation);
  }
  vocabularies.set(db, next);
  return next.source;
}
