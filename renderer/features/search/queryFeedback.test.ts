import { describe, expect, it } from 'vitest';
import { isQuiet, queryFeedback } from './queryFeedback';

describe('queryFeedback', () => {
  it('reports a word read as another, with the typed capital', () => {
    const feedback = queryFeedback([{ term: 'Tokaev', matches: ['tokayev', 'tokayevs'], prefix: false }], []);
    expect(feedback.corrections).toEqual([{ typed: 'Tokaev', shown: ['Tokayev', 'Tokayevs'] }]);
    expect(feedback.variants).toEqual([]);
    expect(queryFeedback([{ term: 'majlis', matches: ['majilis'], prefix: true }], []).corrections).toEqual([
      { typed: 'majlis', shown: ['majilis'] },
    ]);
  });

  it('reports other spellings found beside the typed one', () => {
    const feedback = queryFeedback(
      [{ term: 'Majilis', matches: ['majilis', 'mazhilis'], prefix: false }],
      [],
    );
    expect(feedback.variants).toEqual([{ typed: 'Majilis', also: ['Mazhilis'] }]);
    expect(feedback.corrections).toEqual([]);
  });

  it('says nothing about completions of the word being typed', () => {
    const feedback = queryFeedback(
      [{ term: 'pres', matches: ['president', 'press', 'preserving'], prefix: true }],
      [],
    );
    expect(isQuiet(feedback)).toBe(true);
    // …but a typo'd prefix that only matched other words is a correction.
    expect(
      queryFeedback([{ term: 'Majil', matches: ['majilis', 'mazhilis'], prefix: true }], []).variants,
    ).toEqual([{ typed: 'Majil', also: ['Mazhilis'] }]);
  });

  it('leaves out a compound’s own parts and phrase forms, and phrases altogether', () => {
    const compound = queryFeedback(
      [
        {
          term: 'de-bureaucratization',
          matches: ['debureaucratization', 'de bureaucratization*', 'bureaucratization'],
          prefix: true,
        },
      ],
      [],
    );
    expect(isQuiet(compound)).toBe(true);
    expect(isQuiet(queryFeedback([{ term: 'one nation', matches: ['one nation'], prefix: false }], []))).toBe(
      true,
    );
  });

  it('folds case and diacritics before comparing', () => {
    expect(isQuiet(queryFeedback([{ term: 'ÉCOLE', matches: ['ecole'], prefix: false }], []))).toBe(true);
  });

  it('lists words the library has nothing like', () => {
    expect(queryFeedback([{ term: 'xqzzv', matches: [], prefix: true }], []).unknown).toEqual(['xqzzv']);
  });

  it('explains ignored filters', () => {
    const feedback = queryFeedback(
      [],
      [
        { filter: 'colour:red', reason: 'unknown' },
        { filter: 'year:abc', reason: 'invalid' },
      ],
    );
    expect(feedback.ignored).toEqual([
      { filter: 'colour:red', why: 'no such filter; try source: author: year: color: tag: has:' },
      { filter: 'year:abc', why: 'a value this filter cannot read' },
    ]);
  });
});
