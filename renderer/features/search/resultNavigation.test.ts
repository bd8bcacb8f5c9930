import { describe, expect, it } from 'vitest';
import type { AnnotationSearchHit, SearchHit } from '../../../shared/model/search';
import { ANNOTATION_GROUP, keepActive, moveActive, resultItems, type ResultMove } from './resultNavigation';
import { annotationTarget } from './searchTarget';

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

function note(annotationId: string, anchor: AnnotationSearchHit['anchor'] = 'exact'): AnnotationSearchHit {
  const excerpt = { text: 'x', cutBefore: false, cutAfter: false, ranges: [] };
  return {
    annotationId,
    articleId: 'a',
    articleTitle: 'A',
    color: 'yellow',
    colorName: 'Yellow',
    style: 'highlight',
    tags: [],
    anchor,
    start: 10,
    end: 20,
    quote: excerpt,
    note: excerpt,
    tier: 0,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('highlights and notes among the results', () => {
  const mixed = resultItems([hit('a', 1), hit('b', 0)], [note('n1'), note('n2')]);

  it('come first, as one group, each an option of its own', () => {
    expect(mixed.map((i) => i.key)).toEqual(['annotation:n1', 'annotation:n2', 'a', 'a#0', 'b']);
    expect(mixed.slice(0, 2).map((i) => [i.hitIndex, i.annotationIndex])).toEqual([
      [ANNOTATION_GROUP, 0],
      [ANNOTATION_GROUP, 1],
    ]);
    expect(mixed[2]?.annotationIndex).toBeUndefined();
  });

  it('are walked like an article group: PageDown leaves them, PageUp comes back to the first', () => {
    expect(moveActive(mixed, 0, 'nextArticle')).toBe(2);
    expect(moveActive(mixed, 1, 'next')).toBe(2);
    expect(moveActive(mixed, 2, 'previousArticle')).toBe(0);
    expect(keepActive(mixed, 'annotation:n2')).toBe(1);
  });

  it('open the article at the highlight, or at the top for an orphan', () => {
    expect(annotationTarget(note('n1'), 7)).toEqual({
      articleId: 'a',
      focus: { start: 10, end: 20 },
      marks: [],
      patterns: [],
      id: 7,
      annotationId: 'n1',
    });
    expect(annotationTarget(note('n1', 'orphan'), 8).focus).toBeNull();
  });
});
