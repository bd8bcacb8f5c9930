import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, typoBudget } from './editDistance';

/** Unbounded optimal string alignment distance, the slow obvious way. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] ?? [];
      const up = d[i - 1] ?? [];
      let v = Math.min(
        (up[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (d[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = v;
    }
  }
  return d[a.length]?.[b.length] ?? 0;
}

describe('boundedEditDistance', () => {
  it.each([
    ['tokayev', 'tokaev', 1],
    ['mazhilis', 'majilis', 2],
    ['parliament', 'parliamnet', 1],
    ['senate', 'senate', 0],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(boundedEditDistance(a, b, 3)).toBe(d);
  });

  it('equals the plain distance up to the bound, and bound + 1 beyond', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(boundedEditDistance(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('typoBudget', () => {
  it('allows no typo up to 4 letters, one up to 8, two beyond', () => {
    expect([1, 4, 5, 8, 9, 20].map(typoBudget)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
