import { describe, expect, it } from 'vitest';
import { formatStamp, shortQuote } from './format';

describe('annotation formats', () => {
  it('formats a timestamp as a local date, with the time if asked', () => {
    const local = new Date(2026, 10, 23, 9, 5).toISOString();
    expect(formatStamp(local)).toBe('23 Nov 2026');
    expect(formatStamp(local, true)).toBe('23 Nov 2026, 09:05');
    expect(formatStamp('nonsense')).toBe('');
  });

  it('shortens a quote at a word and flattens white space', () => {
    expect(shortQuote('a\n\nb')).toBe('a b');
    expect(shortQuote('one two three four five', 12)).toBe('one two…');
  });
});
