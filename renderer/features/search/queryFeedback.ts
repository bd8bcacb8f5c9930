import type { IgnoredFilter, SearchExpansion } from '../../../shared/model/search';
import { SEARCH_FILTER_KEYS } from '../../../shared/search/filters';
import { scanWords } from '../../../shared/search/tokenize';

/** A word the search read as another: "Tokaev" searched as "Tokayev". */
export interface Correction {
  readonly typed: string;
  /** The likeliest reading first; at most two. */
  readonly shown: readonly string[];
}

/** A word found as typed and also under other spellings: "Majilis", also "Mazhilis". */
export interface Variant {
  readonly typed: string;
  readonly also: readonly string[];
}

export interface QueryFeedback {
  readonly corrections: readonly Correction[];
  readonly variants: readonly Variant[];
  /** Words nothing in the library resembles. */
  readonly unknown: readonly string[];
  /** Filters left out, and why in words. */
  readonly ignored: readonly { readonly filter: string; readonly why: string }[];
}

const SHOWN = 2;

/** Indexed terms are folded (lower case, no accents): give them the typed word's capital, if it had one. */
function likeTyped(typed: string, term: string): string {
  const first = typed.codePointAt(0);
  if (first === undefined) return term;
  const initial = String.fromCodePoint(first);
  return initial !== initial.toLowerCase() ? term.charAt(0).toUpperCase() + term.slice(1) : term;
}

/**
 * What to tell the reader about how the search read the query, from a page's `expansions` and
 * `ignoredFilters`: words corrected, words also found under other spellings, words unknown, filters
 * ignored. Completions of the word being typed, the word's own hyphenated parts and phrases are how the
 * search works, not news, so they are left out.
 */
export function queryFeedback(
  expansions: readonly SearchExpansion[],
  ignoredFilters: readonly IgnoredFilter[],
): QueryFeedback {
  const corrections: Correction[] = [];
  const variants: Variant[] = [];
  const unknown: string[] = [];
  for (const { term, matches, prefix } of expansions) {
    const words = scanWords(term);
    // A phrase ("one nation") is searched as written.
    if (words.length !== 1) continue;
    const [word] = words;
    if (!word) continue;
    if (matches.length === 0) {
      unknown.push(term);
      continue;
    }
    const folded = word.folded;
    const parts = new Set(word.parts.map((p) => p.folded));
    const asTyped = (m: string): boolean => m === folded || (prefix && m.startsWith(folded));
    const others = matches.filter(
      (m) => !m.endsWith('*') && !m.includes(' ') && !asTyped(m) && !parts.has(m),
    );
    const shown = others.slice(0, SHOWN).map((m) => likeTyped(term, m));
    if (shown.length === 0) continue;
    if (matches.some(asTyped)) variants.push({ typed: term, also: shown });
    else corrections.push({ typed: term, shown });
  }
  const ignored = ignoredFilters.map(({ filter, reason }) => {
    const key = filter.slice(0, Math.max(0, filter.indexOf(':'))).toLowerCase();
    const known = (SEARCH_FILTER_KEYS as readonly string[]).includes(key);
    const why =
      reason === 'invalid' || known
        ? 'a value this filter cannot read'
        : `no such filter; try ${SEARCH_FILTER_KEYS.map((k) => `${k}:`).join(' ')}`;
    return { filter, why };
  });
  return { corrections, variants, unknown, ignored };
}

/** True when nothing needs saying. */
export function isQuiet(feedback: QueryFeedback): boolean {
  return (
    feedback.corrections.length === 0 &&
    feedback.variants.length === 0 &&
    feedback.unknown.length === 0 &&
    feedback.ignored.length === 0
  );
}
