import { parseQuery } from './parseQuery';
import { scanWords, type Word, type WordPart } from './tokenize';

/**
 * What to highlight: folded words (one word: a term; several: a phrase). A one-word pattern matches a
 * whole word by its joined form ("debureaucratization" lights up all of "de-bureaucratization") or a
 * single part of it; a phrase matches consecutive parts. With `prefix`, the last word only has to start
 * the text's word. The renderer uses the same patterns for find-in-article and to show a search passage.
 */
export interface HighlightPattern {
  readonly words: readonly string[];
  readonly prefix?: boolean;
}

export type Range = readonly [number, number];

export interface HighlightMatch {
  /** Code-point offsets in the text. */
  readonly start: number;
  readonly end: number;
  /** Index of the pattern that matched. */
  readonly pattern: number;
}

function wordMatches(folded: string, want: string, prefix: boolean): boolean {
  return prefix ? folded.startsWith(want) : folded === want;
}

/** Every match of every pattern, in text order (overlaps kept), from an already scanned text. */
export function matchWords(words: readonly Word[], patterns: readonly HighlightPattern[]): HighlightMatch[] {
  const matches: HighlightMatch[] = [];
  const singles = new Map<string, number>();
  const prefixes: { word: string; pattern: number }[] = [];
  const phrases: { pattern: HighlightPattern; index: number }[] = [];
  patterns.forEach((pattern, index) => {
    const [only] = pattern.words;
    if (pattern.words.length !== 1 || only === undefined) {
      if (pattern.words.length > 1) phrases.push({ pattern, index });
    } else if (pattern.prefix === true) prefixes.push({ word: only, pattern: index });
    else if (!singles.has(only)) singles.set(only, index);
  });
  const single = (folded: string): number | undefined => {
    const exact = singles.get(folded);
    if (exact !== undefined) return exact;
    return prefixes.find((p) => folded.startsWith(p.word))?.pattern;
  };

  const parts: WordPart[] = [];
  for (const word of words) {
    const whole = single(word.folded);
    if (whole !== undefined) matches.push({ start: word.start, end: word.end, pattern: whole });
    else if (word.parts.length > 1) {
      for (const part of word.parts) {
        const hit = single(part.folded);
        if (hit !== undefined) matches.push({ start: part.start, end: part.end, pattern: hit });
      }
    }
    parts.push(...word.parts);
  }

  for (const { pattern, index } of phrases) {
    const n = pattern.words.length;
    for (let i = 0; i + n <= parts.length; i++) {
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        ok = wordMatches(
          parts[i + j]?.folded ?? '',
          pattern.words[j] ?? '',
          j === n - 1 && pattern.prefix === true,
        );
      }
      if (ok) matches.push({ start: parts[i]?.start ?? 0, end: parts[i + n - 1]?.end ?? 0, pattern: index });
    }
  }
  return matches.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Sorted, merged code-point [start, end) ranges of the text that the patterns match. */
export function mergeRanges(matches: readonly HighlightMatch[]): Range[] {
  const ranges: [number, number][] = [];
  for (const { start, end } of [...matches].sort((a, b) => a.start - b.start)) {
    const last = ranges.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** Code-point [start, end) ranges of `text` to highlight for the patterns, sorted and merged. */
export function highlightRanges(text: string, patterns: readonly HighlightPattern[]): Range[] {
  if (patterns.length === 0) return [];
  return mergeRanges(matchWords(scanWords(text), patterns));
}

/**
 * Patterns for the terms a search page says it matched (`SearchPage.expansions`): a trailing `*` marks a
 * completion, spaces a phrase. Lets the reader highlight a search's matches all through the article.
 */
export function patternsFromExpansions(
  expansions: readonly { readonly matches: readonly string[] }[],
): HighlightPattern[] {
  return expansions.flatMap((e) =>
    e.matches.map((label) => {
      const prefix = label.endsWith('*');
      return { words: (prefix ? label.slice(0, -1) : label).split(' ').filter((w) => w !== ''), prefix };
    }),
  );
}

/** Patterns for find-in-article: the words and phrases of a typed query as they are, without fuzzy expansion. */
export function patternsFromQuery(query: string): HighlightPattern[] {
  return parseQuery(query).clauses.flatMap((c): HighlightPattern[] => {
    if (c.negated || c.kind === 'filter') return [];
    if (c.kind === 'phrase') return [{ words: c.words, prefix: c.prefix }];
    const whole: HighlightPattern = { words: [c.joined], prefix: c.prefix };
    return c.parts.length > 1 ? [whole, { words: c.parts, prefix: c.prefix }] : [whole];
  });
}
