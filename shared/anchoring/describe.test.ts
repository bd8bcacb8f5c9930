import { describe as group, expect, it } from 'vitest';
import { CodePointIndex } from './codePoints';
import { describe } from './describe';

group('describe', () => {
  it('gives the quote, up to contextLength code points either side, and the position', () => {
    const text = 'The quick brown fox jumps over the lazy dog.';
    expect(describe(text, 10, 19, 6)).toEqual({
      quote: { type: 'TextQuoteSelector', exact: 'brown fox', prefix: 'quick ', suffix: ' jumps' },
      position: { type: 'TextPositionSelector', start: 10, end: 19 },
    });
  });

  it.each([
    ['at the very start', 0, 3, { exact: 'The', prefix: '', suffix: ' quick brow' }],
    ['at the very end', 40, 44, { exact: 'dog.', prefix: 'r the lazy ', suffix: '' }],
    [
      'the whole text',
      0,
      44,
      { exact: 'The quick brown fox jumps over the lazy dog.', prefix: '', suffix: '' },
    ],
  ])('describes a range %s', (_, start, end, quote) => {
    const text = 'The quick brown fox jumps over the lazy dog.';
    expect(describe(text, start, end, 11).quote).toEqual({ type: 'TextQuoteSelector', ...quote });
  });

  it('counts offsets and context in code points', () => {
    const text = '👍🏽 e\u0301 🇰🇿 quote 🇰🇿 after';
    // 👍 🏽 ␠ e ◌́ ␠ 🇰 🇿 ␠ = 9 code points before "quote".
    const { quote } = describe(text, 9, 14, 5);
    expect(quote.exact).toBe('quote');
    expect(quote.prefix).toBe('\u0301 🇰🇿 ');
    expect(quote.suffix).toBe(' 🇰🇿 a');
  });

  it('defaults to 32 code points of context and accepts a prebuilt index', () => {
    const text = `${'a'.repeat(40)}XYZ${'b'.repeat(40)}`;
    const { quote } = describe(new CodePointIndex(text), 40, 43);
    expect(quote.prefix).toBe('a'.repeat(32));
    expect(quote.suffix).toBe('b'.repeat(32));
  });

  it.each([
    ['empty', 3, 3],
    ['reversed', 5, 2],
    ['negative', -1, 2],
    ['past the end', 2, 11],
    ['fractional', 1.5, 3],
    ['NaN', Number.NaN, 3],
  ])('throws RangeError on a range that is %s', (_, start, end) => {
    expect(() => describe('0123456789', start, end)).toThrow(RangeError);
  });

  it('throws RangeError on an empty text and a bad context length', () => {
    expect(() => describe('', 0, 0)).toThrow(RangeError);
    expect(() => describe('abc', 0, 1, -1)).toThrow(RangeError);
  });
});
