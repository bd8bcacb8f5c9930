/**
 * The filters a query may carry (`source:astana`, `-author:"Jane Doe"`, `year:2020..2023`). The parser
 * accepts any `key:value` and reports keys not listed here, so adding one (`color:`, `tag:`, `has:`) is
 * one entry here and one handler in the main process.
 */
export const SEARCH_FILTER_KEYS = ['source', 'author', 'year'] as const;

export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];
