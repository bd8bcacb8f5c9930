/** The kinds of block the reader-mode cleanup produces, in reading order. */
export type BlockKind = 'heading' | 'paragraph' | 'caption' | 'quote';

export const BLOCK_KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'caption', 'quote'];

/** A block as produced by the cleanup, before it is stored. */
export interface BlockDraft {
  readonly kind: BlockKind;
  readonly text: string;
}

/**
 * A stored block. `start` is its offset, in code points, in the article's canonical text
 * (all blocks joined by BLOCK_SEPARATOR); annotations are anchored to that text.
 */
export interface Block extends BlockDraft {
  readonly index: number;
  readonly start: number;
}

/** What the reader-mode cleanup makes of a raw text: metadata where the text states it, and blocks. */
export interface ArticleDraft {
  readonly title: string;
  readonly source: string | null;
  readonly author: string | null;
  /** ISO date (YYYY-MM-DD) when the text states a full date. */
  readonly publishedAt: string | null;
  readonly blocks: readonly BlockDraft[];
}

export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly source: string | null;
  readonly author: string | null;
  readonly publishedAt: string | null;
  readonly wordCount: number;
  readonly readingMinutes: number;
  /** ISO timestamp of first import. */
  readonly importedAt: string;
  /** ISO timestamp of the last content change. */
  readonly updatedAt: string;
}

export interface Article extends ArticleSummary {
  readonly blocks: readonly Block[];
}

export type ArticleSort = 'date' | 'title' | 'imported';
export type SortDirection = 'asc' | 'desc';

export interface ArticlePage {
  readonly items: readonly ArticleSummary[];
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

export interface LibraryStats {
  readonly articles: number;
  readonly blocks: number;
  readonly words: number;
  readonly databaseBytes: number;
}
