import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { CodePointIndex } from './codePoints';
import {
  type QuoteContext,
  SCORE_WEIGHTS,
  defaultMaxErrors,
  matchQuote,
  rankQuoteMatches,
} from './matchQuote';

const QUOTE = 'the quick brown fox jumps';

group('matchQuote', () => {
  it('finds an exact quote with a perfect score when context and hint agree', () => {
    const text = `Once upon a time ${QUOTE} over the lazy dog.`;
    const m = matchQuote(text, QUOTE, { prefix: 'a time ', suffix: ' over', hint: 17 });
    expect(m).toEqual({ start: 17, end: 17 + QUOTE.length, errors: 0, score: 1 });
  });

  it('ranks a candidate whose prefix and suffix match above one whose do not', () => {
    const text = `alpha ${QUOTE} beta. gamma ${QUOTE} delta.`;
    const ranked = rankQuoteMatches(text, QUOTE, { prefix: 'gamma ', suffix: ' delta' });
    expect(ranked.map((m) => m.start)).toEqual([text.lastIndexOf(QUOTE), text.indexOf(QUOTE)]);
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? 1);
    expect(matchQuote(text, QUOTE, { prefix: 'gamma ', suffix: ' delta' })?.start).toBe(
      text.lastIndexOf(QUOTE),
    );
  });

  it('ranks a worse match lower', () => {
    const oneError = 'the quick brown fux jumps';
    const threeErrors = 'the quack brawn fux jumps';
    const text = `${threeErrors} and then ${oneError}`;
    const ranked = rankQuoteMatches(text, QUOTE);
    expect(ranked[0]).toMatchObject({ start: text.indexOf(oneError), errors: 1 });
    const worse = ranked.find((m) => m.start === 0);
    expect(worse?.errors).toBe(3);
    expect(worse?.score).toBeLessThan(ranked[0]?.score ?? 0);
    expect(matchQuote(oneError, QUOTE)?.score).toBeGreaterThan(matchQuote(threeErrors, QUOTE)?.score ?? 1);
  });

  it('breaks a tie between identical contexts by the hint', () => {
    const text = `xx ${QUOTE} yy xx ${QUOTE} yy`;
    const second = text.lastIndexOf(QUOTE);
    expect(matchQuote(text, QUOTE, { prefix: 'xx ', suffix: ' yy', hint: second - 2 })?.start).toBe(second);
    expect(matchQuote(text, QUOTE, { prefix: 'xx ', suffix: ' yy', hint: 0 })?.start).toBe(3);
  });

  it('prefers verbatim occurrences unless exactFirst is off', () => {
    const edited = 'the quick brown fax jumps';
    const text = `Here ${edited} over it. Elsewhere ${QUOTE}!`;
    const context: QuoteContext = { prefix: 'Here ', suffix: ' over it.', hint: 5 };
    expect(matchQuote(text, QUOTE, context)?.start).toBe(text.lastIndexOf(QUOTE));
    expect(matchQuote(text, QUOTE, { ...context, exactFirst: false })).toMatchObject({ start: 5, errors: 1 });
  });

  it('weights quote, prefix, suffix and position 50/20/20/2 and normalises to [0, 1]', () => {
    expect(SCORE_WEIGHTS).toEqual({ quote: 50, prefix: 20, suffix: 20, position: 2 });
    // Prefix wholly different, suffix perfect, no hint: (50 + 0 + 20 + 2) / 92.
    const m = matchQuote(`zzzz${QUOTE} end`, QUOTE, { prefix: 'yyyy', suffix: ' end' });
    expect(m?.score).toBeCloseTo(72 / 92, 10);
  });

  it('allows up to min(256, length / 2) errors', () => {
    expect(defaultMaxErrors(9)).toBe(4);
    expect(defaultMaxErrors(10_000)).toBe(256);
    expect(matchQuote('abcdefgh', 'abcdwxyz')).toMatchObject({ errors: 4 });
    expect(matchQuote('abcdefgh', 'abcvwxyz')).toBeNull();
    expect(matchQuote('abcdefgh', 'abcdwxyz', { maxErrors: 3 })).toBeNull();
  });

  it('handles quotes of thousands of characters with scattered edits', () => {
    const words = Array.from({ length: 600 }, (_, i) => `w${(i * 7919) % 1000}`);
    const quote = words.join(' ');
    const edited = words.map((w, i) => (i % 40 === 0 ? `${w}x` : w)).join(' ');
    const text = `intro ${'filler '.repeat(300)}${edited} outro`;
    const m = matchQuote(text, quote, { prefix: 'filler ', suffix: ' outro' });
    expect(m).toMatchObject({
      start: text.indexOf(edited),
      end: text.indexOf(edited) + edited.length,
      errors: 15,
    });
  });

  it('counts offsets and errors in code points', () => {
    const text = '👍🏽🇰🇿 e\u0301 caf\u00e9 au lait';
    const m = matchQuote(text, 'cafe au lait');
    // 👍 🏽 🇰 🇿 ␠ e ◌́ ␠ = 8 code points before "café".
    expect(m).toMatchObject({ start: 8, end: 20, errors: 1 });
  });

  it.each([
    ['an empty quote', 'text', ''],
    ['an empty text', '', 'quote'],
    ['no match at all', 'abcdefgh', 'zyxwvuts'],
  ])('returns null for %s', (_, text, quote) => {
    expect(matchQuote(text, quote)).toBeNull();
    expect(rankQuoteMatches(text, quote)).toEqual([]);
  });

  it('tolerates garbage options', () => {
    const text = `a ${QUOTE} b`;
    const bad: QuoteContext = {
      hint: Number.NaN,
      maxErrors: Number.POSITIVE_INFINITY,
      window: -5,
      minScore: Number.NaN,
    };
    expect(matchQuote(text, QUOTE, bad)?.start).toBe(2);
    expect(matchQuote(text, QUOTE, { hint: 1e12 })?.start).toBe(2);
    expect(matchQuote(text, QUOTE, { hint: -1e12 })?.start).toBe(2);
  });
});

const WORDS = ['ab', 'ba', 'abc', 'cab', 'bca', 'cc', 'a', 'b', 'ca', 'acb'];
const wordText = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));

group('matchQuote and rankQuoteMatches agree', () => {
  it('gives the same best match as scoring every candidate, whatever the shortcuts', () => {
    fc.assert(
      fc.property(
        wordText(20, 200),
        fc.nat(1000),
        fc.integer({ min: 3, max: 40 }),
        fc.record({
          hint: fc.option(fc.integer({ min: -10, max: 1200 }), { nil: undefined }),
          maxErrors: fc.option(fc.nat(20), { nil: undefined }),
          exactFirst: fc.boolean(),
          minScore: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
          window: fc.integer({ min: 1, max: 64 }),
          mutate: fc.nat(5),
        }),
        (text, at, length, o) => {
          const start = at % Math.max(1, text.length - length);
          let quote = text.slice(start, start + length);
          // Edit the quote a little so that fuzzy candidates compete.
          for (let i = 0; i < o.mutate; i++) {
            const p = (start * 7 + i * 13) % Math.max(1, quote.length);
            quote = quote.slice(0, p) + 'z' + quote.slice(p + 1);
          }
          const context: QuoteContext = {
            prefix: text.slice(Math.max(0, start - 8), start),
            suffix: text.slice(start + length, start + length + 8),
            ...o,
          };
          const index = new CodePointIndex(text);
          const best = matchQuote(index, quote, context);
          const ranked = rankQuoteMatches(index, quote, context);
          expect(best).toEqual(ranked[0] ?? null);
        },
      ),
      { numRuns: 500 },
    );
  });
});
