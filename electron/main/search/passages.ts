import type { SearchPassage } from '../../../shared/model/search';
import {
  matchWords,
  mergeRanges,
  type HighlightMatch,
  type HighlightPattern,
} from '../../../shared/search/highlightRanges';
import { scanWords } from '../../../shared/search/tokenize';
import type { FoldedBlock } from './passageSource';

/** A highlight pattern with what it is worth in a passage: which query clause it serves, and its tier. */
export interface WeightedPattern extends HighlightPattern {
  readonly clause: number;
  readonly tier: number;
}

export interface PassageBlock {
  readonly index: number;
  readonly text: string;
  /** Code-point offset of the block in the canonical text. */
  readonly start: number;
}

export const PASSAGES_PER_HIT = 3;
/** Snippet length in code points, and how much text to keep before the first highlight. */
const SNIPPET = 200;
const LEAD = 40;
/** The most repeated matches count toward a passage's score; past it more occurrences cannot raise the estimate. */
const WEIGHT_CAP = 99;

const ASTRAL = /[\uD800-\uDFFF]/u;

function sliceCodePoints(text: string, start: number, end: number): string {
  if (!ASTRAL.test(text)) return text.slice(start, end);
  return Array.from(text).slice(start, end).join('');
}

function matchScore(matches: readonly HighlightMatch[], patterns: readonly WeightedPattern[]): number {
  const clauses = new Set<number>();
  let weight = 0;
  for (const m of matches) {
    const p = patterns[m.pattern];
    if (!p) continue;
    clauses.add(p.clause);
    weight += 3 - Math.min(2, p.tier);
  }
  // Covering more of the query beats repeating one word of it.
  return clauses.size * 100 + Math.min(weight, WEIGHT_CAP);
}

/** The window of about SNIPPET code points, on word boundaries, that holds the best-scoring run of matches. */
function chooseWindow(
  words: readonly { start: number; end: number }[],
  length: number,
  matches: readonly HighlightMatch[],
  patterns: readonly WeightedPattern[],
): { start: number; end: number } {
  if (length <= SNIPPET) return { start: 0, end: length };
  let best = { start: 0, end: SNIPPET, score: -1 };
  for (const anchor of matches) {
    const wordAt = words.findIndex((w) => w.end > anchor.start - LEAD);
    const start = Math.max(0, Math.min(words[wordAt]?.start ?? 0, anchor.start));
    let end = Math.min(length, start + SNIPPET);
    const cut = words.findLast((w) => w.end <= end && w.end > anchor.end);
    if (cut && end < length) end = cut.end;
    end = Math.max(end, anchor.end);
    const score = matchScore(
      matches.filter((m) => m.start >= start && m.end <= end),
      patterns,
    );
    if (score > best.score) best = { start, end, score };
  }
  return best;
}

/** A first word of patterns, which every match of them contains as a substring of the block's folding. */
interface Needle {
  readonly text: string;
  readonly clauses: readonly number[];
  /** The weights of every pattern starting with this word: one occurrence may match them all. */
  readonly weight: number;
}

function needlesOf(patterns: readonly WeightedPattern[]): Needle[] {
  const needles = new Map<string, { text: string; clauses: Set<number>; weight: number }>();
  for (const p of patterns) {
    const text = p.words[0];
    if (text === undefined) continue;
    const needle = needles.get(text) ?? { text, clauses: new Set<number>(), weight: 0 };
    needle.clauses.add(p.clause);
    needle.weight += 3 - Math.min(2, p.tier);
    needles.set(text, needle);
  }
  return [...needles.values()].map(({ text, clauses, weight }) => ({ text, clauses: [...clauses], weight }));
}

/**
 * An upper estimate of a block's score from substring counts in its index folding (`FoldedBlock.haystack`) (every folded part and
 * compound of the block is in it), in a few native string searches: 0 means the block cannot match.
 * Only the best estimates are then scanned word by word.
 */
function estimateScore(haystack: string, needles: readonly Needle[]): number {
  const clauses = new Set<number>();
  let weight = 0;
  for (const needle of needles) {
    let at = haystack.indexOf(needle.text);
    if (at < 0) continue;
    for (const clause of needle.clauses) clauses.add(clause);
    for (; at >= 0 && weight < WEIGHT_CAP; at = haystack.indexOf(needle.text, at + 1))
      weight += needle.weight;
  }
  return clauses.size === 0 ? 0 : clauses.size * 100 + Math.min(weight, WEIGHT_CAP);
}

/** Blocks scanned word by word per hit, best estimates first. */
const SCANNED_BLOCKS = 6;

/**
 * The blocks that best show why the article matched (most query clauses, then most and nearest matches;
 * earlier blocks on ties), each cut to a snippet with its highlights.
 */
export function findPassages(
  blocks: readonly FoldedBlock[],
  patterns: readonly WeightedPattern[],
  /** Scan every candidate instead of stopping at the bound: the reference the bound is tested against. */
  exhaustive = false,
): SearchPassage[] {
  const scored: {
    block: PassageBlock;
    score: number;
    matches: HighlightMatch[];
    words: ReturnType<typeof scanWords>;
  }[] = [];
  const needles = needlesOf(patterns);
  const candidates = blocks
    .map((block) => ({ block, estimate: estimateScore(block.haystack, needles) }))
    .filter((c) => c.estimate > 0)
    .sort((a, b) => b.estimate - a.estimate || a.block.index - b.block.index)
    .slice(0, SCANNED_BLOCKS);
  for (const { block, estimate } of candidates) {
    // Estimates are upper bounds: once the blocks kept would win against this one, the rest can stop.
    const kept = scored.length >= PASSAGES_PER_HIT ? scored[PASSAGES_PER_HIT - 1] : undefined;
    if (
      !exhaustive &&
      kept &&
      (estimate < kept.score || (estimate === kept.score && block.index > kept.block.index))
    )
      break;
    const words = scanWords(block.text);
    const matches = matchWords(words, patterns);
    if (matches.length === 0) continue;
    scored.push({ block, score: matchScore(matches, patterns), matches, words });
    scored.sort((a, b) => b.score - a.score || a.block.index - b.block.index);
  }
  return scored.slice(0, PASSAGES_PER_HIT).map(({ block, matches, words }) => {
    const length = codePoints(block.text);
    const window = chooseWindow(words, length, matches, patterns);
    const inside = matches.filter((m) => m.start >= window.start && m.end <= window.end);
    return {
      blockIndex: block.index,
      start: block.start + window.start,
      end: block.start + window.end,
      snippet: sliceCodePoints(block.text, window.start, window.end),
      ranges: mergeRanges(inside).map(([s, e]) => [s - window.start, e - window.start] as const),
    };
  });
}

function codePoints(text: string): number {
  return ASTRAL.test(text) ? Array.from(text).length : text.length;
}
