import type { CodePointIndex } from './codePoints';
import { type Alphabet, Pattern, findMatchEnds, findMatchStart } from './myers';
import { QGramIndex } from './qgrams';

/** A substring of the text that may be the quote: code points, end exclusive, edits from the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Verbatim occurrences of the quote (`length` code points) whose start lies in UTF-16 [from, to). */
export function exactOccurrences(
  index: CodePointIndex,
  quote: string,
  length: number,
  from = 0,
  to = Infinity,
): Candidate[] {
  const found: Candidate[] = [];
  const text = index.text;
  const lo = Math.max(0, from);
  // A slice bounds the native search to the window (V8 slices without copying).
  const haystack = to >= text.length ? text : text.slice(0, Math.max(lo, to) + quote.length - 1);
  for (let u = haystack.indexOf(quote, lo); u !== -1; u = haystack.indexOf(quote, u + 1)) {
    if (!index.isBoundary(u) || !index.isBoundary(u + quote.length)) continue;
    const start = index.toCodePoint(u);
    found.push({ start, end: start + length, errors: 0 });
  }
  return found;
}

/** A quote's pattern masks over a text's alphabet, forwards and reversed. */
export class QuotePattern {
  readonly forward: Pattern;
  readonly reversed: Pattern;
  /** Length in code points. */
  readonly length: number;
  /** The quote as the text's symbol ids, -1 for code points the text lacks. */
  readonly symbols: Int32Array;

  constructor(codes: Uint32Array, alphabet: Alphabet) {
    this.length = codes.length;
    this.symbols = Int32Array.from(codes, (c) => alphabet.find(c));
    this.forward = new Pattern(codes, alphabet);
    this.reversed = new Pattern(codes.slice().reverse(), alphabet);
  }
}

/**
 * Candidates within `maxErrors` whose end lies in code points [reportFrom, reportTo]: exactly
 * those a scan of the whole text reports there, since the scan starts far enough before
 * reportFrom for every error count it judges to be the whole text's.
 */
export function fuzzyCandidates(
  index: CodePointIndex,
  quote: QuotePattern,
  maxErrors: number,
  reportFrom = 0,
  reportTo = index.length,
): Candidate[] {
  const codes = index.symbols;
  const n = codes.length;
  const from = Math.max(0, reportFrom - 1 - quote.length - maxErrors);
  const to = Math.min(n, reportTo + 1);
  const { ends, errors } = findMatchEnds(codes, from, to, quote.forward, maxErrors, reportFrom, reportTo);
  return ends.map((end, i) => {
    const e = errors[i] ?? 0;
    return { start: findMatchStart(codes, end, quote.reversed, e), end, errors: e };
  });
}

const qgramIndexes = new WeakMap<CodePointIndex, Map<number, QGramIndex>>();

/** 4-grams are rarer so filter better; 3-grams still bound shorter quotes. */
const Q_CHOICES = [4, 3];
const MIN_THRESHOLD = 4;

function qgramIndex(index: CodePointIndex, q: number): QGramIndex {
  let byQ = qgramIndexes.get(index);
  if (!byQ) {
    byQ = new Map();
    qgramIndexes.set(index, byQ);
  }
  let qgrams = byQ.get(q);
  if (!qgrams) {
    qgrams = new QGramIndex(index.symbols, q);
    byQ.set(q, qgrams);
  }
  return qgrams;
}

/**
 * The same candidates as `fuzzyCandidates` over the whole text, found faster where the q-gram
 * lemma rules most of the text out: only the ranges it leaves are scanned. The text's q-gram
 * index is built once, on first use. Null when the filter would leave too much to save work.
 */
export function filteredCandidates(
  index: CodePointIndex,
  quote: QuotePattern,
  maxErrors: number,
): Candidate[] | null {
  const q = Q_CHOICES.find((q) => quote.length - q + 1 - maxErrors * q >= MIN_THRESHOLD);
  if (q === undefined) return null;
  const ranges = qgramIndex(index, q).candidateEnds(quote.symbols, maxErrors);
  if (!ranges) return null;
  // Each range is scanned from L + k before it, so nearer ranges are scanned as one.
  const margin = quote.length + maxErrors + 1;
  const merged: [number, number][] = [];
  let scanned = 0;
  for (const [from, to] of ranges) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + margin) {
      scanned += to - last[1];
      last[1] = to;
    } else {
      scanned += to - from + margin;
      merged.push([from, to]);
    }
  }
  // Past half the text, a plain scan is cheaper.
  if (scanned > index.length / 2) return null;
  return merged.flatMap(([from, to]) => fuzzyCandidates(index, quote, maxErrors, from, to));
}
