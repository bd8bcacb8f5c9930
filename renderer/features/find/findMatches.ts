import type { Block } from '../../../shared/model/article';
import { highlightRanges, type HighlightPattern, type Range } from '../../../shared/search/highlightRanges';
import { scanWords } from '../../../shared/search/tokenize';

/**
 * What find looks for: the words typed, in order, as one phrase (a find bar finds the text typed; it
 * has no search syntax, so `-` and `:` are just punctuation). One word matches a whole word by its
 * joined form or one part of a compound, as in search; the last word is a prefix until a space follows.
 */
export function findPatterns(query: string): HighlightPattern[] {
  const words = scanWords(query);
  const prefix = query.length > 0 && !/\s$/u.test(query);
  const [only] = words;
  if (words.length === 1 && only) {
    const whole = { words: [only.folded], prefix };
    return only.parts.length > 1 ? [whole, { words: only.parts.map((p) => p.folded), prefix }] : [whole];
  }
  const parts = words.flatMap((w) => w.parts.map((p) => p.folded));
  return parts.length > 0 ? [{ words: parts, prefix }] : [];
}

/**
 * Find in article: every match of what was typed, as code-point [start, end) offsets in the article's
 * canonical text. The same folding as library search (case, diacritics, hyphenation, quotes, dashes),
 * from the same shared helpers: "debureaucratization" finds "de-bureaucratization", "tokayev’s" finds
 * "Tokayev's". The word still being typed matches as a prefix, so matches appear letter by letter.
 * Blocks are searched one at a time, so a phrase never runs from one paragraph into the next.
 */
export function findMatches(blocks: readonly Pick<Block, 'text' | 'start'>[], query: string): Range[] {
  return rangesInBlocks(blocks, findPatterns(query));
}

/** Canonical ranges of every match of `patterns`, block by block, in text order. */
export function rangesInBlocks(
  blocks: readonly Pick<Block, 'text' | 'start'>[],
  patterns: readonly HighlightPattern[],
): Range[] {
  if (patterns.length === 0) return [];
  const found: Range[] = [];
  for (const block of blocks) {
    for (const [start, end] of highlightRanges(block.text, patterns))
      found.push([block.start + start, block.start + end]);
  }
  return found;
}

/** The match after (1) or before (−1) `current`, wrapping around the ends as find bars do; −1 without matches. */
export function stepMatch(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** The first match starting at or after `offset` (where the reader is), wrapping to the first; −1 without matches. */
export function firstMatchFrom(matches: readonly Range[], offset: number): number {
  if (matches.length === 0) return -1;
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((matches[mid]?.[0] ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < matches.length ? lo : 0;
}

/** "3 of 12", "No matches", or nothing before anything is typed. */
export function matchCountLabel(count: number, current: number, query: string): string {
  if (findPatterns(query).length === 0) return '';
  if (count === 0) return 'No matches';
  return `${Math.max(0, current) + 1} of ${count}`;
}
