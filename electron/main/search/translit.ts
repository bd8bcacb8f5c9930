/**
 * A phonetic key for romanized Russian and Kazakh names: spellings an editor would call the same name
 * get the same key, so `Majilis` finds "Mazhilis" (two edits apart) and `Tokaev` finds "Tokayev".
 * Applied to the query word and to every vocabulary term. On a folded word, in order:
 *   consonant digraphs  dzh, zh, dj → j · kh → h · ph → f · ts, tz → c · q → k
 *   y → i, then doubled letters → one (Kassym / Kasym, Mariya / Maria, Dmitriy / Dmitri)
 *   ie → e (so Tokayev, Tokaev and Tokaiev, Aliyev and Aliev agree)
 * Keys are deliberately coarse; a key match ranks with the one-typo matches, below every exact match.
 */
const CONSONANTS = /dzh|zh|dj|kh|ph|ts|tz|q/gu;
const CONSONANT_KEYS: Readonly<Record<string, string>> = {
  dzh: 'j',
  zh: 'j',
  dj: 'j',
  kh: 'h',
  ph: 'f',
  ts: 'c',
  tz: 'c',
  q: 'k',
};
const DOUBLED = /(\p{L})\1+/gu;
const MAY_CHANGE = /[zdkptqy]|ie|(\p{L})\1/u;

export function translitKey(folded: string): string {
  if (!MAY_CHANGE.test(folded)) return folded;
  return folded
    .replace(CONSONANTS, (m) => CONSONANT_KEYS[m] ?? m)
    .replaceAll('y', 'i')
    .replace(DOUBLED, '$1')
    .replaceAll('ie', 'e')
    .replace(DOUBLED, '$1');
}
