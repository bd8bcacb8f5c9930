import { describe, expect, it } from 'vitest';
import { typoBudget } from './editDistance';
import { Vocabulary, buildVocabularyParts } from './vocabulary';

const rows: [string, number][] = [
  ['mazhilis', 4],
  ['majilis', 1],
  ['maslikhat', 3],
  ['maslikhats', 2],
  ['tokayev', 5],
  ['tokayevs', 1],
  ['parliament', 3],
  ['parliamentary', 1],
  ['senate', 3],
  ['state', 5],
  ['debureaucratization', 1],
  ['bureaucratization', 1],
];
const vocabulary = Vocabulary.fromRows(rows);
const terms = (matches: readonly { term: string }[]) => matches.map((m) => m.term);

describe('Vocabulary', () => {
  it('looks terms up exactly', () => {
    expect(vocabulary.exact('tokayev')).toMatchObject({ term: 'tokayev', docs: 5, distance: 0 });
    expect(vocabulary.exact('tokaev')).toBeNull();
  });

  it('completes prefixes, most common first', () => {
    expect(vocabulary.completions('masl', 10)).toMatchObject({ total: 2 });
    expect(terms(vocabulary.completions('masl', 1).matches)).toEqual(['maslikhat']);
    expect(terms(vocabulary.completions('tokayev', 5).matches)).toEqual(['tokayevs']);
  });

  it('finds transliteration variants, also of a prefix', () => {
    expect(terms(vocabulary.variants('majilis', 5))).toEqual(['mazhilis']);
    expect(terms(vocabulary.variants('tokaev', 5))).toEqual(['tokayev']);
    expect(terms(vocabulary.variants('maslyk', 5, true))).toEqual(['maslikhat', 'maslikhats']);
  });

  it('finds typos within the budget, nearest then most common first', () => {
    expect(terms(vocabulary.typos('parliamnet', 2, 5))).toEqual(['parliament']);
    expect(terms(vocabulary.typos('sentae', 1, 5))).toEqual(['senate']);
    expect(terms(vocabulary.typos('debureacratizaton', 2, 5))).toEqual(['debureaucratization']);
    expect(terms(vocabulary.typos('stat', 1, 5, typoBudget))).toEqual(['state']);
    expect(terms(vocabulary.typos('sate', 1, 5, typoBudget))).toEqual(['state']);
    expect(terms(vocabulary.typos('sena', 2, 5, typoBudget))).toEqual([]);
  });

  it('rebuilds the same from its stored parts', () => {
    const again = new Vocabulary(buildVocabularyParts([...rows].reverse()));
    expect(terms(again.typos('parliamnet', 2, 5))).toEqual(['parliament']);
    expect(again.parts.terms).toEqual(vocabulary.parts.terms);
  });
});
