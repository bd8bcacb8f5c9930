import { createRequire } from 'node:module';
import type { DefaultTreeAdapterMap } from 'parse5';
import { copyPage, type ForeignNode, type TreeSink } from './dom';

/**
 * The DOM Readability ships for Firefox's reader-mode worker (JSDOMParser.js): plain objects, no
 * wrappers, no live collections. Readability runs on it about three times as fast as on jsdom, and is
 * tested upstream on both. It only ever holds what copyPage kept of a parse5 tree (no script, no
 * handler, no URL); DOMPurify then sanitizes Readability's result in jsdom (see extractHtml).
 */
export interface ReadableNode extends ForeignNode {
  readonly childNodes: readonly ReadableNode[];
  appendChild(child: ReadableNode): void;
  setAttribute(name: string, value: string): void;
}

export interface ReadableDocument extends ReadableNode {
  title: string;
  readonly body: ReadableNode;
  createElement(tagName: string): ReadableNode;
  createTextNode(text: string): ReadableNode;
}

interface JsdomParserClass {
  new (): { parse(html: string, url: string): ReadableDocument };
}

// Not named `require`: electron-vite declares one of its own in the ES module bundle.
const loadCommonJs = createRequire(import.meta.url);
let parserClass: JsdomParserClass | null = null;

const VALID_NAME = /^[a-z][a-z0-9-]*$/u;

/** A Readability-ready document holding the body of a parse5 tree, as copyPage copies it. */
export function buildReadableDocument(
  body: DefaultTreeAdapterMap['parentNode'] | null,
  title: string,
  stats: { truncated: boolean } = { truncated: false },
): ReadableDocument {
  parserClass ??= loadCommonJs('@mozilla/readability/JSDOMParser.js') as JsdomParserClass;
  // Parsing the empty page gives the document, <html>, <head> and <body> as Readability expects them.
  const doc = new parserClass().parse('<html><head></head><body></body></html>', 'about:blank');
  doc.title = title;
  if (!body) return doc;
  const sink: TreeSink<ReadableNode> = {
    element: (tagName) => {
      // The same names jsdom would accept as an HTML element's; the rest become the fallback.
      if (!VALID_NAME.test(tagName)) throw new Error('not an element name');
      return doc.createElement(tagName);
    },
    setAttribute: (element, name, value) => element.setAttribute(name, value),
    text: (value) => doc.createTextNode(value),
    append: (parent, child) => parent.appendChild(child),
    fallbackTag: 'span',
  };
  copyPage(body, doc.body, sink, stats);
  return doc;
}
