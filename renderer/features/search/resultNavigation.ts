import type { AnnotationSearchHit, SearchHit } from '../../../shared/model/search';

/**
 * The results as the keyboard walks them: each article is a group of options, its title first, then
 * each of its passages. Pure, so moving through results is tested without a DOM.
 */
export interface ResultItem {
  /** Stable across answers for the same results: `articleId`, `articleId#start` or `annotation:id`. */
  readonly key: string;
  /** The article hit, or ANNOTATION_GROUP for the highlights and notes (one group, before the articles). */
  readonly hitIndex: number;
  /** Null for the article's title (open at the top), else the passage to open at. */
  readonly passageIndex: number | null;
  /** For a highlight or note: its index among the annotation hits. */
  readonly annotationIndex?: number;
}

export const ANNOTATION_GROUP = -1;

export function resultItems(
  hits: readonly SearchHit[],
  annotations: readonly AnnotationSearchHit[] = [],
): ResultItem[] {
  return [
    ...annotations.map((a, annotationIndex) => ({
      key: `annotation:${a.annotationId}`,
      hitIndex: ANNOTATION_GROUP,
      passageIndex: null,
      annotationIndex,
    })),
    ...hits.flatMap((hit, hitIndex) => [
      { key: hit.articleId, hitIndex, passageIndex: null },
      ...hit.passages.map((passage, passageIndex) => ({
        key: `${hit.articleId}#${passage.start}`,
        hitIndex,
        passageIndex,
      })),
    ]),
  ];
}

/**
 * ↑ ↓ move one option, stopping at the ends; PageUp / PageDown jump to the previous or next article
 * (to the current one's title first, when on one of its passages going up).
 */
export type ResultMove = 'next' | 'previous' | 'nextArticle' | 'previousArticle' | 'first' | 'last';

/** The option to make active after `move` from `current` (−1: none), or −1 when there are none. */
export function moveActive(items: readonly ResultItem[], current: number, move: ResultMove): number {
  if (items.length === 0) return -1;
  const last = items.length - 1;
  const from = Math.min(Math.max(current, -1), last);
  switch (move) {
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'next':
      return from < 0 ? 0 : Math.min(from + 1, last);
    case 'previous':
      return from < 0 ? 0 : Math.max(from - 1, 0);
    case 'nextArticle': {
      if (from < 0) return 0;
      const hit = items[from]?.hitIndex;
      const next = items.findIndex((item, i) => i > from && item.hitIndex !== hit);
      return next < 0 ? from : next;
    }
    case 'previousArticle': {
      if (from < 0) return 0;
      const item = items[from];
      if (!item) return 0;
      // On a passage: up to its own article's title.
      const title = items.findIndex((i) => i.hitIndex === item.hitIndex);
      if (title !== from) return title;
      const previousHit = items[from - 1]?.hitIndex;
      if (previousHit === undefined) return from;
      return items.findIndex((i) => i.hitIndex === previousHit);
    }
  }
}

/**
 * Which option is active once new results arrive: the same one when it is still there (more results
 * were appended, or the answer repeats), else the first.
 */
export function keepActive(items: readonly ResultItem[], previousKey: string | null): number {
  if (items.length === 0) return -1;
  if (previousKey === null) return 0;
  const kept = items.findIndex((item) => item.key === previousKey);
  return kept < 0 ? 0 : kept;
}
