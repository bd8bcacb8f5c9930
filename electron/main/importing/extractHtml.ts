import { Readability } from '@mozilla/readability';
import type { ArticleDraft, BlockDraft } from '../../../shared/model/article';
import { blocksFromDom } from './blocks';
import { pageMetadata, isoDay } from './htmlMetadata';
import { FileImportError } from './limits';
import { copyIntoSharedDocument } from './dom';
import { buildReadableDocument, type ReadableDocument, type ReadableNode } from './readableDom';
import { parseHtmlTree, sanitizeNode } from './sanitize';

const TITLE_MAX = 500;
/** Past this many elements Readability gives up (it throws) and the whole sanitized body is taken. */
const READABILITY_MAX_ELEMENTS = 50_000;

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function clip(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

export function cleanByline(byline: string | null | undefined): string | null {
  const text =
    byline
      ?.replace(/\s+/gu, ' ')
      .replace(/^by\s+/iu, '')
      .trim() ?? '';
  return text === '' || text.length > 200 ? null : text;
}

/** Drops leading blocks that only repeat the title or the byline (the reader shows both apart). */
export function withoutRepeats(
  blocks: readonly BlockDraft[],
  title: string,
  byline: string | null,
): BlockDraft[] {
  const skip = new Set([
    comparable(title),
    byline === null ? '' : comparable(byline),
    byline === null ? '' : comparable(`By ${byline}`),
  ]);
  let from = 0;
  while (from < Math.min(blocks.length, 3) && skip.has(comparable(blocks[from]?.text ?? ''))) from++;
  return blocks.slice(from);
}

interface Readable {
  readonly content: ReadableNode | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
}

interface WalkedElement {
  readonly localName: string;
  readonly firstElementChild: WalkedElement | null;
  readonly nextElementSibling: WalkedElement | null;
  readonly parentNode: WalkedElement | null | ParentNode;
}

/**
 * The elements under `root` with one of the tag names, in document order, in one walk: what
 * Readability's `_getAllNodesWithTag` returns on a DOM with `querySelectorAll`. On its own DOM (see
 * readableDom), which has none, it would gather them tag by tag, not in document order, and walk the
 * tree once per tag. Readability only passes plain tag names.
 */
export function allWithTag<E extends WalkedElement>(
  root: { firstElementChild: E | null },
  names: readonly string[],
): E[] {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const found: E[] = [];
  let element = root.firstElementChild;
  while (element) {
    if (wanted.has(element.localName)) found.push(element);
    let next = element.firstElementChild as E | null;
    for (let up: E | null = element; !next && up && up !== root; up = up.parentNode as E | null)
      next = up.nextElementSibling as E | null;
    element = next;
  }
  return found;
}

function readable(document: ReadableDocument): Readable | null {
  try {
    // Readability's types ask for a DOM Document; it runs on its own JSDOMParser DOM as well (see readableDom).
    const reader = new Readability<ReadableNode>(document as unknown as Document, {
      serializer: (node) => node as unknown as ReadableNode,
      maxElemsToParse: READABILITY_MAX_ELEMENTS,
      // JSON-LD was read from the parse5 tree (scripts never reach this DOM), and DOMPurify drops
      // every class: both passes would be wasted work.
      disableJSONLD: true,
      keepClasses: true,
    });
    (reader as unknown as { _getAllNodesWithTag: typeof allWithTag })._getAllNodesWithTag = allWithTag;
    const result = reader.parse();
    if (!result) return null;
    return {
      content: result.content ?? null,
      title: result.title ?? null,
      byline: result.byline ?? null,
      siteName: result.siteName ?? null,
      publishedTime: result.publishedTime ?? null,
    };
  } catch {
    return null;
  }
}

/**
 * An HTML page as an article (see extractHtml): parsed with scripting off, its text found by Readability, sanitized
 * by DOMPurify with a text-only allowlist, then made into blocks. Metadata comes from the page's
 * meta tags and JSON-LD first, then from what Readability finds (title, byline, site).
 */
export function htmlToDraft(html: string, fallbackTitle: string): ArticleDraft {
  return extractHtml(html, fallbackTitle).draft;
}

/** An article drafted from a file, with anything worth telling the user. */
export interface Extracted {
  readonly draft: ArticleDraft;
  readonly warnings: readonly string[];
}

export const PARTLY_READ = 'The page is very large: only its first part was read.';

export function extractHtml(html: string, fallbackTitle: string): Extracted {
  const { tree, body: pageBody, truncated } = parseHtmlTree(html);
  const meta = pageMetadata(tree);
  const stats = { truncated: false };
  const document = buildReadableDocument(pageBody, meta.documentTitle ?? '', stats);
  const result = readable(document);
  const content =
    result?.content && (result.content.textContent ?? '').trim() !== '' ? result.content : document.body;
  // Readability's DOM is left behind here: DOMPurify sanitizes a jsdom copy of the content.
  const blocks = blocksFromDom(sanitizeNode(copyIntoSharedDocument(content)));
  const firstHeading = blocks.find((b) => b.kind === 'heading')?.text ?? null;
  const title = clip(
    meta.title ?? result?.title?.trim() ?? meta.documentTitle ?? firstHeading ?? fallbackTitle,
    TITLE_MAX,
  );
  const author = meta.author ?? cleanByline(result?.byline);
  const body = withoutRepeats(blocks, title, author);
  if (body.length === 0) throw new FileImportError('No readable text was found in the page.');
  const draft: ArticleDraft = {
    title: title.trim() === '' ? fallbackTitle : title,
    source: meta.site ?? (result?.siteName?.trim() || null),
    author,
    publishedAt: meta.date ?? isoDay(result?.publishedTime),
    blocks: body,
  };
  return { draft, warnings: truncated || stats.truncated ? [PARTLY_READ] : [] };
}
