import { CodePointIndex } from '../../../shared/anchoring/codePoints';

/** A run of text, marked (a match) or not. */
export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Cuts `text` into plain and marked runs from code-point [start, end) ranges (a search hit's
 * `titleRanges` or a passage's `ranges`). Ranges may come unsorted or overlapping and may reach past
 * the text (an answer for a text that changed): they are sorted, merged and clipped, never trusted.
 * The runs are rendered as React text, so nothing in a title or snippet is ever read as markup.
 */
export function markedSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const index = new CodePointIndex(text);
  const clipped = ranges
    .map(
      ([s, e]) => [Math.max(0, Math.min(s, index.length)), Math.max(0, Math.min(e, index.length))] as const,
    )
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  const push = (from: number, to: number, marked: boolean): void => {
    if (to <= from) return;
    const piece = index.slice(from, to);
    const last = segments.at(-1);
    // Two marked ranges that touch read as one mark.
    if (last && last.marked === marked) segments[segments.length - 1] = { text: last.text + piece, marked };
    else segments.push({ text: piece, marked });
  };
  let at = 0;
  for (const [start, end] of clipped) {
    if (end <= at) continue;
    push(at, Math.max(at, start), false);
    push(Math.max(at, start), end, true);
    at = end;
  }
  push(at, index.length, false);
  return segments;
}

const SENTENCE_START = /^[\p{Lu}\p{N}"“‘«(]/u;
const SENTENCE_END = /[.!?…"”’»)]$/u;

/**
 * Whether a passage reads as cut from a longer text at either end, so it gets an ellipsis there.
 * A snippet is cut on word boundaries; one that starts with a capital (or a digit or an opening quote)
 * most likely starts a sentence, one that ends with a full stop or closing quote most likely ends one.
 */
export function snippetCuts(snippet: string): { readonly before: boolean; readonly after: boolean } {
  const text = snippet.trim();
  return { before: !SENTENCE_START.test(text), after: !SENTENCE_END.test(text) };
}
