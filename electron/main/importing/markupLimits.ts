/** Most tags read from one page, and deepest nesting: past either, the rest of the page is left out. */
export const MAX_TAGS = 100_000;
export const MAX_NESTING = 1_000;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);
/** Elements whose end tag may be left out, so their start tags say nothing about depth. */
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'rtc',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);
/** Their content is text up to their end tag, as the tokenizer reads it. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

const TAG = /<(\/?)([A-Za-z][^\s/>]*)[^>]*?(\/?)>/y;
/** Each raw-text element's end tag, found case-insensitively in place (lower-casing the page per tag was most of the scan). */
const END_TAGS = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/**
 * Cuts a page short before parsing when it holds more tags, or nests deeper, than any real page:
 * the HTML parser checks the whole stack of open elements for many start tags, so hostile nesting
 * would take it quadratic time. A quick scan, not a parser: it only has to bound the work.
 */
export function limitMarkup(html: string): { readonly html: string; readonly truncated: boolean } {
  let tags = 0;
  let depth = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    TAG.lastIndex = at;
    const match = TAG.exec(html);
    if (!match) continue;
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    if (++tags > MAX_TAGS) return { html: html.slice(0, at), truncated: true };
    if (!closing && RAW_TEXT.has(name)) {
      const endTag = END_TAGS.get(name);
      if (endTag) endTag.lastIndex = TAG.lastIndex;
      const end = endTag?.exec(html)?.index ?? -1;
      if (end < 0) break;
      at = end;
      continue;
    }
    if (VOID.has(name) || OPTIONAL_END.has(name) || match[3] === '/') continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_NESTING) return { html: html.slice(0, at), truncated: true };
    at = TAG.lastIndex - 1;
  }
  return { html, truncated: false };
}
