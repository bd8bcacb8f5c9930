import type { Block } from '../../../shared/model/article';
import { formatLongDate } from '../library/format';

export interface CitedArticle {
  readonly title: string;
  readonly source: string | null;
  readonly author: string | null;
  readonly publishedAt: string | null;
  readonly blocks: readonly Pick<Block, 'kind' | 'start' | 'text'>[];
}

/**
 * Paragraph numbers (1-based) of the first and last blocks a range touches. Headings are not
 * paragraphs: they are not counted, and a range starting in one counts from the paragraph after it.
 */
export function paragraphSpan(
  blocks: CitedArticle['blocks'],
  start: number,
  end: number,
): { readonly first: number; readonly last: number } | null {
  let n = 0;
  let first: number | null = null;
  let last: number | null = null;
  for (const block of blocks) {
    if (block.start >= end) break;
    if (block.kind === 'heading') continue;
    n++;
    const blockEnd = block.start + Array.from(block.text).length;
    if (blockEnd <= start) continue;
    first ??= n;
    last = n;
  }
  return first === null || last === null ? null : { first, last };
}

/**
 * The quote in curly quotes, then a source line:
 *   “…quote…”
 *   — Author, “Title”, Source, 26 January 2023, ¶ 4
 */
export function formatCitation(quote: string, article: CitedArticle, start: number, end: number): string {
  const span = paragraphSpan(article.blocks, start, end);
  const parts = [
    article.author,
    `“${article.title}”`,
    article.source,
    formatLongDate(article.publishedAt),
    span === null ? null : span.first === span.last ? `¶ ${span.first}` : `¶ ${span.first}–${span.last}`,
  ].filter((p): p is string => p !== null && p !== '');
  return `“${quote.trim()}”\n— ${parts.join(', ')}`;
}
