import { describe, expect, it } from 'vitest';
import { markedSegments, snippetCuts } from './markedSegments';

const marked = (text: string, ranges: [number, number][]) =>
  markedSegments(text, ranges)
    .map((s) => (s.marked ? `[${s.text}]` : s.text))
    .join('');

describe('markedSegments', () => {
  it('cuts the text into plain and marked runs', () => {
    expect(
      markedSegments('the Mazhilis and the Senate', [
        [4, 12],
        [21, 27],
      ]),
    ).toEqual([
      { text: 'the ', marked: false },
      { text: 'Mazhilis', marked: true },
      { text: ' and the ', marked: false },
      { text: 'Senate', marked: true },
    ]);
  });

  it('returns the whole text unmarked without ranges, and nothing for no text', () => {
    expect(markedSegments('Astana', [])).toEqual([{ text: 'Astana', marked: false }]);
    expect(markedSegments('', [[0, 3]])).toEqual([]);
  });

  it('counts code points, as search offsets do', () => {
    expect(marked('😀 Tokayev 😀 said', [[2, 9]])).toBe('😀 [Tokayev] 😀 said');
    expect(marked('𝒜𝒷 ab', [[0, 2]])).toBe('[𝒜𝒷] ab');
  });

  it('sorts, merges and clips ranges it cannot trust', () => {
    expect(
      marked('one nation', [
        [4, 10],
        [0, 3],
      ]),
    ).toBe('[one] [nation]');
    expect(
      marked('one nation', [
        [0, 5],
        [2, 7],
      ]),
    ).toBe('[one nat]ion');
    expect(
      marked('one nation', [
        [0, 3],
        [3, 4],
      ]),
    ).toBe('[one ]nation');
    expect(
      marked('one', [
        [1, 40],
        [-5, 1],
      ]),
    ).toBe('[one]');
    expect(
      marked('one', [
        [2, 2],
        [3, 1],
      ]),
    ).toBe('one');
  });

  it('marks a match at the very start and the very end', () => {
    expect(marked('Senate', [[0, 6]])).toBe('[Senate]');
  });
});

describe('snippetCuts', () => {
  it.each([
    ['The President said the Majilis election will be final.', false, false],
    ['recently launched election campaign for the Mazhilis and the', true, true],
    ['“One nation” – said the President', false, true],
    ['2023 was the year of reforms!', false, false],
    ['of the Parliament of the eighth convocation on March 29, outlining priorities.', true, false],
  ])('%s', (snippet, before, after) => {
    expect(snippetCuts(snippet)).toEqual({ before, after });
  });
});
