import { codePointLength } from '../text/canonical';
import { CodePointIndex } from './codePoints';
import { type QuoteContext, combineScore, defaultMaxErrors, matchQuote } from './matchQuote';
import type { Anchor, AnchorTarget, TextPositionSelector, TextQuoteSelector } from './selectors';

/** A fuzzy match may differ from the quote by at most this share of its code points. */
export const MAX_FUZZY_ERROR_RATE = 0.2;
/**
 * A fuzzy match also needs this overall score: with both sides of its context gone, only a
 * near-perfect quote passes, so a short quote whose paragraph was deleted does not latch onto
 * a look-alike elsewhere.
 */
export const MIN_FUZZY_SCORE = 0.7;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function validQuote(value: unknown): TextQuoteSelector | null {
  if (!isRecord(value) || typeof value.exact !== 'string' || value.exact.length === 0) return null;
  return {
    type: 'TextQuoteSelector',
    exact: value.exact,
    prefix: typeof value.prefix === 'string' ? value.prefix : '',
    suffix: typeof value.suffix === 'string' ? value.suffix : '',
  };
}

function validPosition(value: unknown, length: number): TextPositionSelector | null {
  if (!isRecord(value)) return null;
  const { start, end } = value;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  const s = start as number;
  const e = end as number;
  return s >= 0 && s < e && e <= length ? { type: 'TextPositionSelector', start: s, end: e } : null;
}

/** Whether the quote and its whole context are still at the stored position. */
function intactAt(index: CodePointIndex, quote: TextQuoteSelector, position: TextPositionSelector): boolean {
  const text = index.text;
  const from = index.toUtf16(position.start);
  const to = index.toUtf16(position.end);
  return (
    to - from === quote.exact.length &&
    text.startsWith(quote.exact, from) &&
    text.endsWith(quote.prefix, from) &&
    text.startsWith(quote.suffix, to)
  );
}

/**
 * Finds an annotation's text again: at its stored position when the quote and context are still
 * there ('exact'); else the best exact occurrence of the quote by context and proximity; else the
 * best fuzzy match within MAX_FUZZY_ERROR_RATE ('moved'); else null (an orphan). Never throws.
 */
export function anchor(text: string | CodePointIndex, target: AnchorTarget): Anchor | null {
  if (typeof text !== 'string' && !(text instanceof CodePointIndex)) return null;
  if (!isRecord(target)) return null;
  const index = typeof text === 'string' ? new CodePointIndex(text) : text;
  const quote = validQuote(target.quote);
  if (!quote || index.length === 0) return null;
  const position = validPosition(target.position, index.length);

  if (position && intactAt(index, quote, position)) {
    return { start: position.start, end: position.end, status: 'exact' };
  }

  // The old start stays a useful hint even when the text has shrunk below the old range.
  const oldStart = isRecord(target.position) ? target.position.start : undefined;
  const quoteLength = codePointLength(quote.exact);
  const maxErrors = Math.min(defaultMaxErrors(quoteLength), Math.floor(quoteLength * MAX_FUZZY_ERROR_RATE));
  const context: QuoteContext = {
    prefix: quote.prefix,
    suffix: quote.suffix,
    hint: typeof oldStart === 'number' ? oldStart : undefined,
  };
  const exact = matchQuote(index, quote.exact, { ...context, maxErrors: 0 });
  // A verbatim copy elsewhere must not win over the annotated passage edited in place, so unless
  // the best occurrence outscores any fuzzy match could, search fuzzily too.
  const fuzzyCeiling = combineScore(1 - 1 / quoteLength, 1, 1, 1);
  if (maxErrors > 0 && (!exact || exact.score < fuzzyCeiling)) {
    const minScore = Math.max(MIN_FUZZY_SCORE, exact?.score ?? 0);
    const fuzzy = matchQuote(index, quote.exact, { ...context, maxErrors, exactFirst: false, minScore });
    if (fuzzy && fuzzy.errors > 0 && (!exact || fuzzy.score > exact.score)) {
      return { start: fuzzy.start, end: fuzzy.end, status: 'moved' };
    }
  }
  if (!exact) return null;
  const same = position !== null && exact.start === position.start && exact.end === position.end;
  return { start: exact.start, end: exact.end, status: same ? 'exact' : 'moved' };
}

/** Anchors many annotations in one text, indexing the text once. */
export function anchorMany(text: string, targets: readonly AnchorTarget[]): (Anchor | null)[] {
  // Callers may hand over stored data of any shape; validate rather than trust the types.
  const list: unknown = targets;
  const raw: unknown = text;
  if (!Array.isArray(list)) return [];
  const index = typeof raw === 'string' ? new CodePointIndex(raw) : null;
  return list.map((target: unknown) => (index ? anchor(index, target as AnchorTarget) : null));
}
