import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { Alphabet, Pattern, findMatchEnds, findMatchStart, minErrors } from './myers';

/** The text as symbols and the pattern's masks over the text's alphabet. */
function encode(
  text: readonly number[],
  pattern: readonly number[],
): { t: Uint32Array; p: Pattern; rev: Pattern } {
  const alphabet = new Alphabet();
  const t = alphabet.encode(text);
  return { t, p: new Pattern(pattern, alphabet), rev: new Pattern([...pattern].reverse(), alphabet) };
}

/** Semi-global DP: errors[j] = fewest edits from pattern to a substring of text ending at j. */
function naiveEndErrors(text: readonly number[], pattern: readonly number[]): number[] {
  let col = pattern.map((_, i) => i + 1);
  const out = [pattern.length];
  for (const c of text) {
    const next: number[] = [];
    let diag = 0;
    let up = 0;
    for (let i = 0; i < pattern.length; i++) {
      const above = col[i] ?? 0;
      const v = Math.min(diag + (pattern[i] === c ? 0 : 1), above + 1, up + 1);
      diag = above;
      next.push(v);
      up = v;
    }
    col = next;
    out.push(col[pattern.length - 1] ?? 0);
  }
  return out;
}

function editDistance(a: readonly number[], b: readonly number[]): number {
  let row = b.map((_, j) => j + 1);
  row.unshift(0);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next.push(
        Math.min(
          (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
          (row[j] ?? 0) + 1,
          (next[j - 1] ?? 0) + 1,
        ),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** Ends within maxErrors whose errors are no more than at either neighbouring end. */
function naiveLocalMinima(errs: readonly number[], maxErrors: number): { ends: number[]; errors: number[] } {
  const ends: number[] = [];
  const errors: number[] = [];
  const v = (j: number): number => {
    const e = j >= 1 ? (errs[j] ?? Infinity) : Infinity;
    return e <= maxErrors ? e : Infinity;
  };
  for (let j = 1; j < errs.length; j++) {
    if (v(j) !== Infinity && v(j) <= v(j - 1) && v(j) <= v(j + 1)) {
      ends.push(j);
      errors.push(v(j));
    }
  }
  return { ends, errors };
}

const small = fc.array(fc.integer({ min: 97, max: 100 }), { minLength: 1, maxLength: 120, size: 'max' });
const text = fc.array(fc.integer({ min: 97, max: 100 }), { maxLength: 300, size: 'max' });

group('myers', () => {
  it('reports exactly the local minima of the naive DP within maxErrors', () => {
    fc.assert(
      fc.property(small, text, fc.nat(130), (pattern, t, kRaw) => {
        const k = Math.min(kRaw, pattern.length - 1);
        const { t: symbols, p } = encode(t, pattern);
        const got = findMatchEnds(symbols, 0, t.length, p, k);
        expect(got).toEqual(naiveLocalMinima(naiveEndErrors(t, pattern), k));
      }),
      { numRuns: 600 },
    );
  });

  it('a window scanned from far enough back reports what the whole scan reports there', () => {
    fc.assert(
      fc.property(small, text, fc.nat(130), fc.nat(300), fc.nat(300), (pattern, t, kRaw, x, y) => {
        const k = Math.min(kRaw, pattern.length - 1);
        const { t: symbols, p } = encode(t, pattern);
        const [reportFrom, reportTo] = [Math.min(x, y, t.length), Math.min(Math.max(x, y), t.length)];
        const from = Math.max(0, reportFrom - 1 - pattern.length - k);
        const to = Math.min(t.length, reportTo + 1);
        const whole = findMatchEnds(symbols, 0, t.length, p, k);
        const inRange = whole.ends
          .map((e, i) => [e, whole.errors[i]])
          .filter(([e = -1]) => e >= reportFrom && e <= reportTo);
        const got = findMatchEnds(symbols, from, to, p, k, reportFrom, reportTo);
        expect(got.ends.map((e, i) => [e, got.errors[i]])).toEqual(inRange);
      }),
      { numRuns: 400 },
    );
  });

  it('finds the longest start within the end errors', () => {
    fc.assert(
      fc.property(small, text, fc.nat(60), (pattern, t, kRaw) => {
        const k = Math.min(kRaw, Math.floor(pattern.length / 2));
        const { t: codes, p, rev: reversed } = encode(t, pattern);
        const { ends, errors } = findMatchEnds(codes, 0, t.length, p, k);
        ends.forEach((end, i) => {
          const e = errors[i] ?? 0;
          const start = findMatchStart(codes, end, reversed, e);
          expect(editDistance(pattern, t.slice(start, end))).toBe(e);
          // Longer than pattern + e cannot be within e edits.
          for (let s = Math.max(0, end - pattern.length - e); s < start; s++)
            expect(editDistance(pattern, t.slice(s, end))).toBeGreaterThan(e);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('minErrors equals the naive minimum', () => {
    fc.assert(
      fc.property(small, text, (pattern, t) => {
        const naive = Math.min(...naiveEndErrors(t, pattern));
        const { t: symbols, p } = encode(t, pattern);
        expect(minErrors(symbols, 0, t.length, p)).toBe(naive);
      }),
      { numRuns: 300 },
    );
  });

  it('handles code points above the BMP and patterns of many blocks', () => {
    const pattern = Array.from({ length: 200 }, (_, i) => 0x1f600 + (i % 7));
    const t = [1, 2, 3, ...pattern.slice(0, 100), 9, ...pattern.slice(101), 4];
    const { t: symbols, p } = encode(t, pattern);
    const { ends, errors } = findMatchEnds(symbols, 0, t.length, p, 10);
    expect(Math.min(...errors)).toBe(1);
    expect(ends[errors.indexOf(1)]).toBe(t.length - 1);
  });
});
