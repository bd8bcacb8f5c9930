import type { DefaultTreeAdapterMap } from 'parse5';

type P5Node = DefaultTreeAdapterMap['childNode'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];
type P5Element = DefaultTreeAdapterMap['element'];

/** What a page states about itself, before Readability looks at it. */
export interface PageMetadata {
  readonly title: string | null;
  readonly author: string | null;
  readonly date: string | null;
  readonly site: string | null;
  /** The document's `<title>`. */
  readonly documentTitle: string | null;
}

const JSON_LD_MAX = 100_000;

function attr(element: P5Element, name: string): string | null {
  return element.attrs.find((a) => a.name === name)?.value ?? null;
}

function textOf(element: P5Element): string {
  let text = '';
  const stack: P5Parent[] = [element];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const child of node.childNodes) {
      if ('value' in child) text += child.value;
      else if ('childNodes' in child) stack.push(child);
    }
  }
  return text;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/gu, ' ').trim() ?? '';
  return text === '' || /^https?:\/\//iu.test(text) ? null : text;
}

/** The page's own date as YYYY-MM-DD, the day as written (not shifted to UTC). */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const direct = /^\s*(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (direct) return `${direct[1] ?? ''}-${direct[2] ?? ''}-${direct[3] ?? ''}`;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  return isObject(value) && typeof value.name === 'string' ? value.name : null;
}

/** Article facts from JSON-LD (read as data with JSON.parse; nothing in it runs). */
function fromJsonLd(text: string, found: Map<string, string>): void {
  if (text.length > JSON_LD_MAX) return;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const nodes = Array.isArray(data)
    ? data
    : isObject(data) && Array.isArray(data['@graph'])
      ? data['@graph']
      : [data];
  for (const node of nodes as unknown[]) {
    if (!isObject(node)) continue;
    const type = JSON.stringify(node['@type'] ?? '');
    if (!/Article|Posting|Report/u.test(type)) continue;
    const set = (key: string, value: string | null): void => {
      if (value !== null && !found.has(key)) found.set(key, value);
    };
    set('ld:headline', typeof node.headline === 'string' ? node.headline : null);
    set('ld:author', nameOf(node.author));
    set('ld:date', typeof node.datePublished === 'string' ? node.datePublished : null);
    set('ld:publisher', nameOf(node.publisher));
  }
}

/** Reads meta tags, JSON-LD, `<title>` and the first `<time datetime>` from a parsed page. */
export function pageMetadata(document: P5Parent): PageMetadata {
  const found = new Map<string, string>();
  const stack: P5Node[] = [...document.childNodes];
  let visited = 0;
  for (let node = stack.pop(); node && visited < 200_000; node = stack.pop(), visited++) {
    if (!('tagName' in node)) continue;
    const tag = node.tagName;
    if (tag === 'meta') {
      const key = (
        attr(node, 'property') ??
        attr(node, 'name') ??
        attr(node, 'itemprop') ??
        ''
      ).toLowerCase();
      const content = attr(node, 'content');
      if (key !== '' && content !== null && !found.has(key)) found.set(key, content);
    } else if (tag === 'title' && !found.has('<title>')) found.set('<title>', textOf(node));
    else if (tag === 'time' && !found.has('<time>')) {
      const datetime = attr(node, 'datetime');
      if (datetime !== null) found.set('<time>', datetime);
    } else if (tag === 'script' && attr(node, 'type')?.toLowerCase() === 'application/ld+json') {
      fromJsonLd(textOf(node), found);
    }
    if (tag !== 'template')
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as P5Node);
  }
  const first = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = clean(found.get(key));
      if (value !== null) return value;
    }
    return null;
  };
  return {
    title: first('og:title', 'twitter:title', 'ld:headline', 'dc.title', 'headline'),
    author: first(
      'author',
      'article:author',
      'ld:author',
      'dc.creator',
      'byl',
      'parsely-author',
      'sailthru.author',
    ),
    date: isoDay(
      first(
        'article:published_time',
        'ld:date',
        'datepublished',
        'date',
        'pubdate',
        'publishdate',
        'dc.date',
        'dc.date.issued',
        'parsely-pub-date',
        '<time>',
      ),
    ),
    site: first('og:site_name', 'ld:publisher', 'application-name', 'publisher'),
    documentTitle: clean(found.get('<title>')),
  };
}
