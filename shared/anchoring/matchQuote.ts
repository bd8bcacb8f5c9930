import {
  type Candidate,
  QuotePattern,
  exactOccurrences,
  filteredCandidates,
  fuzzyCandidates,
} from './candidates';
import { CodePointIndex, toCodePoints } from './codePoints';
import { Pattern, minErrors } from './myers';

/** What is known about where the quote was, and how to search. Offsets in code points. */
export interface QuoteContext {
  prefix?: string | undefined;
  suffix?: string | undefined;
  /** Expected start; a tie-breaker between equally good matches. */
  hint?: number | undefined;
  /** Cap on a candidate's errors; never above `defaultMaxErrors(quote length)`. */
  maxErrors?: number | undefined;
  /** When the quote occurs verbatim, consider only those occurrences (hypothesis' behaviour). Default true. */
  exactFirst?: boolean | undefined;
  /** Only a match scoring at least this is returned. Default 0. */
  minScore?: number | undefined;
  /** Code points either side of the hint searched first. Tunes speed only, never the result. */
  window?: number | undefined;
}

/** A match of the quote: code-point offsets, score in [0, 1], and edits from the quote. */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
  errors: number;
}

/** The weights hypothesis/client gives each part of a candidate's score. */
export const SCORE_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_SCORE = SCORE_WEIGHTS.quote + SCORE_WEIGHTS.prefix + SCORE_WEIGHTS.suffix + SCORE_WEIGHTS.position;
const DEFAULT_WINDOW = 4096;

/** A score from quote similarity (1 - errors / length) and prefix, suffix and position scores, all in [0, 1]. */
export function combineScore(quote: number, prefix: number, suffix: number, position: number): number {
  const raw =
    SCORE_WEIGHTS.quote * quote +
    SCORE_WEIGHTS.prefix * prefix +
    SCORE_WEIGHTS.suffix * suffix +
    SCORE_WEIGHTS.position * position;
  return raw / MAX_SCORE;
}

export function defaultMaxErrors(quoteLength: number): number {
  return Math.min(256, Math.floor(quoteLength / 2));
}

/** Scores candidates of one quote in one text, as hypothesis/client's match-quote does. */
class Scorer {
  private readonly codes: Uint32Array;
  private readonly prefix: Pattern | null;
  private readonly suffix: Pattern | null;
  readonly hint: number | null;

  constructor(
    index: CodePointIndex,
    private readonly quoteLength: number,
    context: QuoteContext,
  ) {
    this.codes = index.symbols;
    this.prefix = context.prefix ? new Pattern(toCodePoints(context.prefix), index.alphabet) : null;
    this.suffix = context.suffix ? new Pattern(toCodePoints(context.suffix), index.alphabet) : null;
    const hint = context.hint;
    this.hint =
      typeof hint === 'number' && Number.isFinite(hint)
        ? Math.max(0, Math.min(Math.round(hint), index.length))
        : null;
  }

  distance(c: Candidate): number {
    return this.hint === null ? 0 : Math.abs(c.start - this.hint);
  }

  positionScore(distance: number): number {
    return this.codes.length === 0 ? 1 : 1 - distance / this.codes.length;
  }

  /** The best score a candidate with these errors could get, with perfect context, at this position score. */
  bound(errors: number, position: number): number {
    return combineScore(1 - errors / this.quoteLength, 1, 1, position);
  }

  score(c: Candidate): number {
    const codes = this.codes;
    let prefix = 1;
    if (this.prefix) {
      const from = Math.max(0, c.start - this.prefix.length);
      prefix = from === c.start ? 0 : 1 - minErrors(codes, from, c.start, this.prefix) / this.prefix.length;
    }
    let suffix = 1;
    if (this.suffix) {
      const to = Math.min(codes.length, c.end + this.suffix.length);
      suffix = to === c.end ? 0 : 1 - minErrors(codes, c.end, to, this.suffix) / this.suffix.length;
    }
    const position = this.positionScore(this.distance(c));
    return combineScore(1 - c.errors / this.quoteLength, prefix, suffix, position);
  }
}

interface Search {
  index: CodePointIndex;
  quote: string;
  length: number;
  maxErrors: number;
  exactFirst: boolean;
  minScore: number;
  window: number;
  scorer: Scorer;
}

