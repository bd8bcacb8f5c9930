import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { buildDocument, sharedDom } from './dom';
import { limitMarkup } from './markupLimits';
import { forgetNodeIterators } from './nodeIterators';

/** Text-bearing elements only; no attribute at all survives (so no handler, URL or style). */
const ALLOWED_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'caption',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'pre',
  'code',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'q',
  'cite',
  'abbr',
  'time',
  'span',
  'a',
  'br',
  'div',
  'section',
  'article',
  'figure',
  'header',
  'footer',
  'main',
  'aside',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'hr',
  'address',
  'details',
  'summary',
];

/** DOMPurify over a node of the shared jsdom window, with the allowlist above, in place (no copy). */
export function sanitizeNode(node: Node): Node {
  let root = node;
  // DOMPurify refuses a root it would remove (a <body>), so the children move into a <div>.
  if (node.nodeName === 'BODY' && node.ownerDocument) {
    root = node.ownerDocument.createElement('div');
    while (node.firstChild) root.appendChild(node.firstChild);
  }
  try {
    return sharedDom().purify.sanitize(root, {
      ALLOWED_TAGS,
      ALLOWED_ATTR: [],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      KEEP_CONTENT: true,
      IN_PLACE: true,
    });
  } finally {
    if (root.ownerDocument) forgetNodeIterators(root.ownerDocument);
  }
}

/** A page parsed by parse5 with scripting off (so `<noscript>` is markup), cut short first if it is absurdly large. */
export function parseHtmlTree(html: string): {
  tree: DefaultTreeAdapterMap['document'];
  body: DefaultTreeAdapterMap['parentNode'] | null;
  truncated: boolean;
} {
  const limited = limitMarkup(html);
  const tree = parse(limited.html, { scriptingEnabled: false });
  const root = tree.childNodes.find((n) => n.nodeName === 'html');
  const body =
    root && 'childNodes' in root ? (root.childNodes.find((n) => n.nodeName === 'body') ?? null) : null;
  return { tree, body: body && 'childNodes' in body ? body : null, truncated: limited.truncated };
}

/** parseHtmlTree's body in the shared jsdom document. */
export function parseHtml(html: string): {
  tree: DefaultTreeAdapterMap['document'];
  document: Document;
  truncated: boolean;
} {
  const { tree, body, truncated } = parseHtmlTree(html);
  const stats = { truncated: false };
  const document = buildDocument(body, '', stats);
  return { tree, document, truncated: truncated || stats.truncated };
}
