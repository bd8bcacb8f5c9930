import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForIndex, foldForIndexSlowly, scanWords } from './tokenize';

/** What FTS5's `ascii` tokenizer makes of a string (it splits at ASCII non-alphanumerics, lower-cases ASCII). */
function asciiTokens(value: string): string[] {
  return (
    value
      // eslint-disable-next-line no-control-regex -- the ascii tokenizer's separators
      .split(/[\u0000-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007F]+/u)
      .filter((t) => t !== '')
      .map((t) => t.replace(/[A-Z]+/gu, (s) => s.toLowerCase()))
  );
}

describe('scanWords', () => {
  it('splits compounds into parts and joins them', () => {
    const [word] = scanWords('de-bureaucratization');
    expect(word?.folded).toBe('debureaucratization');
    expect(word?.parts.map((p) => [p.folded, p.start, p.end])).toEqual([
      ['de', 0, 2],
      ['bureaucratization', 3, 20],
    ]);
  });

  it('treats curly and straight apostrophes alike and ignores soft hyphens', () => {
    expect(scanWords('Tokayev’s').map((w) => w.folded)).toEqual(['tokayevs']);
    expect(scanWords("Tokayev's").map((w) => w.folded)).toEqual(['tokayevs']);
    expect(scanWords('bureau\u00ADcracy').map((w) => [w.folded, w.start, w.end])).toEqual([
      ['bureaucracy', 0, 12],
    ]);
  });

  it('separates words at dashes, quotes and punctuation', () => {
    expect(scanWords('“one nation” – ASTANA, 2023…').map((w) => w.folded)).toEqual([
      'one',
      'nation',
      'astana',
      '2023',
    ]);
  });

  it('counts offsets in code points', () => {
    const text = '😀 Mazhilis 😀 maslikhats';
    const words = scanWords(text);
    expect(words.map((w) => [w.start, w.end])).toEqual([
      [2, 10],
      [13, 23],
    ]);
    expect(Array.from(text).slice(13, 23).join('')).toBe('maslikhats');
  });
});

const ALPHABET = [
  'a',
  'b',
  'Z',
  'é',
  'ё',
  'ß',
  '1',
  ' ',
  '-',
  "'",
  '’',
  '‐',
  '\u00AD',
  '“',
  '”',
  '–',
  '—',
  '.',
  ',',
  '…',
  '\u00A0',
  '😀',
  'Ω',
  'x',
];

describe('foldForIndex', () => {
  it('agrees with the reference folding on runs of joiners (a case fast-check found)', () => {
    for (const text of ["a'\u00AD-a", "a'-a", 'a--b', "x-'y z"]) {
      expect(foldForIndex(text)).toEqual(foldForIndexSlowly(text));
    }
  });

  it('yields exactly the tokens of the word-by-word folding', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const fast = foldForIndex(text);
        const slow = foldForIndexSlowly(text);
        expect(asciiTokens(fast.words)).toEqual(asciiTokens(slow.words));
        expect(asciiTokens(fast.compounds)).toEqual(asciiTokens(slow.compounds));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps hyphenated parts as words and adds the joined compound', () => {
    const folded = foldForIndex('The de-bureaucratization of Kassym-Jomart’s office');
    expect(asciiTokens(folded.words)).toEqual([
      'the',
      'de',
      'bureaucratization',
      'of',
      'kassym',
      'jomart',
      's',
      'office',
    ]);
    expect(asciiTokens(folded.compounds)).toEqual(['debureaucratization', 'kassymjomarts']);
  });
});
