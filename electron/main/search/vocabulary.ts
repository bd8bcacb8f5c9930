import { boundedEditDistance } from './editDistance';
import { translitKey } from './translit';

/** A vocabulary term that a query word may stand for, and how far it is from what was typed. */
export interface TermMatch {
  readonly term: string;
  /** Articles containing the term. */
  readonly docs: number;
  /** Edits from the typed word: 0 for exact and prefix matches, 1 for a transliteration variant. */
  readonly distance: number;
  readonly kind: 'exact' | 'prefix' | 'variant' | 'typo';
}

/** Everything a Vocabulary is made of, as flat arrays: what is stored so a restart need not rebuild it. */
export interface VocabularyParts {
  /** Terms by id; ids run in order of (length, term), so each posting list is sorted by length too. */
  readonly terms: readonly string[];
  readonly docs: Uint32Array;
  /** Ids in lexical order: the terms with a given prefix are one contiguous range. */
  readonly lexical: Uint32Array;
  /** Distinct padded bigrams (sorted), and for each, its ids: gramIds[gramOffsets[g] .. gramOffsets[g + 1]). */
  readonly gramKeys: Float64Array;
  readonly gramOffsets: Uint32Array;
  readonly gramIds: Uint32Array;
  /** Transliteration keys, sorted, and the id each belongs to. */
  readonly translitKeys: readonly string[];
  readonly translitIds: Uint32Array;
}

const START = 1;
const END = 2;

/** Unique padded bigrams of a word (^w wo or rd d$), as numeric keys. */
function bigrams(word: string): number[] {
  const keys: number[] = [];
  let before = START;
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? word.charCodeAt(i) : END;
    const key = before * 65536 + c;
    if (!keys.includes(key)) keys.push(key);
    before = c;
  }
  return keys;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** First i in [lo, hi) with at(i) ≥ value. */
