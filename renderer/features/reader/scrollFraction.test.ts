import { describe, expect, it } from 'vitest';
import { roundFraction, scrollFraction, scrollTopFor } from './scrollFraction';

describe('scrollFraction', () => {
  it('is 0 at the top and 1 at the end', () => {
    expect(scrollFraction(0, 3000, 800)).toBe(0);
    expect(scrollFraction(2200, 3000, 800)).toBe(1);
    expect(scrollFraction(1100, 3000, 800)).toBe(0.5);
  });

  it('is 0 for a page that does not scroll', () => {
    expect(scrollFraction(0, 600, 800)).toBe(0);
    expect(scrollFraction(0, 800, 800)).toBe(0);
  });

  it('clamps overscroll', () => {
    expect(scrollFraction(-40, 3000, 800)).toBe(0);
    expect(scrollFraction(2500, 3000, 800)).toBe(1);
  });
});

describe('scrollTopFor', () => {
  it('inverts scrollFraction to the pixel', () => {
    for (const top of [0, 1, 333, 1100, 2199, 2200]) {
      expect(scrollTopFor(scrollFraction(top, 3000, 800), 3000, 800)).toBe(top);
    }
  });

  it('keeps the same place in the text when the page grows', () => {
    expect(scrollTopFor(0.5, 5000, 800)).toBe(2100);
  });

  it('clamps bad input to the page', () => {
    expect(scrollTopFor(2, 3000, 800)).toBe(2200);
    expect(scrollTopFor(-1, 3000, 800)).toBe(0);
    expect(scrollTopFor(Number.NaN, 3000, 800)).toBe(0);
    expect(scrollTopFor(0.5, 600, 800)).toBe(0);
  });
});

describe('roundFraction', () => {
  it('keeps four decimals within 0–1', () => {
    expect(roundFraction(0.123456)).toBe(0.1235);
    expect(roundFraction(1.2)).toBe(1);
    expect(roundFraction(-0.1)).toBe(0);
  });
});
