import type { AnchorState, AnnotationStyle, ColorId } from './annotation';

/** One place in an article where the query matched: a window of its canonical text, with highlights. */
export interface SearchPassage {
  readonly blockIndex: number;
  /** Code-point offsets of the snippet in the article's canonical text; `snippet` is exactly that text. */
  readonly start: number;
  readonly end: number;
  readonly snippet: string;
  /** Highlights as code-point [start, end) offsets within `snippet` (add `start` for canonical offsets). */
  readonly ranges: readonly (readonly [number, number])[];
}

export interface SearchHit {
  readonly articleId: string;
  readonly title: string;
  readonly source: string | null;
  readonly publishedAt: string | null;
  /**
   * Higher is better, and falls with the order of hits: 300 for an exact match (down to 293 for later
   * completions of a word being typed), 200 down to 194 for one edit (the likeliest reading of the word
   * highest), 100 down to 94 for two. The fraction is bm25 relevance, scaled into [0, 0.5), or [0.5, 1)
   * for title matches ranked first (a lone frequent word).
   */
  readonly score: number;
  /** 0 when every word matched as typed (or as a prefix while typing), else the most edits any word needed. */
  readonly tier: number;
  readonly titleRanges: readonly (readonly [number, number])[];
  /** The best passages first, at most three. */
  readonly passages: readonly SearchPassage[];
}

/** What a typed word was taken to mean: the indexed terms searched for it. */
export interface SearchExpansion {
  readonly term: string;
  readonly matches: readonly string[];
  /** True while the word is still being typed: words starting with it count as matches too. */
  readonly prefix: boolean;
}

/** A filter the search did not apply, and why. */
export interface IgnoredFilter {
  readonly filter: string;
  readonly reason: 'unknown' | 'invalid';
}

/** A highlight or note the query matched: its quote and note cut around the matches, with highlights. */
export interface AnnotationSearchHit {
  readonly annotationId: string;
  readonly articleId: string;
  readonly articleTitle: string;
  readonly color: ColorId;
  /** What the user calls the colour ("Key claim"). */
  readonly colorName: string;
  readonly style: AnnotationStyle;
  readonly tags: readonly string[];
  readonly anchor: AnchorState;
  /** Code-point offsets of the highlight in the article's canonical text (its last place, for an orphan). */
  readonly start: number;
  readonly end: number;
  /** The quote, or a window of it (~200 code points) around its first match; `…` is not added. */
  readonly quote: SearchExcerpt;
  /** The note (a window of it, as for the quote); empty when there is none. */
  readonly note: SearchExcerpt;
  /** 0 when every word matched as typed (or as a prefix while typing), else the most edits any word needed. */
  readonly tier: number;
  readonly updatedAt: string;
}

/** A window of a longer text, and the matches in it. */
export interface SearchExcerpt {
  readonly text: string;
  /** The window cuts text off before / after it. */
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
  /** Code-point [start, end) offsets within `text`. */
  readonly ranges: readonly (readonly [number, number])[];
}

/** The annotations a search matched: one page of them (see SearchPage.annotationOffset) and how many in all. */
export interface AnnotationResults {
  readonly hits: readonly AnnotationSearchHit[];
  readonly total: number;
  readonly offset: number;
}

export interface SearchPage {
  /** The caller's sequence number, echoed so a slow older answer never replaces a newer one. */
  readonly seq: number;
  readonly query: string;
  readonly hits: readonly SearchHit[];
  /** Articles matching in all. */
  readonly total: number;
  readonly offset: number;
  readonly tookMs: number;
  readonly expansions: readonly SearchExpansion[];
  readonly ignoredFilters: readonly IgnoredFilter[];
  /** Highlights and notes matching the query (words in the quote or note, `color:`, `tag:`, `has:`). */
  readonly annotations: AnnotationResults;
}
