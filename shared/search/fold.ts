/**
 * Folding: the one definition of when two spellings of a word are "the same" for search. The index,
 * the query and the highlighter all fold through here, so they can never disagree.
 *
 * A folded word is lower case, NFC, without diacritics on Latin, Greek and Cyrillic letters (é→e,
 * ё→е), with a few letters spelled out (ß→ss, æ→ae, ø→o…), and with every character removed that is
 * not a letter, digit or mark (soft hyphens, zero-width joiners, fraction slashes after NFKD…).
 */

const ASCII_WORD = /^[A-Za-z0-9]*$/;
const MARKS_ON_LGC = /(\p{Script=Latin}|\p{Script=Greek}|\p{Script=Cyrillic})\p{Mn}+/gu;
const NOT_WORD_CHAR = /[^\p{L}\p{N}\p{M}\p{Co}]/gu;
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ς: 'σ',
};
const SPELLED_OUT_CHARS = new RegExp(`[${Object.keys(SPELLED_OUT).join('')}]`, 'gu');

/** Folds are cached: text is Zipfian, so a few thousand distinct non-ASCII words cover most tokens. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Folds one word (or any string: characters that are not letters, digits or marks are dropped). */
export function foldWord(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const folded = word
    .normalize('NFKD')
    .toLowerCase()
    .replace(MARKS_ON_LGC, '$1')
    .replace(SPELLED_OUT_CHARS, (c) => SPELLED_OUT[c] ?? c)
    .replace(NOT_WORD_CHAR, '')
    .normalize('NFC');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, folded);
  return folded;
}
