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
 * Raw-text elements whose content is never read (see dom.ts), emptied before parsing: on a news page
 * they are most of the bytes, and the tokenizer takes them a character at a time.
 */
const EMPTIED = new Set(['script', 'style']);
/** A script holding this may be in the tokenizer's escaped states, where `</script>` need not end it. */
const SCRIPT_ESCAPE = '<!--';
const LINKED_DATA = /ld\+json/iu;

/** `html` without the [start, end) spans of `cuts` (in order, not overlapping). */
function without(html: string, cuts: readonly (readonly [number, number])[]): string {
  if (cuts.length === 0) return html;
  let kept = '';
  let from = 0;
  for (const [start, end] of cuts) {
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}

/**
 * Cuts a page short before parsing when it holds more tags, or nests deeper, than any real page:
 * the HTML parser checks the whole stack of open elements for many start tags, so hostile nesting
 * would take it quadratic time. Empties scripts and styles on the way (EMPTIED). A quick scan, not a
 * parser: it only bounds the work and drops what is dropped anyway, so where it misreads a page the
 * page reads the same or loses only markup the parser would have dropped.
 */
export function limitMarkup(html: string): { readonly html: string; readonly truncated: boolean } {
  let tags = 0;
  let depth = 0;
  const cuts: [number, number][] = [];
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    if (html.startsWith('<!--', at)) {
      // Tags inside a comment are text; `<!-->` and `<!--->` end where they start, as in the tokenizer.
      const end = html.indexOf('-->', at + 2);
      if (end < 0) break;
      at = end + 2;
      continue;
    }
    TAG.lastIndex = at;
    const match = TAG.exec(html);
    if (!match) continue;
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    if (++tags > MAX_TAGS) return { html: without(html.slice(0, at), cuts), truncated: true };
    if (!closing && RAW_TEXT.has(name)) {
      const endTag = END_TAGS.get(name);
      if (endTag) endTag.lastIndex = TAG.lastIndex;
      const end = endTag?.exec(html)?.index ?? -1;
      if (end < 0) break;
      const escaped = name === 'script' && html.lastIndexOf(SCRIPT_ESCAPE, end) >= TAG.lastIndex;
      // JSON-LD is read for the page's metadata (htmlMetadata.ts).
      const data = name === 'script' && LINKED_DATA.test(match[0]);
      if (EMPTIED.has(name) && !escaped && !data) cuts.push([TAG.lastIndex, end]);
      at = end;
      continue;
    }
    if (VOID.has(name) || OPTIONAL_END.has(name) || match[3] === '/') continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_NESTING) return { html: without(html.slice(0, at), cuts), truncated: true };
    at = TAG.lastIndex - 1;
  }
  return { html: without(html, cuts), truncated: false };
}
