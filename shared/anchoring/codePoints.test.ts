import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { codePointLength } from '../text/canonical';
import { CodePointIndex, sliceCodePoints, toCodePoints } from './codePoints';

/** Strings mixing ASCII, accents, combining marks, emoji, flags and lone surrogates. */
const mixed = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', '\n', 'é', 'e\u0301', '👍🏽', '🇰🇿', '𝒜', '\ud800', '\udc00', '中'),
  maxLength: 60,
});

/** UTF-16 index of each code-point offset, by walking the string. */
function naiveOffsets(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length;) {
    const c = text.codePointAt(i) ?? 0;
    i += c > 0xffff ? 2 : 1;
    out.push(i);
  }
  return out;
}

group('CodePointIndex', () => {
  it('maps an all-BMP text by identity', () => {
    const index = new CodePointIndex('café e\u0301 中文');
    expect(index.isBmp).toBe(true);
    expect(index.length).toBe(10);
    expect(index.toUtf16(7)).toBe(7);
    expect(index.toCodePoint(7)).toBe(7);
  });

  it('counts an emoji with a skin tone as two code points and a flag as two', () => {
    const index = new CodePointIndex('👍🏽x🇰🇿y');
    expect(index.length).toBe(6);
    expect(index.slice(2, 3)).toBe('x');
    expect(index.slice(3, 5)).toBe('🇰🇿');
    expect(index.toUtf16(3)).toBe(5);
    expect(index.toCodePoint(5)).toBe(3);
    expect(index.isBoundary(1)).toBe(false);
    expect(index.isBoundary(2)).toBe(true);
  });

  it('maps both ways like a walk over the string, for any mix of code points', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const index = new CodePointIndex(text);
        const offsets = naiveOffsets(text);
        expect(index.length).toBe(offsets.length - 1);
        expect(index.length).toBe(codePointLength(text));
        offsets.forEach((u, cp) => {
          expect(index.toUtf16(cp)).toBe(u);
          expect(index.toCodePoint(u)).toBe(cp);
          expect(index.isBoundary(u)).toBe(true);
        });
        for (let u = 0; u <= text.length; u++) {
          if (!offsets.includes(u)) {
            expect(index.isBoundary(u)).toBe(false);
            expect(index.toCodePoint(u)).toBe(offsets.findIndex((o) => o > u) - 1);
          }
        }
        expect(Array.from(toCodePoints(text))).toEqual(Array.from(text, (c) => c.codePointAt(0)));
      }),
    );
  });

  it('slices by code points, clamping to the text', () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: -3, max: 70 }), fc.integer({ min: -3, max: 70 }), (text, a, b) => {
        const chars = Array.from(text);
        const s = Math.max(0, Math.min(a, chars.length));
        const e = Math.max(s, Math.min(b, chars.length));
        expect(sliceCodePoints(text, a, b)).toBe(chars.slice(s, e).join(''));
      }),
    );
  });

  it('numbers symbols so that equal code points get equal ids', () => {
    const index = new CodePointIndex('ab👍ab👍');
    expect(Array.from(index.symbols)).toEqual([0, 1, 2, 0, 1, 2]);
    expect(index.alphabet.find(0x1f44d)).toBe(2);
    expect(index.alphabet.find(0x41)).toBe(-1);
  });
});
