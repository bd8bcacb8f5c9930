import type { AnnotationSearchHit, SearchExpansion, SearchHit } from '../../../shared/model/search';
import {
  patternsFromExpansions,
  type HighlightPattern,
  type Range,
} from '../../../shared/search/highlightRanges';

/** What opening a search result asks of the reader: where to go, and what to mark. */
export interface SearchTarget {
  readonly articleId: string;
  /** Canonical offsets of the passage to bring into view; null opens at the top. */
  readonly focus: { readonly start: number; readonly end: number } | null;
  /** Canonical ranges the search marked in that passage. */
  readonly marks: readonly Range[];
  /** What the search took the query to mean, to mark all through the article. */
  readonly patterns: readonly HighlightPattern[];
  /** Tells two openings of the same result apart (opening it again scrolls there again). */
  readonly id: number;
  /** Opened from a highlight or note: the annotation to bring into view and make current. */
  readonly annotationId?: string;
}

/** The target for a highlight or note: its article at the highlight (an orphan has no place: the top). */
export function annotationTarget(hit: AnnotationSearchHit, id: number): SearchTarget {
  return {
    articleId: hit.articleId,
    focus: hit.anchor === 'orphan' ? null : { start: hit.start, end: hit.end },
    marks: [],
    patterns: [],
    id,
    annotationId: hit.annotationId,
  };
}

/** The target for a hit's title (passageIndex null) or one of its passages. */
export function searchTarget(
  hit: SearchHit,
  passageIndex: number | null,
  expansions: readonly SearchExpansion[],
  id: number,
): SearchTarget {
  const passage = passageIndex === null ? undefined : hit.passages[passageIndex];
  return {
    articleId: hit.articleId,
    focus: passage ? { start: passage.start, end: passage.end } : null,
    marks: passage ? passage.ranges.map(([s, e]) => [passage.start + s, passage.start + e] as const) : [],
    patterns: patternsFromExpansions(expansions),
    id,
  };
}

/** Sorted, merged ranges. */
export function mergeSpans(ranges: readonly Range[]): Range[] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (end <= start) continue;
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