function finite(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function setup(text: string | CodePointIndex, quote: string, context: QuoteContext): Search | null {
  if (typeof quote !== 'string' || quote.length === 0) return null;
  const index = typeof text === 'string' ? new CodePointIndex(text) : text;
  const length = toCodePoints(quote).length;
  const cap = defaultMaxErrors(length);
  return {
    index,
    quote,
    length,
    maxErrors: Math.max(0, Math.min(cap, Math.floor(finite(context.maxErrors, cap)))),
    exactFirst: context.exactFirst !== false,
    minScore: finite(context.minScore, 0),
    window: Math.max(1, Math.floor(finite(context.window, DEFAULT_WINDOW))),
    scorer: new Scorer(index, length, context),
  };
}

/** Tie order: fewer errors, then nearer the hint, then earlier. */
function sortCandidates(s: Search, candidates: Candidate[]): Candidate[] {
  const { scorer } = s;
  return candidates.sort(
    (a, b) => a.errors - b.errors || scorer.distance(a) - scorer.distance(b) || a.start - b.start,
  );
}

/** The best-scoring candidate reaching minScore, skipping those whose best possible score cannot win. */
function pickBest(s: Search, candidates: Candidate[]): QuoteMatch | null {
  const { scorer } = s;
  let best: QuoteMatch | null = null;
  for (const c of sortCandidates(s, candidates)) {
    const bar = best ? best.score : s.minScore;
    const couldWin = (position: number): boolean => {
      const bound = scorer.bound(c.errors, position);
      return best ? bound > bar : bound >= bar;
    };
    if (!couldWin(scorer.positionScore(scorer.distance(c)))) {
      // Sorted by errors: once even a perfect match at the hint could not win, none after can.
      if (!couldWin(1)) break;
      continue;
    }
    const score = scorer.score(c);
    if (best ? score > best.score : score >= s.minScore) best = { ...c, score };
  }
  return best;
}

/**
 * The nearest verbatim occurrence within the window, when it has its whole context: then it is
 * the best occurrence anywhere, as any farther one scores less on position at best.
 */
function nearestPerfectExact(s: Search): QuoteMatch | null {
  const { index, scorer } = s;
  if (scorer.hint === null) return null;
  const hint16 = index.toUtf16(scorer.hint);
  const found = exactOccurrences(index, s.quote, s.length, hint16 - s.window, hint16 + s.window + 1);
  const nearest = sortCandidates(s, found)[0];
  // Outside the window an occurrence is over `window` UTF-16 units, so over window / 2 code points, away.
  if (!nearest || scorer.distance(nearest) > s.window / 2) return null;
  const score = scorer.score(nearest);
  const perfect = scorer.bound(0, scorer.positionScore(scorer.distance(nearest)));
  return score === perfect ? { ...nearest, score } : null;
}

/** All candidates within maxErrors: with none allowed, the verbatim occurrences, found natively. */
function allFuzzy(s: Search, quote: QuotePattern, maxErrors: number): Candidate[] {
  if (maxErrors === 0) return exactOccurrences(s.index, s.quote, s.length);
  return filteredCandidates(s.index, quote, maxErrors) ?? fuzzyCandidates(s.index, quote, maxErrors);
}

/**
 * The best approximate candidate: first those ending near the hint; then elsewhere only with as
 * few errors as could still beat that best, farther from the hint as they are.
 */
function bestFuzzy(s: Search): QuoteMatch | null {
  const { index, scorer } = s;
  const quote = new QuotePattern(toCodePoints(s.quote), index.alphabet);
  const n = index.length;
  const k = s.maxErrors;
  const D = s.window;
  if (scorer.hint === null || n <= 2 * (D + s.length + k)) return pickBest(s, allFuzzy(s, quote, k));

  const a = Math.max(0, scorer.hint - D);
  const b = Math.min(n, scorer.hint + D + s.length + k);
  const near = fuzzyCandidates(index, quote, k, a, b);
  const best = pickBest(s, near);
  // A candidate ending outside [a, b] starts over D from the hint: bound its position score.
  const outside = scorer.positionScore(D);
  let kOut = k;
  while (
    kOut >= 0 &&
    (best ? scorer.bound(kOut, outside) <= best.score : scorer.bound(kOut, outside) < s.minScore)
  ) {
    kOut--;
  }
  if (kOut < 0) return best;
  const far = allFuzzy(s, quote, kOut).filter((c) => c.end < a || c.end > b);
  return far.length === 0 ? best : pickBest(s, [...near, ...far]);
}

/**
 * The best approximate match of `quote` in `text` (offsets in code points), or null. Takes the
 * exact occurrences or, failing those (or with exactFirst off), the local minima of Myers'
 * k-errors search, and scores each: 50 quote similarity, 20 prefix, 20 suffix, 2 proximity to
 * the hint, normalised to [0, 1]. Same result as `rankQuoteMatches(...)[0]`, found with less work.
 */
export function matchQuote(
  text: string | CodePointIndex,
  quote: string,
  context: QuoteContext = {},
): QuoteMatch | null {
  const s = setup(text, quote, context);
  if (!s) return null;
  if (s.exactFirst) {
    const near = nearestPerfectExact(s);
    if (near) return near.score >= s.minScore ? near : null;
    const exact = exactOccurrences(s.index, s.quote, s.length);
    if (exact.length > 0 || s.maxErrors === 0) return pickBest(s, exact);
  }
  return bestFuzzy(s);
}

/** Every candidate reaching minScore with its score, best first (ties as `matchQuote` breaks them). */
export function rankQuoteMatches(
  text: string | CodePointIndex,
  quote: string,
  context: QuoteContext = {},
): QuoteMatch[] {
  const s = setup(text, quote, context);
  if (!s) return [];
  let candidates = s.exactFirst ? exactOccurrences(s.index, s.quote, s.length) : [];
  if (candidates.length === 0 && (s.maxErrors > 0 || !s.exactFirst)) {
    candidates = fuzzyCandidates(
      s.index,
      new QuotePattern(toCodePoints(s.quote), s.index.alphabet),
      s.maxErrors,
    );
  }
  return sortCandidates(s, candidates)
    .map((c) => ({ ...c, score: s.scorer.score(c) }))
    .filter((m) => m.score >= s.minScore)
    .sort((a, b) => b.score - a.score);
}
