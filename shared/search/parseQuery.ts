import { SEARCH_FILTER_KEYS } from './filters';
import { scanWords } from './tokenize';

/** Code-unit offsets of a clause in the query string, for feedback in the search box. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** A word to find: `Mazhilis`, or `de-bureaucratization` (parts "de", "bureaucratization", joined "debureaucratization"). */
export interface TermClause extends Span {
  readonly kind: 'term';
  readonly negated: boolean;
  /** Also match words that start with it: the word is still being typed, or ends in `*`. */
  readonly prefix: boolean;
  readonly text: string;
  /** Folded parts; more than one when the word is hyphenated or has an apostrophe. */
  readonly parts: readonly string[];
  /** The folded parts joined. */
  readonly joined: string;
}

/** Words to find next to each other: `"one nation"`, or a word with inner punctuation like `U.S.`. */
export interface PhraseClause extends Span {
  readonly kind: 'phrase';
  readonly negated: boolean;
  /** The last word may be incomplete (still typing, or `"…"*`). */
  readonly prefix: boolean;
  readonly text: string;
  readonly words: readonly string[];
}

/** `key:value` or `key:"quoted value"`; `-key:value` excludes. Keys are lower-cased, values as typed. */
export interface FilterClause extends Span {
  readonly kind: 'filter';
  readonly negated: boolean;
  readonly key: string;
  readonly value: string;
}

export type QueryClause = TermClause | PhraseClause | FilterClause;

export interface ParsedQuery {
  readonly clauses: readonly QueryClause[];
  /** Filters whose key is not among the known ones; they are left out of `clauses`. */
  readonly unknownFilters: readonly FilterClause[];
}

export interface ParseOptions {
  readonly filterKeys?: readonly string[];
}

const OPEN_QUOTES = '"“”„«»';
const CLOSE_QUOTES = '"“”«»';
const MINUS = '-−';
const SPACE = /\s/u;
const FILTER_KEY = /^([A-Za-z][A-Za-z_]*):(?=[^\s])/u;
const FILTER_KEY_ALONE = /^([A-Za-z][A-Za-z_]*):(?=\s|$)/u;

function isSpace(c: string): boolean {
  return SPACE.test(c);
}

/** Index of the closing quote for a quote opening at `at`, or the string's length when unterminated. */
function closingQuote(query: string, at: number): { end: number; closed: boolean } {
  for (let i = at + 1; i < query.length; i++) {
    if (CLOSE_QUOTES.includes(query.charAt(i))) return { end: i, closed: true };
  }
  return { end: query.length, closed: false };
}

/**
 * Parses what a reader types into the search box. Never throws: anything that is not a phrase, an
 * exclusion or a filter is words, and punctuation alone is ignored. The last word gets `prefix` while it
 * is being typed (no space after it yet), so results appear and stay stable as each letter arrives.
 */
export function parseQuery(query: string, options: ParseOptions = {}): ParsedQuery {
  const known = new Set(options.filterKeys ?? SEARCH_FILTER_KEYS);
  const clauses: QueryClause[] = [];
  const unknownFilters: FilterClause[] = [];
  const typing = query.length > 0 && !isSpace(query.charAt(query.length - 1));
  let i = 0;
  while (i < query.length) {
    while (i < query.length && isSpace(query.charAt(i))) i++;
    if (i >= query.length) break;
    const start = i;
    let negated = false;
    if (MINUS.includes(query.charAt(i)) && i + 1 < query.length && !isSpace(query.charAt(i + 1))) {
      negated = true;
      i++;
    }

    if (OPEN_QUOTES.includes(query.charAt(i))) {
      const { end, closed } = closingQuote(query, i);
      const text = query.slice(i + 1, end);
      i = closed ? end + 1 : end;
      const star = query.charAt(i) === '*';
      if (star) i++;
      const words = scanWords(text).flatMap((w) => w.parts.map((p) => p.folded));
      const prefix = !negated && (star || (!closed && typing && i === query.length));
      if (words.length > 0) clauses.push({ kind: 'phrase', negated, prefix, text, words, start, end: i });
      continue;
    }

    const filter = FILTER_KEY.exec(query.slice(i));
    if (filter) {
      const key = (filter[1] ?? '').toLowerCase();
      i += filter[0].length;
      let value: string;
      if (OPEN_QUOTES.includes(query.charAt(i))) {
        const { end, closed } = closingQuote(query, i);
        value = query.slice(i + 1, end);
        i = closed ? end + 1 : end;
      } else {
        const from = i;
        while (i < query.length && !isSpace(query.charAt(i))) i++;
        value = query.slice(from, i);
      }
      const clause: FilterClause = { kind: 'filter', negated, key, value: value.trim(), start, end: i };
      if (clause.value === '') continue;
      if (known.has(key)) clauses.push(clause);
      else unknownFilters.push(clause);
      continue;
    }

    // A known filter still waiting for its value (`source:` as typed) asks for nothing yet.
    const alone = FILTER_KEY_ALONE.exec(query.slice(i));
    if (alone && known.has((alone[1] ?? '').toLowerCase())) {
      i += alone[0].length;
      continue;
    }

    const from = i;
    while (i < query.length && !isSpace(query.charAt(i)) && !OPEN_QUOTES.includes(query.charAt(i))) i++;
    let text = query.slice(from, i);
    const star = text.endsWith('*');
    if (star) text = text.replace(/\*+$/u, '');
    const words = scanWords(text);
    const prefix = !negated && (star || (typing && i === query.length));
    const only = words.length === 1 ? words[0] : undefined;
    if (only) {
      const parts = only.parts.map((p) => p.folded);
      clauses.push({ kind: 'term', negated, prefix, text, parts, joined: only.folded, start, end: i });
    } else if (words.length > 1) {
      const phraseWords = words.flatMap((w) => w.parts.map((p) => p.folded));
      clauses.push({ kind: 'phrase', negated, prefix, text, words: phraseWords, start, end: i });
    }
  }
  return { clauses, unknownFilters };
}

/** True when the query asks for nothing: no words, phrases or filters. */
export function isEmptyQuery(parsed: ParsedQuery): boolean {
  return parsed.clauses.length === 0;
}
