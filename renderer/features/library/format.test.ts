import { describe, expect, it } from 'vitest';
import {
  formatArticleCount,
  formatCount,
  formatLongDate,
  formatReadingTime,
  formatShortDate,
  formatWordCount,
  parseIsoDate,
} from './format';

describe('formatShortDate', () => {
  it.each([
    ['2023-01-26', '26 Jan 2023'],
    ['2023-03-01', '1 Mar 2023'],
    ['1999-12-31', '31 Dec 1999'],
    ['2024-02-29', '29 Feb 2024'],
    ['2023-09-05', '5 Sep 2023'],
  ])('%s → %s', (iso, expected) => {
    expect(formatShortDate(iso)).toBe(expected);
  });

  it.each([
    null,
    '',
    '2023-1-26',
    '2023-02-30',
    '2023-13-01',
    '2023-00-10',
    '26 January 2023',
    '2023-01-26T10:00:00Z',
  ])('gives null for %j, so the UI says "Undated"', (iso) => {
    expect(formatShortDate(iso)).toBeNull();
  });
});

describe('formatLongDate', () => {
  it('spells the month out', () => {
    expect(formatLongDate('2023-01-26')).toBe('26 January 2023');
    expect(formatLongDate(null)).toBeNull();
  });
});

describe('parseIsoDate', () => {
  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('counts', () => {
  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('pluralises', () => {
    expect(formatWordCount(1)).toBe('1 word');
    expect(formatWordCount(1204)).toBe('1,204 words');
    expect(formatArticleCount(1)).toBe('1 article');
    expect(formatArticleCount(5)).toBe('5 articles');
    expect(formatArticleCount(0)).toBe('0 articles');
  });

  it('reads reading time as whole minutes, at least one', () => {
    expect(formatReadingTime(4)).toBe('4 min read');
    expect(formatReadingTime(0)).toBe('1 min read');
  });
});
