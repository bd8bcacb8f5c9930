import { foldWord } from './fold';

/**
 * Words as search sees them. A word is a run of letters, digits and marks (soft hyphens and zero-width
 * joiners inside it are ignored); in-word hyphens and apostrophes join parts into one compound word:
 * "de-bureaucratization" is the parts "de" + "bureaucratization" and the compound "debureaucratization",
 * "Tokayev’s" is "tokayev" + "s" and "tokayevs". The index stores the parts in order (so phrases work)
 * and the joined compounds beside them (so the unhyphenated spelling finds the hyphenated one).
 */
// The zero-width joiner stands outside the class: inside one it reads as joining its neighbours.
const WORD_CHAR = '(?:[\\p{L}\\p{N}\\p{M}\\p{Co}\\u00AD\\u200C\\u2060]|\\u200D)';
const JOINER_CHAR = "['’ʼ\\-\\u2010\\u2011]";
const WORD = new RegExp(`${WORD_CHAR}+(?:${JOINER_CHAR}${WORD_CHAR}+)*`, 'gu');
const JOINER = new RegExp(JOINER_CHAR, 'u');
const SURROGATE = /[\uD800-\uDFFF]/;

export interface WordPart {
  /** Code-point offsets in the scanned text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

export interface Word {
  readonly start: number;
  readonly end: number;
  /** The folded parts joined: what a query typed without hyphens or apostrophes folds to. */
  readonly folded: string;
  readonly parts: readonly WordPart[];
}

/** The code-point offset of UTF-16 offset `unit`, counting on from a known pair (unitFrom, pointFrom). */
function advance(text: string, unitFrom: number, pointFrom: number, unit: number): number {
  let point = pointFrom;
  for (let i = unitFrom; i < unit; i++, point++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < unit) i++;
  }
  return point;
}

/** Every word of `text` with code-point offsets, for highlighting and passage search. */
export function scanWords(text: string): Word[] {
  const words: Word[] = [];
  const astral = SURROGATE.test(text);
  let unitAt = 0;
  let pointAt = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const base = m.index;
    if (astral) {
      pointAt = advance(text, unitAt, pointAt, base);
      unitAt = base;
    }
    const start = astral ? pointAt : base;
    if (!JOINER.test(raw)) {
      const folded = foldWord(raw);
      if (folded === '') continue;
      const end = astral ? advance(text, base, start, base + raw.length) : base + raw.length;
      words.push({ start, end, folded, parts: [{ start, end, folded }] });
      continue;
    }
    const parts: WordPart[] = [];
    let from = 0;
    for (let i = 0; i <= raw.length; i++) {
      if (i < raw.length && !JOINER.test(raw.charAt(i))) continue;
      const folded = foldWord(raw.slice(from, i));
      if (folded !== '') {
        const partStart = astral ? advance(text, base, start, base + from) : base + from;
        const partEnd = astral ? advance(text, base, start, base + i) : base + i;
        parts.push({ start: partStart, end: partEnd, folded });
      }
      from = i + 1;
    }
    if (parts.length === 0) continue;
    const end = astral ? advance(text, base, start, base + raw.length) : base + raw.length;
    words.push({ start, end, folded: parts.map((p) => p.folded).join(''), parts });
  }
  return words;
}

/** What the index stores for a text: its folded parts in reading order, and its multi-part compounds, space-separated. */
export interface IndexText {
  readonly words: string;
  readonly compounds: string;
}

/** The general path of foldForIndex: any script. */
export function foldForIndexSlowly(text: string): IndexText {
  const words: string[] = [];
  const compounds: string[] = [];
  for (const word of scanWords(text)) {
    for (const part of word.parts) words.push(part.folded);
    if (word.parts.length > 1) compounds.push(word.folded);
  }
  return { words: words.join(' '), compounds: compounds.join(' ') };
}

// Typography with an ASCII equivalent: apostrophes and hyphens join, quotes, dashes and spaces separate,
// invisible joiners vanish. A text that is ASCII after this takes the fast path below.
const TYPOGRAPHY =
  /[\u2018\u2019\u02BC\u2010\u2011\u00AD\u200C\u2060\u00A0\u2000-\u200B\u2012-\u2015\u201C-\u201F\u2026\u00AB\u00BB\u202F]|\u200D/gu;
const TYPOGRAPHY_ASCII: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u00AD': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
};
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
const NON_ASCII = /[^\u0000-\u007F]/;
const ASCII_JOINED = /[A-Za-z0-9]['-][A-Za-z0-9]/g;
const ASCII_JOINERS = /['-]/g;
const ASCII_JOINER_RUN = /['-]{2}/;

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The hyphen/apostrophe compounds of an ASCII text, joined and lower-cased, space-separated. */
function asciiCompounds(text: string): string {
  const found: string[] = [];
  ASCII_JOINED.lastIndex = 0;
  for (let m = ASCII_JOINED.exec(text); m !== null; m = ASCII_JOINED.exec(text)) {
    // The leftmost joiner of a chain is found first, so only the right end needs extending.
    let start = m.index;
    while (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
    let end = m.index + 2;
    for (;;) {
      while (end < text.length && isAsciiWordChar(text.charCodeAt(end))) end++;
      const joiner = text.charAt(end);
      if ((joiner === '-' || joiner === "'") && isAsciiWordChar(text.charCodeAt(end + 1))) end++;
      else break;
    }
    found.push(text.slice(start, end).replace(ASCII_JOINERS, '').toLowerCase());
    ASCII_JOINED.lastIndex = end;
  }
  return found.join(' ');
}

/**
 * Folds a text for the index, whose `ascii` tokenizer splits at every ASCII character that is not a
 * letter or digit and lower-cases ASCII. Text that is ASCII once its typography is mapped (nearly all
 * news in Latin script) therefore goes in as it is, and only its compounds are extracted: indexing sees
 * every word of the library, so it must not fold word by word. Other text is folded word by word.
 * A property test holds both paths to the same tokens.
 */
export function foldForIndex(text: string): IndexText {
  let ascii = text;
  if (NON_ASCII.test(ascii)) {
    ascii = ascii.replace(TYPOGRAPHY, (c) => TYPOGRAPHY_ASCII[c] ?? ' ');
    if (NON_ASCII.test(ascii)) return foldForIndexSlowly(text);
  }
  // Runs of joiners ("a'-b", "a--b") are rare and subtle; the reference folding decides them.
  if (ASCII_JOINER_RUN.test(ascii)) return foldForIndexSlowly(text);
  return { words: ascii, compounds: asciiCompounds(ascii) };
}
