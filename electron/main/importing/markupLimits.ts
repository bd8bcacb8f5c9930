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

/** Start tags that close every open SVG and MathML element (the tree builder's "breakout" list). */
const BREAKS_OUT = new Set(
  (
    'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li ' +
    'listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var font'
  ).split(' '),
);

const TAG_NAME = /<(\/?)([A-Za-z][^\s/>]*)/y;
/** An end tag is one only when its name is followed by one of these (else `</scripts>` would end a script). */
const NAME_END = '(?=[\\t\\n\\f\\r />])';
/** Each raw-text element's end tag, found case-insensitively in place (lower-casing the page per tag was most of the scan). */
const END_TAGS = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}${NAME_END}`, 'gi')]));

/**
 * Raw-text elements whose content is never read (see dom.ts), emptied before parsing: on a news page
 * they are most of the bytes, and the tokenizer takes them a character at a time.
 */
const EMPTIED = new Set(['script', 'style']);
const LINKED_DATA = /ld\+json/iu;

/**
 * Where a tag that starts at `from` ends (just past its `>`), or -1. Quoted attribute values may hold
 * `>`; a quote elsewhere (`<a b"c>`) is part of a name, as the tokenizer reads it.
 */
function tagEnd(html: string, from: number): number {
  for (let at = from; at < html.length; at++) {
    const char = html.charCodeAt(at);
    if (char === 0x3e) return at + 1; // >
    if (char !== 0x3d) continue; // =
    let value = at + 1;
    while (/[\t\n\f\r ]/u.test(html.charAt(value))) value++;
    const quote = html.charAt(value);
    if (quote !== '"' && quote !== "'") continue;
    const close = html.indexOf(quote, value + 1);
    if (close < 0) return -1;
    at = close;
  }
  return -1;
}

const SCRIPT_MARKS = new RegExp(`(<!--)|(-->)|<(\\/?)script${NAME_END}`, 'gi');

/**
 * Where a script's text that starts at `from` ends (at its `</script>`), or -1: the tokenizer's script
 * data states, where `<!--` escapes the text, a `<script>` inside an escape nests it, and there
 * `</script>` only unnests it.
 */
function scriptEnd(html: string, from: number): number {
  let state: 'data' | 'escaped' | 'nested' = 'data';
  SCRIPT_MARKS.lastIndex = from;
  for (let mark = SCRIPT_MARKS.exec(html); mark; mark = SCRIPT_MARKS.exec(html)) {
    if (mark[1] !== undefined) {
      if (state === 'data') state = 'escaped';
      // Its dashes may also close it: `<!-->` and `<!--->` leave the text as it was.
      SCRIPT_MARKS.lastIndex = mark.index + 2;
    } else if (mark[2] !== undefined) state = 'data';
    else if (mark[3] === '/') {
      if (state !== 'nested') return mark.index;
      state = 'escaped';
    } else if (state === 'escaped') state = 'nested';
  }
  return -1;
}

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
 * would take it quadratic time. Empties scripts and styles on the way (EMPTIED), following the
 * tokenizer where it matters: comments, quoted attributes, script escapes, SVG and MathML (where
 * style and script hold markup) and what leaves them. A quick scan, not a parser: the fast-check
 * property in the test holds it to "parse5 reads the page the same with and without the emptying".
 */
export function limitMarkup(html: string): { readonly html: string; readonly truncated: boolean } {
  let tags = 0;
  let depth = 0;
  /** Open <svg> and <math> elements, as far as the scan can tell. */
  const foreign: string[] = [];
  const cuts: [number, number][] = [];
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    if (html.startsWith('<!--', at)) {
      // Tags inside a comment are text; `<!-->` and `<!--->` end where they start, as in the tokenizer.
      const end = html.indexOf('-->', at + 2);
      if (end < 0) break;
      at = end + 2;
      continue;
    }
    TAG_NAME.lastIndex = at;
    const match = TAG_NAME.exec(html);
    if (!match) continue;
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    const contentStart = tagEnd(html, TAG_NAME.lastIndex);
    if (contentStart < 0) break;
    if (++tags > MAX_TAGS) return { html: without(html.slice(0, at), cuts), truncated: true };
    // Everything after <plaintext> is text: nothing there is a tag, or ends it.
    if (!closing && name === 'plaintext') break;
    // In SVG and MathML, <style> and <script> are elements like any other: their content is markup.
    if (!closing && RAW_TEXT.has(name) && foreign.length === 0) {
      let end = -1;
      if (name === 'script') end = scriptEnd(html, contentStart);
      else {
        const endTag = END_TAGS.get(name);
        if (endTag) endTag.lastIndex = contentStart;
        end = endTag?.exec(html)?.index ?? -1;
      }
      if (end < 0) break;
      // JSON-LD is read for the page's metadata (htmlMetadata.ts).
      const data = name === 'script' && LINKED_DATA.test(html.slice(at, contentStart));
      if (EMPTIED.has(name) && !data) cuts.push([contentStart, end]);
      at = end;
      continue;
    }
    // Past the whole tag: a `<` in an attribute value is not a tag.
    at = contentStart - 1;
    if (name === 'svg' || name === 'math') {
      if (!closing && html.charAt(contentStart - 2) !== '/') foreign.push(name);
      else if (closing && foreign.includes(name)) foreign.length = foreign.lastIndexOf(name);
    } else if (foreign.length > 0 && (closing ? name === 'p' || name === 'br' : BREAKS_OUT.has(name))) {
      foreign.length = 0;
    }
    if (VOID.has(name) || OPTIONAL_END.has(name) || html.charAt(contentStart - 2) === '/') continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_NESTING) return { html: without(html.slice(0, at), cuts), truncated: true };
  }
  return { html: without(html, cuts), truncated: false };
}
