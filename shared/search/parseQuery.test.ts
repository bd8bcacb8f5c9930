import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryClause } from './parseQuery';

/** The clauses without their spans, for compact expectations. */
function clauses(query: string, filterKeys?: readonly string[]) {
  const parsed = parseQuery(query, filterKeys ? { filterKeys } : {});
  const strip = (c: QueryClause) =>
    Object.fromEntries(Object.entries(c).filter(([key]) => key !== 'start' && key !== 'end'));
  return {
    clauses: parsed.clauses.map(strip),
    unknown: parsed.unknownFilters.map((f) => `${f.key}:${f.value}`),
  };
}

describe('parseQuery', () => {
  it('reads words, marking the last one as a prefix while it is typed', () => {
    expect(clauses('Mazhilis maslik').clauses).toEqual([
      {
        kind: 'term',
        negated: false,
        prefix: false,
        text: 'Mazhilis',
        parts: ['mazhilis'],
        joined: 'mazhilis',
      },
      { kind: 'term', negated: false, prefix: true, text: 'maslik', parts: ['maslik'], joined: 'maslik' },
    ]);
    expect(clauses('maslik ').clauses[0]).toMatchObject({ prefix: false });
    expect(clauses('masl* x ').clauses[0]).toMatchObject({ prefix: true, text: 'masl' });
  });

  it('folds case, diacritics and hyphenation', () => {
    expect(clauses('De-Bureaucratization ').clauses[0]).toMatchObject({
      parts: ['de', 'bureaucratization'],
      joined: 'debureaucratization',
    });
    expect(clauses('ÉCOLE ').clauses[0]).toMatchObject({ joined: 'ecole' });
  });

  it.each([
    ['"one nation"', ['one', 'nation'], false],
    ['“one nation”', ['one', 'nation'], false],
    ['„one nation“', ['one', 'nation'], false],
    ['«one nation»', ['one', 'nation'], false],
    ['"one nat', ['one', 'nat'], true],
    ['"one nation"*', ['one', 'nation'], true],
  ])('reads the phrase %s', (query, words, prefix) => {
    expect(clauses(query).clauses).toEqual([
      { kind: 'phrase', negated: false, prefix, text: expect.any(String) as string, words },
    ]);
  });

  it('reads exclusions with a hyphen or a minus sign, never as prefixes', () => {
    expect(clauses('senate -mazhilis').clauses[1]).toMatchObject({
      kind: 'term',
      negated: true,
      prefix: false,
      joined: 'mazhilis',
    });
    expect(clauses('senate −"one nation"').clauses[1]).toMatchObject({
      kind: 'phrase',
      negated: true,
      words: ['one', 'nation'],
    });
    expect(parseQuery('a - b ').clauses.map((c) => c.kind)).toEqual(['term', 'term']);
  });

  it('reads filters, quoted or not, and negated', () => {
    expect(clauses('source:astana author:"Jane Doe" -year:2022 tokayev ').clauses).toEqual([
      { kind: 'filter', negated: false, key: 'source', value: 'astana' },
      { kind: 'filter', negated: false, key: 'author', value: 'Jane Doe' },
      { kind: 'filter', negated: true, key: 'year', value: '2022' },
      { kind: 'term', negated: false, prefix: false, text: 'tokayev', parts: ['tokayev'], joined: 'tokayev' },
    ]);
  });

  it('reports unknown filters instead of failing, and accepts new keys when told', () => {
    expect(clauses('colour:yellow lang:"en gb" senate ')).toEqual({
      clauses: [
        { kind: 'term', negated: false, prefix: false, text: 'senate', parts: ['senate'], joined: 'senate' },
      ],
      unknown: ['colour:yellow', 'lang:en gb'],
    });
    expect(clauses('lang:en', ['lang']).clauses).toEqual([
      { kind: 'filter', negated: false, key: 'lang', value: 'en' },
    ]);
  });

  it('reads the annotation filters color:, tag: and has:', () => {
    expect(clauses('color:yellow tag:"foreign policy" -has:note Senate ')).toEqual({
      clauses: [
        { kind: 'filter', negated: false, key: 'color', value: 'yellow' },
        { kind: 'filter', negated: false, key: 'tag', value: 'foreign policy' },
        { kind: 'filter', negated: true, key: 'has', value: 'note' },
        { kind: 'term', negated: false, prefix: false, text: 'Senate', parts: ['senate'], joined: 'senate' },
      ],
      unknown: [],
    });
    expect(clauses('COLOR:"Key claim"').clauses).toEqual([
      { kind: 'filter', negated: false, key: 'color', value: 'Key claim' },
    ]);
    // A filter still waiting for its value asks for nothing yet.
    expect(clauses('tag:').clauses).toEqual([]);
  });

  it('treats a colon without a value, a time and inner punctuation as text', () => {
    expect(clauses('Note: 10:30 U.S. ').clauses).toEqual([
      { kind: 'term', negated: false, prefix: false, text: 'Note:', parts: ['note'], joined: 'note' },
      { kind: 'phrase', negated: false, prefix: false, text: '10:30', words: ['10', '30'] },
      { kind: 'phrase', negated: false, prefix: false, text: 'U.S.', words: ['u', 's'] },
    ]);
  });

  it('ignores punctuation alone and empty queries', () => {
    expect(clauses('  – … "" source: ').clauses).toEqual([]);
    expect(clauses('').clauses).toEqual([]);
  });

  it('never throws and keeps spans inside the query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (query) => {
        const parsed = parseQuery(query);
        for (const c of [...parsed.clauses, ...parsed.unknownFilters]) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(query.length);
          expect(c.start).toBeLessThan(c.end);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
