import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM, VirtualConsole, type DOMWindow } from 'jsdom';
import { html, type DefaultTreeAdapterMap } from 'parse5';

type P5Node = DefaultTreeAdapterMap['childNode'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];
type P5Element = DefaultTreeAdapterMap['element'];

/**
 * Subtrees never taken into the DOM: code, styles, embedded documents, media, form controls and
 * navigation. None holds article text, and leaving them out keeps the DOM small for Readability.
 */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'meta',
  'base',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'img',
  'map',
  'area',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'optgroup',
  'datalist',
  'output',
  'dialog',
  'nav',
  'head',
  'title',
  'param',
  'portal',
  'slot',
]);

/** Page chrome, left out when it is outside the article (`<article>`, `<main>`); kept inside it. */
const CHROME = new Set(['header', 'footer', 'aside']);
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
]);
const CONTENT = new Set(['article', 'main']);

function isChrome(element: P5Element): boolean {
  if (CHROME.has(element.tagName)) return true;
  const role = element.attrs
    .find((a) => a.name === 'role')
    ?.value.trim()
    .toLowerCase();
  return role !== undefined && CHROME_ROLES.has(role);
}

/**
 * Elements whose children are taken but not the element: a `<noscript>` or MathML element whose
 * markup the parser never closes (classic mutation-XSS shapes) would otherwise take the rest of the
 * page with it. MathML keeps its text (a formula's symbols); SVG (drawings, icons) is left out whole.
 */
const UNWRAPPED = new Set(['noscript']);

/** The attributes Readability scores by; everything else (handlers, URLs, styles) stays behind. */
const KEPT_ATTRIBUTES = new Set([
  'id',
  'class',
  'rel',
  'itemprop',
  'role',
  'hidden',
  'aria-hidden',
  'lang',
  'dir',
]);

/** Deeper elements are flattened into their ancestor at this depth, so no walk can overflow the stack. */
const MAX_DEPTH = 256;
/** Nodes taken from one page at most; a page past it is read in part (a 5 MiB file can hold millions). */
export const MAX_NODES = 12_000;

interface SharedDom {
  readonly window: DOMWindow;
  readonly purify: DOMPurify;
  /** The one document every import builds its page in (see buildDocument). */
  readonly document: Document;
}

let shared: SharedDom | null = null;

const NO_STYLE = Object.freeze({ display: '', visibility: '', cssText: '' });

function createSharedDom(): SharedDom {
  const dom = new JSDOM('<!doctype html><html><head><title></title></head><body></body></html>', {
    virtualConsole: new VirtualConsole(),
  });
  // Every inline style was left behind in buildDocument, so an element's style is always empty:
  // answering that without building jsdom's CSSStyleDeclaration saves a quarter of Readability's time.
  Object.defineProperty(dom.window.HTMLElement.prototype, 'style', {
    configurable: true,
    get: () => NO_STYLE,
  });
  return {
    window: dom.window,
    purify: createDOMPurify(dom.window),
    document: dom.window.document.implementation.createHTMLDocument(''),
  };
}

/**
 * The jsdom window imports use: it never runs scripts (no `runScripts`), never loads a resource
 * (no `resources`) and logs nothing. Documents are made in it, never navigated.
 */
export function sharedDom(): SharedDom {
  shared ??= createSharedDom();
  return shared;
}

function isElement(node: P5Node): node is P5Element {
  return 'tagName' in node;
}

/** How copyPage builds a tree in one DOM: jsdom's (for DOMPurify) or Readability's own (see readableDom). */
export interface TreeSink<N> {
  /** A new element; throws when the DOM refuses the name. */
  element(tagName: string): N;
  setAttribute(element: N, name: string, value: string): void;
  text(value: string): N;
  append(parent: N, child: N): void;
  /** Stands in for an element whose name the DOM refuses. */
  readonly fallbackTag: string;
}

/**
 * Copies the body of a parse5 tree under `root`: HTML elements with the kept attributes and their
 * text, each text run as one node (jsdom's own parser appends text word by word, which is most of its
 * cost), without the DROPPED subtrees, the page chrome outside the article, SVG or anything past
 * MAX_NODES (then `stats.truncated`).
 */
