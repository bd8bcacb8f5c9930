import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_SEPARATOR,
  canonicalText,
  codePointLength,
  countWords,
  layoutBlocks,
  readingMinutes,
} from './canonical';

describe('canonical text', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength('👍')).toBe(1);
    expect(codePointLength('a👍🏽b')).toBe(4);
    expect(codePointLength('e\u0301')).toBe(2);
    expect(codePointLength('\ud800x')).toBe(2); // a lone surrogate still counts once
  });

  it('lays blocks out at their code-point offsets in the joined text', () => {
    const drafts = [
      { kind: 'heading' as const, text: 'Title 👍' },
      { kind: 'paragraph' as const, text: 'Body' },
    ];
    const blocks = layoutBlocks(drafts);
    expect(blocks.map((b) => [b.index, b.start])).toEqual([
      [0, 0],
      [1, 7 + BLOCK_SEPARATOR.length],
    ]);
    const text = Array.from(canonicalText(drafts));
    expect(text.slice(blocks[1]?.start).join('')).toBe('Body');
  });

  it('counts words exactly as the word pattern matches them, for any text', () => {
    const reference = (text: string): number =>
      text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
    const pieces = fc.constantFrom(
      'a',
      'Z',
      '7',
      'é',
      'ж',
      '中',
      '👍',
      '𝒜',
      "'",
      '’',
      '-',
      '--',
      ' ',
      '\n\n',
      ',',
      '\ud800',
      'e\u0301',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords('Tokayev’s de-bureaucratization, 2023 — ok')).toBe(4);
    expect(countWords('')).toBe(0);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
});
