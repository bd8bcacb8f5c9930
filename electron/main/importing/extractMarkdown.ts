import MarkdownIt from 'markdown-it';
import type { ArticleDraft } from '../../../shared/model/article';
import { blocksFromDom } from './blocks';
import { cleanByline, PARTLY_READ, withoutRepeats, type Extracted } from './extractHtml';
import { readFrontMatter } from './frontMatter';
import { isoDay } from './htmlMetadata';
import { FileImportError } from './limits';
import { parseHtml, sanitizeNode } from './sanitize';

// Inline HTML is rendered (real notes use <sup>, <br>, <details>…) and then sanitized like any page.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

function first(fields: ReadonlyMap<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = fields.get(key)?.trim();
    if (value) return value;
  }
  return null;
}

/** A Markdown file as an article: front matter for metadata, the body rendered, sanitized and made into blocks. */
export function markdownToDraft(text: string, fallbackTitle: string): ArticleDraft {
  return extractMarkdown(text, fallbackTitle).draft;
}

export function extractMarkdown(text: string, fallbackTitle: string): Extracted {
  const { fields, body } = readFrontMatter(text);
  const { document, truncated } = parseHtml(markdown.render(body));
  const blocks = blocksFromDom(sanitizeNode(document.body));
  const firstHeading = blocks[0]?.kind === 'heading' ? blocks[0].text : null;
  const title = first(fields, 'title') ?? firstHeading ?? fallbackTitle;
  const author = cleanByline(first(fields, 'author', 'authors', 'by', 'creator'));
  const rest = withoutRepeats(blocks, title, author);
  if (rest.length === 0) throw new FileImportError('The Markdown file has no text.');
  const draft: ArticleDraft = {
    title,
    source: first(fields, 'source', 'site', 'publisher', 'site_name'),
    author,
    publishedAt: isoDay(first(fields, 'date', 'published', 'published_at', 'created')),
    blocks: rest,
  };
  return { draft, warnings: truncated ? [PARTLY_READ] : [] };
}
