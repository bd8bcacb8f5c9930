/**
 * The filters a query may carry (`source:astana`, `-author:"Jane Doe"`, `year:2020..2023`, `color:question`,
 * `tag:policy`, `has:note`). The parser accepts any `key:value` and reports keys not listed here, so adding
 * one is one entry here and one handler in the main process.
 */
export const SEARCH_FILTER_KEYS = ['source', 'author', 'year', 'color', 'tag', 'has'] as const;

export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

/** Filters on the reader's annotations: they choose annotations, and articles holding such annotations. */
export const ANNOTATION_FILTER_KEYS = ['color', 'tag', 'has'] as const satisfies readonly SearchFilterKey[];

export type AnnotationFilterKey = (typeof ANNOTATION_FILTER_KEYS)[number];

export function isAnnotationFilterKey(key: string): key is AnnotationFilterKey {
  return (ANNOTATION_FILTER_KEYS as readonly string[]).includes(key);
}

/** What `has:` accepts: annotations with a note, or with at least one tag. */
export const HAS_VALUES = ['note', 'tag'] as const;
