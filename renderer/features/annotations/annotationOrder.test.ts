import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, AnchorState } from '../../../shared/model/annotation';
import { byPosition, coveringAt, overlapSegments, stepAnnotation, upsertSorted } from './annotationOrder';

function make(
  id: string,
  start: number,
  end: number,
  anchor: AnchorState = 'exact',
  createdAt = '2026-01-01',
): Annotation {
  return {
    id,
    articleId: 'a',
    quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end },
    color: 'yellow',
    style: 'highlight',
    note: '',
    tags: [],
    anchor,
    createdAt,
    updatedAt: createdAt,
  };
}

describe('annotation order', () => {
  it('sorts by start, end, then age, and keeps the order on upsert', () => {
    const list = [
      make('c', 10, 20),
      make('a', 0, 5),
      make('b', 0, 3),
      make('d', 0, 3, 'exact', '2025-01-01'),
    ];
    const sorted = [...list].sort(byPosition).map((a) => a.id);
    expect(sorted).toEqual(['d', 'b', 'a', 'c']);
    const moved = upsertSorted([...list].sort(byPosition), make('a', 30, 40));
    expect(moved.map((a) => a.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('finds the placed annotations covering an offset, shortest first', () => {
    const list = [make('long', 0, 100), make('short', 40, 50), make('gone', 0, 100, 'orphan')];
    expect(coveringAt(list, 45).map((a) => a.id)).toEqual(['short', 'long']);
    expect(coveringAt(list, 50).map((a) => a.id)).toEqual(['long']);
    expect(coveringAt(list, 100)).toEqual([]);
  });

  it('steps to the next and previous highlight, skipping orphans', () => {
    const list = [make('a', 0, 5), make('o', 6, 8, 'orphan'), make('b', 10, 15), make('c', 20, 25)];
    expect(stepAnnotation(list, 'a', 0, 1)?.id).toBe('b');
    expect(stepAnnotation(list, 'b', 0, -1)?.id).toBe('a');
    expect(stepAnnotation(list, 'c', 0, 1)).toBeNull();
    expect(stepAnnotation(list, null, 12, 1)?.id).toBe('b');
    expect(stepAnnotation(list, null, 12, -1)?.id).toBe('b');
    expect(stepAnnotation(list, null, 9, -1)?.id).toBe('a');
  });

  it('finds overlaps, merged, and treats touching ranges as apart', () => {
    expect(
      overlapSegments([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
      ]),
    ).toEqual([{ start: 5, end: 10 }]);
    expect(
      overlapSegments([
        { start: 0, end: 10 },
        { start: 10, end: 15 },
      ]),
    ).toEqual([]);
    expect(
      overlapSegments([
        { start: 0, end: 10 },
        { start: 2, end: 4 },
        { start: 4, end: 8 },
      ]),
    ).toEqual([{ start: 2, end: 8 }]);
  });

  it('marks exactly the code points two or more ranges cover', () => {
    const range = fc
      .tuple(fc.nat(40), fc.nat(40))
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 8 }), (ranges) => {
        const segments = overlapSegments(ranges);
        for (let i = 0; i < 41; i++) {
          const depth = ranges.filter((r) => r.start <= i && i < r.end).length;
          const marked = segments.some((s) => s.start <= i && i < s.end);
          expect(marked).toBe(depth >= 2);
        }
      }),
    );
  });
});