function lowerBound<T extends string | number>(
  lo: number,
  hi: number,
  at: (i: number) => T,
  value: T,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the parts from (term, docs) rows, typically fts5vocab's, which come in lexical order. */
export function buildVocabularyParts(rows: readonly (readonly [string, number])[]): VocabularyParts {
  let lexRows = rows;
  for (let i = 1; i < rows.length; i++) {
    if (compare(rows[i - 1]?.[0] ?? '', rows[i]?.[0] ?? '') >= 0) {
      lexRows = [...rows].sort(([a], [b]) => compare(a, b));
      break;
    }
  }
  const n = lexRows.length;

  // Counting sort by length keeps lexical order within a length: ids in (length, term) order.
  let longest = 0;
  for (const [term] of lexRows) longest = Math.max(longest, term.length);
  const firstOfLength = new Uint32Array(longest + 2);
  for (const [term] of lexRows) firstOfLength[term.length + 1] = (firstOfLength[term.length + 1] ?? 0) + 1;
  for (let len = 1; len < firstOfLength.length; len++) {
    firstOfLength[len] = (firstOfLength[len] ?? 0) + (firstOfLength[len - 1] ?? 0);
  }
  const next = firstOfLength.slice();
  const terms = new Array<string>(n);
  const docs = new Uint32Array(n);
  const lexical = new Uint32Array(n);
  lexRows.forEach(([term, count], i) => {
    const id = next[term.length] ?? 0;
    next[term.length] = id + 1;
    terms[id] = term;
    docs[id] = count;
    lexical[i] = id;
  });

  const gramIndex = new Map<number, number>();
  const gramsOf: number[][] = terms.map((term) =>
    bigrams(term).map((key) => {
      let g = gramIndex.get(key);
      if (g === undefined) {
        g = gramIndex.size;
        gramIndex.set(key, g);
      }
      return g;
    }),
  );
  const byKey = [...gramIndex.entries()].sort(([a], [b]) => a - b);
  const rank = new Uint32Array(byKey.length);
  byKey.forEach(([, g], r) => (rank[g] = r));
  const gramKeys = Float64Array.from(byKey, ([key]) => key);
  const gramOffsets = new Uint32Array(byKey.length + 1);
  for (const grams of gramsOf)
    for (const g of grams) gramOffsets[(rank[g] ?? 0) + 1] = (gramOffsets[(rank[g] ?? 0) + 1] ?? 0) + 1;
  for (let r = 1; r < gramOffsets.length; r++)
    gramOffsets[r] = (gramOffsets[r] ?? 0) + (gramOffsets[r - 1] ?? 0);
  const fill = gramOffsets.slice();
  const gramIds = new Uint32Array(gramOffsets[byKey.length] ?? 0);
  gramsOf.forEach((grams, id) => {
    for (const g of grams) {
      const r = rank[g] ?? 0;
      gramIds[fill[r] ?? 0] = id;
      fill[r] = (fill[r] ?? 0) + 1;
    }
  });

  const keyed = terms.map((term, id) => [translitKey(term), id] as const).sort(([a], [b]) => compare(a, b));
  return {
    terms,
    docs,
    lexical,
    gramKeys,
    gramOffsets,
    gramIds,
    translitKeys: keyed.map(([key]) => key),
    translitIds: Uint32Array.from(keyed, ([, id]) => id),
  };
}

/**
 * The index's vocabulary in memory, for turning a typed word into the terms really indexed:
 * exact lookup, completions of a prefix, transliteration variants (a second, phonetic key) and typos.
 *
 * Typos: scoring every term (Fuse.js over 200,000 terms: 300–550 ms) is far too slow per keystroke, so a
 * q-gram filter first keeps the terms of a compatible length that share enough padded bigrams with the
 * word (one edit destroys at most 3 of them, so nothing within the budget is lost), and only those few
 * hundred are scored, by a bounded edit distance: the typo budget (0/1/2 edits by word length) is stated
 * in edits, which a Fuse.js score is not, and it costs microseconds per candidate instead of a Fuse pass.
 */
export class Vocabulary {
  private readonly lengthStart: Uint32Array;
  private readonly gramSlot = new Map<number, number>();
  private readonly counts: Uint8Array;

  constructor(readonly parts: VocabularyParts) {
    const { terms } = parts;
    const longest = terms.at(-1)?.length ?? 0;
    this.lengthStart = new Uint32Array(longest + 2);
    for (let len = 0, id = 0; len <= longest + 1; len++) {
      while (id < terms.length && (terms[id]?.length ?? 0) < len) id++;
      this.lengthStart[len] = id;
    }
    parts.gramKeys.forEach((key, slot) => this.gramSlot.set(key, slot));
    this.counts = new Uint8Array(terms.length);
  }

  static fromRows(rows: readonly (readonly [string, number])[]): Vocabulary {
    return new Vocabulary(buildVocabularyParts(rows));
  }

  get size(): number {
    return this.parts.terms.length;
  }

  private term(id: number): string {
    return this.parts.terms[id] ?? '';
  }

  private lexTerm = (i: number): string => this.term(this.parts.lexical[i] ?? 0);

  private match(id: number, distance: number, kind: TermMatch['kind']): TermMatch {
    return { term: this.term(id), docs: this.parts.docs[id] ?? 0, distance, kind };
  }

  exact(word: string): TermMatch | null {
    const i = lowerBound(0, this.size, this.lexTerm, word);
    return i < this.size && this.lexTerm(i) === word
      ? this.match(this.parts.lexical[i] ?? 0, 0, 'exact')
      : null;
  }

  /** The `limit` most common terms that start with `prefix` (the word itself excluded), and how many there are. */
  completions(prefix: string, limit: number): { readonly matches: TermMatch[]; readonly total: number } {
    const ids: number[] = [];
    for (let i = lowerBound(0, this.size, this.lexTerm, prefix); i < this.size; i++) {
      const term = this.lexTerm(i);
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) ids.push(this.parts.lexical[i] ?? 0);
    }
    return {
      matches: this.mostCommon(ids, limit).map((id) => this.match(id, 0, 'prefix')),
      total: ids.length,
    };
  }

  /** Terms sharing the word's transliteration key (as a prefix, for a word still being typed), other than the word. */
  variants(word: string, limit: number, asPrefix = false): TermMatch[] {
    const { translitKeys, translitIds } = this.parts;
    // A prefix may end inside a digraph ("maslik|hat" keys as "maslihat"): key it without such a tail.
    const key = translitKey(asPrefix ? word.replace(/[dkptzyi]{1,2}$/u, '') : word);
    const ids: number[] = [];
    for (
      let i = lowerBound(0, translitKeys.length, (j) => translitKeys[j] ?? '', key);
      i < translitKeys.length;
      i++
    ) {
      const candidate = translitKeys[i] ?? '';
      if (asPrefix ? !candidate.startsWith(key) : candidate !== key) break;
      const id = translitIds[i] ?? 0;
      const term = this.term(id);
      // Plain completions of a prefix are not variants of it.
      if (asPrefix ? !term.startsWith(word) : term !== word) ids.push(id);
    }
    return this.mostCommon(ids, limit).map((id) => this.match(id, 1, 'variant'));
  }

  /**
   * Terms within `maxDistance` edits of the word (the word itself excluded), nearest and most common
   * first; with `budget`, a term is kept only within budget(longer of the two lengths) edits.
   */
  typos(word: string, maxDistance: number, limit: number, budget?: (length: number) => number): TermMatch[] {
    if (maxDistance <= 0 || this.size === 0 || word.length > 64) return [];
    const { gramOffsets, gramIds } = this.parts;
    const grams = bigrams(word);
    const needed = Math.max(1, grams.length - 3 * maxDistance);
    const low = this.lengthStart[Math.max(0, word.length - maxDistance)] ?? 0;
    const high =
      this.lengthStart[Math.min(this.lengthStart.length - 1, word.length + maxDistance + 1)] ?? this.size;
    const touched: number[] = [];
    const candidates: number[] = [];
    for (const gram of grams) {
      const slot = this.gramSlot.get(gram);
      if (slot === undefined) continue;
      const end = gramOffsets[slot + 1] ?? 0;
      for (let i = lowerBound(gramOffsets[slot] ?? 0, end, (j) => gramIds[j] ?? 0, low); i < end; i++) {
        const id = gramIds[i] ?? 0;
        if (id >= high) break;
        const count = (this.counts[id] ?? 0) + 1;
        this.counts[id] = count;
        if (count === 1) touched.push(id);
        if (count === needed) candidates.push(id);
      }
    }
    for (const id of touched) this.counts[id] = 0;

    const found: TermMatch[] = [];
    for (const id of candidates) {
      const term = this.term(id);
      if (term === word) continue;
      const distance = boundedEditDistance(word, term, maxDistance);
      const allowed = budget
        ? Math.min(maxDistance, budget(Math.max(word.length, term.length)))
        : maxDistance;
      if (distance <= allowed) found.push(this.match(id, distance, 'typo'));
    }
    found.sort((a, b) => a.distance - b.distance || b.docs - a.docs || compare(a.term, b.term));
    return found.slice(0, limit);
  }

  /** The `limit` ids with the most documents, most first (a bounded insertion: ranges can be large). */
  private mostCommon(ids: readonly number[], limit: number): number[] {
    const docs = this.parts.docs;
    const before = (a: number, b: number): boolean =>
      (docs[a] ?? 0) > (docs[b] ?? 0) || ((docs[a] ?? 0) === (docs[b] ?? 0) && a < b);
    const top: number[] = [];
    for (const id of ids) {
      if (top.length === limit && !before(id, top[limit - 1] ?? 0)) continue;
      let at = top.length;
      while (at > 0 && before(id, top[at - 1] ?? 0)) at--;
      top.splice(at, 0, id);
      if (top.length > limit) top.pop();
    }
    return top;
  }
}