export function copyPage<N>(
  body: P5Parent,
  root: N,
  sink: TreeSink<N>,
  stats: { truncated: boolean } = { truncated: false },
): void {
  // Depth first with an explicit stack (no recursion to overflow); an unwrapped or too-deep element's
  // children join its parent in place, so text order is kept.
  const stack: { nodes: readonly P5Node[]; next: number; to: N; depth: number; inContent: boolean }[] = [
    { nodes: body.childNodes, next: 0, to: root, depth: 0, inContent: false },
  ];
  let nodes = 0;
  while (stack.length > 0) {
    if (++nodes > MAX_NODES) {
      stats.truncated = true;
      break;
    }
    const frame = stack[stack.length - 1];
    const child = frame?.nodes[frame.next];
    if (!frame || !child) {
      stack.pop();
      continue;
    }
    frame.next++;
    if (child.nodeName === '#text' && 'value' in child) {
      sink.append(frame.to, sink.text(child.value));
      continue;
    }
    if (!isElement(child) || child.namespaceURI === html.NS.SVG) continue;
    const isHtml = child.namespaceURI === html.NS.HTML;
    if (isHtml && (DROPPED.has(child.tagName) || (!frame.inContent && isChrome(child)))) continue;
    if (!isHtml || frame.depth >= MAX_DEPTH || UNWRAPPED.has(child.tagName)) {
      stack.push({
        nodes: child.childNodes,
        next: 0,
        to: frame.to,
        depth: frame.depth,
        inContent: frame.inContent,
      });
      continue;
    }
    let element: N;
    try {
      element = sink.element(child.tagName);
    } catch {
      element = sink.element(sink.fallbackTag);
    }
    for (const attr of child.attrs) {
      if (KEPT_ATTRIBUTES.has(attr.name)) sink.setAttribute(element, attr.name, attr.value);
    }
    sink.append(frame.to, element);
    stack.push({
      nodes: child.childNodes,
      next: 0,
      to: element,
      depth: frame.depth + 1,
      inContent: frame.inContent || CONTENT.has(child.tagName),
    });
  }
}

/** Builds in the shared jsdom document. */
function jsdomSink(doc: Document): TreeSink<Node> {
  return {
    element: (tagName) => doc.createElement(tagName),
    setAttribute: (element, name, value) => (element as Element).setAttribute(name, value),
    text: (value) => doc.createTextNode(value),
    append: (parent, child) => parent.appendChild(child),
    fallbackTag: 'span',
  };
}

/** A jsdom document holding the body of a parse5 tree (see copyPage). */
export function buildDocument(
  body: P5Parent | null,
  title: string,
  stats: { truncated: boolean } = { truncated: false },
): Document {
  // One document, emptied and refilled for each page: every new jsdom document registers listeners
  // on the window that are never removed, so a document per file would leak and slow each next one
  // (and a window per batch is slower still: each brings its own prototypes). Safe because a page is
  // extracted synchronously, start to finish, before the next is built.
  const doc = sharedDom().document;
  // A new body each time (Readability marks the elements it scores), the same head: making its
  // <title> anew for each page cost as much as building the rest of it.
  const freshBody = doc.createElement('body');
  doc.documentElement.replaceChild(freshBody, doc.body);
  doc.title = title;
  if (!body) return doc;
  // Built detached, then attached at once: jsdom does far less work per node outside the document.
  const fragment = doc.createDocumentFragment();
  copyPage<Node>(body, fragment, jsdomSink(doc), stats);
  doc.body.appendChild(fragment);
  return doc;
}

/** A node of another DOM (Readability's own, see readableDom), as copyIntoSharedDocument reads it. */
export interface ForeignNode {
  readonly nodeType: number;
  readonly localName?: string | null;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<ForeignNode>;
  readonly attributes?: ArrayLike<{ readonly name: string; readonly value: string }> | null;
}

/**
 * A detached jsdom copy, in the shared document, of a tree built by another DOM: elements (by their
 * local name, with their attributes) and text, nothing else, under a <div>.
 */
export function copyIntoSharedDocument(root: ForeignNode): Node {
  const doc = sharedDom().document;
  const top = doc.createElement('div');
  // Each element's children are appended when it is taken off the stack, so the order kept is theirs.
  const stack: { from: ForeignNode; to: Node }[] = [{ from: root, to: top }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    for (const child of Array.from(next.from.childNodes)) {
      if (child.nodeType === 3) next.to.appendChild(doc.createTextNode(child.textContent ?? ''));
      if (child.nodeType !== 1) continue;
      let element: Element;
      try {
        element = doc.createElement(child.localName ?? 'span');
      } catch {
        element = doc.createElement('span');
      }
      for (const { name, value } of Array.from(child.attributes ?? [])) {
        try {
          element.setAttribute(name, value);
        } catch {
          // A name jsdom refuses carries nothing the sanitizer would keep.
        }
      }
      next.to.appendChild(element);
      stack.push({ from: child, to: element });
    }
  }
  return top;
}
