import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/model/search';
import { mergeSpans, searchTarget } from './searchTarget';

const hit: SearchHit = {
  articleId: 'a',
  title: 'Upcoming elections to the Mazhilis',
  source: 'The Astana Times',
  publishedAt: '2023-01-26',
  score: 200,
  tier: 1,
  titleRanges: [[26, 34]],
  passages: [
    {
      blockIndex: 11,
      start: 1968,
      end: 2158,
      snippet: '…',
      ranges: [
        [44, 52],
        [61, 71],
      ],
    },
  ],
};

describe('searchTarget', () => {
  it('turns a passage’s marks into canonical offsets', () => {
    const target = searchTarget(
      hit,
      0,
      [{ term: 'Majilis', matches: ['majilis', 'mazhilis'], prefix: false }],
      7,
    );
    expect(target).toEqual({
      articleId: 'a',
      focus: { start: 1968, end: 2158 },
      marks: [
        [2012, 2020],
        [2029, 2039],
      ],
      patterns: [
        { words: ['majilis'], prefix: false },
        { words: ['mazhilis'], prefix: false },
      ],
      id: 7,
    });
  });

  it('opens at the top for the title, still marking what matched', () => {
    const target = searchTarget(hit, null, [{ term: 'maz', matches: ['mazhilis*'], prefix: true }], 1);
    expect(target.focus).toBeNull();
    expect(target.marks).toEqual([]);
    expect(target.patterns).toEqual([{ words: ['mazhilis'], prefix: true }]);
  });
});

describe('mergeSpans', () => {
  it('sorts and merges overlapping and touching ranges, dropping empty ones', () => {
    expect(
      mergeSpans([
        [10, 12],
        [0, 4],
        [3, 6],
        [12, 15],
        [20, 20],
      ]),
    ).toEqual([
      [0, 6],
      [10, 15],
    ]);
  });
});
