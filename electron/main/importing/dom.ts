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
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'link', 'meta', 'base', 'canvas', 'video', 'audio', 'source', 'track', 'picture', 'img', 'map', 'area',
  'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output', 'dialog', 'nav',
  'head', 'title', 'param', 'portal', 'slot', 'aside', 'footer',
]);

/** The attributes Readability scores by; everything else (handlers, URLs, styles) stays behind. */
const KEPT_ATTRIBUTES = new Set(['id', 'class', 'rel', 'itemprop', 'role', 'hidden', 'aria-hidden', 'lang', 'dir']);

/** Deeper elements are flattened into their ancestor at this depth, so no walk can overflow the stack. */
const MAX_DEPTH = 256;

interface SharedDom {
  readonly window: DOMWindow;
  readonly purify: DOMPurify;
}

let shared: SharedDom | null = null;

const NO_STYLE = Object.freeze({ display: '', visibility: '', cssText: '' });

/**
 * One jsdom window for every import: it never runs scripts (no `runScripts`), never loads a
 * resource (no `resources`) and logs nothing. Documents are made in it, never navigated.
 */
export function sharedDom(): SharedDom {
  if (!shared) {
    const dom = new JSDOM('<!doctype html><html><head><title></title></head><body></body></html>', {
      virtualConsole: new VirtualConsole(),
    });
    // Every inline style was left behind in buildDocument, so an element's style is always empty:
    // answering that without building jsdom's CSSStyleDeclaration saves a quarter of Readability's time.
    Object.defineProperty(dom.window.HTMLElement.prototype, 'style', { configurable: true, get: () => NO_STYLE });
    shared = { window: dom.window, purify: createDOMPurify(dom.window) };
  }
  return shared;
}

function isElement(node: P5Node): node is P5Element {
  return 'tagName' in node;
}

/**
 * A jsdom document holding the body of a parse5 tree: HTML elements with the kept attributes and
 * their text, each text run as one node (jsdom's own parser appends text word by word, which is
 * most of its cost).
 */
export function buildDocument(body: P5Parent | null, title: string): Document {
  const doc = sharedDom().window.document.implementation.createHTMLDocument(title);
  if (!body) return doc;
  const stack: { from: P5Parent; to: Node; depth: number }[] = [{ from: body, to: doc.body, depth: 0 }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    for (const child of frame.from.childNodes) {
      if (child.nodeName === '#text' && 'value' in child) {
        frame.to.appendChild(doc.createTextNode(child.value));
        continue;
      }
      if (!isElement(child) || child.namespaceURI !== html.NS.HTML || DROPPED.has(child.tagName)) continue;
      if (frame.depth >= MAX_DEPTH) {
        stack.push({ from: child, to: frame.to, depth: frame.depth });
        continue;
      }
      let element: Element;
      try {
        element = doc.createElement(child.tagName);
      } catch {
        element = doc.createElement('span');
      }
      for (const attr of child.attrs) {
        if (KEPT_ATTRIBUTES.has(attr.name)) element.setAttribute(attr.name, attr.value);
      }
      frame.to.appendChild(element);
      stack.push({ from: child, to: element, depth: frame.depth + 1 });
    }
  }
  return doc;
}
