import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, codePointLength } from '../../../shared/text/canonical';
import { findMatches, firstMatchFrom, matchCountLabel, stepMatch } from './findMatches';

/** Blocks laid out as the canonical text lays them out. */
function blocks(...texts: string[]) {
  let start = 0;
  return texts.map((text) => {
    const block = { text, start };
    start += codePointLength(text) + codePointLength(BLOCK_SEPARATOR);
    return block;
  });
}

const article = blocks(
  'However, real de-bureaucratization is yet to take place, he noted.',
  'Debureaucratization – and “one nation” – were Tokayev’s words.',
  '😀 The Mazhilis met. ÉLECTIONS to the MAZHILIS follow.',
);
const canonical = article.map((b) => b.text).join(BLOCK_SEPARATOR);
const found = (query: string) =>
  findMatches(article, query).map(([s, e]) => Array.from(canonical).slice(s, e).join(''));

describe('findMatches', () => {
  it('finds a compound with or without its hyphen, in any case', () => {
    expect(found('debureaucratization ')).toEqual(['de-bureaucratization', 'Debureaucratization']);
    expect(found('De-Bureaucratization ')).toEqual(['de-bureaucratization', 'Debureaucratization']);
  });

  it('matches the word being typed as a prefix', () => {
    expect(found('de-bureau')).toEqual(['de-bureaucratization', 'Debureaucratization']);
    expect(found('real de-bur')).toEqual(['real de-bureaucratization']);
    expect(found('mazh')).toEqual(['Mazhilis', 'MAZHILIS']);
  });

  it('folds diacritics, quotes and apostrophes', () => {
    expect(found('elections ')).toEqual(['ÉLECTIONS']);
    expect(found('"one nation"')).toEqual(['one nation']);
    expect(found("tokayev's ")).toEqual(['Tokayev’s']);
  });

  it('gives canonical offsets past astral characters and block separators', () => {
    const [first] = findMatches(article, 'mazhilis ');
    const third = article[2];
    expect(first?.[0]).toBe((third?.start ?? 0) + 6);
  });

  it('finds several words as the phrase typed, never across two blocks', () => {
    expect(found('one nation')).toEqual(['one nation']);
    expect(found('real de-bureaucratization is ')).toEqual(['real de-bureaucratization is']);
    expect(found('he noted debureaucratization')).toEqual([]);
  });

  it('has no search syntax: a minus or a colon is punctuation', () => {
    expect(found('-mazhilis ')).toEqual(['Mazhilis', 'MAZHILIS']);
    expect(found('place, he')).toEqual(['place, he']);
  });

  it('finds nothing for nothing', () => {
    expect(findMatches(article, '')).toEqual([]);
    expect(findMatches(article, '  – ')).toEqual([]);
  });
});

describe('stepMatch', () => {
  it('moves on and back, wrapping around', () => {
    expect(stepMatch(3, 0, 1)).toBe(1);
    expect(stepMatch(3, 2, 1)).toBe(0);
    expect(stepMatch(3, 0, -1)).toBe(2);
    expect(stepMatch(3, -1, 1)).toBe(0);
    expect(stepMatch(3, -1, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
});

describe('firstMatchFrom', () => {
  const matches = [
    [10, 14],
    [40, 44],
    [90, 95],
  ] as const;
  it('starts at the first match on screen, wrapping to the top past the last', () => {
    expect(firstMatchFrom(matches, 0)).toBe(0);
    expect(firstMatchFrom(matches, 10)).toBe(0);
    expect(firstMatchFrom(matches, 11)).toBe(1);
    expect(firstMatchFrom(matches, 91)).toBe(0);
    expect(firstMatchFrom([], 5)).toBe(-1);
  });
});

describe('matchCountLabel', () => {
  it('counts from one, says when nothing matched and is blank before typing', () => {
    expect(matchCountLabel(12, 2, 'senate')).toBe('3 of 12');
    expect(matchCountLabel(0, -1, 'xyzzy')).toBe('No matches');
    expect(matchCountLabel(0, -1, ' ')).toBe('');
  });
});
