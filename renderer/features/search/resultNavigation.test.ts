import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/model/search';
import { keepActive, moveActive, resultItems, type ResultMove } from './resultNavigation';

function hit(articleId: string, passages: number): SearchHit {
  return {
    articleId,
    title: articleId,
    source: null,
    publishedAt: null,
    score: 300,
    tier: 0,
    titleRanges: [],
    passages: Array.from({ length: passages }, (_, i) => ({
      blockIndex: i,
      start: i * 100,
      end: i * 100 + 50,
      snippet: 'x',
      ranges: [],
    })),
  };
}

// a: title, 2 passages; b: title only; c: title, 1 passage.
const items = resultItems([hit('a', 2), hit('b', 0), hit('c', 1)]);
const keys = items.map((i) => i.key);

describe('resultItems', () => {
  it('lists each article’s title, then its passages, in rank order', () => {
    expect(keys).toEqual(['a', 'a#0', 'a#100', 'b', 'c', 'c#0']);
    expect(items[2]).toEqual({ key: 'a#100', hitIndex: 0, passageIndex: 1 });
    expect(items[3]).toEqual({ key: 'b', hitIndex: 1, passageIndex: null });
  });

  it('is empty without hits', () => {
    expect(resultItems([])).toEqual([]);
  });
});

describe('moveActive', () => {
  const at = (current: number, ...moves: ResultMove[]) =>
    keys[moves.reduce((i, move) => moveActive(items, i, move), current)];

  it('steps through titles and passages alike, stopping at the ends', () => {
    expect(at(0, 'next')).toBe('a#0');
    expect(at(0, 'next', 'next', 'next')).toBe('b');
    expect(at(5, 'next')).toBe('c#0');
    expect(at(0, 'previous')).toBe('a');
    expect(at(3, 'previous')).toBe('a#100');
  });

  it('starts at the first option from none', () => {
    expect(at(-1, 'next')).toBe('a');
    expect(at(-1, 'previous')).toBe('a');
    expect(at(-1, 'nextArticle')).toBe('a');
  });

  it('jumps between articles', () => {
    expect(at(0, 'nextArticle')).toBe('b');
    expect(at(1, 'nextArticle')).toBe('b');
    expect(at(3, 'nextArticle')).toBe('c');
    expect(at(5, 'nextArticle')).toBe('c#0');
    expect(at(5, 'previousArticle')).toBe('c');
    expect(at(4, 'previousArticle')).toBe('b');
    expect(at(3, 'previousArticle')).toBe('a');
    expect(at(0, 'previousArticle')).toBe('a');
  });

  it('goes to the first and last option', () => {
    expect(at(3, 'first')).toBe('a');
    expect(at(0, 'last')).toBe('c#0');
  });

  it('has nothing to move through without results', () => {
    expect(moveActive([], 3, 'next')).toBe(-1);
  });

  it('copes with an index past the end (results shrank)', () => {
    expect(at(40, 'previous')).toBe('c');
  });
});

describe('keepActive', () => {
  it('keeps the same option when it is still listed, else starts over', () => {
    expect(keepActive(items, 'c')).toBe(4);
    expect(keepActive(items, 'gone')).toBe(0);
    expect(keepActive(items, null)).toBe(0);
    expect(keepActive([], 'c')).toBe(-1);
  });
});
