import { describe, expect, it } from 'vitest';
import { highlightRanges, patternsFromExpansions, patternsFromQuery } from './highlightRanges';

const text = 'The de-bureaucratization of the Mazhilis – “one nation” – and Tokayev’s reforms.';
const at = (ranges: readonly (readonly [number, number])[]) =>
  ranges.map(([s, e]) => Array.from(text).slice(s, e).join(''));

describe('highlightRanges', () => {
  it('finds folded words in the original text, whole compounds by their joined form', () => {
    expect(at(highlightRanges(text, [{ words: ['mazhilis'] }, { words: ['debureaucratization'] }]))).toEqual([
      'de-bureaucratization',
      'Mazhilis',
    ]);
  });

  it('finds a part of a compound', () => {
    expect(at(highlightRanges(text, [{ words: ['bureaucratization'] }, { words: ['tokayev'] }]))).toEqual([
      'bureaucratization',
      'Tokayev',
    ]);
  });

  it('finds prefixes and phrases across typography', () => {
    expect(
      at(highlightRanges(text, [{ words: ['refor'], prefix: true }, { words: ['one', 'nation'] }])),
    ).toEqual(['one nation', 'reforms']);
    expect(at(highlightRanges(text, [{ words: ['the', 'maz'], prefix: true }]))).toEqual(['the Mazhilis']);
  });

  it('merges overlapping matches and returns nothing without patterns', () => {
    expect(at(highlightRanges(text, [{ words: ['one', 'nation'] }, { words: ['nation'] }]))).toEqual([
      'one nation',
    ]);
    expect(highlightRanges(text, [])).toEqual([]);
  });

  it('counts code points, as the canonical text does', () => {
    expect(highlightRanges('😀😀 Astana', [{ words: ['astana'] }])).toEqual([[3, 9]]);
  });
});

describe('patterns for the renderer', () => {
  it('reads a search page’s expansions back into patterns', () => {
    expect(
      patternsFromExpansions([{ matches: ['mazhilis', 'majilis'] }, { matches: ['maslikh*', 'one nation'] }]),
    ).toEqual([
      { words: ['mazhilis'], prefix: false },
      { words: ['majilis'], prefix: false },
      { words: ['maslikh'], prefix: true },
      { words: ['one', 'nation'], prefix: false },
    ]);
  });

  it('finds in an article what was typed, folded, without exclusions or filters', () => {
    const patterns = patternsFromQuery('"one nation" DE-BUREAUCRATIZATION -mazhilis source:x tokay');
    expect(at(highlightRanges(text, patterns))).toEqual(['de-bureaucratization', 'one nation', 'Tokayev’s']);
  });
});
