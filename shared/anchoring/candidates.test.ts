import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { QuotePattern, exactOccurrences, filteredCandidates, fuzzyCandidates } from './candidates';
import { CodePointIndex, toCodePoints } from './codePoints';

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'vo', 'ri', 'zu', 'pe', 'ch', 'gl', 'é', '👍'];
const word = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
const prose = fc.array(word, { minLength: 30, maxLength: 400 }).map((w) => w.join(' '));

/** Edits a string at a few places, deterministically from `seed`. */
function mutate(text: string, seed: number, edits: number): string {
  let out = text;
  for (let i = 0; i < edits; i++) {
    const p = (seed + i * 7919) % Math.max(1, out.length);
    const kind = (seed + i) % 3;
    if (kind === 0) out = `${out.slice(0, p)}x${out.slice(p + 1)}`;
    else if (kind === 1) out = `${out.slice(0, p)}y${out.slice(p)}`;
    else out = out.slice(0, p) + out.slice(p + 1);
  }
  return out;
}

group('candidates', () => {
  it('the q-gram filter finds exactly the candidates of a whole scan', () => {
    let filtered = 0;
    fc.assert(
      fc.property(
        prose,
        fc.nat(10_000),
        fc.integer({ min: 12, max: 120 }),
        fc.nat(6),
        fc.nat(12),
        (text, at, length, edits, k) => {
          const codes = Array.from(text);
          const start = at % Math.max(1, codes.length - length);
          const quote = mutate(codes.slice(start, start + length).join(''), at, edits);
          const index = new CodePointIndex(text);
          const pattern = new QuotePattern(toCodePoints(quote), index.alphabet);
          const fast = filteredCandidates(index, pattern, k);
          if (fast === null) return;
          filtered++;
          expect(fast).toEqual(fuzzyCandidates(index, pattern, k));
        },
      ),
      { numRuns: 400 },
    );
    // The property must not pass vacuously.
    expect(filtered).toBeGreaterThan(100);
  });

  it('finds verbatim occurrences in code points, within a UTF-16 window', () => {
    const text = '👍 ab 👍 ab 👍 ab';
    const index = new CodePointIndex(text);
    expect(exactOccurrences(index, 'ab', 2).map((c) => c.start)).toEqual([2, 7, 12]);
    expect(exactOccurrences(index, 'ab', 2, 4, 10).map((c) => c.start)).toEqual([7]);
    // A quote starting with a lone low surrogate never matches inside a pair.
    expect(exactOccurrences(index, '\udc4d ab', 4)).toEqual([]);
  });
});
