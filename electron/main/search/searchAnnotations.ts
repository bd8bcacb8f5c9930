import type { Database } from 'better-sqlite3';
import type { AnnotationResults, AnnotationSearchHit, SearchExcerpt } from '../../../shared/model/search';
import {
  matchWords,
  mergeRanges,
  type HighlightPattern,
  type Range,
} from '../../../shared/search/highlightRanges';
import type { ParsedQuery, QueryClause } from '../../../shared/search/parseQuery';
import type { Word } from '../../../shared/search/tokenize';
import { listColorLabels } from '../annotations/colorLabels';
import { statement } from '../db/statements';
import type { AnnotationFilter } from './annotationFilters';
import { annotationIndex, type IndexedAnnotation } from './annotationIndex';
import { planQuery, type StagedClause } from './planQuery';

export interface AnnotationQuery {
  readonly parsed: ParsedQuery;
  /** The query's `color:`, `tag:` and `has:` filters, compiled; null when it has none. */
  readonly filter: AnnotationFilter | null;
  readonly offset: number;
  readonly limit: number;
}

/** Longest excerpt of a quote or note returned, in code points. */
export const EXCERPT_MAX = 240;
/** Code points kept before the first match when an excerpt must be cut. */
const EXCERPT_LEAD = 60;

/** One query word as matched against annotation words: every reading of it, at its ranking stage. */
interface ClauseMatcher {
  readonly singles: ReadonlyMap<string, number>;
  readonly prefixes: readonly { readonly word: string; readonly stage: number }[];
  readonly phrases: readonly { readonly pattern: HighlightPattern; readonly stage: number }[];
  readonly tiers: ReadonlyMap<number, number>;
}

function matcherFor(clause: StagedClause, typed: QueryClause | undefined): ClauseMatcher {
  const singles = new Map<string, number>();
  const prefixes: { word: string; stage: number }[] = [];
  const phrases: { pattern: HighlightPattern; stage: number }[] = [];
  const tiers = new Map<number, number>();
  for (const a of clause.alternatives) {
    tiers.set(a.stage, Math.min(tiers.get(a.stage) ?? a.tier, a.tier));
    const [only] = a.pattern.words;
    if (a.pattern.words.length > 1) phrases.push({ pattern: a.pattern, stage: a.stage });
    else if (only === undefined) continue;
    else if (a.pattern.prefix === true) prefixes.push({ word: only, stage: a.stage });
    else if (!singles.has(only)) singles.set(only, a.stage);
  }
  // Annotations are few: a word being typed matches every completion, not only the likeliest few.
  if (typed?.kind === 'term' && typed.prefix) {
    prefixes.push({ word: typed.joined, stage: 0 });
    tiers.set(0, 0);
  }
  return { singles, prefixes, phrases, tiers };
}

const inText = (a: IndexedAnnotation, pattern: HighlightPattern): boolean =>
  matchWords(a.quoteWords, [pattern]).length > 0 || matchWords(a.noteWords, [pattern]).length > 0;

/** The earliest stage at which the annotation matches the clause, or null. */
function bestStage(a: IndexedAnnotation, m: ClauseMatcher): number | null {
  let best = Number.POSITIVE_INFINITY;
  for (const [term, stage] of m.singles) if (stage < best && a.terms.has(term)) best = stage;
  if (m.prefixes.length > 0) {
    for (const term of a.terms)
      for (const p of m.prefixes) if (p.stage < best && term.startsWith(p.word)) best = p.stage;
  }
  for (const p of m.phrases) if (p.stage < best && inText(a, p.pattern)) best = p.stage;
  return Number.isFinite(best) ? best : null;
}

/** Patterns for what a negated word or phrase excludes: as typed, no fuzzy readings. */
function excludedPatterns(parsed: ParsedQuery): HighlightPattern[] {
  return parsed.clauses.flatMap((c): HighlightPattern[] => {
    if (!c.negated || c.kind === 'filter') return [];
    if (c.kind === 'phrase') return [{ words: c.words }];
    return c.parts.length > 1 ? [{ words: [c.joined] }, { words: c.parts }] : [{ words: [c.joined] }];
  });
}

/** Patterns to mark in a hit: each clause's readings up to the stage it matched at. */
function markPatterns(matchers: readonly ClauseMatcher[], stages: readonly number[]): HighlightPattern[] {
  return matchers.flatMap((m, i) => {
    const upTo = stages[i] ?? 0;
    return [
      ...[...m.singles].filter(([, s]) => s <= upTo).map(([word]): HighlightPattern => ({ words: [word] })),
      ...m.prefixes
        .filter((p) => p.stage <= upTo)
        .map((p): HighlightPattern => ({ words: [p.word], prefix: true })),
      ...m.phrases.filter((p) => p.stage <= upTo).map((p) => p.pattern),
    ];
  });
}

/** `text` whole when short, else a window around the first range; ranges made relative to it. */
export function excerpt(
  text: string,
  words: readonly Word[],
  patterns: readonly HighlightPattern[],
): SearchExcerpt {
  const ranges: Range[] = patterns.length > 0 ? mergeRanges(matchWords(words, patterns)) : [];
  const chars = Array.from(text);
  if (chars.length <= EXCERPT_MAX) return { text, cutBefore: false, cutAfter: false, ranges };
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, Math.min(first - EXCERPT_LEAD, chars.length - EXCERPT_MAX));
  // Start at a word: after the nearest space before the cut (if close), so no word is halved.
  if (from > 0) {
    const space = chars.lastIndexOf(' ', from);
    if (space >= 0 && from - space < 20) from = space + 1;
  }
  const to = Math.min(chars.length, from + EXCERPT_MAX);
  const inside = ranges
    .filter(([s, e]) => e > from && s < to)
    .map(([s, e]): Range => [Math.max(s, from) - from, Math.min(e, to) - from]);
  return {
    text: chars.slice(from, to).join(''),
    cutBefore: from > 0,
    cutAfter: to < chars.length,
    ranges: inside,
  };
}

interface Scored {
  readonly annotation: IndexedAnnotation;
  readonly stages: readonly number[];
  readonly tier: number;
  readonly stageSum: number;
}

/**
 * Finds the reader's highlights and notes: each query word is expanded (exact, completions,
 * transliteration variants, typos) through the same planner as article search, but against the
 * annotations' own vocabulary, since a note's words need not be anywhere in the library; every word
 * must appear in the quote or the note. `color:`, `tag:` and `has:` filter; with only filters, every
 * annotation passing them is listed. Ranked: fewer edits first, then earlier stages (exact words
 * before completions before likelier corrections), then the most recently changed.
 */
export function searchAnnotations(db: Database, query: AnnotationQuery): AnnotationResults {
  const offset = Math.max(0, query.offset);
  const positive = query.parsed.clauses.filter((c) => c.kind !== 'filter' && !c.negated);
  if (positive.length === 0 && query.filter === null) return { hits: [], total: 0, offset };
  const index = annotationIndex(db);
  const plan = planQuery(query.parsed, index.vocabulary);
  const matchers = plan.required.map((clause, i) => matcherFor(clause, positive[i]));
  const excluded = excludedPatterns(query.parsed);

  const scored: Scored[] = [];
  for (const a of index.annotations) {
    if (query.filter && !query.filter.test(a)) continue;
    if (excluded.some((p) => inText(a, p))) continue;
    const stages: number[] = [];
    for (const m of matchers) {
      const stage = bestStage(a, m);
      if (stage === null) break;
      stages.push(stage);
    }
    if (stages.length < matchers.length) continue;
    const tier = Math.max(0, ...stages.map((s, i) => matchers[i]?.tiers.get(s) ?? 0));
    scored.push({ annotation: a, stages, tier, stageSum: stages.reduce((x, y) => x + y, 0) });
  }
  // Stable: the index is newest change first, which breaks ties.
  scored.sort((x, y) => x.tier - y.tier || x.stageSum - y.stageSum);

  const page = scored.slice(offset, offset + Math.max(0, query.limit));
  const names = new Map(listColorLabels(db).map((l) => [l.id, l.name]));
  const title = statement(db, 'SELECT title FROM articles WHERE id = ?').pluck();
  const hits = page.map(({ annotation: a, stages, tier }): AnnotationSearchHit => {
    const patterns = markPatterns(matchers, stages);
    return {
      annotationId: a.id,
      articleId: a.articleId,
      articleTitle: (title.get(a.articleId) as string | undefined) ?? '',
      color: a.color,
      colorName: names.get(a.color) ?? a.color,
      style: a.style,
      tags: a.tags,
      anchor: a.anchor,
      start: a.start,
      end: a.end,
      quote: excerpt(a.exact, a.quoteWords, patterns),
      note: excerpt(a.note, a.noteWords, patterns),
      tier,
      updatedAt: a.updatedAt,
    };
  });
  return { hits, total: scored.length, offset };
}
